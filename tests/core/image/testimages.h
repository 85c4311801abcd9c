#pragma once
// Hand-made image files for the image tests: the encodings OpenCV's writers never produce
// (top-down and 1-bit BMPs, big-endian palette TIFFs) and hand-edited headers.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtEndian>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <cstdlib>
#include <cstring>
#include <iterator>
#include <vector>

namespace testimages {

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// cv::imencode into a QByteArray (extension picks the format, e.g. ".png").
inline QByteArray encode(const char *ext, const cv::Mat &mat, const std::vector<int> &params = {})
{
    std::vector<uchar> buf;
    if (!cv::imencode(ext, mat, buf, params))
        return {};
    return QByteArray(reinterpret_cast<const char *>(buf.data()), int(buf.size()));
}

inline void putLe16(QByteArray &b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); }
inline void putLe32(QByteArray &b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xff));
}
inline void putBe16(QByteArray &b, quint16 v) { b.append(char(v >> 8)).append(char(v & 0xff)); }
inline void putBe32(QByteArray &b, quint32 v)
{
    for (int i = 3; i >= 0; --i)
        b.append(char((v >> (8 * i)) & 0xff));
}

/// BMP file header + BITMAPINFOHEADER (40 bytes) + palette; @p pixelBytes follow.
inline QByteArray bmpHeader(int width, int height, int bpp, const std::vector<quint32> &palette,
                            int pixelBytes)
{
    QByteArray b("BM");
    const int offset = 14 + 40 + int(palette.size()) * 4;
    putLe32(b, quint32(offset + pixelBytes));
    putLe32(b, 0);
    putLe32(b, quint32(offset));
    putLe32(b, 40);
    putLe32(b, quint32(width));
    putLe32(b, quint32(height)); // negative: top-down
    putLe16(b, 1);
    putLe16(b, quint16(bpp));
    putLe32(b, 0); // BI_RGB
    putLe32(b, quint32(pixelBytes));
    putLe32(b, 2835);
    putLe32(b, 2835);
    putLe32(b, quint32(palette.size()));
    putLe32(b, 0);
    for (quint32 c : palette)
        putLe32(b, c); // 0x00RRGGBB stored as B, G, R, 0
    return b;
}

/// 1-bit BMP (bottom-up) of a CV_8UC1 mask: non-zero -> index 1. Palette: black, white.
inline QByteArray bmp1Bit(const cv::Mat &mask)
{
    const int stride = ((mask.cols + 31) / 32) * 4;
    QByteArray pixels(stride * mask.rows, '\0');
    for (int y = 0; y < mask.rows; ++y) {
        char *row = pixels.data() + (mask.rows - 1 - y) * stride;
        for (int x = 0; x < mask.cols; ++x)
            if (mask.at<uchar>(y, x))
                row[x / 8] = char(row[x / 8] | (0x80 >> (x % 8)));
    }
    return bmpHeader(mask.cols, mask.rows, 1, {0x000000, 0xffffff}, pixels.size()) + pixels;
}

/// 24-bit top-down BMP (negative height) of a CV_8UC3 image in BGR order.
inline QByteArray bmp24TopDown(const cv::Mat &bgr)
{
    const int stride = ((bgr.cols * 24 + 31) / 32) * 4;
    QByteArray pixels(stride * bgr.rows, '\0');
    for (int y = 0; y < bgr.rows; ++y)
        std::memcpy(pixels.data() + y * stride, bgr.ptr(y), size_t(bgr.cols) * 3);
    return bmpHeader(bgr.cols, -bgr.rows, 24, {}, pixels.size()) + pixels;
}

/// Big-endian ("MM") 4-bit palette TIFF header and first IFD, with width as SHORT and height
/// as LONG. No pixel data: enough for the header reader.
inline QByteArray tiffBigEndianPaletteHeader(int width, int height)
{
    QByteArray b("MM");
    putBe16(b, 42);
    putBe32(b, 8);
    struct Entry { quint16 tag, type; quint32 count, value; };
    const Entry entries[] = {
        {256, 3, 1, quint32(width) << 16}, // SHORT, left-justified in the value field
        {257, 4, 1, quint32(height)},
        {258, 3, 1, 4u << 16},
        {262, 3, 1, 3u << 16},
        {277, 3, 1, 1u << 16},
    };
    putBe16(b, quint16(std::size(entries)));
    for (const Entry &e : entries) {
        putBe16(b, e.tag);
        putBe16(b, e.type);
        putBe32(b, e.count);
        putBe32(b, e.value);
    }
    putBe32(b, 0);
    return b;
}

/// @p png with its IHDR width and height replaced (the CRC goes stale, as in a hostile file).
inline QByteArray withIhdrSize(QByteArray png, quint32 width, quint32 height)
{
    qToBigEndian(width, png.data() + 16);
    qToBigEndian(height, png.data() + 20);
    return png;
}

/// A JPEG with a large APP segment before its frame header (like a big EXIF block).
inline QByteArray withBigAppSegment(const QByteArray &jpeg, int payload)
{
    QByteArray seg;
    seg.append(char(0xFF)).append(char(0xE1));
    putBe16(seg, quint16(payload + 2));
    seg.append(QByteArray(payload, 'x'));
    return jpeg.left(2) + seg + jpeg.mid(2);
}

inline quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray b;
    putBe32(b, quint32(data.size()));
    const QByteArray body = QByteArray(type, 4) + data;
    b.append(body);
    putBe32(b, crc32(body));
    return b;
}

/// A PNG of @p mat (8-bit grey, BGR or BGRA, or 16-bit grey, as OpenCV holds them) whose row
/// y uses filter y % 5, so every PNG filter is exercised; its data in two IDAT chunks, and
/// @p extra chunks (e.g. tRNS) before them. libpng's writers choose filters themselves.
inline QByteArray pngWithEveryFilter(const cv::Mat &mat, const QByteArray &extra = {})
{
    const int channels = mat.channels();
    const int sampleBytes = mat.depth() == CV_16U ? 2 : 1;
    const int bpp = channels * sampleBytes;
    const int rowBytes = mat.cols * bpp;
    QByteArray raw, prev(rowBytes, 0);
    for (int y = 0; y < mat.rows; ++y) {
        QByteArray row(rowBytes, 0);
        for (int x = 0; x < mat.cols; ++x) {
            for (int c = 0; c < channels; ++c) {
                // PNG order: RGB(A), big-endian samples
                const int from = channels >= 3 && c < 3 ? 2 - c : c;
                const int v = sampleBytes == 2 ? mat.ptr<quint16>(y)[x * channels + from]
                                               : mat.ptr<quint8>(y)[x * channels + from];
                for (int b = 0; b < sampleBytes; ++b)
                    row[(x * channels + c) * sampleBytes + b] = char(v >> (8 * (sampleBytes - 1 - b)));
            }
        }
        const int filter = y % 5;
        raw.append(char(filter));
        for (int i = 0; i < rowBytes; ++i) {
            const int a = i >= bpp ? quint8(row[i - bpp]) : 0, b = quint8(prev[i]),
                      c = i >= bpp ? quint8(prev[i - bpp]) : 0;
            const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
            const int predicted[5] = {0, a, b, (a + b) / 2, pa <= pb && pa <= pc ? a : pb <= pc ? b : c};
            raw.append(char(quint8(row[i]) - predicted[filter]));
        }
        prev = row;
    }
    QByteArray header;
    putBe32(header, quint32(mat.cols));
    putBe32(header, quint32(mat.rows));
    header.append(char(sampleBytes * 8)).append(char(channels == 1 ? 0 : channels == 3 ? 2 : 6));
    header.append(3, '\0');
    const QByteArray zlib = qCompress(raw).mid(4);  // qCompress puts the size first
    const int half = int(zlib.size() / 2);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + extra
         + pngChunk("IDAT", zlib.left(half)) + pngChunk("IDAT", zlib.mid(half)) + pngChunk("IEND", {});
}

} // namespace testimages
