#pragma once
/// @file How unsure a model was about an image: the mean binary entropy of its probability
/// map. One definition for the engine (float maps) and for the viewer and the CLI (the 8-bit
/// maps written beside each prediction), so both report the same number.

#include <opencv2/core.hpp>

namespace dermask::core {

/// Mean binary entropy in bits of @p probability: 0 when every pixel is certain, 1 when every
/// pixel is 0.5. CV_32FC1 in [0, 1], or CV_8UC1 holding probability x 255. -1 for an empty map
/// or another type.
double meanBinaryEntropy(const cv::Mat &probability);

} // namespace dermask::core
