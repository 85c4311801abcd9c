#pragma once
/// @file The uncertainty scores of a probability map. Thresholding and clean-up (fill holes,
/// keep the largest region) are the mask editor's operations, core/mask/maskops.h: one
/// implementation serves the predictor and the user's clean-up actions.

#include <opencv2/core.hpp>

namespace dermask::core {

/// Mean binary entropy in bits of @p probability (CV_32FC1): 0 when every pixel is certain,
/// 1 when every pixel is 0.5. The score for "most useful to label next".
double meanBinaryEntropy(const cv::Mat &probability);

/// Fraction of pixels on which the masks of several views (flip test-time augmentation)
/// disagree: 0 when they all agree.
double disagreement(const std::vector<cv::Mat> &probabilities, double threshold);

} // namespace dermask::core
