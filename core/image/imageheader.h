#pragma once
/// @file Image headers read without decoding pixels: how a dataset scan stays fast and
/// how oversized files are refused before any allocation.

#include <QString>
#include <QtGlobal>

namespace dermask::core {

/// What a file's header says about its pixels.
struct ImageHeader
{
    enum class Format { Unknown, Bmp, Png, Jpeg, Tiff };
    Format format = Format::Unknown;
    int width = 0;
    int height = 0;
    int bitDepth = 0;      ///< bits per sample: 1, 2, 4, 8 or 16 (BMP: bits per pixel / channels)
    int channels = 0;      ///< 1 grey, 2 grey+alpha, 3 colour, 4 colour+alpha (palette: 3)
    bool palette = false;  ///< indexed colour (PNG colour type 3, BMP with <= 8 bits per pixel)
    bool topDown = false;  ///< BMP stored top row first (negative height)
};

/// Largest side and pixel count Dermask accepts (a sane bound against hostile headers).
constexpr int kMaxImageSide = 20000;
constexpr qint64 kMaxImagePixels = 400'000'000;

/// "BMP", "PNG", "JPEG", "TIFF" or "unknown".
QString formatName(ImageHeader::Format format);

/// True for the extensions Dermask reads (bmp, png, jpg, jpeg, tif, tiff; any case).
bool hasImageExtension(const QString &fileName);

/// Reads only the header of @p path. On failure returns false and sets @p error to the
/// reason alone (e.g. "unknown format", "truncated header", "cannot open: Permission denied").
bool readImageHeader(const QString &path, ImageHeader *header, QString *error);

/// Empty when @p header is within the sane limits, otherwise the reason, e.g.
/// "dimensions 30000x200 exceed the limit of 20000 px a side".
QString checkImageLimits(const ImageHeader &header);

} // namespace dermask::core
