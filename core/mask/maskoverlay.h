#pragma once
/// @file Mask pixels to a translucent overlay image, one dirty rectangle at a time: what a
/// canvas does after MaskDocument::changed(rect).

#include <QColor>
#include <QImage>
#include <QRect>
#include <opencv2/core.hpp>

namespace dermask::core {

/// A transparent overlay of the mask's size (Format_ARGB32_Premultiplied) with the lesion
/// pixels of @p mask in @p color (its alpha is the overlay's opacity).
QImage maskOverlay(const cv::Mat &mask, const QColor &color);

/// Rewrites the pixels of @p rect (clipped to the mask) in @p overlay, an image made by
/// maskOverlay() for a mask of the same size: lesion -> @p color, background -> transparent.
/// Work is proportional to the rectangle. Returns false when @p overlay does not fit.
bool updateMaskOverlay(const cv::Mat &mask, const QRect &rect, const QColor &color, QImage *overlay);

} // namespace dermask::core
