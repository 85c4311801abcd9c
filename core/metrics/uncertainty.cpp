#include "core/metrics/uncertainty.h"

#include <QtGlobal>
#include <algorithm>
#include <array>
#include <cmath>

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

} // namespace dermask::core
