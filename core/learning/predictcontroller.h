#pragma once
/// @file "Predict this image" and "Predict all" in the app: one predictMany() job of the
/// engine's ModelWorker with the chosen model file, which files each mask and probability map
/// in the workspace's PredictionStore (predictions/<model>/) between two training batches;
/// each result is scored as it lands, so the viewer shows it at once. Cancel ends the job
/// before its next image. The model file's name is the only name its results are filed under.

#include "core/engine/modelworker.h"
#include "core/session/datasetsession.h"
#include "core/session/samplescore.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace dermask::core {

class PredictController : public QObject
{
    Q_OBJECT
public:
    /// Runs on @p worker, the window's one network owner (null: prediction is unavailable).
    explicit PredictController(ModelWorker *worker, QObject *parent = nullptr);
    ~PredictController() override;

    bool isAvailable() const { return !m_worker.isNull(); }
    void setSession(SessionPtr session);
    void setModelFile(const QString &path);
    QString modelFile() const { return m_modelFile; }
    /// The model's name (the file's stem): predictions go to predictions/<name>/.
    QString modelName() const;

    /// Predicts @p indices in order. With @p skipUpToDate, samples whose prediction is newer
    /// than the model file are left alone. False (and nothing started) when busy or unusable.
    bool predict(const QVector<int> &indices, bool skipUpToDate, QString *error);
    bool isRunning() const { return m_job != 0; }
    /// Ends the run before its next image; finished() follows.
    void cancel();

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total);
    /// Sample @p index has a new prediction on disk.
    void predicted(int index, const dermask::core::SampleScore &score);
    void failed(int index, const QString &error);
    /// The run ended (every predicted() and failed() came before).
    void finished(int predicted, int failed, bool cancelled);

private:
    void onImage(JobId job, const PredictionOutcome &outcome, int total);
    void onEnded(JobId job, const JobResult &result);
    void finishWhenScored();

    QPointer<ModelWorker> m_worker;
    SessionPtr m_session;
    QString m_modelFile;
    JobId m_job = 0;
    SessionPtr m_runSession;
    QString m_runModel;
    QVector<int> m_indices;        ///< the run's samples, in input order
    QThreadPool m_scoring;         ///< one thread: scores land in the order of the images
    int m_scoresPending = 0;
    bool m_ended = false;
    bool m_cancelled = false;
    int m_done = 0;
    int m_predicted = 0;
    int m_failed = 0;
};

} // namespace dermask::core
