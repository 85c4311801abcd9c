#include "core/inference/postprocess.h"
#include "core/mask/maskops.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace dermask::core {

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
