#pragma once
/// @file Internal to core/synthetic: painting one lesion (shape, opacity, pigment) on skin.

#include "core/synthetic/noise.h"

#include <opencv2/core.hpp>

namespace dermask::core::synth {

struct Rgb
{
    float r, g, b;
};

inline Rgb mix(const Rgb &a, const Rgb &b, float t)
{
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

/// Where a lesion goes and how large it is; the rest is drawn from the Rng.
struct LesionPlan
{
    cv::Point2d centre;
    double areaFraction = 0.2;  ///< of the image area, reached exactly before cropping
};

/// Paints one lesion on @p image (CV_32FC3 RGB in [0, 1], skin already drawn) as pigment
/// multiplying the skin, so texture and tone show through. @p skinRef is the light-skin
/// colour the lesion palette is defined against. Sets mask pixels (CV_8UC1) where the
/// lesion's opacity is >= 0.5 and returns the lesion's equivalent radius in pixels.
double paintLesion(Rng &rng, const LesionPlan &plan, const Rgb &skinRef, cv::Mat &image,
                   cv::Mat &mask);

} // namespace dermask::core::synth
