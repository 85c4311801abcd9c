#pragma once
/// @file Calibration of a network's probabilities: a temperature T that its logits are divided
/// by before the sigmoid, fitted on the validation pixels so that "p = 0.9" is right about
/// nine times in ten. The mask does not change (sigmoid(z / T) > 0.5 exactly when z > 0); the
/// probability maps and the uncertainty built on them start to mean something.

#include <cstdint>
#include <vector>

namespace dermask::core {

/// Mean binary cross-entropy of sigmoid(@p logits / @p temperature) against @p labels (0/1).
double temperatureLoss(const std::vector<float> &logits, const std::vector<uint8_t> &labels,
                       double temperature);

/// The temperature in [0.05, 20] with the least temperatureLoss() (golden-section search on
/// its logarithm). 1 for no data.
double fitTemperature(const std::vector<float> &logits, const std::vector<uint8_t> &labels);

/// Expected calibration error of sigmoid(@p logits / @p temperature): over @p bins equal
/// probability bins, the pixel-weighted mean gap between the mean probability and the share
/// of lesion pixels.
double calibrationError(const std::vector<float> &logits, const std::vector<uint8_t> &labels,
                        double temperature, int bins = 10);

} // namespace dermask::core
