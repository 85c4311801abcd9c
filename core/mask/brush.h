#pragma once
/// @file The round brush: which pixels one stroke segment covers, computed row by row so the
/// work is proportional to the segment's area, never to the image.
///
/// Image coordinates throughout core/mask: pixel (x, y) covers [x, x+1) x [y, y+1), so its
/// centre is (x + 0.5, y + 0.5). A canvas passes the mouse position mapped through its inverse
/// view transform as is.

#include <QPointF>
#include <QRect>
#include <QVector>
#include <opencv2/core.hpp>
#include <vector>

namespace dermask::core {

/// Pixels [x0, x1] (inclusive) of row y.
struct BrushSpan
{
    int y, x0, x1;
};

/// The pixels a round brush of @p diameter covers moving from @p a to @p b: every pixel whose
/// centre lies within diameter / 2 of the segment (a thick line with round caps), plus the
/// pixels holding @p a and @p b so a 1 px brush always marks something. Clipped to @p size;
/// one span per row, rows increasing. @p diameter below 1 counts as 1.
std::vector<BrushSpan> brushSpans(const QPointF &a, const QPointF &b, double diameter, cv::Size size);

/// Bounding rectangle of @p spans (empty for none).
QRect spansBounds(const std::vector<BrushSpan> &spans);

/// Sets the pixels of @p spans in @p mask (CV_8UC1) to @p value. Returns the number of pixels
/// that changed and, if @p changedBounds is given, their bounding rectangle.
qint64 paintSpans(cv::Mat &mask, const std::vector<BrushSpan> &spans, uchar value,
                  QRect *changedBounds = nullptr);

/// A whole stroke at once (tests, scribbles for GrabCut hints): a dot at the first point and a
/// segment to each next point, painted with @p value.
void paintStroke(cv::Mat &mask, const QVector<QPointF> &points, double diameter, uchar value);

} // namespace dermask::core
