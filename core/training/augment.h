#pragma once
/// @file Per-batch augmentation of an image and its mask (OpenCV, 8-bit, square inputs).
/// Geometry is one warpAffine (flips, 90-degree turns, small scale and rotation composed);
/// colour is a LUT (brightness, contrast) and a hue shift.

#include <opencv2/core.hpp>
#include <QtGlobal>
#include <random>

namespace dermask::core {

/// Ranges of the random transformations; the defaults suit dermoscopy (any orientation,
/// similar scale, varying illumination and camera colour).
struct AugmentOptions
{
    bool flips = true;           ///< horizontal and vertical, each with p = 0.5
    bool quarterTurns = true;    ///< 0, 90, 180 or 270 degrees
    double maxScale = 0.12;      ///< scale in [1 - maxScale, 1 + maxScale]
    double maxDegrees = 15.0;    ///< extra rotation in [-maxDegrees, maxDegrees]
    double maxShift = 0.04;      ///< translation, as a fraction of the side
    double maxBrightness = 0.10; ///< added, as a fraction of 255
    double maxContrast = 0.15;   ///< contrast factor in [1 - maxContrast, 1 + maxContrast]
    double maxSaturation = 0.15; ///< saturation factor in [1 - max, 1 + max]
    double maxHueDegrees = 8.0;  ///< hue shift in [-max, max] degrees
};

/// Applies one random draw of @p options to @p image (CV_8UC3 RGB) and @p mask (CV_8UC1
/// 0/255) of the same square size, in place; the mask stays binary and follows the geometry.
void augmentPair(cv::Mat &image, cv::Mat &mask, std::mt19937_64 &rng,
                 const AugmentOptions &options = AugmentOptions());

/// The generator for sample @p index of epoch @p epoch of a run seeded with @p seed: each
/// draw depends on these alone, so batches are reproducible whatever thread makes them.
std::mt19937_64 sampleRng(quint64 seed, int epoch, int index);

} // namespace dermask::core
