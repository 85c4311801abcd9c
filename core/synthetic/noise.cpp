#include "core/synthetic/noise.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace dermask::core::synth {

std::uint64_t mix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double detSin(double x)
{
    // Range reduction to [-pi, pi], then to [-pi/2, pi/2] by symmetry; Taylor to x^13 there
    // is accurate to ~1e-9, far below what 8-bit pixels can show.
    const double twoPi = 2.0 * kPi;
    x -= twoPi * std::floor(x / twoPi + 0.5);
    if (x > kPi / 2)
        x = kPi - x;
    else if (x < -kPi / 2)
        x = -kPi - x;
    const double x2 = x * x;
    double p = 1.0 / 6227020800.0;        // 1/13!
    p = p * x2 - 1.0 / 39916800.0;        // 1/11!
    p = p * x2 + 1.0 / 362880.0;          // 1/9!
    p = p * x2 - 1.0 / 5040.0;            // 1/7!
    p = p * x2 + 1.0 / 120.0;             // 1/5!
    p = p * x2 - 1.0 / 6.0;               // 1/3!
    p = p * x2 + 1.0;
    return x * p;
}

double detCos(double x)
{
    return detSin(x + kPi / 2);
}

double detAtan2(double y, double x)
{
    const double ax = std::fabs(x), ay = std::fabs(y);
    const double hi = std::max(ax, ay);
    if (hi == 0.0)
        return 0.0;
    const double z = std::min(ax, ay) / hi;
    const double z2 = z * z;
    // Minimax polynomial for atan on [0, 1].
    double a = -0.0117212;
    a = a * z2 + 0.05265332;
    a = a * z2 - 0.11643287;
    a = a * z2 + 0.19354346;
    a = a * z2 - 0.33262347;
    a = a * z2 + 0.99997726;
    a *= z;
    if (ay > ax)
        a = kPi / 2 - a;
    if (x < 0)
        a = kPi - a;
    return y < 0 ? -a : a;
}

namespace {

// Per output coordinate: the two source indices and the weight of the second.
struct Tap
{
    int i0, i1;
    float w;
};

std::vector<Tap> taps(int outLen, int srcLen, double scale, double offset, bool smooth)
{
    std::vector<Tap> t(outLen);
    for (int o = 0; o < outLen; ++o) {
        double s = (o + 0.5) * scale - offset;
        s = std::clamp(s, 0.0, double(srcLen - 1));
        int i0 = int(s);
        if (i0 >= srcLen - 1)
            i0 = std::max(0, srcLen - 2);
        float w = float(s - i0);
        if (smooth)
            w = w * w * (3.f - 2.f * w);
        t[o] = {i0, std::min(i0 + 1, srcLen - 1), w};
    }
    return t;
}

cv::Mat interpolate(const cv::Mat &src, cv::Size size, double scaleX, double scaleY,
                    double offset, bool smooth)
{
    const std::vector<Tap> tx = taps(size.width, src.cols, scaleX, offset, smooth);
    const std::vector<Tap> ty = taps(size.height, src.rows, scaleY, offset, smooth);
    cv::Mat out(size, CV_32F);
    for (int y = 0; y < size.height; ++y) {
        const float *r0 = src.ptr<float>(ty[y].i0);
        const float *r1 = src.ptr<float>(ty[y].i1);
        const float wy = ty[y].w;
        float *o = out.ptr<float>(y);
        for (int x = 0; x < size.width; ++x) {
            const Tap &t = tx[x];
            const float a = r0[t.i0] + (r0[t.i1] - r0[t.i0]) * t.w;
            const float b = r1[t.i0] + (r1[t.i1] - r1[t.i0]) * t.w;
            o[x] = a + (b - a) * wy;
        }
    }
    return out;
}

} // namespace

cv::Mat valueNoise(Rng &rng, cv::Size size, double cellPx)
{
    cellPx = std::max(cellPx, 1.0);
    const int gw = int(size.width / cellPx) + 3;
    const int gh = int(size.height / cellPx) + 3;
    cv::Mat grid(gh, gw, CV_32F);
    for (int y = 0; y < gh; ++y)
        for (int x = 0; x < gw; ++x)
            grid.at<float>(y, x) = float(rng.uniform(-1.0, 1.0));
    // A random sub-cell offset so the grid lines do not align between fields.
    const double offset = -rng.uniform(0.0, 1.0);
    return interpolate(grid, size, 1.0 / cellPx, 1.0 / cellPx, offset, /*smooth=*/true);
}

cv::Mat resizeBilinear(const cv::Mat &src, cv::Size size)
{
    CV_Assert(src.type() == CV_32F);
    return interpolate(src, size, double(src.cols) / size.width, double(src.rows) / size.height,
                       0.5, /*smooth=*/false);
}

cv::Mat fractalNoise(Rng &rng, cv::Size size, double cellPx, int octaves, double gain)
{
    // The finest octave decides how much resolution we need: 4 samples per finest cell.
    const double finest = cellPx / double(1 << (octaves - 1));
    const double factor = std::clamp(finest / 4.0, 1.0, 8.0);
    const cv::Size small(std::max(2, int(size.width / factor + 0.5)),
                         std::max(2, int(size.height / factor + 0.5)));
    // Plain loops rather than cv::Mat arithmetic: OpenCV's SIMD kernels may fuse multiply-adds
    // differently on different CPUs, which would change the bytes.
    cv::Mat sum = cv::Mat::zeros(small, CV_32F);
    double amp = 1.0, norm = 0.0, cell = cellPx / factor;
    const size_t n = sum.total();  // freshly allocated: continuous
    float *ps = sum.ptr<float>(0);
    for (int o = 0; o < octaves; ++o) {
        const cv::Mat octave = valueNoise(rng, small, cell);
        const float *po = octave.ptr<float>(0);
        const float a = float(amp);
        for (size_t i = 0; i < n; ++i)
            ps[i] += po[i] * a;
        norm += amp;
        amp *= gain;
        cell /= 2.0;
    }
    const float inv = float(1.0 / norm);
    for (size_t i = 0; i < n; ++i)
        ps[i] *= inv;
    return small == size ? sum : resizeBilinear(sum, size);
}

cv::Mat grainNoise(Rng &rng, cv::Size size)
{
    cv::Mat out(size, CV_32F);
    float *p = out.ptr<float>(0);
    const size_t n = out.total();  // freshly allocated: continuous
    for (size_t i = 0; i < n; i += 2) {
        const std::uint64_t b = rng.bits();
        const float a0 = float(b & 0xffff), a1 = float((b >> 16) & 0xffff);
        const float b0 = float((b >> 32) & 0xffff), b1 = float(b >> 48);
        p[i] = (a0 + a1) * (1.f / 65535.f) - 1.f;
        if (i + 1 < n)
            p[i + 1] = (b0 + b1) * (1.f / 65535.f) - 1.f;
    }
    return out;
}

} // namespace dermask::core::synth
