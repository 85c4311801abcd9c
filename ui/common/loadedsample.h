#pragma once
// One sample prepared for display: its layers (core::loadSampleLayers()) with the image as a
// pyramid of QImages, each mask as matching coverage levels plus vector contours, and the
// probability map as levels. Made on a worker thread (loadSample()), then read-only.

#include "core/metrics/metrics.h"
#include "core/session/samplelayers.h"

#include <QImage>
#include <QPolygonF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>
#include <opencv2/core.hpp>
#include <vector>

namespace dermask::ui {

/// A mask at every pyramid level. levels[0] is the full-resolution 0/255 mask; coarser levels
/// hold the fraction of lesion per pixel (0..255), which the compositor uses as alpha so
/// borders stay smooth when zoomed out.
struct MaskLayer
{
    std::vector<cv::Mat> levels;
    QVector<QPolygonF> contours;  ///< outlines in image pixel coordinates (pixel centres)
    qint64 area = 0;              ///< lesion pixels at full resolution

    bool present() const { return !levels.empty(); }
};

/// The facts of the core layers (which sample, where each layer came from, agreement,
/// uncertainty, problems) with the pixels made ready for the screen.
struct LoadedSample : core::SampleFacts
{
    QSize size;                     ///< full image size
    /// 1, or the fraction a preview was read at: levels[0] and every mask level 0 are then
    /// reducedSize(size, reduction), for the eye only (never edited; see isPreview()).
    int reduction = 1;
    std::vector<QImage> levels;     ///< Format_RGB32; [0] full size (a preview: reduced), each next one half as big
    MaskLayer truth;                ///< the effective mask (maskOrigin says whose)
    /// The dataset's own mask (0/255, full size) when the truth is the user's correction, so
    /// "Revert to source mask" has it; empty otherwise (then the truth is the source).
    cv::Mat sourceMask;
    MaskLayer prediction;
    std::vector<cv::Mat> probability;  ///< CV_8UC1 levels (0 = certainly skin, 255 = lesion)

    bool imageOk() const { return !levels.empty(); }
    /// A reduced read shown while the full one loads: masks are edited only at full size.
    bool isPreview() const { return reduction > 1; }
    /// The probability map at full size, else the predicted mask; empty without a prediction.
    cv::Mat predictionMap() const;
    int levelCount() const { return int(levels.size()); }
    /// Width of level @p level divided by the full width (1, ~0.5, ~0.25...).
    double levelScale(int level) const;
    qint64 bytes() const;
};

using LoadedSamplePtr = std::shared_ptr<const LoadedSample>;

/// How loadSample() reads: in full or as a preview, and where reduced copies are kept.
struct LoadOptions
{
    int reduction = 1;        ///< 2, 4 or 8: a preview (see core::LayerRequest::reduction)
    /// Reduced copies for files without a fast reduced read: a preview reads them, a full load
    /// leaves them at @c storeReduction for the next preview.
    std::shared_ptr<const core::PreviewCache> previews;
    int storeReduction = 1;
    std::function<bool()> cancelled;  ///< polled between layers; the result is then dropped
};

/// Decodes sample @p index of @p session with the predictions of @p model (may be empty).
/// Never throws; every problem ends up in imageError/maskErrors. Runs on a worker thread.
std::shared_ptr<LoadedSample> loadSample(const core::DatasetSession &session, int index,
                                         const QString &model, const LoadOptions &options = LoadOptions());

/// A copy of @p base whose truth is @p mask (0/255, full size): levels, contours, area and the
/// metrics against the prediction are made again. Shares the image levels. Worker thread.
std::shared_ptr<LoadedSample> withTruth(const LoadedSample &base, const cv::Mat &mask);
/// The mask layer of a 0/255 mask at @p levels pyramid levels. A preview's mask (fractions
/// of lesion, @p reduction > 1 of a @p fullSize image) gives outlines and an area in full-size
/// pixels, estimated from the pixels mostly lesion.
MaskLayer makeMaskLayer(const cv::Mat &mask, int levels, int reduction = 1, QSize fullSize = QSize());

/// Levels of the pyramid of an image of @p size: halving until the longer side is <= 256 px.
int pyramidLevelCount(cv::Size size);
/// Builds the display pyramid of an RGB image (pyramidLevelCount() levels).
std::vector<QImage> buildImagePyramid(const cv::Mat &rgb);
/// Builds the coverage pyramid of a 0/255 mask with @p levels levels.
std::vector<cv::Mat> buildMaskPyramid(const cv::Mat &mask, int levels);
/// Outlines of a 0/255 mask, in pixel-centre coordinates, each multiplied by @p scale.
QVector<QPolygonF> maskContours(const cv::Mat &mask, QSizeF scale = QSizeF(1, 1));

} // namespace dermask::ui
