#pragma once
/// @file How well a model's prediction of a sample agrees with its effective mask, and how
/// unsure the model was: the two numbers the browser sorts by to find wrong ground truth and
/// the images most worth labelling.

#include "core/session/datasetsession.h"

#include <QString>

namespace dermask::core {

/// Scores of one sample against the predictions of one model; NaN-free: `has*` say what exists.
struct SampleScore
{
    bool hasPrediction = false;
    bool hasDice = false;       ///< mask and prediction both present and readable
    double dice = 0.0;
    double iou = 0.0;
    bool hasUncertainty = false;
    double uncertainty = 0.0;   ///< expectedDiceLoss() of the probability map
    QString error;              ///< a file that could not be read (names it)
};

/// Reads the effective mask, the predicted mask and the probability map of sample @p index
/// (never the image) and scores them. Any thread; never throws.
SampleScore scoreSample(const DatasetSession &session, int index, const QString &model);

} // namespace dermask::core
