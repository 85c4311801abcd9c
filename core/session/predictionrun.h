#pragma once
/// @file The loop that predicts images and files the results, once for dermask-cli predict and
/// the Predict menu: each image is decoded while the network works on the one before, its
/// prediction goes through the PredictionStore, and every outcome is reported as it lands.
/// Given a truth mask, an input is also scored (what evaluating a model on a set is).
/// What makes the prediction is the caller's: the engine's Predictor in the CLI, the window's
/// ModelWorker in the app.

#include "core/inference/prediction.h"
#include "core/session/predictionstore.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <functional>
#include <future>
#include <memory>

namespace dermask::core {

/// One image to predict.
struct PredictionInput
{
    QString id;
    QString imagePath;
    QString truthPath;   ///< when set, the prediction is scored against this mask
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
    double dice = -1.0;           ///< against the input's truth, -1 without one
    double iou = -1.0;
};

/// The loop, one image per step(), so that its owner can do other work between two images
/// (the engine trains between them). The next image decodes on a helper thread while the
/// network works on this one.
class PredictionRun
{
public:
    /// With a null @p store nothing is filed (an evaluation).
    PredictionRun(QVector<PredictionInput> inputs, PredictFunction predict, PredictionStore store,
                  PredictionRunOptions options);
    /// Waits for a decode still in flight.
    ~PredictionRun();
    PredictionRun(const PredictionRun &) = delete;
    PredictionRun &operator=(const PredictionRun &) = delete;

    /// Predicts and files the next input (or passes over an up-to-date one) and says what
    /// happened in @p outcome; false, with nothing done, once every input has had its turn.
    /// Never throws.
    bool step(PredictionOutcome *outcome);
    int total() const { return int(m_inputs.size()); }
    int done() const { return m_position; }
    int written() const { return m_written; }
    /// Mean Dice and IoU of the inputs scored so far (-1 when none was).
    double meanDice() const { return m_scored ? m_diceSum / m_scored : -1.0; }
    double meanIou() const { return m_scored ? m_iouSum / m_scored : -1.0; }
    int scored() const { return m_scored; }

private:
    struct Decoded;
    static Decoded decode(const PredictionInput &input);
    bool isCurrent(int i) const;
    void decodeFrom(int from);

    QVector<PredictionInput> m_inputs;
    PredictFunction m_predict;
    PredictionStore m_store;
    PredictionRunOptions m_options;
    int m_position = 0;   ///< the next input
    int m_ahead = -1;     ///< the input being decoded ahead, -1 for none
    int m_written = 0;
    int m_scored = 0;
    double m_diceSum = 0.0;
    double m_iouSum = 0.0;
    std::unique_ptr<std::future<Decoded>> m_decode;
};

/// The whole loop at once: predicts @p inputs in order with @p predict and writes each into
/// @p store. @p report gets every outcome; returning false stops the run before the next
/// image. Returns the number of predictions written. Never throws.
int runPredictions(const QVector<PredictionInput> &inputs, const PredictFunction &predict,
                   const PredictionStore &store, const PredictionRunOptions &options,
                   const std::function<bool(const PredictionOutcome &)> &report);

} // namespace dermask::core
