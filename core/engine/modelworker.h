#pragma once
/// @file The one owner of the network (DESIGN.md, Threads): a worker thread that serialises
/// all LibTorch work. Training batches run in a loop; a prediction request is served between
/// two batches with the current weights, so predictions improve live while training runs.
/// QtCore only: the GUI and the CLI can both use it.

#include "core/inference/predictor.h"
#include "core/training/trainer.h"

#include <QMetaType>
#include <QObject>
#include <memory>

namespace dermask::core {

class ModelWorker : public QObject
{
    Q_OBJECT
public:
    explicit ModelWorker(QObject *parent = nullptr);
    /// Cancels training, drops pending requests and joins the thread.
    ~ModelWorker() override;

    // All of these are thread-safe and return at once; results come as signals.

    /// Starts a training run (queued behind a running one).
    /// With @p resumeCheckpoint, continues that run. When it ends, the best model
    /// (config.outputModel) becomes the active model.
    void startTraining(const TrainingConfig &config, const QVector<TrainingSample> &samples,
                       const QString &resumeCheckpoint = QString());
    /// Cooperative: answered before the next batch; the last checkpoint stays.
    void cancelTraining();
    /// A corrected or new sample for the running training (next epoch).
    void updateSample(const TrainingSample &sample);
    /// Loads a model file for predictions (when no training runs).
    void loadModel(const QString &path);
    /// Queues a prediction of @p rgb (CV_8UC3 RGB). A newer request for the same @p id
    /// replaces a pending one. Returns the request number given back in the signals.
    quint64 requestPrediction(const QString &id, const cv::Mat &rgb,
                              const PredictOptions &options = PredictOptions());
    /// Intra-op threads of the worker (0: the machine's cores). Applies from the next job.
    void setThreads(int threads);

    bool isTraining() const;
    bool hasModel() const;

Q_SIGNALS:
    void trainingStarted(int trainSamples, int validationSamples);
    void trainingProgress(const dermask::core::TrainingProgress &progress);
    void trainingFinished(dermask::core::StopReason reason, const QString &error,
                          const QString &modelPath);
    void modelLoaded(const QString &path, const dermask::core::ModelInfo &info);
    void modelLoadFailed(const QString &path, const QString &error);
    void predictionReady(quint64 request, const QString &id, const dermask::core::Prediction &prediction);
    void predictionFailed(quint64 request, const QString &id, const QString &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dermask::core

Q_DECLARE_METATYPE(dermask::core::TrainingProgress)
Q_DECLARE_METATYPE(dermask::core::StopReason)
Q_DECLARE_METATYPE(dermask::core::ModelInfo)
Q_DECLARE_METATYPE(dermask::core::Prediction)
