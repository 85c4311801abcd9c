#include "core/image/codecs.h"

#include "core/image/codecs_p.h"
#include "core/util/error.h"
#include "core/util/part.h"

#include <QFile>

namespace dermask::core {

namespace {

const CodecsPart *codecsPart(QString *error)
{
    return partTable<CodecsPart>("codecs", "dermask_codecs_part", kCodecsPartVersion, error);
}

} // namespace

cv::Mat decodeImage(const char *data, size_t size, int flags, QString *error)
{
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
    const CodecsPart *part = codecsPart(error);
    std::string why;
    if (part && part->encode(extension, image, params, out, &why))
        return true;
    return part ? fail(error, QString::fromStdString(why)) : false;
}

} // namespace dermask::core
