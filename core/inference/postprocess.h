#pragma once
/// @file What happens to a probability map after the network: thresholding, clean-up and
/// the uncertainty score. OpenCV only.

#include <opencv2/core.hpp>

namespace dermask::core {

/// CV_8UC1 0/255: pixels of @p probability (CV_32FC1 in [0,1]) at or above @p threshold.
cv::Mat thresholdProbability(const cv::Mat &probability, double threshold);

/// Fills the holes of @p mask (CV_8UC1 0/255): background regions not connected to the border.
cv::Mat fillHoles(const cv::Mat &mask);

/// Keeps only the largest 8-connected lesion region of @p mask (a nevus is one blob; specks
/// elsewhere are noise). An empty mask stays empty.
cv::Mat keepLargestComponent(const cv::Mat &mask);

/// Mean binary entropy in bits of @p probability (CV_32FC1): 0 when every pixel is certain,
/// 1 when every pixel is 0.5. The score for "most useful to label next".
double meanBinaryEntropy(const cv::Mat &probability);

/// Fraction of pixels on which the masks of several views (flip test-time augmentation)
/// disagree: 0 when they all agree.
double disagreement(const std::vector<cv::Mat> &probabilities, double threshold);

} // namespace dermask::core
