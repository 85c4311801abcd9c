#pragma once
/// @file The one owner of the network (DESIGN.md, Threads), and the engine's protocol.
///
/// Every request (train, predict one, predict many, evaluate) is a job with an id, and every
/// job is answered exactly once by jobEnded():
/// finished, failed (with a message naming the file) or cancelled, also when it was cancelled
/// while still queued. On its way a job may report (training progress, each image of a
/// prediction run). One thread serialises all LibTorch work: a single prediction (the image
/// the user looks at) goes first, then one image of a prediction run and one training batch
/// in turn, so predictions follow the weights live while a run trains, and no client waits,
/// polls or guesses. Every prediction says which weights made it (WeightsId). QtCore only:
/// the GUI and the CLI can both use it.

#include "core/click/clickprotocol.h"
#include "core/inference/predictor.h"
#include "core/session/predictionrun.h"
#include "core/training/trainer.h"

#include <QMetaType>
#include <QObject>
#include <memory>

namespace dermask::core {

/// A job's id: unique for the worker's life, never 0.
using JobId = quint64;

/// How a job ended.
enum class JobEnd {
    Finished,
    Failed,     ///< JobResult::error says why
    Cancelled,  ///< cancel(), or the worker went away
};

/// Which weights made a prediction: a model file, or a run still training (at a given step).
struct WeightsId
{
    QString model;        ///< the model file; for a run, the file it is writing
    quint64 version = 0;  ///< a run's optimiser steps so far (0 for a file)
    bool live = false;    ///< the weights of a run in progress

    bool operator==(const WeightsId &o) const
    {
        return model == o.model && version == o.version && live == o.live;
    }
};

/// A click model's correction of a mask (ModelWorker::correct()).
struct ClickCorrection
{
    cv::Mat mask;      ///< the whole mask after the clicks, 0/255 at the image's size
    cv::Rect changed;  ///< the part the model looked at; the mask is unchanged outside it
};

/// What a job ended with.
struct JobResult
{
    JobEnd end = JobEnd::Finished;
    QString error;                             ///< why it failed
    StopReason stopReason = StopReason::None;  ///< training: how the run ended (None: never started)
    QString modelPath;                         ///< training: the model written, else empty
    int done = 0;                              ///< prediction runs: images handled
    int scored = 0;                            ///< evaluations: images scored against their truth
    double dice = -1.0;                        ///< evaluations: mean Dice (-1: nothing scored)
    double iou = -1.0;                         ///< evaluations: mean IoU
};

class ModelWorker : public QObject
{
    Q_OBJECT
public:
    explicit ModelWorker(QObject *parent = nullptr);
    /// Every job still queued or running is answered (cancelled); the thread is joined.
    ~ModelWorker() override;

    // Requests: thread-safe, each returns its job's id at once.

    /// Trains a run (with @p resumeCheckpoint, continues one); queued behind a running one.
    /// When it ends, jobEnded() carries how (StopReason) and the model it wrote.
    JobId train(const TrainingConfig &config, const QVector<TrainingSample> &samples,
                const QString &resumeCheckpoint = QString());
    /// Predicts one CV_8UC3 RGB image with the model file @p modelPath (loaded once and kept
    /// warm) or, when it is empty, with the current weights of the run in progress. A newer
    /// request with the same @p tag replaces a queued one, which is answered Cancelled.
    JobId predict(const QString &modelPath, const QString &tag, const cv::Mat &rgb,
                  const PredictOptions &options = PredictOptions());
    /// Corrects @p mask (CV_8UC1 at the image's size, or empty) around @p clicks with the click
    /// model file @p modelPath (core/inference/clickcorrector.h), as predict() does: first in
    /// line, and a newer request with the same @p tag replaces a queued one. @p rgb is shared,
    /// not copied (a 6000x4000 image would cost a copy per click): it must not change. With a
    /// non-empty @p box, the mask is started from it instead (ClickCorrector::startFromBox(),
    /// @p clicks unused).
    JobId correct(const QString &modelPath, const QString &tag, const cv::Mat &rgb, const cv::Mat &mask,
                  const std::vector<Click> &clicks, const cv::Rect &box = cv::Rect());
    /// Predicts @p inputs with the model file @p modelPath and files each in @p store
    /// (PredictionRun), one image between two training batches; imagePredicted() after each.
    JobId predictMany(const QString &modelPath, const QVector<PredictionInput> &inputs,
                      const PredictionStore &store,
                      const PredictionRunOptions &options = PredictionRunOptions());
    /// Evaluates the model file @p modelPath on @p inputs (each with its truthPath): predicts
    /// each as predictMany() does, files nothing, and answers with the mean Dice and IoU at
    /// the images' own sizes. imagePredicted() after each image carries its Dice.
    JobId evaluate(const QString &modelPath, const QVector<PredictionInput> &inputs);
    /// Cancels @p job: a queued job is answered Cancelled without running; a running one stops
    /// before its next batch or image (a training run keeps its best model and checkpoint).
    /// Ids of jobs that have ended are ignored.
    void cancel(JobId job);
    /// A corrected or new sample for the run in progress (it enters the next epoch).
    void updateSample(const TrainingSample &sample);
    /// Intra-op threads of the work that starts next (0: the machine's cores).
    void setThreads(int threads);
    /// True while a training job runs or waits.
    bool isTraining() const;

Q_SIGNALS:
    /// A training job read its images: batches follow.
    void trainingStarted(dermask::core::JobId job, int trainSamples, int validationSamples);
    void trainingProgress(dermask::core::JobId job, const dermask::core::TrainingProgress &progress);
    /// A predict() job's result (jobEnded() follows).
    void predictionReady(dermask::core::JobId job, const QString &tag,
                         const dermask::core::Prediction &prediction,
                         const dermask::core::WeightsId &weights);
    /// A correct() job's result (jobEnded() follows).
    void correctionReady(dermask::core::JobId job, const QString &tag,
                         const dermask::core::ClickCorrection &correction);
    /// One image of a predictMany() job is done (@p total: the run's images).
    void imagePredicted(dermask::core::JobId job, const dermask::core::PredictionOutcome &outcome, int total);
    /// Every job ends here, exactly once.
    void jobEnded(dermask::core::JobId job, const dermask::core::JobResult &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dermask::core

Q_DECLARE_METATYPE(dermask::core::TrainingProgress)
Q_DECLARE_METATYPE(dermask::core::StopReason)
Q_DECLARE_METATYPE(dermask::core::ModelInfo)
Q_DECLARE_METATYPE(dermask::core::Prediction)
Q_DECLARE_METATYPE(dermask::core::ClickCorrection)
Q_DECLARE_METATYPE(dermask::core::WeightsId)
Q_DECLARE_METATYPE(dermask::core::JobResult)
Q_DECLARE_METATYPE(dermask::core::PredictionOutcome)
