#include "core/image/codecs.h"

#include "core/image/codecs_p.h"
#include "core/image/pngdecode.h"
#include "core/util/error.h"
#include "core/util/part.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <opencv2/imgcodecs.hpp>

#include <cstring>

namespace dermask::core {

namespace {

const CodecsPart *codecsPart(QString *error)
{
    return partTable<CodecsPart>("codecs", "dermask_codecs_part", kCodecsPartVersion, error);
}

// PNG, the format of masks and probability maps, is decoded by pngdecode.h where it gives
// OpenCV's result exactly (8- and 16-bit grey, 8-bit RGB(A), no transparency chunk, not
// interlaced) and written by QtGui's own PNG code, already loaded: the commands that only read
// and write masks (evaluate, export) never load the codecs part.

/// @p image as PNG (or JPEG of @p quality) by Qt, or false when it is not 8-bit grey, BGR or
/// BGRA.
bool encodeWithQt(const cv::Mat &image, const char *fileFormat, int quality, std::vector<uchar> *out)
{
    QImage::Format format = QImage::Format_Invalid;
    if (image.type() == CV_8UC1)
        format = QImage::Format_Grayscale8;
    else if (image.type() == CV_8UC3)
        format = QImage::Format_BGR888;
    else if (image.type() == CV_8UC4 && QSysInfo::ByteOrder == QSysInfo::LittleEndian)
        format = QImage::Format_ARGB32;
    if (format == QImage::Format_Invalid)
        return false;
    QImage view(image.data, image.cols, image.rows, qsizetype(image.step), format);
    // Qt writes the resolution (pHYs) it is given, by default the screen's: a fixed 72 dpi
    // makes the same mask the same bytes from the app and the command line.
    view.setDotsPerMeterX(2835);
    view.setDotsPerMeterY(2835);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, fileFormat);
    writer.setQuality(quality);
    if (!writer.write(view))
        return false;
    out->assign(bytes.begin(), bytes.end());
    return true;
}

} // namespace

cv::Mat decodeImage(const char *data, size_t size, int flags, QString *error)
{
    cv::Mat decoded = decodePlainPng(reinterpret_cast<const unsigned char *>(data), size, flags);
    if (!decoded.empty())
        return decoded;
    const CodecsPart *part = codecsPart(error);
    cv::Mat out;
    std::string why;
    if (part && !part->decode(data, size, flags, &out, &why))
        fail(error, QString::fromStdString(why));
    return out;
}

cv::Mat decodeFile(const QString &path, int flags, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail<cv::Mat>(error, fileError(path, file.errorString()));
    const QByteArray data = file.readAll();
    return decodeImage(data.constData(), size_t(data.size()), flags, error);
}

bool encodeImage(const char *extension, const cv::Mat &image, std::vector<uchar> *out,
                 QString *error, const std::vector<int> &params)
{
    // JPEG through Qt too (its plugin, libjpeg only): the sample dataset is written without
    // the codecs part.
    if (std::strcmp(extension, ".png") == 0 && params.empty() && encodeWithQt(image, "png", -1, out))
        return true;
    if (std::strcmp(extension, ".jpg") == 0 && params.size() == 2 && params[0] == cv::IMWRITE_JPEG_QUALITY
        && image.type() == CV_8UC3 && encodeWithQt(image, "jpeg", params[1], out))
        return true;
    const CodecsPart *part = codecsPart(error);
    std::string why;
    if (part && part->encode(extension, image, params, out, &why))
        return true;
    return part ? fail(error, QString::fromStdString(why)) : false;
}

} // namespace dermask::core
