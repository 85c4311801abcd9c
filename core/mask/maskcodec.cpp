#include "core/mask/maskcodec.h"

#include <cstring>

namespace dermask::core {

namespace {

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(0x80 | (value & 0x7f)));
        value >>= 7;
    }
    out.append(char(value));
}

bool getVarint(const uchar *&p, const uchar *end, quint64 *value)
{
    quint64 v = 0;
    for (int shift = 0; p < end && shift < 64; shift += 7) {
        const uchar b = *p++;
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

/// Alternating runs over the region read row-major; false when a pixel is neither 0 nor 255.
/// Gives up (returns false with @p tooLong set) once the output exceeds @p limit bytes.
bool encodeRuns(const cv::Mat &region, int limit, QByteArray *out, bool *tooLong)
{
    out->append(char(MaskCodec::Runs));
    uchar current = 0;
    quint64 run = 0;
    for (int y = 0; y < region.rows; ++y) {
        const uchar *p = region.ptr<uchar>(y);
        const uchar *const end = p + region.cols;
        while (p < end) {
            // Measure the run of `current` in this row with a tight loop the compiler unrolls.
            const uchar *q = p;
            while (q < end && *q == current)
                ++q;
            run += quint64(q - p);
            p = q;
            if (p == end)
                break;
            if (*p != 0 && *p != 255)
                return false;
            putVarint(*out, run);
            if (out->size() > limit) {
                *tooLong = true;
                return false;
            }
            current = *p;
            run = 0;
        }
    }
    putVarint(*out, run);
    return true;
}

bool isBinary(const cv::Mat &region)
{
    for (int y = 0; y < region.rows; ++y) {
        const uchar *p = region.ptr<uchar>(y);
        for (int x = 0; x < region.cols; ++x)
            if (p[x] != 0 && p[x] != 255)
                return false;
    }
    return true;
}

QByteArray encodeBits(const cv::Mat &region)
{
    const qint64 n = qint64(region.rows) * region.cols;
    QByteArray out(int(1 + (n + 7) / 8), '\0');
    out[0] = char(MaskCodec::Bits);
    uchar *bits = reinterpret_cast<uchar *>(out.data()) + 1;
    qint64 i = 0;
    for (int y = 0; y < region.rows; ++y) {
        const uchar *p = region.ptr<uchar>(y);
        for (int x = 0; x < region.cols; ++x, ++i)
            if (p[x])
                bits[i >> 3] |= uchar(0x80 >> (i & 7));
    }
    return out;
}

QByteArray encodeRaw(const cv::Mat &region)
{
    QByteArray out;
    out.reserve(1 + region.rows * region.cols);
    out.append(char(MaskCodec::Raw));
    for (int y = 0; y < region.rows; ++y)
        out.append(region.ptr<char>(y), region.cols);
    return out;
}

bool decodeRuns(const uchar *p, const uchar *end, cv::Mat &region)
{
    uchar value = 0;
    int y = 0, x = 0;
    quint64 run = 0;
    while (p < end) {
        if (!getVarint(p, end, &run))
            return false;
        while (run > 0) {
            if (y >= region.rows)
                return false;
            const int n = int(std::min<quint64>(run, quint64(region.cols - x)));
            std::memset(region.ptr<uchar>(y) + x, value, size_t(n));
            run -= quint64(n);
            x += n;
            if (x == region.cols) {
                x = 0;
                ++y;
            }
        }
        value = uchar(255 - value);
    }
    return y == region.rows && x == 0;
}

} // namespace

QByteArray encodeMaskRegion(const cv::Mat &region)
{
    CV_Assert(region.type() == CV_8UC1);
    const qint64 n = qint64(region.rows) * region.cols;
    const int bitsSize = int(1 + (n + 7) / 8);
    QByteArray runs;
    bool tooLong = false;
    if (encodeRuns(region, bitsSize, &runs, &tooLong))
        return runs;
    if (tooLong && isBinary(region))
        return encodeBits(region);
    return encodeRaw(region);
}

bool decodeMaskRegion(const QByteArray &data, cv::Mat region)
{
    if (data.isEmpty() || region.type() != CV_8UC1)
        return false;
    const uchar *p = reinterpret_cast<const uchar *>(data.constData()) + 1;
    const uchar *const end = reinterpret_cast<const uchar *>(data.constData()) + data.size();
    const qint64 n = qint64(region.rows) * region.cols;
    switch (MaskCodec(data.at(0))) {
    case MaskCodec::Runs:
        return decodeRuns(p, end, region);
    case MaskCodec::Bits: {
        if (end - p != (n + 7) / 8)
            return false;
        qint64 i = 0;
        for (int y = 0; y < region.rows; ++y) {
            uchar *row = region.ptr<uchar>(y);
            for (int x = 0; x < region.cols; ++x, ++i)
                row[x] = (p[i >> 3] & (0x80 >> (i & 7))) ? 255 : 0;
        }
        return true;
    }
    case MaskCodec::Raw:
        if (end - p != n)
            return false;
        for (int y = 0; y < region.rows; ++y, p += region.cols)
            std::memcpy(region.ptr<uchar>(y), p, size_t(region.cols));
        return true;
    }
    return false;
}

MaskCodec maskCodecOf(const QByteArray &data)
{
    return data.isEmpty() ? MaskCodec::Raw : MaskCodec(data.at(0));
}

} // namespace dermask::core
