#include "ui/common/loadedsample.h"

#include "core/image/imageio.h"
#include "ui/common/predictionscore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/qtconcurrentrun.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <exception>

namespace dermask::ui {

namespace {

constexpr int kSmallestLevelSide = 256;

QImage toRgb32(const cv::Mat &rgb)
{
    QImage image(rgb.cols, rgb.rows, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    // Format_RGB32 is 0xffRRGGBB, i.e. B,G,R,A bytes on little-endian machines: cvtColor
    // writes straight into the QImage's rows.
    cv::Mat wrapped(rgb.rows, rgb.cols, CV_8UC4, image.bits(), size_t(image.bytesPerLine()));
    cv::cvtColor(rgb, wrapped, cv::COLOR_RGB2BGRA);
    return image;
}

cv::Size halfSize(cv::Size size)
{
    return cv::Size(std::max(1, (size.width + 1) / 2), std::max(1, (size.height + 1) / 2));
}

void loadMaskLayer(const QString &path, cv::Size size, int levels, MaskLayer *layer,
                   QStringList *errors)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    QString error;
    const cv::Mat mask = core::readMask(path, &error, size);
    if (mask.empty()) {
        errors->append(error.isEmpty() ? QCoreApplication::translate("LoadedSample", "%1: cannot read the mask").arg(path) : error);
        return;
    }
    layer->path = path;
    layer->levels = buildMaskPyramid(mask, levels);
    layer->contours = maskContours(mask);
    layer->area = cv::countNonZero(mask);
}

// Helpers of the loader threads; separate from the global pool so a long blend there never
// delays a decode someone waits for.
QThreadPool *helperPool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(2);
        return true;
    }();
    Q_UNUSED(configured);
    return &pool;
}

} // namespace

double LoadedSample::levelScale(int level) const
{
    if (levels.empty() || size.width() <= 0)
        return 1.0;
    level = std::clamp(level, 0, int(levels.size()) - 1);
    return double(levels[size_t(level)].width()) / double(size.width());
}

qint64 LoadedSample::bytes() const
{
    qint64 total = 0;
    for (const QImage &image : levels)
        total += image.sizeInBytes();
    for (const MaskLayer *layer : {&truth, &prediction}) {
        for (const cv::Mat &m : layer->levels)
            total += qint64(m.total() * m.elemSize());
    }
    for (const cv::Mat &m : probability)
        total += qint64(m.total() * m.elemSize());
    total += qint64(sourceMask.total() * sourceMask.elemSize());
    return total;
}

MaskLayer makeMaskLayer(const cv::Mat &mask, int levels)
{
    MaskLayer layer;
    if (mask.empty())
        return layer;
    layer.levels = buildMaskPyramid(mask, levels);
    layer.contours = maskContours(mask);
    layer.area = cv::countNonZero(mask);
    return layer;
}

std::shared_ptr<LoadedSample> withTruth(const LoadedSample &base, const cv::Mat &mask)
{
    auto out = std::make_shared<LoadedSample>(base);
    const QString path = out->truth.path;
    out->truth = makeMaskLayer(mask, std::max(1, base.levelCount()));
    out->truth.path = path;
    out->hasMetrics = false;
    if (out->truth.present() && out->prediction.present()) {
        out->metrics = core::compareMasks(out->truth.levels[0], out->prediction.levels[0]);
        out->hasMetrics = true;
    }
    return out;
}

int pyramidLevelCount(cv::Size size)
{
    int levels = 1;
    while (std::max(size.width, size.height) > kSmallestLevelSide) {
        size = halfSize(size);
        ++levels;
    }
    return levels;
}

std::vector<QImage> buildImagePyramid(const cv::Mat &rgb)
{
    std::vector<QImage> levels;
    if (rgb.empty())
        return levels;
    levels.push_back(toRgb32(rgb));
    cv::Mat current = rgb;
    for (int level = 1; level < pyramidLevelCount(rgb.size()); ++level) {
        cv::Mat next;
        cv::resize(current, next, halfSize(current.size()), 0, 0, cv::INTER_AREA);
        levels.push_back(toRgb32(next));
        current = next;
    }
    return levels;
}

std::vector<cv::Mat> buildMaskPyramid(const cv::Mat &mask, int levels)
{
    std::vector<cv::Mat> out;
    if (mask.empty() || levels <= 0)
        return out;
    out.push_back(mask);
    for (int i = 1; i < levels; ++i) {
        cv::Mat next;
        cv::resize(out.back(), next, halfSize(out.back().size()), 0, 0, cv::INTER_AREA);
        out.push_back(next);
    }
    return out;
}

QVector<QPolygonF> maskContours(const cv::Mat &mask)
{
    QVector<QPolygonF> polygons;
    if (mask.empty())
        return polygons;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    polygons.reserve(int(contours.size()));
    for (const auto &contour : contours) {
        QPolygonF polygon;
        polygon.reserve(int(contour.size()) + 1);
        for (const cv::Point &p : contour)
            polygon.append(QPointF(p.x + 0.5, p.y + 0.5));
        if (!polygon.isEmpty())
            polygon.append(polygon.first());
        polygons.append(polygon);
    }
    return polygons;
}

cv::Mat readProbabilityMap(const QString &path, cv::Size expected, QString *error)
{
    const cv::Mat raw = cv::imread(QFile::encodeName(path).toStdString(),
                                   cv::IMREAD_GRAYSCALE | cv::IMREAD_ANYDEPTH);
    if (raw.empty()) {
        if (error)
            *error = QCoreApplication::translate("LoadedSample", "%1: cannot read the probability map").arg(path);
        return {};
    }
    cv::Mat map;
    if (raw.depth() == CV_16U)
        raw.convertTo(map, CV_8U, 1.0 / 257.0);
    else
        map = raw;
    if (map.type() != CV_8UC1) {
        if (error)
            *error = QCoreApplication::translate("LoadedSample", "%1: the probability map is not a grey image").arg(path);
        return {};
    }
    if (!expected.empty() && map.size() != expected) {
        if (error)
            *error = QCoreApplication::translate("LoadedSample", "%1: the probability map is %2x%3 but its image is %4x%5")
                         .arg(path).arg(map.cols).arg(map.rows)
                         .arg(expected.width).arg(expected.height);
        return {};
    }
    return map;
}

std::shared_ptr<LoadedSample> loadSample(const DatasetSession &session, int index,
                                         const QString &model)
{
    auto out = std::make_shared<LoadedSample>();
    out->sessionSerial = session.serial();
    out->index = index;
    if (index < 0 || index >= session.count())
        return out;
    const core::Sample &sample = session.sample(index);
    out->id = sample.id;
    out->model = model;

    struct Decoded
    {
        std::vector<QImage> levels;
        QString error;
    };
    const QString imagePath = sample.imagePath;
    auto decodeImage = [imagePath] {
        Decoded d;
        try {
            const cv::Mat rgb = core::readImageRgb(imagePath, &d.error);
            if (!rgb.empty())
                d.levels = buildImagePyramid(rgb);
            else if (d.error.isEmpty())
                d.error = QCoreApplication::translate("LoadedSample", "%1: cannot read the image").arg(imagePath);
        } catch (const std::exception &e) {
            // OpenCV reports allocation failures on huge images as exceptions.
            d.levels.clear();
            d.error = QStringLiteral("%1: %2").arg(imagePath, QString::fromLocal8Bit(e.what()));
        }
        return d;
    };
    auto loadMasks = [&](cv::Size size) {
        const int levels = pyramidLevelCount(size);
        out->truth = MaskLayer();
        out->prediction = MaskLayer();
        out->probability.clear();
        out->probabilityPath.clear();
        out->uncertainty = -1.0;
        out->maskErrors.clear();
        out->truthIsAnnotation = session.hasAnnotation(index);
        out->sourceMask.release();
        loadMaskLayer(session.effectiveMaskPath(index), size, levels, &out->truth, &out->maskErrors);
        if (out->truthIsAnnotation && sample.hasMask()) {
            QString error;
            out->sourceMask = core::readMask(sample.maskPath, &error, size);
            if (out->sourceMask.empty() && !error.isEmpty())
                out->maskErrors.append(error);
        }
        if (model.isEmpty())
            return;
        loadMaskLayer(session.predictionPath(index, model), size, levels, &out->prediction,
                      &out->maskErrors);
        const QString probPath = session.probabilityPath(index, model);
        if (QFileInfo::exists(probPath)) {
            QString error;
            const cv::Mat prob = readProbabilityMap(probPath, size, &error);
            if (prob.empty()) {
                out->maskErrors.append(error);
            } else {
                out->probabilityPath = probPath;
                out->probability = buildMaskPyramid(prob, levels);
                out->uncertainty = uncertaintyOf(prob);
            }
        }
    };

    try {
        // The image decodes on a helper thread while this one reads the masks, whose expected
        // size the scan already took from the image header: a big photo shows in about half
        // the time.
        const cv::Size headerSize(sample.width, sample.height);
        Decoded decoded;
        if (!headerSize.empty()) {
            QFuture<Decoded> image = QtConcurrent::run(helperPool(), decodeImage);
            loadMasks(headerSize);
            decoded = image.result();
        } else {
            decoded = decodeImage();
        }
        if (decoded.levels.empty()) {
            out->imageError = decoded.error;
            return out;
        }
        out->levels = std::move(decoded.levels);
        out->size = out->levels.front().size();
        const cv::Size size(out->size.width(), out->size.height());
        if (size != headerSize)
            loadMasks(size);  // no header size, or the file changed since the scan
        if (out->truth.present() && out->prediction.present()) {
            out->metrics = core::compareMasks(out->truth.levels[0], out->prediction.levels[0]);
            out->hasMetrics = true;
        }
    } catch (const std::exception &e) {
        out->levels.clear();
        out->imageError = QStringLiteral("%1: %2").arg(sample.imagePath, QString::fromLocal8Bit(e.what()));
    }
    return out;
}

} // namespace dermask::ui
