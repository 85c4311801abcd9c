#include "core/mask/maskops.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dermask::core {

namespace {

/// Binary image of the lesion (any non-zero) as 0/255.
cv::Mat lesion(const cv::Mat &mask)
{
    CV_Assert(mask.type() == CV_8UC1);
    cv::Mat out;
    cv::compare(mask, 0, out, cv::CMP_NE);
    return out;
}

cv::Mat morphology(const cv::Mat &mask, int pixels, int op)
{
    if (pixels <= 0)
        return mask.clone();
    const cv::Mat element = cv::getStructuringElement(cv::MORPH_ELLIPSE,
                                                      cv::Size(2 * pixels + 1, 2 * pixels + 1));
    cv::Mat out;
    cv::morphologyEx(mask, out, op, element);
    return out;
}

/// Components of the lesion with their areas (label 0 is the background).
int components(const cv::Mat &mask, cv::Mat *labels, std::vector<int> *areas)
{
    cv::Mat stats, centroids;
    const int n = cv::connectedComponentsWithStats(lesion(mask), *labels, stats, centroids, 8, CV_32S);
    areas->assign(size_t(n), 0);
    for (int i = 1; i < n; ++i)
        (*areas)[size_t(i)] = stats.at<int>(i, cv::CC_STAT_AREA);
    return n;
}

/// 0/255 mask of the labels for which keep[label] is true.
cv::Mat selectLabels(const cv::Mat &labels, const std::vector<uchar> &keep)
{
    cv::Mat out(labels.size(), CV_8UC1);
    for (int y = 0; y < labels.rows; ++y) {
        const int *l = labels.ptr<int>(y);
        uchar *o = out.ptr<uchar>(y);
        for (int x = 0; x < labels.cols; ++x)
            o[x] = keep[size_t(l[x])] ? 255 : 0;
    }
    return out;
}

} // namespace


cv::Mat polygonMask(cv::Size size, const QPolygonF &polygon)
{
    // Scanline fill sampled at pixel centres with the even-odd rule. cv::fillPoly is not used:
    // it also sets the pixels its edges pass through, one extra row and column for a square.
    cv::Mat out = cv::Mat::zeros(size, CV_8UC1);
    const int n = int(polygon.size());
    if (n < 3)
        return out;
    const QRectF bounds = polygon.boundingRect();
    const int y0 = std::max(0, int(std::floor(bounds.top())));
    const int y1 = std::min(size.height - 1, int(std::ceil(bounds.bottom())));
    std::vector<double> xs;
    for (int y = y0; y <= y1; ++y) {
        const double cy = y + 0.5;
        xs.clear();
        for (int i = 0; i < n; ++i) {
            const QPointF &a = polygon[i];
            const QPointF &b = polygon[(i + 1) % n];
            // Half-open in y, so a vertex on the scanline is counted once.
            if ((a.y() <= cy && cy < b.y()) || (b.y() <= cy && cy < a.y()))
                xs.push_back(a.x() + (cy - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
        std::sort(xs.begin(), xs.end());
        uchar *row = out.ptr<uchar>(y);
        for (size_t k = 0; k + 1 < xs.size(); k += 2) {
            // Centres x + 0.5 in [xs[k], xs[k+1]).
            const int from = std::max(0, int(std::ceil(xs[k] - 0.5)));
            const int to = std::min(size.width - 1, int(std::ceil(xs[k + 1] - 0.5)) - 1);
            for (int x = from; x <= to; ++x)
                row[x] = 255;
        }
    }
    return out;
}

cv::Mat fillPolygon(const cv::Mat &mask, const QPolygonF &polygon, uchar value)
{
    cv::Mat out = mask.clone();
    if (polygon.size() >= 3)
        out.setTo(value, polygonMask(mask.size(), polygon));
    return out;
}

cv::Mat floodFillRegion(const cv::Mat &mask, const QPointF &point, uchar value)
{
    cv::Mat out = mask.clone();
    const cv::Point seed(int(std::floor(point.x())), int(std::floor(point.y())));
    if (!cv::Rect(0, 0, mask.cols, mask.rows).contains(seed) || out.at<uchar>(seed) == value)
        return out;
    cv::floodFill(out, seed, cv::Scalar(value), nullptr, cv::Scalar(0), cv::Scalar(0), 4);
    return out;
}

cv::Mat fillHoles(const cv::Mat &mask)
{
    // Flood the background from a one-pixel frame: what stays 0 is enclosed by lesion.
    cv::Mat padded;
    cv::copyMakeBorder(lesion(mask), padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::floodFill(padded, cv::Point(0, 0), cv::Scalar(128), nullptr, cv::Scalar(0), cv::Scalar(0), 4);
    cv::Mat out;
    cv::compare(padded(cv::Rect(1, 1, mask.cols, mask.rows)), 128, out, cv::CMP_NE);
    return out;
}

cv::Mat removeIslands(const cv::Mat &mask, int minArea)
{
    cv::Mat labels;
    std::vector<int> areas;
    const int n = components(mask, &labels, &areas);
    std::vector<uchar> keep(size_t(n), 0);
    for (int i = 1; i < n; ++i)
        keep[size_t(i)] = areas[size_t(i)] >= minArea;
    return selectLabels(labels, keep);
}

cv::Mat keepLargestComponent(const cv::Mat &mask)
{
    cv::Mat labels;
    std::vector<int> areas;
    const int n = components(mask, &labels, &areas);
    std::vector<uchar> keep(size_t(n), 0);
    int best = 0;
    for (int i = 1; i < n; ++i)
        if (areas[size_t(i)] > areas[size_t(best)])
            best = i;
    if (best > 0)
        keep[size_t(best)] = 1;
    return selectLabels(labels, keep);
}

cv::Mat smoothMask(const cv::Mat &mask, int radius)
{
    if (radius <= 0)
        return mask.clone();
    cv::Mat blurred, out;
    cv::GaussianBlur(lesion(mask), blurred, cv::Size(2 * radius + 1, 2 * radius + 1), radius / 2.0,
                     radius / 2.0, cv::BORDER_REPLICATE);
    cv::compare(blurred, 128, out, cv::CMP_GE);
    return out;
}

cv::Mat growMask(const cv::Mat &mask, int pixels) { return morphology(mask, pixels, cv::MORPH_DILATE); }

cv::Mat shrinkMask(const cv::Mat &mask, int pixels) { return morphology(mask, pixels, cv::MORPH_ERODE); }

cv::Mat thresholdProbability(const cv::Mat &probability, double threshold)
{
    if (probability.channels() != 1)
        return {};
    cv::Mat out;
    switch (probability.depth()) {
    case CV_8U: {
        // p / 255 >= t, in integers: p >= ceil(255 t) (with a guard against 0.5 * 255 noise).
        const double level = std::ceil(threshold * 255.0 - 1e-9);
        if (level <= 0)
            return cv::Mat(probability.size(), CV_8UC1, cv::Scalar(255));
        if (level > 255)
            return cv::Mat::zeros(probability.size(), CV_8UC1);
        cv::compare(probability, level, out, cv::CMP_GE);
        return out;
    }
    case CV_32F:
    case CV_64F:
        cv::compare(probability, threshold, out, cv::CMP_GE);
        return out;
    default:
        return {};
    }
}

cv::Mat acceptPrediction(const cv::Mat &mask, const cv::Mat &probability, double threshold,
                         const QPolygonF &lasso)
{
    if (probability.size() != mask.size())
        return {};
    const cv::Mat predicted = thresholdProbability(probability, threshold);
    if (predicted.empty())
        return {};
    if (lasso.size() < 3)
        return predicted;
    cv::Mat out = mask.clone();
    predicted.copyTo(out, polygonMask(mask.size(), lasso));
    return out;
}

} // namespace dermask::core
