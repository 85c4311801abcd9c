#pragma once
/// @file The loop that predicts images and files the results, once for dermask-cli predict and
/// the Predict menu: each image is decoded while the network works on the one before, its
/// prediction goes through the PredictionStore, and every outcome is reported as it lands.
/// What makes the prediction is the caller's: the engine's Predictor in the CLI, the window's
/// ModelWorker in the app.

#include "core/inference/prediction.h"
#include "core/session/predictionstore.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <functional>

namespace dermask::core {

/// One image to predict.
struct PredictionInput
{
    QString id;
    QString imagePath;
};

/// Predicts one CV_8UC3 RGB image; false with a message on failure.
using PredictFunction = std::function<bool(const cv::Mat &rgb, Prediction *out, QString *error)>;

struct PredictionRunOptions
{
    bool probabilities = true;    ///< also file each probability map
    /// When valid, an image whose stored prediction is at least this new is left alone.
    QDateTime skipIfNewerThan;
};

/// What happened to one input.
struct PredictionOutcome
{
    int position = -1;            ///< in the input list
    QString id;
    bool ok = false;
    bool skipped = false;         ///< already up to date
    QString error;                ///< names the file and the problem
    double uncertainty = 0.0;     ///< of the new prediction
};

/// Predicts @p inputs in order with @p predict and writes each into @p store. @p report gets
/// every outcome; returning false stops the run before the next image. Returns the number of
/// predictions written. Never throws.
int runPredictions(const QVector<PredictionInput> &inputs, const PredictFunction &predict,
                   const PredictionStore &store, const PredictionRunOptions &options,
                   const std::function<bool(const PredictionOutcome &)> &report);

} // namespace dermask::core
