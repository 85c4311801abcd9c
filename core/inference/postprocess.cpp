#include "core/inference/postprocess.h"
#include "core/mask/maskops.h"

#include <opencv2/imgproc.hpp>


namespace dermask::core {

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
