#pragma once
/// @file Internal to core/synthetic: portable random numbers, trigonometry and noise fields.
/// Everything here is integer hashing and plain IEEE float arithmetic (no libm transcendental,
/// no std::*_distribution, no SIMD-dependent OpenCV float paths), so that a seed gives the
/// same bytes on every machine.

#include <cstdint>
#include <random>
#include <opencv2/core.hpp>

namespace dermask::core::synth {

constexpr double kPi = 3.14159265358979323846;

/// splitmix64 finaliser: a good 64-bit mix, used for seeds and position hashes.
std::uint64_t mix64(std::uint64_t x);

/// A std::mt19937_64 with our own (portable) distributions.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_engine(mix64(seed)) {}

    std::uint64_t bits() { return m_engine(); }
    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [lo, hi] (modulo bias is below 2^-40 for our ranges).
    int integer(int lo, int hi)
    {
        return lo + int(m_engine() % std::uint64_t(hi - lo + 1));
    }
    bool chance(double p) { return uniform() < p; }
    /// Approximately standard normal (Irwin-Hall of 6 uniforms, rescaled): no log/cos needed.
    double normal()
    {
        double s = 0;
        for (int i = 0; i < 6; ++i)
            s += uniform();
        return (s - 3.0) * 1.4142135623730951;
    }

private:
    std::mt19937_64 m_engine;
};

double detSin(double x);
double detCos(double x);
/// atan2 with |error| < 2e-5 rad.
double detAtan2(double y, double x);

inline float smoothstep(float e0, float e1, float x)
{
    float t = (x - e0) / (e1 - e0);
    t = t < 0.f ? 0.f : (t > 1.f ? 1.f : t);
    return t * t * (3.f - 2.f * t);
}

/// Value noise in [-1, 1]: random values on a grid of @p cellPx pixels, smoothly interpolated.
cv::Mat valueNoise(Rng &rng, cv::Size size, double cellPx);

/// Fractal (multi-octave) value noise, roughly in [-1, 1], computed at reduced resolution
/// and upsampled: for large-scale, smooth variations only.
cv::Mat fractalNoise(Rng &rng, cv::Size size, double cellPx, int octaves, double gain = 0.5);

/// Bilinear upsampling of a CV_32F field (plain C++ so the result is portable).
cv::Mat resizeBilinear(const cv::Mat &src, cv::Size size);

/// Fine grain: per-pixel triangular noise in [-1, 1], CV_32F.
cv::Mat grainNoise(Rng &rng, cv::Size size);

} // namespace dermask::core::synth
