#include "core/metrics/calibration.h"

#include <algorithm>
#include <cmath>

namespace dermask::core {

double temperatureLoss(const std::vector<float> &logits, const std::vector<uint8_t> &labels, double temperature)
{
    if (logits.empty())
        return 0.0;
    double sum = 0.0;
    for (size_t i = 0; i < logits.size(); ++i) {
        const double z = logits[i] / temperature;
        // log(1 + e^-|z|) + max(z, 0) - z*y: the stable form of BCE with logits.
        sum += std::log1p(std::exp(-std::abs(z))) + std::max(z, 0.0) - (labels[i] ? z : 0.0);
    }
    return sum / double(logits.size());
}

double fitTemperature(const std::vector<float> &logits, const std::vector<uint8_t> &labels)
{
    if (logits.empty())
        return 1.0;
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    double lo = std::log(0.05), hi = std::log(20.0);
    double a = hi - ratio * (hi - lo), b = lo + ratio * (hi - lo);
    double fa = temperatureLoss(logits, labels, std::exp(a)), fb = temperatureLoss(logits, labels, std::exp(b));
    for (int i = 0; i < 40; ++i) {   // the interval shrinks to 1e-8 of its width
        if (fa < fb) {
            hi = b;
            b = a;
            fb = fa;
            a = hi - ratio * (hi - lo);
            fa = temperatureLoss(logits, labels, std::exp(a));
        } else {
            lo = a;
            a = b;
            fa = fb;
            b = lo + ratio * (hi - lo);
            fb = temperatureLoss(logits, labels, std::exp(b));
        }
    }
    return std::exp((lo + hi) / 2.0);
}

double calibrationError(const std::vector<float> &logits, const std::vector<uint8_t> &labels,
                        double temperature, int bins)
{
    if (logits.empty())
        return 0.0;
    std::vector<double> probability(size_t(bins), 0.0), positive(size_t(bins), 0.0), count(size_t(bins), 0.0);
    for (size_t i = 0; i < logits.size(); ++i) {
        const double p = 1.0 / (1.0 + std::exp(-logits[i] / temperature));
        const size_t bin = std::min(size_t(bins) - 1, size_t(p * bins));
        probability[bin] += p;
        positive[bin] += labels[i] ? 1.0 : 0.0;
        count[bin] += 1.0;
    }
    double error = 0.0;
    for (size_t k = 0; k < size_t(bins); ++k)
        error += std::abs(probability[k] - positive[k]);
    return error / double(logits.size());
}

} // namespace dermask::core
