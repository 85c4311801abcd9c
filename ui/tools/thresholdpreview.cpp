#include "ui/tools/thresholdpreview.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace dermask::ui {

namespace {

constexpr int kPreviewSide = 1024;

} // namespace

QVector<QPolygonF> thresholdOutlines(const LoadedSample &sample, double threshold)
{
    QVector<QPolygonF> out;
    if (sample.probability.empty() || sample.size.isEmpty())
        return out;
    size_t level = 0;
    while (level + 1 < sample.probability.size()
           && std::max(sample.probability[level].cols, sample.probability[level].rows) > kPreviewSide)
        ++level;
    const cv::Mat &map = sample.probability[level];
    cv::Mat binary;
    // Coarse levels hold averaged probabilities: the same threshold, a slightly rounder outline.
    cv::compare(map, std::ceil(threshold * 255.0 - 1e-9), binary, cv::CMP_GE);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(binary, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    const double sx = double(sample.size.width()) / map.cols;
    const double sy = double(sample.size.height()) / map.rows;
    out.reserve(int(contours.size()));
    for (const auto &contour : contours) {
        QPolygonF polygon;
        polygon.reserve(int(contour.size()) + 1);
        for (const cv::Point &p : contour)
            polygon.append(QPointF((p.x + 0.5) * sx, (p.y + 0.5) * sy));
        if (!polygon.isEmpty())
            polygon.append(polygon.first());
        out.append(polygon);
    }
    return out;
}

} // namespace dermask::ui
