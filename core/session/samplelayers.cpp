#include "core/session/samplelayers.h"

#include "core/image/imageheader.h"
#include "core/image/imageio.h"
#include "core/metrics/uncertainty.h"
#include "core/util/error.h"
#include "core/util/handoff.h"

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

bool isCancelled(const LayerRequest &request)
{
    return request.cancelled && request.cancelled();
}

/// The image at the request's resolution: reduced through the preview cache for a preview
/// (@p fullSize, from the scan, says the size it must have), else in full, leaving a reduced
/// copy for the next preview when the format has no fast reduced read.
cv::Mat readImageLayer(const QString &path, cv::Size fullSize, const LayerRequest &request, QString *error)
{
    if (request.reduction > 1) {
        const cv::Mat rgb = request.previews ? request.previews->readImage(path, request.reduction, fullSize, error)
                                             : readImageRgb(path, error, request.reduction);
        if (rgb.empty() || rgb.size() == reducedSize(fullSize, request.reduction))
            return rgb;
        fail(error, QCoreApplication::translate("SampleLayers", "%1: the image changed since the folder was read")
                        .arg(path));
        return {};
    }
    const cv::Mat rgb = readImageRgb(path, error);
    if (request.previews && request.storeReduction > 1 && !readsReducedFast(path))
        request.previews->store(path, PreviewCache::Kind::Image, request.storeReduction, rgb);
    return rgb;
}

DecodedImage decode(const QString &path, cv::Size fullSize, const LayerRequest &request)
{
    takeOver();  // the request's callbacks and what they capture were made on the reading thread
    DecodedImage d;
    if (isCancelled(request))
        return d;
    try {
        d.rgb = readImageLayer(path, fullSize, request, &d.error);
        d.ok = !d.rgb.empty();
        d.size = request.reduction > 1 ? fullSize : d.rgb.size();
        if (!d.ok && d.error.isEmpty())
            d.error = QCoreApplication::translate("SampleLayers", "%1: cannot read the image").arg(path);
        if (d.ok && request.onImage && !isCancelled(request))
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

/// A mask or map at the request's resolution: reduced through the preview cache for a preview,
/// else in full, leaving a reduced copy for the next preview when asked.
cv::Mat readLayer(const QString &path, PreviewCache::Kind kind, cv::Size size, const LayerRequest &request,
                  const std::function<cv::Mat(QString *)> &readFull, QString *error)
{
    if (request.reduction > 1) {
        if (request.previews)
            return request.previews->read(path, kind, request.reduction, size, readFull, error);
        return shrink(readFull(error), request.reduction);
    }
    const cv::Mat full = readFull(error);
    if (request.previews && request.storeReduction > 1)
        request.previews->store(path, kind, request.storeReduction, full);
    return full;
}

/// A mask file, or empty with the reason appended to @p errors.
cv::Mat readMaskLayer(const QString &path, cv::Size size, const LayerRequest &request, QStringList *errors)
{
    if (path.isEmpty() || !QFileInfo::exists(path) || isCancelled(request))
        return {};
    QString error;
    const cv::Mat mask = readLayer(path, PreviewCache::Kind::Mask, size, request,
                                   [&](QString *e) { return readMask(path, e, size); }, &error);
    if (mask.empty())
        errors->append(error.isEmpty()
                           ? QCoreApplication::translate("SampleLayers", "%1: cannot read the mask").arg(path)
                           : error);
    return mask;
}

/// The prediction layers of one model: read beside the masks, on another thread.
struct PredictionLayers
{
    cv::Mat prediction;
    cv::Mat probability;
    QString predictionPath;
    QString probabilityPath;
    double uncertainty = -1.0;
    QStringList errors;
};

PredictionLayers readPredictionLayers(const PredictionStore &store, const QString &id, cv::Size size,
                                      const LayerRequest &request)
{
    takeOver();  // handed over by readMasks()
    PredictionLayers out;
    out.prediction = readMaskLayer(store.maskPath(id), size, request, &out.errors);
    if (!out.prediction.empty())
        out.predictionPath = store.maskPath(id);
    if (store.hasProbability(id) && !isCancelled(request)) {
        QString error;
        out.probability = readLayer(store.probabilityPath(id), PreviewCache::Kind::Map, size, request,
                                    [&](QString *e) { return store.readProbability(id, size, e); }, &error);
        if (out.probability.empty()) {
            out.errors.append(error);
        } else {
            out.probabilityPath = store.probabilityPath(id);
            out.uncertainty = expectedDiceLoss(out.probability);
        }
    }
    return out;
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

    // The prediction and its map decode beside the masks: three 6000x4000 PNGs read one
    // after the other were the longest part of a full read.
    const PredictionStore store = session.predictions(out->model);
    QFuture<PredictionLayers> predictions;
    if (!store.isNull()) {
        handOver();
        predictions = QtConcurrent::run(decodePool(), readPredictionLayers, store, out->id, size, request);
    }

    auto readEffectiveMask = [&] {
        out->maskPath = session.effectiveMaskPath(index);
        out->maskOrigin = out->maskPath.isEmpty()        ? MaskOrigin::None
                          : session.hasAnnotation(index) ? MaskOrigin::Correction
                                                         : MaskOrigin::Dataset;
        out->mask = readMaskLayer(out->maskPath, size, request, &out->maskErrors);
    };
    readEffectiveMask();
    // A corrected mask that does not decode (cut short by another program, a bad disk) is
    // moved aside, and the dataset's own mask is read in its place; the message stays.
    QString moved;
    if (out->mask.empty() && out->maskOrigin == MaskOrigin::Correction && !out->maskErrors.isEmpty()
        && session.workspace()->setAnnotationAside(sample.id, out->maskErrors.last(), &moved)) {
        out->maskErrors.last() = moved;
        readEffectiveMask();
    }
    if (request.sourceMask && request.reduction <= 1 && out->maskOrigin == MaskOrigin::Correction
        && sample.hasMask()) {
        QString error;
        out->sourceMask = readMask(sample.maskPath, &error, size);
        if (out->sourceMask.empty() && !error.isEmpty())
            out->maskErrors.append(error);
    }
    if (store.isNull())
        return;
    PredictionLayers layers = predictions.result();
    out->prediction = layers.prediction;
    out->probability = layers.probability;
    out->predictionPath = layers.predictionPath;
    out->probabilityPath = layers.probabilityPath;
    out->uncertainty = layers.uncertainty;
    out->maskErrors.append(layers.errors);
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
    if (request.reduction > 1 && (!request.image || sample.width <= 0 || sample.height <= 0)) {
        // A preview needs the size the reduced layers must match: without it, read in full.
        LayerRequest full = request;
        full.reduction = 1;
        return loadSampleLayers(session, index, model, full);
    }
    out.reduction = std::max(1, request.reduction);
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
                handOver();
                QFuture<DecodedImage> image =
                    QtConcurrent::run(decodePool(), decode, sample.imagePath, header, request);
                masksAt(header);
                if (isCancelled(request))
                    return out;  // the decode ends on its own; this thread is free for the next read
                decoded = image.result();
            } else {
                decoded = decode(sample.imagePath, header, request);
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
            if (out.reduction > 1) {
                // Fractions of lesion per pixel: a pixel counts when it is mostly lesion.
                cv::Mat truth, prediction;
                cv::compare(out.mask, 128, truth, cv::CMP_GE);
                cv::compare(out.prediction, 128, prediction, cv::CMP_GE);
                out.metrics = compareMasks(truth, prediction);
            } else {
                out.metrics = compareMasks(out.mask, out.prediction);
            }
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
