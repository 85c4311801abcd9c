#include "ui/common/loadedsample.h"

#include "core/image/imageio.h"

#include <opencv2/imgproc.hpp>

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

} // namespace

double LoadedSample::levelScale(int level) const
{
    if (levels.empty() || size.width() <= 0)
        return 1.0;
    level = std::clamp(level, 0, int(levels.size()) - 1);
    return double(levels[size_t(level)].width()) / double(size.width());
}

cv::Mat LoadedSample::predictionMap() const
{
    if (!probability.empty())
        return probability.front();
    return prediction.present() ? prediction.levels.front() : cv::Mat();
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

MaskLayer makeMaskLayer(const cv::Mat &mask, int levels, int reduction, QSize fullSize)
{
    MaskLayer layer;
    if (mask.empty())
        return layer;
    layer.levels = buildMaskPyramid(mask, levels);
    if (reduction <= 1 || fullSize.isEmpty()) {
        layer.contours = maskContours(mask);
        layer.area = cv::countNonZero(mask);
        return layer;
    }
    cv::Mat mostly;
    cv::compare(mask, 128, mostly, cv::CMP_GE);
    const QSizeF scale(double(fullSize.width()) / mask.cols, double(fullSize.height()) / mask.rows);
    layer.contours = maskContours(mostly, scale);
    layer.area = qRound64(cv::sum(mask)[0] / 255.0 * scale.width() * scale.height());
    return layer;
}

std::shared_ptr<LoadedSample> withTruth(const LoadedSample &base, const cv::Mat &mask)
{
    auto out = std::make_shared<LoadedSample>(base);
    // Edits happen at full size only, on a full-size sample (never on a preview).
    out->truth = makeMaskLayer(mask, std::max(1, base.levelCount()));
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

QVector<QPolygonF> maskContours(const cv::Mat &mask, QSizeF scale)
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
            polygon.append(QPointF((p.x + 0.5) * scale.width(), (p.y + 0.5) * scale.height()));
        if (!polygon.isEmpty())
            polygon.append(polygon.first());
        polygons.append(polygon);
    }
    return polygons;
}

std::shared_ptr<LoadedSample> loadSample(const core::DatasetSession &session, int index,
                                         const QString &model, const LoadOptions &options)
{
    auto out = std::make_shared<LoadedSample>();
    // The display pyramids are made on the thread that read each layer, while the other
    // layers are still being read: the image's on the decoding thread, the masks' here.
    // Shared with the decoding thread, which a dropped read does not wait for.
    const auto imageLevels = std::make_shared<std::vector<QImage>>();
    core::LayerRequest request;
    request.keepImage = false;  // the pyramid is all the screen needs
    request.reduction = options.reduction;
    request.previews = options.previews;
    request.storeReduction = options.storeReduction;
    request.cancelled = options.cancelled;
    request.onImage = [imageLevels](const cv::Mat &rgb) { *imageLevels = buildImagePyramid(rgb); };
    request.onMasks = [&out](const core::SampleLayers &layers) {
        // A preview's pyramids start at the reduced size, as its image's does.
        const int levels = pyramidLevelCount(core::reducedSize(layers.size, layers.reduction));
        const QSize full(layers.size.width, layers.size.height);
        out->truth = makeMaskLayer(layers.mask, levels, layers.reduction, full);
        out->prediction = makeMaskLayer(layers.prediction, levels, layers.reduction, full);
        out->probability = buildMaskPyramid(layers.probability, levels);
    };
    const core::SampleLayers layers = core::loadSampleLayers(session, index, model, request);
    static_cast<core::SampleFacts &>(*out) = layers;
    out->sourceMask = layers.sourceMask;
    out->reduction = layers.reduction;
    if (layers.imageOk() && !imageLevels->empty()) {
        out->levels = std::move(*imageLevels);
        out->size = QSize(layers.size.width, layers.size.height);
    }
    return out;
}

} // namespace dermask::ui
