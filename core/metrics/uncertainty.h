#pragma once
/// @file How unsure a model was about an image. One definition for the engine (float maps)
/// and for the viewer and the CLI (the 8-bit maps written beside each prediction), so both
/// report the same number. The app's Uncertainty is expectedDiceLoss(): measured on ISIC 2018
/// (`dermask-cli simulate`), it ranks the images by how wrong the model really was far better
/// than the mean entropy of the whole map, which mostly measures lesion size and soft skin.

#include <opencv2/core.hpp>

namespace dermask::core {

/// Mean binary entropy in bits of @p probability: 0 when every pixel is certain, 1 when every
/// pixel is 0.5. CV_32FC1 in [0, 1], or CV_8UC1 holding probability x 255. -1 for an empty map
/// or another type.
double meanBinaryEntropy(const cv::Mat &probability);

/// The Dice the prediction is expected to lose: the expected number of wrong pixels
/// (min(p, 1 - p) each) within a band around the predicted border (a twentieth of the image's
/// shorter side on both sides), over the expected Dice denominator 2A + E, A the lesion's
/// probability mass. Near 0 for a confident mask, large when the model is unsure where the
/// border runs, 1 when it finds no lesion at all; soft skin far from the lesion does not count.
/// Measured on the map shrunk to at most 256 pixels a side, so the engine's maps (network
/// size) and the files (image size) agree. Same types as meanBinaryEntropy(); -1 otherwise.
double expectedDiceLoss(const cv::Mat &probability);

} // namespace dermask::core
