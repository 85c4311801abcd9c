#include "core/metrics/uncertainty.h"

#include <QtGlobal>
#include <algorithm>
#include <array>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace dermask::core {

namespace {

/// Entropy of one pixel, clamped so certain pixels count 0 rather than NaN.
double entropy(double p)
{
    const double q = std::clamp(p, 1e-7, 1.0 - 1e-7);
    return -(q * std::log2(q) + (1.0 - q) * std::log2(1.0 - q));
}

double meanEntropy8(const cv::Mat &probability)
{
    static const std::array<double, 256> table = [] {
        std::array<double, 256> t{};
        for (int i = 0; i < 256; ++i)
            t[size_t(i)] = entropy(i / 255.0);
        return t;
    }();
    // A histogram first: 256 logarithms instead of one per pixel.
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < probability.rows; ++y) {
        const uchar *row = probability.ptr<uchar>(y);
        for (int x = 0; x < probability.cols; ++x)
            ++histogram[row[x]];
    }
    double sum = 0.0;
    for (size_t i = 0; i < table.size(); ++i)
        sum += table[i] * double(histogram[i]);
    return sum / double(probability.total());
}

double meanEntropy32(const cv::Mat &probability)
{
    double sum = 0.0;
    for (int y = 0; y < probability.rows; ++y) {
        const float *row = probability.ptr<float>(y);
        for (int x = 0; x < probability.cols; ++x)
            sum += entropy(double(row[x]));
    }
    return sum / double(probability.total());
}

} // namespace

double meanBinaryEntropy(const cv::Mat &probability)
{
    if (probability.empty())
        return -1.0;
    if (probability.type() == CV_8UC1)
        return meanEntropy8(probability);
    if (probability.type() == CV_32FC1)
        return meanEntropy32(probability);
    return -1.0;
}

double expectedDiceLoss(const cv::Mat &probability)
{
    if (probability.empty() || (probability.type() != CV_8UC1 && probability.type() != CV_32FC1))
        return -1.0;
    cv::Mat p = probability;
    // Averaged down to about 256 px, first by a whole factor (OpenCV's fast path for area
    // averaging: 20 ms instead of 80 on a 6000x4000 map), the last rows and columns that do not
    // fill a block left out.
    const int factor = std::max(p.rows, p.cols) / 256;
    if (factor >= 2) {
        const cv::Mat whole = p(cv::Rect(0, 0, p.cols / factor * factor, p.rows / factor * factor));
        cv::resize(whole, p, cv::Size(whole.cols / factor, whole.rows / factor), 0, 0, cv::INTER_AREA);
    }
    const double shrink = 256.0 / std::max(p.rows, p.cols);
    if (shrink < 1.0)
        cv::resize(p, p, cv::Size(), shrink, shrink, cv::INTER_AREA);
    p.convertTo(p, CV_32FC1, probability.type() == CV_8UC1 ? 1.0 / 255.0 : 1.0);
    const cv::Mat mask = p > 0.5f;
    if (cv::countNonZero(mask) == 0)
        return 1.0;   // no lesion at all: on a dermoscopy image that is surely wrong
    const int r = std::max(2, std::min(p.rows, p.cols) / 20);
    const cv::Mat disk = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * r + 1, 2 * r + 1));
    cv::Mat outer, inner;
    cv::dilate(mask, outer, disk);
    cv::erode(mask, inner, disk);
    cv::Mat wrong = cv::min(p, 1.0f - p);
    wrong.setTo(0.0f, ~(outer & ~inner));
    const double errors = cv::sum(wrong)[0];
    cv::Mat lesionMass = cv::Mat::zeros(p.size(), CV_32FC1);
    p.copyTo(lesionMass, mask);
    // A lesion of mass A and E expected errors lose about E / (2A + E) of their Dice.
    return errors / (2.0 * cv::sum(lesionMass)[0] + errors + 1.0);
}

} // namespace dermask::core
