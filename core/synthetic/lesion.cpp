#include "core/synthetic/lesion.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>
#include <opencv2/imgproc.hpp>

namespace dermask::core::synth {

namespace {

constexpr int kHarmonics = 11;  // radial harmonics k = 2..12
constexpr int kLutSize = 2048;

struct Shape
{
    double radius = 1;     // equivalent radius in pixels for the target area
    double aspect = 1;     // >= 1: elongation
    double cosA = 1, sinA = 0;
    double warpPx = 0;     // domain warp amplitude: irregular, non-star-shaped borders
    std::vector<float> radial;  // r(theta) / radius, kLutSize entries over [-pi, pi)
};

Shape makeShape(Rng &rng, double radius)
{
    Shape s;
    s.radius = radius;
    s.aspect = 1.0 + 0.6 * rng.uniform() * rng.uniform();
    const double angle = rng.uniform(0.0, kPi);
    s.cosA = detCos(angle);
    s.sinA = detSin(angle);
    s.warpPx = radius * rng.uniform(0.06, 0.3);
    const double irregular = rng.uniform(0.04, 0.2);
    std::array<double, kHarmonics> amp{}, phase{};
    for (int k = 0; k < kHarmonics; ++k) {
        const double n = rng.normal();
        // Amplitude ~ k^-1.5: a few broad lobes; the fine irregularity comes from the warp.
        const double f = 2.0 / double(k + 2);
        amp[k] = irregular * n * f * std::sqrt(f);
        phase[k] = rng.uniform(0.0, 2 * kPi);
    }
    s.radial.resize(kLutSize);
    for (int i = 0; i < kLutSize; ++i) {
        const double theta = -kPi + 2 * kPi * (i + 0.5) / kLutSize;
        double r = 1.0;
        for (int k = 0; k < kHarmonics; ++k)
            r += amp[k] * detCos((k + 2) * theta + phase[k]);
        s.radial[i] = float(std::max(r, 0.35));
    }
    return s;
}

/// Normalised distance D (1 ~ on the nominal border) of every pixel to the lesion.
cv::Mat distanceField(Rng &rng, const Shape &s, cv::Point2d c, cv::Size size)
{
    const cv::Mat wx = fractalNoise(rng, size, s.radius * 0.8, 3);
    const cv::Mat wy = fractalNoise(rng, size, s.radius * 0.8, 3);
    cv::Mat d(size, CV_32F);
    const double lutScale = kLutSize / (2 * kPi);
    for (int y = 0; y < size.height; ++y) {
        const float *pwx = wx.ptr<float>(y), *pwy = wy.ptr<float>(y);
        float *pd = d.ptr<float>(y);
        for (int x = 0; x < size.width; ++x) {
            const double dx = x + s.warpPx * pwx[x] - c.x;
            const double dy = y + s.warpPx * pwy[x] - c.y;
            const double u = dx * s.cosA + dy * s.sinA;
            const double v = (-dx * s.sinA + dy * s.cosA) * s.aspect;
            const double rho = std::sqrt(u * u + v * v);
            int i = int((detAtan2(v, u) + kPi) * lutScale);
            i = std::clamp(i, 0, kLutSize - 1);
            pd[x] = float(rho / (s.radius * s.radial[i]));
        }
    }
    return d;
}

/// The level s such that about @p target pixels have D <= s (the lesion's area in the image).
float areaLevel(const cv::Mat &d, double target)
{
    constexpr int kBins = 4096;
    constexpr float kMax = 4.f;
    std::vector<int> hist(kBins + 1, 0);
    for (int y = 0; y < d.rows; ++y) {
        const float *p = d.ptr<float>(y);
        for (int x = 0; x < d.cols; ++x)
            ++hist[std::min(kBins, int(p[x] * (kBins / kMax)))];
    }
    double cum = 0;
    for (int b = 0; b < kBins; ++b) {
        cum += hist[b];
        if (cum >= target)
            return std::max(0.15f, (b + 1) * (kMax / kBins));
    }
    return kMax;
}

/// Jittered-grid Voronoi: the pigment network is the cell walls (distance F2 - F1 small).
struct Network
{
    double cell = 12;
    int cols = 0, rows = 0;
    std::vector<cv::Point2f> points;  // feature point of each cell, in cell units

    Network(Rng &rng, cv::Size size, double cellPx) : cell(cellPx)
    {
        cols = int(size.width / cell) + 3;
        rows = int(size.height / cell) + 3;
        points.resize(size_t(cols) * rows);
        for (int j = 0; j < rows; ++j)
            for (int i = 0; i < cols; ++i) {
                const float px = float(i - 1 + rng.uniform(0.1, 0.9));
                const float py = float(j - 1 + rng.uniform(0.1, 0.9));
                points[size_t(j) * cols + i] = {px, py};
            }
    }

    /// Distance in pixels to the nearest cell wall (approximately).
    float wallDistance(float x, float y) const
    {
        const float fx = float(x / cell), fy = float(y / cell);
        const int ci = int(fx) + 1, cj = int(fy) + 1;  // +1: the grid starts one cell early
        float b1 = 1e9f, b2 = 1e9f;
        for (int j = cj - 1; j <= cj + 1; ++j)
            for (int i = ci - 1; i <= ci + 1; ++i) {
                if (i < 0 || j < 0 || i >= cols || j >= rows)
                    continue;
                const cv::Point2f &p = points[size_t(j) * cols + i];
                const float d2 = (fx - p.x) * (fx - p.x) + (fy - p.y) * (fy - p.y);
                if (d2 < b1) {
                    b2 = b1;
                    b1 = d2;
                } else if (d2 < b2) {
                    b2 = d2;
                }
            }
        return float((std::sqrt(b2) - std::sqrt(b1)) * 0.5 * cell);
    }
};

} // namespace

double paintLesion(Rng &rng, const LesionPlan &plan, const Rgb &skinRef, cv::Mat &image,
                   cv::Mat &mask)
{
    const cv::Size size = image.size();
    const double targetArea = plan.areaFraction * size.area();
    const double radius = std::sqrt(targetArea / kPi);

    const Shape shape = makeShape(rng, radius);
    const cv::Mat d = distanceField(rng, shape, plan.centre, size);
    const float level = areaLevel(d, targetArea);
    const float edgePx = float(rng.uniform(2.0, 14.0));
    const float pxPerUnit = float(radius * level);

    // Pigment: a palette from light brown to near black, plus blue-grey veils, a network and
    // dots; where each shows is decided by smooth noise fields.
    const double jitter = rng.uniform(0.85, 1.1);
    const double redness = rng.uniform(-0.06, 0.06);
    const Rgb light{float(0.71 * jitter * (1 + redness)), float(0.41 * jitter), float(0.31 * jitter)};
    const Rgb dark{float(0.40 * jitter * (1 + redness)), float(0.18 * jitter), float(0.13 * jitter)};
    const Rgb veryDark{0.20f, 0.11f, 0.09f};
    const Rgb blueGrey{0.45f, 0.47f, 0.58f};
    const float baseDepth = float(rng.uniform(-0.1, 0.45));
    const float centralDark = float(rng.uniform(0.0, 0.8));
    const float variegation = float(rng.uniform(0.2, 0.7));
    const float density = float(rng.uniform(0.72, 1.0));
    const float taper = float(rng.uniform(0.0, 0.6));  // paler periphery
    const bool hasBlue = rng.chance(0.35);
    const float blueLevel = float(rng.uniform(0.1, 0.45));
    const bool hasNetwork = rng.chance(0.65);
    const float netStrength = float(rng.uniform(0.35, 0.75));
    const float netWidth = float(rng.uniform(2.0, 3.5));
    const Network network(rng, size, rng.uniform(10.0, 18.0));
    const float mottle = float(rng.uniform(0.05, 0.25));

    const cv::Mat n1 = fractalNoise(rng, size, radius * 0.6, 3);
    const cv::Mat n2 = fractalNoise(rng, size, radius * 0.5, 3);
    const cv::Mat n3 = fractalNoise(rng, size, radius * 0.4, 2);
    // Fine fields: mottled pigment, and a wobble that keeps the network from looking tiled.
    const cv::Mat f1 = valueNoise(rng, size, 9.0);
    const cv::Mat f2 = valueNoise(rng, size, 7.0);

    // Dots and globules, clustered towards the centre.
    cv::Mat dots = cv::Mat::zeros(size, CV_8UC1);
    const int dotCount = rng.chance(0.5) ? rng.integer(3, 40) : 0;
    const double reach = radius * level * 1.6;
    for (int placed = 0, tries = 0; placed < dotCount && tries < dotCount * 20; ++tries) {
        const double px = plan.centre.x + rng.uniform(-reach, reach);
        const double py = plan.centre.y + rng.uniform(-reach, reach);
        const double keep = rng.uniform();
        const double rad = rng.chance(0.15) ? rng.uniform(3.0, 5.5) : rng.uniform(1.0, 2.5);
        const int value = rng.integer(110, 255);
        if (px < 0 || py < 0 || px >= size.width || py >= size.height)
            continue;
        const float rel = d.at<float>(int(py), int(px)) / level;
        if (rel > 0.85f || keep > 1.0 - 0.7 * rel)
            continue;
        cv::circle(dots, cv::Point(int(px * 16), int(py * 16)), int(rad * 16), cv::Scalar(value),
                   cv::FILLED, cv::LINE_AA, 4);
        ++placed;
    }
    if (dotCount > 0)
        cv::GaussianBlur(dots, dots, cv::Size(3, 3), 0.8);

    for (int y = 0; y < size.height; ++y) {
        const float *pd = d.ptr<float>(y);
        const float *p1 = n1.ptr<float>(y), *p2 = n2.ptr<float>(y), *p3 = n3.ptr<float>(y);
        const float *q1 = f1.ptr<float>(y), *q2 = f2.ptr<float>(y);
        const uchar *pdots = dots.ptr<uchar>(y);
        cv::Vec3f *pix = image.ptr<cv::Vec3f>(y);
        uchar *pm = mask.ptr<uchar>(y);
        for (int x = 0; x < size.width; ++x) {
            const float alpha =
                std::clamp((level - pd[x]) * pxPerUnit / edgePx + 0.5f, 0.f, 1.f);
            if (alpha <= 0.f)
                continue;
            if (alpha >= 0.5f)
                pm[x] = 255;
            const float rel = std::min(pd[x] / level, 1.f);
            const float depth = std::clamp(baseDepth + centralDark * (1.f - rel)
                                               + variegation * p1[x] + mottle * q1[x],
                                           0.f, 1.f);
            Rgb c = mix(light, dark, depth);
            if (hasBlue)
                c = mix(c, blueGrey, 0.85f * smoothstep(blueLevel, blueLevel + 0.2f, p2[x]));
            if (hasNetwork) {
                const float wall = network.wallDistance(x + 2.5f * q2[x], y + 2.5f * q1[x]);
                const float line = 1.f - smoothstep(0.4f * netWidth, netWidth, wall);
                const float vis = smoothstep(-0.2f, 0.4f, p3[x]) * (1.f - 0.5f * depth);
                c = mix(c, mix(dark, veryDark, depth), netStrength * line * vis);
            }
            if (pdots[x])
                c = mix(c, veryDark, 0.9f * pdots[x] / 255.f);
            const float edgeFade = 1.f - taper * smoothstep(0.6f, 1.f, rel);
            const float k = alpha * density * edgeFade;
            cv::Vec3f &p = pix[x];
            p[0] *= 1.f + (std::min(c.r / skinRef.r, 1.05f) - 1.f) * k;
            p[1] *= 1.f + (std::min(c.g / skinRef.g, 1.05f) - 1.f) * k;
            p[2] *= 1.f + (std::min(c.b / skinRef.b, 1.05f) - 1.f) * k;
        }
    }
    return radius * level;
}

} // namespace dermask::core::synth
