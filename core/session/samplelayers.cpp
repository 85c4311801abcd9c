#include "core/session/samplelayers.h"

#include "core/image/imageheader.h"
#include "core/image/imageio.h"
#include "core/metrics/uncertainty.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/qtconcurrentrun.h>

#include <exception>

namespace dermask::core {

namespace {

struct DecodedImage
{
    bool ok = false;
    cv::Size size;
    cv::Mat rgb;   ///< empty unless kept
    QString error;
};

// Decoding runs beside the mask reads; a pool of its own, so a long decode of a neighbour
// never waits behind other background work.
QThreadPool *decodePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        return p;
    }();
    return pool;
}

QString exceptionText(const QString &path, const std::exception &e)
{
    return QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(e.what()));
}

DecodedImage decode(const QString &path, const LayerRequest &request)
{
    DecodedImage d;
    try {
        d.rgb = readImageRgb(path, &d.error);
        d.ok = !d.rgb.empty();
        d.size = d.rgb.size();
        if (!d.ok && d.error.isEmpty())
            d.error = QCoreApplication::translate("SampleLayers", "%1: cannot read the image").arg(path);
        if (d.ok && request.onImage)
            request.onImage(d.rgb);
        if (!request.keepImage)
            d.rgb.release();
    } catch (const std::exception &e) {
        // OpenCV reports allocation failures on huge images as exceptions.
        d = DecodedImage();
        d.error = exceptionText(path, e);
    }
    return d;
}

/// A mask file, or empty with the reason appended to @p errors.
cv::Mat readMaskLayer(const QString &path, cv::Size size, QStringList *errors)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {};
    QString error;
    cv::Mat mask = readMask(path, &error, size);
    if (mask.empty())
        errors->append(error.isEmpty()
                           ? QCoreApplication::translate("SampleLayers", "%1: cannot read the mask").arg(path)
                           : error);
    return mask;
}

void readMasks(const DatasetSession &session, int index, cv::Size size, const LayerRequest &request,
               SampleLayers *out)
{
    const Sample &sample = session.sample(index);
    out->maskErrors.clear();
    out->sourceMask.release();
    out->prediction.release();
    out->probability.release();
    out->predictionPath.clear();
    out->probabilityPath.clear();
    out->uncertainty = -1.0;

    out->maskPath = session.effectiveMaskPath(index);
    out->maskOrigin = out->maskPath.isEmpty()        ? MaskOrigin::None
                      : session.hasAnnotation(index) ? MaskOrigin::Correction
                                                     : MaskOrigin::Dataset;
    out->mask = readMaskLayer(out->maskPath, size, &out->maskErrors);
    if (request.sourceMask && out->maskOrigin == MaskOrigin::Correction && sample.hasMask()) {
        QString error;
        out->sourceMask = readMask(sample.maskPath, &error, size);
        if (out->sourceMask.empty() && !error.isEmpty())
            out->maskErrors.append(error);
    }
    const PredictionStore store = session.predictions(out->model);
    if (store.isNull())
        return;
    out->prediction = readMaskLayer(store.maskPath(out->id), size, &out->maskErrors);
    if (!out->prediction.empty())
        out->predictionPath = store.maskPath(out->id);
    if (store.hasProbability(out->id)) {
        QString error;
        out->probability = store.readProbability(out->id, size, &error);
        if (out->probability.empty()) {
            out->maskErrors.append(error);
        } else {
            out->probabilityPath = store.probabilityPath(out->id);
            out->uncertainty = expectedDiceLoss(out->probability);
        }
    }
}

/// The image's size without decoding it: the scan's, else the header's.
cv::Size headerSize(const Sample &sample)
{
    cv::Size size(sample.width, sample.height);
    if (size.empty()) {
        ImageHeader header;
        QString ignored;
        if (readImageHeader(sample.imagePath, &header, &ignored))
            size = cv::Size(header.width, header.height);
    }
    return size;
}

} // namespace

SampleLayers loadSampleLayers(const DatasetSession &session, int index, const QString &model,
                              const LayerRequest &request)
{
    SampleLayers out;
    out.sessionSerial = session.serial();
    out.index = index;
    out.model = model;
    if (index < 0 || index >= session.count())
        return out;
    const Sample &sample = session.sample(index);
    out.id = sample.id;
    auto masksAt = [&](cv::Size size) {
        readMasks(session, index, size, request, &out);
        if (request.onMasks)
            request.onMasks(out);
    };
    try {
        if (!request.image) {
            out.size = headerSize(sample);
            masksAt(out.size);
        } else {
            // The image decodes on a helper thread while this one reads the masks, whose size
            // the scan already took from the image header: a big photo shows in about half
            // the time.
            const cv::Size header(sample.width, sample.height);
            DecodedImage decoded;
            if (!header.empty()) {
                out.size = header;
                QFuture<DecodedImage> image = QtConcurrent::run(decodePool(), decode, sample.imagePath, request);
                masksAt(header);
                decoded = image.result();
            } else {
                decoded = decode(sample.imagePath, request);
            }
            if (!decoded.ok) {
                out.imageError = decoded.error;
                return out;  // the masks read at the header's size stay
            }
            out.imageDecoded = true;
            out.image = decoded.rgb;
            out.size = decoded.size;
            if (out.size != header)
                masksAt(out.size);  // no header size, or the file changed since the scan
        }
        if (!out.mask.empty() && !out.prediction.empty()) {
            out.metrics = compareMasks(out.mask, out.prediction);
            out.hasMetrics = true;
        }
    } catch (const std::exception &e) {
        out.imageDecoded = false;
        out.image.release();
        out.imageError = exceptionText(sample.imagePath, e);
    }
    return out;
}

} // namespace dermask::core
