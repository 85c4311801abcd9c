#pragma once
// How well a prediction agrees with the truth, and how unsure the model was: the two numbers
// the browser sorts by to find wrong ground truth and the images most worth labelling.

#include "ui/common/datasetsession.h"

#include <QString>
#include <opencv2/core.hpp>

namespace dermask::ui {

/// Mean binary entropy in bits of an 8-bit probability map (value / 255): 0 when every
/// pixel is decided, 1 when every pixel is a coin toss. The engine's definition
/// (core::meanBinaryEntropy), so the viewer and dermask-cli report the same number.
/// -1 for an empty map.
double uncertaintyOf(const cv::Mat &probability);

/// Scores of one sample against the predictions of one model; NaN-free: `has*` say what exists.
struct SampleScore
{
    bool hasPrediction = false;
    bool hasDice = false;       ///< truth and prediction both present and readable
    double dice = 0.0;
    double iou = 0.0;
    bool hasUncertainty = false;
    double uncertainty = 0.0;
    QString error;              ///< a file that could not be read (names it)
};

/// Reads the effective mask, the predicted mask and the probability map of sample @p index
/// and scores them. Worker thread; never throws.
SampleScore scoreSample(const DatasetSession &session, int index, const QString &model);

} // namespace dermask::ui
