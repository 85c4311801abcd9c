#pragma once
/// @file The mask editing operations as pure functions: each takes a CV_8UC1 0/255 mask and
/// returns a new one (the input is never modified), so they run on any thread and are tested
/// alone. MaskDocument wraps each in an undoable step. Coordinates as in brush.h.

#include <QPointF>
#include <QPolygonF>
#include <opencv2/core.hpp>

namespace dermask::core {

/// 0/255 mask of @p size with the pixels whose centres lie inside @p polygon set (a polygon
/// of fewer than 3 points gives an empty mask).
cv::Mat polygonMask(cv::Size size, const QPolygonF &polygon);

/// @p mask with the inside of @p polygon set to @p value (255 adds, 0 subtracts).
cv::Mat fillPolygon(const cv::Mat &mask, const QPolygonF &polygon, uchar value);

/// @p mask with the 4-connected region of equal value holding @p point set to @p value
/// (unchanged when the point is outside the mask or the region already has that value).
cv::Mat floodFillRegion(const cv::Mat &mask, const QPointF &point, uchar value);

/// Background regions that do not reach the mask's border (4-connected) become lesion.
cv::Mat fillHoles(const cv::Mat &mask);

/// Removes the lesion components (8-connected) of fewer than @p minArea pixels.
cv::Mat removeIslands(const cv::Mat &mask, int minArea);

/// Keeps only the largest lesion component (8-connected); an empty mask stays empty.
cv::Mat keepLargestComponent(const cv::Mat &mask);

/// Rounds the outline: Gaussian blur (kernel 2r+1, sigma r/2) then threshold at half, which
/// removes spikes and notches narrower than about @p radius while keeping the area.
cv::Mat smoothMask(const cv::Mat &mask, int radius);

/// Dilates (grow) or erodes (shrink) by @p pixels with an elliptical structuring element of
/// size 2n+1; pixels beyond the border count as unchanged (OpenCV's default border).
cv::Mat growMask(const cv::Mat &mask, int pixels);
cv::Mat shrinkMask(const cv::Mat &mask, int pixels);

/// Lesion where @p probability >= @p threshold. @p probability is CV_8UC1 (0..255 standing
/// for 0..1) or CV_32FC1/CV_64FC1 (0..1); @p threshold in [0, 1]. Empty Mat for another type.
cv::Mat thresholdProbability(const cv::Mat &probability, double threshold);

/// "Accept prediction": @p mask with the thresholded @p probability copied in, everywhere or
/// only inside @p lasso when it has 3 points or more. Sizes must match (else empty Mat).
cv::Mat acceptPrediction(const cv::Mat &mask, const cv::Mat &probability, double threshold,
                         const QPolygonF &lasso = {});

} // namespace dermask::core
