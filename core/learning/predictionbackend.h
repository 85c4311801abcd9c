#pragma once
/// @file What the Predict menu needs from the engine to predict masks, kept to two blocking
/// calls made on the prediction thread, so it does not depend on how the engine schedules
/// LibTorch work. WorkerBackend adapts the engine's ModelWorker (the one owner of the
/// network); tests plug in their own.

#include "core/inference/prediction.h"

#include <QString>
#include <functional>
#include <memory>
#include <opencv2/core.hpp>

namespace dermask::core {

class ModelWorker;

class PredictionBackend
{
public:
    virtual ~PredictionBackend() = default;
    /// Loads a model file (.pt with its JSON sidecar). Worker thread.
    virtual bool load(const QString &modelPath, QString *error) = 0;
    /// Predicts one CV_8UC3 RGB image (mask and probability map at the image's own size).
    /// Worker thread.
    virtual bool predict(const cv::Mat &rgb, Prediction *out, QString *error) = 0;
};

using PredictionBackendFactory = std::function<std::unique_ptr<PredictionBackend>()>;

/// Backends that hand the work to @p worker (which must outlive every prediction run).
PredictionBackendFactory workerBackendFactory(ModelWorker *worker);

} // namespace dermask::core
