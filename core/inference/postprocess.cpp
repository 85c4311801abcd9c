#include "core/inference/postprocess.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace dermask::core {

cv::Mat thresholdProbability(const cv::Mat &probability, double threshold)
{
    cv::Mat mask;
    cv::compare(probability, threshold, mask, cv::CMP_GE);
    return mask;
}

cv::Mat fillHoles(const cv::Mat &mask)
{
    // Flood the background from a one-pixel frame: what the flood cannot reach is a hole.
    cv::Mat framed;
    cv::copyMakeBorder(mask, framed, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::floodFill(framed, cv::Point(0, 0), cv::Scalar(128));
    cv::Mat holes;
    cv::compare(framed, 0, holes, cv::CMP_EQ);
    cv::Mat out = mask.clone();
    out.setTo(255, holes(cv::Rect(1, 1, mask.cols, mask.rows)));
    return out;
}

cv::Mat keepLargestComponent(const cv::Mat &mask)
{
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
    if (n <= 2)
        return mask.clone();
    int best = 1;
    for (int i = 2; i < n; ++i)
        if (stats.at<int>(i, cv::CC_STAT_AREA) > stats.at<int>(best, cv::CC_STAT_AREA))
            best = i;
    cv::Mat out;
    cv::compare(labels, best, out, cv::CMP_EQ);
    return out;
}

double meanBinaryEntropy(const cv::Mat &probability)
{
    CV_Assert(probability.type() == CV_32FC1);
    double sum = 0.0;
    for (int y = 0; y < probability.rows; ++y) {
        const float *p = probability.ptr<float>(y);
        for (int x = 0; x < probability.cols; ++x) {
            const double q = std::clamp(double(p[x]), 1e-7, 1.0 - 1e-7);
            sum -= q * std::log2(q) + (1.0 - q) * std::log2(1.0 - q);
        }
    }
    return probability.total() ? sum / double(probability.total()) : 0.0;
}

double disagreement(const std::vector<cv::Mat> &probabilities, double threshold)
{
    if (probabilities.size() < 2)
        return 0.0;
    cv::Mat any = cv::Mat::zeros(probabilities[0].size(), CV_8UC1);
    cv::Mat all = cv::Mat(probabilities[0].size(), CV_8UC1, cv::Scalar(255));
    for (const cv::Mat &p : probabilities) {
        const cv::Mat m = thresholdProbability(p, threshold);
        cv::bitwise_or(any, m, any);
        cv::bitwise_and(all, m, all);
    }
    cv::Mat differ;
    cv::bitwise_xor(any, all, differ);
    return double(cv::countNonZero(differ)) / double(differ.total());
}

} // namespace dermask::core
