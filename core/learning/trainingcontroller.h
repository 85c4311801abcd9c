#pragma once
/// @file The learning loop behind the Training panel: starts a run (or a fine-tune of the
/// active model) on the engine's one ModelWorker, follows it, writes the run's model into the
/// workspace's models/ folder and, when the run ends, makes it the active model if it is not
/// worse than the active one on the workspace's fixed validation set (ModelGate). While it runs,
/// the image on screen is predicted again after every epoch with the current weights (filed in
/// the run's PredictionStore), and a corrected mask the user saves is handed to the run for its
/// next epoch. No widgets: the panel shows what this reports, tests drive it directly.

#include "core/engine/modelworker.h"
#include "core/learning/modelgate.h"
#include "core/session/datasetsession.h"
#include "core/session/samplescore.h"
#include "core/training/trainer.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVector>
#include <functional>
#include <opencv2/core.hpp>

namespace dermask::core {

/// What the user chooses for a run; everything else comes from the base configuration.
struct TrainingChoice
{
    QString network;        ///< networkNames() entry; ignored when fine-tuning (the parent's wins)
    double minutes = 10.0;  ///< wall-clock budget
    bool fineTune = false;  ///< start from the workspace's active model (a click model: its newest)
    /// A click model (the click tool's) instead of a segmentation model. It is not measured
    /// against the active model and never becomes it: the click tool takes the newest.
    ModelTask task = ModelTask::Segment;
};

/// One finished epoch, as the chart draws it.
struct EpochPoint
{
    int epoch = 0;
    double loss = 0.0;
    double validationDice = -1.0;  ///< -1 when nothing was validated
};

class TrainingController : public QObject
{
    Q_OBJECT
public:
    /// Fewer masked images than this cannot give a training set and a validation set worth
    /// the name (at 20 % validation: 6 to learn from, 2 to measure on).
    static constexpr int kMinimumSamples = 8;
    /// A fine-tune draws each image corrected since its parent was trained this many times per
    /// epoch (TrainingConfig::correctionWeight); corrections handed to a run count too.
    static constexpr int kFineTuneCorrectionWeight = 3;
    /// Intra-op threads of a run started from the GUI: 1, or all cores (0) when libgomp was
    /// started with a passive wait policy (OMP_WAIT_POLICY=PASSIVE or GOMP_SPINCOUNT=0).
    /// Measured on 2 cores, fastunet 256 px, batch 16, images/s with the GUI thread beside it:
    ///                      GUI idle   GUI busy half a core   one other busy program
    ///   1 thread              32               32                      32
    ///   2, libgomp default    56               32                      21
    ///   2, passive            55               39                      31
    /// (and with other builds loading the machine: 15-31, 3-17, 19-30). The GUI thread's
    /// lateness stayed under 4 ms at p99 in every case: spinning costs the training and the
    /// live overlay's wait (0.2 s -> up to 6 s), not the interface.
    static int defaultThreads();

    /// Comparing: the run's model is measured against the active one (ModelGate).
    enum class State { Idle, Preparing, Training, Stopping, Comparing };

    /// @p worker is the window's one network owner; it may be deleted before this object.
    explicit TrainingController(ModelWorker *worker, QObject *parent = nullptr);
    ~TrainingController() override;

    /// The dataset whose masks are trained on. A running run keeps its own dataset.
    void setSession(SessionPtr session);
    SessionPtr session() const { return m_session; }

    /// The defaults for everything the user does not choose (tests make tiny networks here).
    void setBaseConfig(const TrainingConfig &config) { m_base = config; }
    const TrainingConfig &baseConfig() const { return m_base; }
    /// Intra-op threads of the next run (0: the machine's cores).
    void setThreads(int threads) { m_threads = threads; }
    int threads() const { return m_threads; }

    /// Images of the session with an effective mask (what a run would learn from).
    int maskedSamples() const { return m_masked; }
    /// The workspace's active model file when it exists, else empty.
    QString activeModelPath() const;
    /// The network of the active model (from its sidecar), or empty.
    QString activeModelNetwork() const;
    /// The active model's best validation Dice (from its sidecar), -1 when unknown.
    double activeModelDice() const { return m_activeDice; }
    /// Why a run cannot start now, in words for the user; empty when it can.
    QString blocker() const;

    /// Starts a run. False (nothing started) with @p error saying why.
    bool start(const TrainingChoice &choice, QString *error);
    /// Stops the run before its next batch; the best model so far is kept.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; }
    /// The running (or last) run's model name ("<network>-<yyyyMMdd-hhmm>") and file.
    QString runModelName() const { return m_runName; }
    QString runModelPath() const { return m_runPath; }
    /// The running (or last) run's finished epochs.
    const QVector<EpochPoint> &history() const { return m_history; }
    const TrainingProgress &lastProgress() const { return m_progress; }
    /// Corrections handed to the running run (they enter at its next epoch).
    int correctionsSent() const { return m_corrections; }
    /// The running run's split, once its images are read (0 before).
    int trainSamples() const { return m_trainSamples; }
    int validationSamples() const { return m_validationSamples; }

    /// The model name a run of @p network started at @p when would get in @p modelsDir
    /// ("fastunet-20250101-0930", "-2", "-3"... when taken).
    static QString uniqueModelName(const QString &modelsDir, const QString &network,
                                   const QDateTime &when);

public Q_SLOTS:
    /// The image on screen (its id): predicted after every epoch while a run goes on.
    void setCurrentSample(const QString &id);
    /// The user saved a corrected mask of @p id: it enters the running run's next epoch.
    void sampleCorrected(const QString &id);
    /// Counts the masked images again (after masks changed outside the editor).
    void refresh();

Q_SIGNALS:
    /// State, mask count or active model changed: what can be done now may differ.
    void changed();
    /// The images are read; batches follow.
    void started(const QString &model, int trainSamples, int validationSamples);
    void progress(const dermask::core::TrainingProgress &progress);
    /// An epoch ended (one point of the chart).
    void epochFinished(const dermask::core::EpochPoint &point);
    /// The run ended; @p message says how, for the user; @p modelPath is the kept model or empty.
    void finished(dermask::core::StopReason reason, const QString &message, const QString &modelPath);
    /// A prediction of sample @p index by @p model is on disk (predictions/<model>/): the
    /// viewer shows that model and reloads the sample.
    void predictionWritten(int index, const QString &model, const dermask::core::SampleScore &score);
    /// The session's workspace has a new active model, @p modelPath (Predict uses it now).
    void activeModelChanged(const QString &modelPath);

private:
    struct LiveRequest
    {
        SessionPtr session;
        int index = -1;
        QString model;
    };

    void onStarted(JobId job, int trainSamples, int validationSamples);
    void onProgress(JobId job, const TrainingProgress &progress);
    void onJobEnded(JobId job, const JobResult &result);
    void onFinished(StopReason reason, const QString &error, const QString &modelPath);
    void onPrediction(JobId job, const Prediction &prediction);
    void onVerdict(const GateVerdict &verdict);
    QString verdictMessage(const GateVerdict &verdict, const QString &model, const QString &rival) const;
    bool canPredictLive() const;
    void predictCurrent();
    QString finishMessage(StopReason reason, const QString &error, const QString &model,
                          bool active) const;
    void setState(State state);

    QPointer<ModelWorker> m_worker;
    SessionPtr m_session;
    TrainingConfig m_base;
    int m_threads = 1;
    int m_masked = 0;

    State m_state = State::Idle;
    JobId m_job = 0;                ///< the run's training job
    SessionPtr m_runSession;        ///< the dataset the run learns from
    QString m_runName;
    QString m_runPath;
    QString m_rivalPath;            ///< the active model when the run started: what it must beat
    bool m_clickRun = false;        ///< the run trains a click model
    struct Finish
    {
        StopReason reason = StopReason::None;
        QString error;
        QString modelPath;
    } m_finish;                     ///< how the run ended, while its model is compared
    ModelGate *m_gate;
    QString m_activePath;           ///< refresh(): the active model file, if it exists
    QString m_activeNetwork;        ///< refresh(): its network, empty for a TorchScript module
    double m_activeDice = -1.0;     ///< refresh(): its validation Dice
    int m_trainSamples = 0;
    int m_validationSamples = 0;
    QVector<EpochPoint> m_history;
    TrainingProgress m_progress;
    int m_corrections = 0;

    QString m_currentId;
    QString m_imageId;              ///< whose pixels m_image holds
    cv::Mat m_image;                ///< the image on screen, decoded for predictions
    bool m_decoding = false;
    bool m_wantPrediction = false;  ///< predict as soon as the image is decoded
    QHash<JobId, LiveRequest> m_requests;  ///< live predictions asked and not yet answered
    QThreadPool m_pool;             ///< decoding, prediction and project writes, in order
};

} // namespace dermask::core

Q_DECLARE_METATYPE(dermask::core::EpochPoint)
