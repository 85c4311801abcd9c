#include "ui/common/predictionscore.h"

#include "core/image/imageheader.h"
#include "core/image/imageio.h"
#include "core/metrics/metrics.h"
#include "ui/common/loadedsample.h"

#include <QFileInfo>
#include <array>
#include <cmath>
#include <exception>

namespace dermask::ui {

double uncertaintyOf(const cv::Mat &probability)
{
    if (probability.empty() || probability.type() != CV_8UC1)
        return -1.0;
    // Entropy per 8-bit value, clamped as the engine clamps its float maps.
    static const std::array<double, 256> entropy = [] {
        std::array<double, 256> table{};
        for (int i = 0; i < 256; ++i) {
            const double q = std::clamp(i / 255.0, 1e-7, 1.0 - 1e-7);
            table[size_t(i)] = -(q * std::log2(q) + (1.0 - q) * std::log2(1.0 - q));
        }
        return table;
    }();
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < probability.rows; ++y) {
        const uchar *row = probability.ptr<uchar>(y);
        for (int x = 0; x < probability.cols; ++x)
            ++histogram[row[x]];
    }
    double sum = 0.0;
    for (int i = 0; i < 256; ++i)
        sum += entropy[size_t(i)] * double(histogram[size_t(i)]);
    return sum / double(probability.total());
}

SampleScore scoreSample(const DatasetSession &session, int index, const QString &model)
{
    SampleScore score;
    if (model.isEmpty() || index < 0 || index >= session.count())
        return score;
    const QString predictionPath = session.predictionPath(index, model);
    const QString probabilityPath = session.probabilityPath(index, model);
    const bool hasPrediction = QFileInfo::exists(predictionPath);
    const bool hasProbability = QFileInfo::exists(probabilityPath);
    if (!hasPrediction && !hasProbability)
        return score;
    try {
        // The image's size from its header: masks of another size are refused, as in the viewer.
        const core::Sample &sample = session.sample(index);
        cv::Size size(sample.width, sample.height);
        if (size.empty()) {
            core::ImageHeader header;
            QString ignored;
            if (core::readImageHeader(sample.imagePath, &header, &ignored))
                size = cv::Size(header.width, header.height);
        }
        QString error;
        if (hasPrediction) {
            const cv::Mat prediction = core::readMask(predictionPath, &error, size);
            if (prediction.empty()) {
                score.error = error;
            } else {
                score.hasPrediction = true;
                const cv::Mat truth = session.effectiveMask(index, size, &error);
                if (!truth.empty() && truth.size() == prediction.size()) {
                    const core::MaskMetrics metrics = core::compareMasks(truth, prediction);
                    score.hasDice = true;
                    score.dice = metrics.dice;
                    score.iou = metrics.iou;
                } else if (!error.isEmpty()) {
                    score.error = error;
                }
            }
        }
        if (hasProbability) {
            error.clear();
            const cv::Mat probability = readProbabilityMap(probabilityPath, size, &error);
            if (!probability.empty()) {
                score.hasUncertainty = true;
                score.uncertainty = uncertaintyOf(probability);
            } else if (score.error.isEmpty()) {
                score.error = error;
            }
        }
    } catch (const std::exception &e) {
        score.error = QStringLiteral("%1: %2").arg(predictionPath, QString::fromLocal8Bit(e.what()));
    }
    return score;
}

} // namespace dermask::ui
