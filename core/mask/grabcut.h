#pragma once
/// @file GrabCut from a box, fast enough to answer a click (OpenCV's cv::grabCut takes seconds
/// on a full camera image). Coarse-to-fine: GrabCut on a downscaled crop around the box (long
/// side 320), then one graph cut limited to a narrow band along the coarse border, with the
/// colour models of the coarse pass frozen, at full resolution (or at most 1024 px for huge
/// images). Pure function: safe on any thread.

#include <QRect>
#include <QString>
#include <opencv2/core.hpp>

namespace dermask::core {

/// Values of the hint image passed to grabCutMask() (scribbles drawn by the user).
enum GrabCutHint : uchar {
    kGrabCutNoHint = 0,
    kGrabCutForeground = 1,  ///< surely lesion
    kGrabCutBackground = 2,  ///< surely skin
};

struct GrabCutOptions
{
    /// Long side of the crop in the coarse pass; the crop is never upscaled.
    int workingSize = 320;
    /// Iterations of the coarse pass (colour model re-estimation and cut).
    int iterations = 5;
    /// Context around the box given to the background model, as a fraction of its long side.
    double margin = 0.25;
    /// Cut again in a band along the coarse border (false: upscale the coarse result only).
    bool refineBorder = true;
    /// Long side of the crop for that second cut: full resolution up to this size, beyond it
    /// the cut runs at this size and its result is upscaled (bounds the time on huge images).
    int refineSize = 1024;
};

/// Segments the object inside @p box of @p imageRgb (CV_8UC3). @p hints (optional, CV_8UC1 at
/// the image's size, values GrabCutHint) force pixels to lesion or skin; hints outside the box
/// are ignored. Returns CV_8UC1 0/255 at the image's size, 0 outside the box. On bad input
/// (wrong types or sizes, a box smaller than 4x4 inside the image) returns an empty Mat and
/// sets @p error.
cv::Mat grabCutMask(const cv::Mat &imageRgb, const QRect &box, const cv::Mat &hints,
                    QString *error, const GrabCutOptions &options = {});

} // namespace dermask::core
