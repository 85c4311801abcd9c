#include "core/metrics/metrics.h"

#include <opencv2/core.hpp>

#include <stdexcept>
#include <string>

namespace dermask::core {

namespace {

std::string describe(const cv::Mat &m)
{
    return std::to_string(m.cols) + "x" + std::to_string(m.rows) + " " + cv::typeToString(m.type());
}

} // namespace

MaskMetrics compareMasks(const cv::Mat &truth, const cv::Mat &prediction)
{
    if (truth.type() != CV_8UC1 || prediction.type() != CV_8UC1 || truth.size() != prediction.size()
        || truth.dims > 2 || prediction.dims > 2) {
        throw std::invalid_argument("compareMasks needs two CV_8UC1 masks of the same size, got truth "
                                    + describe(truth) + " and prediction " + describe(prediction));
    }
    MaskMetrics m;
    const qint64 total = qint64(truth.total());
    if (total == 0)
        return m;
    // "Non-zero" rather than "255": normalise first so that 1 & 2 still counts as overlap.
    // OpenCV's compare/countNonZero are vectorised: about 40 ms for 6000x4000 here.
    cv::Mat t, p, both;
    cv::compare(truth, 0, t, cv::CMP_NE);
    cv::compare(prediction, 0, p, cv::CMP_NE);
    cv::bitwise_and(t, p, both);
    const qint64 truthCount = cv::countNonZero(t);
    const qint64 predCount = cv::countNonZero(p);
    m.truePositive = cv::countNonZero(both);
    m.falsePositive = predCount - m.truePositive;
    m.falseNegative = truthCount - m.truePositive;
    m.trueNegative = total - m.truePositive - m.falsePositive - m.falseNegative;

    const bool bothEmpty = truthCount == 0 && predCount == 0;
    auto ratio = [bothEmpty](qint64 num, qint64 den) {
        return den == 0 ? (bothEmpty ? 1.0 : 0.0) : double(num) / double(den);
    };
    const qint64 tp = m.truePositive, fp = m.falsePositive, fn = m.falseNegative;
    m.dice = ratio(2 * tp, 2 * tp + fp + fn);
    m.iou = ratio(tp, tp + fp + fn);
    m.precision = ratio(tp, tp + fp);
    m.recall = ratio(tp, tp + fn);
    m.accuracy = ratio(tp + m.trueNegative, total);
    return m;
}

MetricsSummary summarize(const QVector<MaskMetrics> &perImage)
{
    MetricsSummary s;
    if (perImage.isEmpty())
        return s;
    for (const MaskMetrics &m : perImage) {
        s.dice += m.dice;
        s.iou += m.iou;
        s.precision += m.precision;
        s.recall += m.recall;
        s.accuracy += m.accuracy;
        s.thresholdedJaccard += m.iou < kIsicJaccardThreshold ? 0.0 : m.iou;
    }
    s.images = int(perImage.size());
    const double n = s.images;
    s.dice /= n;
    s.iou /= n;
    s.precision /= n;
    s.recall /= n;
    s.accuracy /= n;
    s.thresholdedJaccard /= n;
    return s;
}

} // namespace dermask::core
