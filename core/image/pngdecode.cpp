#include "core/image/pngdecode.h"

#include <libdeflate.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace dermask::core {

namespace {

// Larger images are left to the full decoders, which refuse them with a reason.
constexpr size_t kMaxRawBytes = size_t(1) << 30;

uint32_t bigEndian32(const unsigned char *p)
{
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | uint32_t(p[3]);
}

struct Header
{
    uint32_t width = 0;
    uint32_t height = 0;
    int depth = 0;     ///< bits per sample
    int channels = 0;  ///< 1 grey, 3 RGB, 4 RGBA
};

/// The decoder of this thread: a decode needs its ~30 kB of tables, not a new allocation.
libdeflate_decompressor *decompressor()
{
    struct Free
    {
        void operator()(libdeflate_decompressor *d) const { libdeflate_free_decompressor(d); }
    };
    thread_local std::unique_ptr<libdeflate_decompressor, Free> d(libdeflate_alloc_decompressor());
    return d.get();
}

/// The header when it is one this decoder takes.
bool readHeader(const unsigned char *p, Header *h)
{
    h->width = bigEndian32(p);
    h->height = bigEndian32(p + 4);
    h->depth = p[8];
    const int colourType = p[9];
    const bool standard = p[10] == 0 && p[11] == 0;  // deflate, adaptive filtering
    const bool interlaced = p[12] != 0;
    h->channels = colourType == 0 ? 1 : colourType == 2 ? 3 : colourType == 6 ? 4 : 0;
    const bool depthOk = h->depth == 8 || (h->depth == 16 && colourType == 0);
    return standard && !interlaced && h->channels > 0 && depthOk && h->width > 0 && h->height > 0
           && h->width < (1u << 31) && h->height < (1u << 31);
}

uint8_t paeth(int left, int up, int upLeft)
{
    const int p = left + up - upLeft;
    const int pa = std::abs(p - left), pb = std::abs(p - up), pc = std::abs(p - upLeft);
    return uint8_t(pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
}

/// Undoes the Sub filter of a row of one byte per pixel: a running sum, the filter of nearly
/// every row of a mask that libpng or OpenCV wrote. Sixteen bytes at a time where SSE2 is.
void unfilterSub1(unsigned char *x, size_t n)
{
    size_t i = 1;
#if defined(__SSE2__)
    __m128i carry = _mm_setzero_si128();  // the byte before, in every lane
    for (i = 0; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(x + i));
        v = _mm_add_epi8(v, _mm_slli_si128(v, 1));
        v = _mm_add_epi8(v, _mm_slli_si128(v, 2));
        v = _mm_add_epi8(v, _mm_slli_si128(v, 4));
        v = _mm_add_epi8(v, _mm_slli_si128(v, 8));
        v = _mm_add_epi8(v, carry);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(x + i), v);
        carry = _mm_set1_epi8(char(x[i + 15]));
    }
    if (i == 0)
        i = 1;
#endif
    for (; i < n; ++i)
        x[i] = uint8_t(x[i] + x[i - 1]);
}

/// Undoes the row filters in place (PNG specification, section 9). False on an unknown filter.
bool unfilter(unsigned char *raw, size_t rows, size_t rowBytes, size_t bpp)
{
    const std::vector<unsigned char> zeros(rowBytes, 0);
    const unsigned char *prev = zeros.data();
    for (size_t r = 0; r < rows; ++r) {
        unsigned char *row = raw + r * (rowBytes + 1);
        const int filter = row[0];
        unsigned char *x = row + 1;
        switch (filter) {
        case 0: break;
        case 1:
            if (bpp == 1) {
                unfilterSub1(x, rowBytes);
                break;
            }
            for (size_t i = bpp; i < rowBytes; ++i)
                x[i] = uint8_t(x[i] + x[i - bpp]);
            break;
        case 2:
            for (size_t i = 0; i < rowBytes; ++i)
                x[i] = uint8_t(x[i] + prev[i]);
            break;
        case 3:
            for (size_t i = 0; i < rowBytes; ++i)
                x[i] = uint8_t(x[i] + ((i >= bpp ? x[i - bpp] : 0) + prev[i]) / 2);
            break;
        case 4:
            for (size_t i = 0; i < bpp && i < rowBytes; ++i)
                x[i] = uint8_t(x[i] + prev[i]);
            for (size_t i = bpp; i < rowBytes; ++i)
                x[i] = uint8_t(x[i] + paeth(x[i - bpp], prev[i], prev[i - bpp]));
            break;
        default: return false;
        }
        prev = x;
    }
    return true;
}

/// The unfiltered rows in @p raw (each after its filter byte) as OpenCV lays them out: grey as
/// it is (moved up over the filter bytes, in the same memory), 16-bit in the machine's byte
/// order, colour as BGR(A).
cv::Mat toMat(const cv::Mat &raw, const Header &h, size_t rowBytes)
{
    const int rows = int(h.height), cols = int(h.width);
    const size_t stride = rowBytes + 1;
    unsigned char *data = raw.data;
    if (h.depth == 8 && h.channels == 1) {
        for (size_t y = 0; y < size_t(rows); ++y)
            std::memmove(data + y * rowBytes, data + y * stride + 1, rowBytes);
        return raw.colRange(0, int(rowBytes) * rows).reshape(1, rows);
    }
    if (h.depth == 16) {
        cv::Mat out(rows, cols, CV_16UC1);
        for (int y = 0; y < rows; ++y) {
            const unsigned char *src = data + size_t(y) * stride + 1;
            auto *dst = out.ptr<uint16_t>(y);
            for (int x = 0; x < cols; ++x)
                dst[x] = uint16_t(src[2 * x] << 8 | src[2 * x + 1]);
        }
        return out;
    }
    const cv::Mat rowsView(rows, cols, CV_MAKETYPE(CV_8U, h.channels), data + 1, stride);
    cv::Mat out;
    cv::cvtColor(rowsView, out, h.channels == 3 ? cv::COLOR_RGB2BGR : cv::COLOR_RGBA2BGRA);
    return out;
}

} // namespace

cv::Mat decodePlainPng(const unsigned char *data, size_t size, int flags)
{
    const bool unchanged = flags == cv::IMREAD_UNCHANGED;
    const bool grey = flags == (cv::IMREAD_GRAYSCALE | cv::IMREAD_ANYDEPTH);
    if ((!unchanged && !grey) || size < 8 || std::memcmp(data, "\x89PNG\r\n\x1a\n", 8) != 0)
        return {};
    Header header;
    bool haveHeader = false, ended = false;
    std::vector<unsigned char> compressed;
    for (size_t at = 8; at + 12 <= size && !ended;) {
        const uint32_t length = bigEndian32(data + at);
        if (length > size - at - 12)
            return {};  // truncated
        const unsigned char *type = data + at + 4;
        const unsigned char *body = type + 4;
        const bool critical = (type[0] & 0x20) == 0;
        const auto is = [type](const char *name) { return std::memcmp(type, name, 4) == 0; };
        if (is("IHDR") || is("IDAT")) {
            const uint32_t crc = bigEndian32(body + length);
            if (libdeflate_crc32(0, type, length + 4) != crc)
                return {};
        }
        if (is("IHDR")) {
            if (haveHeader || length != 13 || !readHeader(body, &header))
                return {};
            haveHeader = true;
        } else if (!haveHeader) {
            return {};
        } else if (is("IDAT")) {
            compressed.insert(compressed.end(), body, body + length);
        } else if (is("IEND")) {
            ended = true;
        } else if (is("tRNS") || (critical && !is("PLTE"))) {
            return {};  // transparency, or a chunk that changes the pixels
        }
        at += size_t(length) + 12;
    }
    if (!ended || compressed.empty() || (grey && header.channels != 1))
        return {};
    const size_t rowBytes = size_t(header.width) * size_t(header.channels) * size_t(header.depth / 8);
    if (rowBytes + 1 > kMaxRawBytes / header.height)
        return {};
    const size_t rawBytes = (rowBytes + 1) * header.height;
    cv::Mat raw(1, int(rawBytes), CV_8UC1);
    // Exactly rawBytes, or the data is wrong.
    if (libdeflate_zlib_decompress(decompressor(), compressed.data(), compressed.size(), raw.data, rawBytes,
                                   nullptr)
        != LIBDEFLATE_SUCCESS)
        return {};
    const size_t bpp = size_t(header.channels) * size_t(header.depth / 8);
    if (!unfilter(raw.data, header.height, rowBytes, bpp))
        return {};
    return toMat(raw, header, rowBytes);
}

} // namespace dermask::core
