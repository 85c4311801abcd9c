#pragma once
/// @file Decoding images and masks. Colour images in core are always 8-bit RGB (CV_8UC3);
/// masks are always 8-bit single channel, 0 = background, 255 = lesion (CV_8UC1).

#include <QString>
#include <opencv2/core.hpp>

namespace dermask::core {

/// Decodes @p path (BMP, PNG, JPEG, TIFF; grey, palette, 16-bit or alpha) to CV_8UC3 RGB.
/// The header is checked against the sane limits before any allocation. On failure returns
/// an empty Mat and sets @p error to "<path>: <reason>".
/// @p reduction 2, 4 or 8 reads the image at reducedSize(): a JPEG through libjpeg's DCT
/// scaling (a 6000x4000 photo at 1/4 in about a third of the time of a full decode), any
/// other format by a full decode averaged down (no faster; see PreviewCache).
cv::Mat readImageRgb(const QString &path, QString *error, int reduction = 1);

/// The size of an image of @p size read at 1/@p reduction: rounded up, as libjpeg gives it.
cv::Size reducedSize(cv::Size size, int reduction);
/// The largest reduction (1, 2, 4 or 8) that keeps the longer side of @p size at least
/// @p minSide pixels.
int reductionFor(cv::Size size, int minSide);
/// @p image averaged down to reducedSize() (INTER_AREA: a 0/255 mask becomes the fraction of
/// lesion per pixel); @p image itself when @p reduction is 1.
cv::Mat shrink(const cv::Mat &image, int reduction);
/// True when @p path is a format that decodes reduced without a full decode (JPEG).
bool readsReducedFast(const QString &path);
/// An 8-bit one-channel image as stored, without thresholding (cached coverage maps);
/// anything else is refused.
cv::Mat readGrey(const QString &path, QString *error);

/// Decodes a mask to CV_8UC1 0/255: palette and 1-bit masks count any non-zero pixel as
/// lesion (a grey-palette BMP with more than two levels is thresholded at 128 instead);
/// grey, RGB and 16-bit masks are thresholded at half their range (anti-aliased borders);
/// RGB uses the brightest channel; a mask holding exactly two values, 0 and one other (the
/// 0/1 label masks of many Kaggle sets), counts the other value as lesion. If @p expectedSize is not empty and differs from
/// the mask's size, the mask is refused (never silently resized) with a message giving both sizes.
cv::Mat readMask(const QString &path, QString *error, cv::Size expectedSize = {});

/// Turns an already decoded mask of any depth and channel count into CV_8UC1 0/255.
/// @p anyNonZero: every non-zero pixel is lesion (palette, 1-bit); otherwise threshold at half range.
cv::Mat binarizeMask(const cv::Mat &raw, bool anyNonZero);

/// Encodes @p image (CV_8UC1, or CV_8UC3 RGB) as PNG and writes it atomically.
bool writePng(const QString &path, const cv::Mat &image, QString *error);

} // namespace dermask::core
