#include "core/metrics/clickprotocol.h"

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

} // namespace dermask::core
