#include "core/click/clickprotocol.h"

#include "core/metrics/metrics.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace dermask::core {

namespace {

/// The point of @p region (0/255) farthest from its border, the image's edge included, and
/// that distance (0 for an empty region).
double deepestPoint(const cv::Mat &region, cv::Point *at)
{
    cv::Mat padded, distance;
    cv::copyMakeBorder(region, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::distanceTransform(padded, distance, cv::DIST_L2, cv::DIST_MASK_PRECISE);
    double best = 0;
    cv::Point p;
    cv::minMaxLoc(distance(cv::Rect(1, 1, region.cols, region.rows)), nullptr, &best, nullptr, &p);
    *at = p;
    return best;
}

} // namespace

bool nextClick(const cv::Mat &truth, const cv::Mat &prediction, Click *click)
{
    if (truth.empty() || truth.type() != CV_8UC1 || prediction.type() != CV_8UC1
        || truth.size() != prediction.size())
        return false;
    cv::Mat lesion, taken, missed, wrong;
    cv::compare(truth, 0, lesion, cv::CMP_NE);
    cv::compare(prediction, 0, taken, cv::CMP_NE);
    cv::bitwise_and(lesion, ~taken, missed);
    cv::bitwise_and(~lesion, taken, wrong);
    cv::Point missedAt, wrongAt;
    const double missedDepth = deepestPoint(missed, &missedAt);
    const double wrongDepth = deepestPoint(wrong, &wrongAt);
    if (missedDepth <= 0 && wrongDepth <= 0)
        return false;
    click->positive = missedDepth >= wrongDepth;
    click->point = click->positive ? missedAt : wrongAt;
    return true;
}

int clicksToReach(const std::vector<double> &ious, double target, int maxClicks)
{
    const int n = std::min<int>(int(ious.size()), maxClicks);
    for (int k = 0; k < n; ++k) {
        if (ious[size_t(k)] >= target)
            return k + 1;
    }
    return maxClicks;
}

bool reachesWithin(const std::vector<double> &ious, double target, int maxClicks)
{
    const auto end = ious.begin() + std::min<std::ptrdiff_t>(std::ptrdiff_t(ious.size()), std::max(maxClicks, 0));
    return std::any_of(ious.begin(), end, [target](double iou) { return iou >= target; });
}

std::vector<double> playAnnotator(const cv::Mat &truth, int maxClicks, const ClickSegmenter &segment)
{
    if (truth.empty() || truth.type() != CV_8UC1)
        return std::vector<double>(size_t(std::max(maxClicks, 0)), 0.0);
    std::vector<double> ious;
    std::vector<Click> clicks;
    cv::Mat current = cv::Mat::zeros(truth.size(), CV_8UC1);
    cv::Mat previous;  // the method's own mask, empty before its first answer
    while (int(ious.size()) < maxClicks) {
        Click click;
        if (!nextClick(truth, current, &click)) {
            ious.resize(size_t(maxClicks), 1.0);  // nothing left to correct
            break;
        }
        clicks.push_back(click);
        cv::Mat answer = segment(clicks, previous);
        if (answer.empty() || answer.size() != truth.size() || answer.type() != CV_8UC1)
            answer = cv::Mat::zeros(truth.size(), CV_8UC1);
        previous = answer;
        current = answer;
        ious.push_back(compareMasks(truth, current).iou);
    }
    return ious;
}

ClickSummary summarizeClicks(const std::vector<std::vector<double>> &curves, int maxClicks)
{
    ClickSummary s;
    s.images = int(curves.size());
    s.meanIoU.assign(size_t(std::max(maxClicks, 0)), 0.0);
    if (curves.empty())
        return s;
    for (const std::vector<double> &curve : curves) {
        s.nocAt85 += clicksToReach(curve, 0.85, maxClicks);
        s.nocAt90 += clicksToReach(curve, 0.90, maxClicks);
        s.failuresAt90 += !reachesWithin(curve, 0.90, maxClicks);
        for (size_t k = 0; k < s.meanIoU.size(); ++k)
            s.meanIoU[k] += k < curve.size() ? curve[k] : (curve.empty() ? 0.0 : curve.back());
    }
    s.nocAt85 /= s.images;
    s.nocAt90 /= s.images;
    for (double &v : s.meanIoU)
        v /= s.images;
    return s;
}

} // namespace dermask::core
