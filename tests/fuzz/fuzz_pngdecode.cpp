// Fuzz target: decodePlainPng() (core/image/pngdecode.h), the hand-written decoder every mask
// and probability map goes through, checked against libpng (cv::imdecode): whatever it decodes
// must be exactly what OpenCV gives.
//
// Random bytes rarely get past a PNG's CRCs and zlib's checksum, so an input is used twice:
// - one starting with the PNG signature is a file: decoded as it is, then again with every
//   chunk's CRC made right (the decoder's chunk walk and header checks);
// - any other is a recipe: 4 bytes of header (colour type and depth, width, height,
//   compression level) and the filtered rows, which the target compresses into a valid PNG
//   (the row filters and the pixel layout, where a wrong byte is a wrong mask).

#include "core/image/pngdecode.h"

#include <libdeflate.h>
#include <opencv2/imgcodecs.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

using Bytes = std::vector<unsigned char>;

const unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

void put32(Bytes *out, uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out->push_back(uint8_t(v >> shift));
}

void putChunk(Bytes *out, const char *type, const Bytes &body)
{
    put32(out, uint32_t(body.size()));
    const size_t start = out->size();
    out->insert(out->end(), type, type + 4);
    out->insert(out->end(), body.begin(), body.end());
    put32(out, libdeflate_crc32(0, out->data() + start, body.size() + 4));
}

/// @p file with the CRC of every whole chunk recomputed.
Bytes withRightCrcs(const uint8_t *data, size_t size)
{
    Bytes out(data, data + size);
    for (size_t at = 8; at + 12 <= size;) {
        const uint32_t length = uint32_t(out[at]) << 24 | uint32_t(out[at + 1]) << 16
                                | uint32_t(out[at + 2]) << 8 | out[at + 3];
        if (length > size - at - 12)
            break;
        const uint32_t crc = libdeflate_crc32(0, out.data() + at + 4, size_t(length) + 4);
        for (int i = 0; i < 4; ++i)
            out[at + 8 + length + size_t(i)] = uint8_t(crc >> (24 - 8 * i));
        at += size_t(length) + 12;
    }
    return out;
}

/// The PNG the recipe in @p data describes, or empty when it is too short.
Bytes fromRecipe(const uint8_t *data, size_t size)
{
    if (size < 4)
        return {};
    static const struct { int colourType, depth, channels; } kinds[] = {
        {0, 8, 1}, {0, 16, 1}, {2, 8, 3}, {6, 8, 4}, {0, 8, 1}, {2, 8, 3}, {0, 8, 1}, {0, 16, 1}};
    const auto kind = kinds[data[0] & 7];
    const bool anyFilter = data[0] & 0x80;  // else filter bytes are taken modulo 5 (valid)
    const uint32_t width = 1 + uint32_t(data[1]) + (data[0] & 0x40 ? 256 : 0);
    const uint32_t height = 1 + data[2] % 64;
    const int level = data[3] % 7;  // higher levels only cost time here
    const uint8_t *rows = data + 4;
    const size_t available = size - 4;
    const size_t rowBytes = size_t(width) * size_t(kind.channels) * size_t(kind.depth / 8);
    Bytes raw((rowBytes + 1) * height);
    for (size_t i = 0; i < raw.size(); ++i)
        raw[i] = available ? rows[i % available] : 0;
    if (!anyFilter)
        for (size_t r = 0; r < height; ++r)
            raw[r * (rowBytes + 1)] %= 5;
    Bytes compressed(libdeflate_zlib_compress_bound(nullptr, raw.size()));
    libdeflate_compressor *compressor = libdeflate_alloc_compressor(level);
    compressed.resize(libdeflate_zlib_compress(compressor, raw.data(), raw.size(), compressed.data(),
                                               compressed.size()));
    libdeflate_free_compressor(compressor);

    Bytes png(kSignature, kSignature + 8);
    Bytes ihdr;
    put32(&ihdr, width);
    put32(&ihdr, height);
    ihdr.insert(ihdr.end(), {uint8_t(kind.depth), uint8_t(kind.colourType), 0, 0, 0});
    putChunk(&png, "IHDR", ihdr);
    putChunk(&png, "IDAT", compressed);
    putChunk(&png, "IEND", {});
    return png;
}

/// Decodes @p png with both flags core uses and compares with OpenCV where this decoder
/// took it.
void decodeAndCompare(const Bytes &png)
{
    for (int flags : {int(cv::IMREAD_UNCHANGED), cv::IMREAD_GRAYSCALE | cv::IMREAD_ANYDEPTH}) {
        const cv::Mat mine = dermask::core::decodePlainPng(png.data(), png.size(), flags);
        if (mine.empty())
            continue;
        cv::Mat reference;
        try {
            reference = cv::imdecode(cv::Mat(1, int(png.size()), CV_8UC1, const_cast<unsigned char *>(png.data())), flags);
        } catch (const cv::Exception &) {
        }
        // libpng refuses some files this decoder takes (a PLTE chunk in a grey file, say);
        // only a different picture of the same file is wrong.
        if (reference.empty())
            continue;
        if (mine.size() != reference.size() || mine.type() != reference.type()
            || cv::norm(mine, reference, cv::NORM_INF) != 0)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size >= 8 && std::memcmp(data, kSignature, 8) == 0) {
        decodeAndCompare(Bytes(data, data + size));
        decodeAndCompare(withRightCrcs(data, size));
    } else {
        const Bytes png = fromRecipe(data, size);
        if (!png.empty())
            decodeAndCompare(png);
    }
    return 0;
}
