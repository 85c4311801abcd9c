#pragma once
/// @file How much the views of test-time augmentation disagree: the other uncertainty score
/// beside expectedDiceLoss() (core/metrics/uncertainty.h). Thresholding and clean-up (fill
/// holes, keep the largest region) are the mask editor's operations, core/mask/maskops.h: one
/// implementation serves the predictor and the user's clean-up actions.

#include <opencv2/core.hpp>

namespace dermask::core {

/// Fraction of pixels on which the masks of several views (flip test-time augmentation)
/// disagree: 0 when they all agree.
double disagreement(const std::vector<cv::Mat> &probabilities, double threshold);

} // namespace dermask::core
