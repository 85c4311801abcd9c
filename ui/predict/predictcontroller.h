#pragma once
// "Predict this image" and "Predict all": runs the model over samples on a worker thread,
// writes each mask and probability map atomically to the workspace (predictions/<model>/),
// and reports each result as it lands so the viewer shows it at once. Cancel is checked
// between images.

#include "ui/common/datasetsession.h"
#include "ui/common/predictionscore.h"
#include "ui/predict/predictionbackend.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace dermask::ui {

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
    void predicted(int index, const dermask::ui::SampleScore &score);
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

} // namespace dermask::ui
