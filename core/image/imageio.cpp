#include "core/image/imageio.h"

#include "core/image/codecs.h"
#include "core/image/imageheader.h"
#include "core/util/error.h"
#include "core/util/atomicfile.h"

#include <QDir>
#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <vector>

namespace dermask::core {

namespace {

quint32 be32(const uchar *p) { return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3]; }
quint32 le32(const uchar *p) { return p[0] | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24); }

/// True when a PNG's chunk chain reaches IEND inside @p data: libpng hands back the rows it
/// got from a cut file, so the decoder alone would not notice.
bool pngComplete(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qint64 size = data.size();
    qint64 pos = 8;
    while (pos + 12 <= size) {
        const qint64 length = be32(p + pos);
        if (std::memcmp(p + pos + 4, "IEND", 4) == 0)
            return true;
        pos += 12 + length;
    }
    return false;
}

/// True when a JPEG has an EOI marker after its first scan: libjpeg pads a cut file with grey
/// and only warns. The walk skips APPn segments by length so an EXIF thumbnail's own EOI
/// cannot pass for the image's.
bool jpegComplete(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qint64 size = data.size();
    qint64 pos = 2;
    while (pos + 4 <= size) {
        if (p[pos] != 0xFF)
            return false;
        const uchar marker = p[pos + 1];
        if (marker == 0xFF) {
            ++pos;
            continue;
        }
        if (marker == 0xDA)
            break;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            pos += 2;
            continue;
        }
        pos += 2 + ((p[pos + 2] << 8) | p[pos + 3]);
    }
    if (pos + 4 > size)
        return false;
    // Inside entropy-coded data 0xFF is always followed by 0x00 or a restart marker, so the
    // last FFD9 after the scan header is the end of the image (trailing bytes are tolerated).
    const qint64 eoi = data.lastIndexOf(QByteArrayLiteral("\xFF\xD9"));
    return eoi > pos;
}

/// True when an uncompressed BMP holds all the rows its header promises.
bool bmpComplete(const QByteArray &data, const ImageHeader &header)
{
    if (data.size() < 34)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const quint32 dibSize = le32(p + 14);
    const quint32 compression = dibSize >= 40 ? le32(p + 30) : 0;
    if (compression != 0 && compression != 3 && compression != 6) // RLE: lengths vary
        return true;
    const int bpp = header.palette ? header.bitDepth : header.bitDepth == 5 ? 16 : header.bitDepth * header.channels;
    const qint64 stride = ((qint64(header.width) * bpp + 31) / 32) * 4;
    return data.size() >= qint64(le32(p + 10)) + stride * header.height;
}

/// Every read of an image file ends here (core/image/codecs.h: Qt's PNG code or OpenCV's
/// decoders). An empty Mat with @p why set when the decoder failed.
cv::Mat decode(const QByteArray &data, int flags, QString *why)
{
    return decodeImage(data.constData(), size_t(data.size()), flags, why);
}

/// libjpeg's DCT scaling: the reduced-colour read mode for 1/2, 1/4 or 1/8, else 0. The
/// orientation is ignored as in the full read, so the pixels keep the header's layout.
int reducedJpegFlags(int reduction)
{
    switch (reduction) {
    case 2: return cv::IMREAD_REDUCED_COLOR_2 | cv::IMREAD_IGNORE_ORIENTATION;
    case 4: return cv::IMREAD_REDUCED_COLOR_4 | cv::IMREAD_IGNORE_ORIENTATION;
    case 8: return cv::IMREAD_REDUCED_COLOR_8 | cv::IMREAD_IGNORE_ORIENTATION;
    default: return 0;
    }
}

struct Decoded
{
    cv::Mat raw;          ///< as stored (BGR order, any depth); empty on failure
    ImageHeader header;
};

/// Header and limits first (no allocation for a hostile header), then the whole file through
/// QFile (Unicode paths, read errors), truncation checks, and OpenCV's decoder.
/// A non-empty @p expectedSize is compared with the header, before anything is decoded.
/// @p jpegReduction > 1 decodes a JPEG at that fraction of its size in the DCT (other formats
/// ignore it and decode in full).
Decoded decodeFile(const QString &path, QString *error, cv::Size expectedSize = {}, int jpegReduction = 1)
{
    Decoded out;
    QString why;
    if (!readImageHeader(path, &out.header, &why))
        return fail<Decoded>(error, fileError(path, why));
    why = checkImageLimits(out.header);
    if (!why.isEmpty())
        return fail<Decoded>(error, fileError(path, why));
    if (!expectedSize.empty()
        && (out.header.width != expectedSize.width || out.header.height != expectedSize.height))
        return fail<Decoded>(error, fileError(path, QStringLiteral("mask is %1x%2 but its image is %3x%4")
                        .arg(out.header.width).arg(out.header.height)
                        .arg(expectedSize.width).arg(expectedSize.height)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail<Decoded>(error, fileError(path, QStringLiteral("cannot open: %1").arg(file.errorString())));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail<Decoded>(error, fileError(path, QStringLiteral("cannot read: %1").arg(file.errorString())));

    if (data.size() > qsizetype(INT_MAX)) // cv::Mat sides are int
        return fail<Decoded>(error,
                             fileError(path, QStringLiteral("file too large (%1 bytes)").arg(data.size())));

    bool complete = true;
    switch (out.header.format) {
    case ImageHeader::Format::Png: complete = pngComplete(data); break;
    case ImageHeader::Format::Jpeg: complete = jpegComplete(data); break;
    case ImageHeader::Format::Bmp: complete = bmpComplete(data, out.header); break;
    default: break; // libtiff refuses missing strips itself
    }
    if (!complete)
        return fail<Decoded>(error, fileError(path, QStringLiteral("truncated file")));

    const int reducedFlags =
        out.header.format == ImageHeader::Format::Jpeg ? reducedJpegFlags(jpegReduction) : 0;
    const cv::Size expectedPixels = reducedFlags ? reducedSize(cv::Size(out.header.width, out.header.height), jpegReduction)
                                                 : cv::Size(out.header.width, out.header.height);
    // UNCHANGED keeps depth, alpha and the stored orientation: EXIF rotation is not
    // applied, so pixels match the header's size and the masks drawn on them.
    why.clear();
    out.raw = decode(data, reducedFlags ? reducedFlags : cv::IMREAD_UNCHANGED, &why);
    if (!why.isEmpty())
        return fail<Decoded>(error, fileError(path, QStringLiteral("cannot decode: %1").arg(why)));
    if (out.raw.empty())
        return fail<Decoded>(error,
                             fileError(path,
                                       QStringLiteral("cannot decode %1 data (corrupt or unsupported)")
                                           .arg(formatName(out.header.format))));
    if (out.raw.size() != expectedPixels)
        return fail<Decoded>(error,
                             fileError(path,
                                       QStringLiteral("decoded %1x%2 pixels but the header says %3x%4")
                                           .arg(out.raw.cols)
                                           .arg(out.raw.rows)
                                           .arg(expectedPixels.width)
                                           .arg(expectedPixels.height)));
    return out;
}

/// Largest value of one sample: 255, 65535, or 1.0 for float data.
double fullRange(int depth)
{
    switch (depth) {
    case CV_8U: return 255;
    case CV_8S: return 127;
    case CV_16U: return 65535;
    case CV_16S: return 32767;
    case CV_32S: return 2147483647.0;
    default: return 1.0;
    }
}

/// One channel per pixel: colour -> brightest of the colour channels, grey+alpha -> grey.
cv::Mat brightest(const cv::Mat &raw)
{
    const int n = raw.channels();
    if (n == 1)
        return raw;
    std::vector<cv::Mat> planes;
    cv::split(raw, planes);
    if (n == 2)
        return planes[0];
    cv::Mat out = cv::max(planes[0], planes[1]);
    cv::max(out, planes[2], out);
    return out;
}

/// True when every pixel has the same colour and the alpha varies: the shape is drawn in
/// the alpha channel alone.
bool onlyAlphaVaries(const cv::Mat &raw)
{
    std::vector<cv::Mat> planes;
    cv::split(raw, planes);
    for (size_t c = 0; c < planes.size(); ++c) {
        double lo = 0, hi = 0;
        cv::minMaxLoc(planes[c], &lo, &hi);
        const bool isAlpha = c + 1 == planes.size();
        if ((lo == hi) == isAlpha)
            return false;
    }
    return true;
}

/// Exactly two levels, 0 and one other: a label mask (0/1, 0/100...), whatever the level.
bool isTwoLevel(const cv::Mat &single)
{
    double lo = 0, hi = 0;
    cv::minMaxLoc(single, &lo, &hi);
    if (lo != 0 || hi == 0)
        return false;
    const qint64 zeros = qint64(single.total()) - cv::countNonZero(single);
    cv::Mat atTop;
    cv::compare(single, hi, atTop, cv::CMP_EQ);
    return zeros + cv::countNonZero(atTop) == qint64(single.total());
}

} // namespace

cv::Size reducedSize(cv::Size size, int reduction)
{
    if (reduction <= 1)
        return size;
    return cv::Size((size.width + reduction - 1) / reduction, (size.height + reduction - 1) / reduction);
}

int reductionFor(cv::Size size, int minSide)
{
    const int side = std::max(size.width, size.height);
    int reduction = 1;
    while (reduction < 8 && minSide > 0 && side / (reduction * 2) >= minSide)
        reduction *= 2;
    return reduction;
}

cv::Mat shrink(const cv::Mat &image, int reduction)
{
    if (reduction <= 1 || image.empty())
        return image;
    cv::Mat out;
    cv::resize(image, out, reducedSize(image.size(), reduction), 0, 0, cv::INTER_AREA);
    return out;
}

bool readsReducedFast(const QString &path)
{
    ImageHeader header;
    QString ignored;
    return readImageHeader(path, &header, &ignored) && header.format == ImageHeader::Format::Jpeg;
}

cv::Mat readImageRgb(const QString &path, QString *error, int reduction)
{
    reduction = reduction == 2 || reduction == 4 || reduction == 8 ? reduction : 1;
    Decoded d = decodeFile(path, error, {}, reduction);
    if (d.raw.empty())
        return {};
    cv::Mat img = d.raw;
    const bool reducedAlready = d.header.format == ImageHeader::Format::Jpeg;
    if (img.depth() != CV_8U) {
        // 16-bit: 65535 / 257 = 255 exactly; float data is taken as 0..1.
        cv::Mat eight;
        img.convertTo(eight, CV_8U, 255.0 / fullRange(img.depth()));
        img = eight;
    }
    cv::Mat rgb;
    switch (img.channels()) {
    case 1: cv::cvtColor(img, rgb, cv::COLOR_GRAY2RGB); break;
    case 2: {
        cv::Mat grey;
        cv::extractChannel(img, grey, 0);
        cv::cvtColor(grey, rgb, cv::COLOR_GRAY2RGB);
        break;
    }
    case 3: cv::cvtColor(img, rgb, cv::COLOR_BGR2RGB); break; // OpenCV decodes to BGR
    case 4: cv::cvtColor(img, rgb, cv::COLOR_BGRA2RGB); break;
    default:
        fail(error,
             QStringLiteral("%1: unsupported channel count %2")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(img.channels()));
        return {};
    }
    // No DCT scaling outside JPEG: a full decode, averaged down.
    return reducedAlready ? rgb : shrink(rgb, reduction);
}

cv::Mat readGrey(const QString &path, QString *error)
{
    Decoded d = decodeFile(path, error);
    if (d.raw.empty())
        return {};
    if (d.raw.type() != CV_8UC1)
        return fail<cv::Mat>(error, fileError(path, QStringLiteral("not an 8-bit grey image")));
    return d.raw;
}

cv::Mat readMask(const QString &path, QString *error, cv::Size expectedSize)
{
    Decoded d = decodeFile(path, error, expectedSize);
    if (d.raw.empty())
        return {};

    cv::Mat raw = d.raw;
    const int n = raw.channels();
    if ((n == 2 || n == 4) && onlyAlphaVaries(raw)) {
        // A shape painted only in the alpha channel (e.g. black ink on transparency).
        cv::Mat alpha;
        cv::extractChannel(raw, alpha, n - 1);
        raw = alpha;
    }
    const cv::Mat single = brightest(raw);
    bool anyNonZero = d.header.palette || d.header.bitDepth == 1;
    if (anyNonZero && d.raw.channels() == 1 && d.header.bitDepth > 1 && !isTwoLevel(single)) {
        // OpenCV decodes a grey palette to one channel: that is how BMP stores any grey image,
        // so with more than two levels it is an anti-aliased grey mask, thresholded as such.
        anyNonZero = false;
    }
    if (!anyNonZero && isTwoLevel(single)) {
        // 0/1 label masks (common in Kaggle sets) would otherwise threshold to nothing.
        anyNonZero = true;
    }
    return binarizeMask(single, anyNonZero);
}

cv::Mat binarizeMask(const cv::Mat &raw, bool anyNonZero)
{
    if (raw.empty())
        return {};
    cv::Mat single = raw;
    if (raw.channels() == 4) {
        cv::Mat bgr;
        cv::cvtColor(raw, bgr, cv::COLOR_BGRA2BGR); // alpha is not part of the shape
        single = brightest(bgr);
    } else if (raw.channels() == 2 || raw.channels() == 3) {
        single = brightest(raw);
    } else if (raw.channels() != 1) {
        std::vector<cv::Mat> planes;
        cv::split(raw, planes);
        single = brightest(planes[0]);
        for (size_t c = 1; c < planes.size(); ++c)
            cv::max(single, planes[c], single);
    }
    cv::Mat mask;
    if (anyNonZero) {
        cv::compare(single, 0, mask, cv::CMP_NE);
    } else {
        // Half range: 128 for 8-bit, 32768 for 16-bit, 0.5 for float.
        const double range = fullRange(single.depth());
        const double half = single.depth() >= CV_32F ? 0.5 : std::ceil(range / 2.0);
        cv::compare(single, half, mask, cv::CMP_GE);
    }
    return mask;
}

bool writePng(const QString &path, const cv::Mat &image, QString *error)
{
    const QString native = QDir::toNativeSeparators(path);
    if (image.empty() || image.depth() != CV_8U
        || (image.channels() != 1 && image.channels() != 3 && image.channels() != 4)) {
        return fail(error, QStringLiteral("%1: cannot write an empty or non 8-bit image as PNG").arg(native));
    }
    // A fresh Mat: converting into a header that shares @p image's buffer would swap the
    // caller's channels in place.
    cv::Mat bgr;
    if (image.channels() == 3)
        cv::cvtColor(image, bgr, cv::COLOR_RGB2BGR);
    else if (image.channels() == 4)
        cv::cvtColor(image, bgr, cv::COLOR_RGBA2BGRA);
    else
        bgr = image;
    std::vector<uchar> buffer;
    QString why;
    if (!encodeImage(".png", bgr, &buffer, &why))
        return fail(error, QStringLiteral("%1: PNG encoding failed: %2").arg(native, why));
    const QByteArray data(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
    return writeFileAtomically(path, data, error);
}

} // namespace dermask::core
