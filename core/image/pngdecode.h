#pragma once
/// @file A fast decoder for the PNGs Dermask reads most: masks, predictions and probability
/// maps, up to 6000x4000. libpng inflates with zlib, which spends ~110 ms on the 24 MB of a
/// camera-sized mask however little of it is lesion; libdeflate inflates the same in ~5 ms.
/// Only the plain cases are decoded here (non-interlaced 8-bit grey, RGB and RGBA, 16-bit grey,
/// no transparency chunk); anything else, and any file this decoder finds wrong, is left to
/// the full decoders (codecs.cpp), which report what is wrong.

#include <opencv2/core.hpp>

namespace dermask::core {

/// The PNG in @p data as OpenCV's imdecode(@p flags) gives it (cv::IMREAD_UNCHANGED, or
/// cv::IMREAD_GRAYSCALE | cv::IMREAD_ANYDEPTH for a grey file), or empty when this decoder does
/// not take it.
cv::Mat decodePlainPng(const unsigned char *data, size_t size, int flags);

} // namespace dermask::core
