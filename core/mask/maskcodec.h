#pragma once
/// @file Compression of mask regions for the undo history. A mask region is mostly long runs of
/// 0 and 255, so alternating run lengths shrink a 64x64 tile from 4096 bytes to a few bytes
/// (uniform) or a few hundred (a brush edge crossing it); one bit per pixel caps the worst case.

#include <QByteArray>
#include <opencv2/core.hpp>

namespace dermask::core {

/// How encodeMaskRegion() stored a region (the first byte of its output).
enum class MaskCodec : char {
    Raw = 'N',   ///< one byte per pixel (regions holding values other than 0 and 255)
    Runs = 'R',  ///< LEB128 run lengths alternating 0 and 255, starting with 0
    Bits = 'B',  ///< one bit per pixel, row-major, most significant bit first
};

/// Compresses @p region (CV_8UC1, continuous or a ROI) with the smallest codec that holds it
/// exactly. The size is not stored: decode into a region of the same size.
QByteArray encodeMaskRegion(const cv::Mat &region);

/// Writes what encodeMaskRegion() stored into the pixels @p region refers to (a ROI of the
/// same size; the header is taken by value so `mask(rect)` can be passed directly).
/// Returns false, leaving the pixels undefined, when @p data is malformed or of another size.
bool decodeMaskRegion(const QByteArray &data, cv::Mat region);

/// The codec @p data was written with (Raw for empty data).
MaskCodec maskCodecOf(const QByteArray &data);

} // namespace dermask::core
