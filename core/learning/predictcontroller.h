#pragma once
/// @file "Predict this image" and "Predict all" in the app: runs a model file over samples on
/// a worker thread through the one prediction loop (core/session/predictionrun.h), which files
/// each mask and probability map in the workspace's PredictionStore (predictions/<model>/),
/// and reports each result with its scores as it lands, so the viewer shows it at once. Cancel
/// is checked between images.

#include "core/learning/predictionbackend.h"
#include "core/session/datasetsession.h"
#include "core/session/samplescore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace dermask::core {

class PredictController : public QObject
{
    Q_OBJECT
public:
    explicit PredictController(QObject *parent = nullptr);
    ~PredictController() override;

    /// Where backends come from; an empty factory means prediction is unavailable.
    void setBackendFactory(PredictionBackendFactory factory);
    bool isAvailable() const { return bool(m_factory); }

    void setSession(SessionPtr session);
    void setModelFile(const QString &path);
    QString modelFile() const { return m_modelFile; }
    /// The model's name (the file's stem): predictions go to predictions/<name>/.
    QString modelName() const;

    /// Predicts @p indices in order. With @p skipUpToDate, samples whose prediction is newer
    /// than the model file are left alone. False (and nothing started) when busy or unusable.
    bool predict(const QVector<int> &indices, bool skipUpToDate, QString *error);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();
    /// Blocks until the current run ends (tests, shutdown).
    void waitForFinished();
    /// Another job replaced the model the backend holds (a training run): the next run loads
    /// its model file again.
    void forgetLoadedModel();

    struct Event
    {
        int index = -1;        ///< -1: the model itself failed
        bool ok = false;
        bool skipped = false;  ///< already up to date
        SampleScore score;
        QString error;
    };

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total);
    /// Sample @p index has a new prediction on disk.
    void predicted(int index, const dermask::core::SampleScore &score);
    void failed(int index, const QString &error);
    void finished(int predicted, int failed, bool cancelled);

private:
    struct Backend;
    void onResults(int begin, int end);

    PredictionBackendFactory m_factory;
    std::shared_ptr<Backend> m_backend;
    SessionPtr m_session;
    QString m_modelFile;
    QThreadPool m_pool;
    QFutureWatcher<Event> m_watcher;
    int m_total = 0;
    int m_done = 0;
    int m_predicted = 0;
    int m_failed = 0;
};

} // namespace dermask::core
