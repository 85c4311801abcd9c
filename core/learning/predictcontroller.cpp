#include "core/learning/predictcontroller.h"

#include "core/session/predictionrun.h"
#include "core/util/error.h"

#include <QFileInfo>
#include <QMutex>
#include <QPromise>
#include <QtConcurrent/qtconcurrentrun.h>

namespace dermask::core {

// The loaded model survives between runs (loading costs far more than one image); the
// one-thread pool means only one run uses it at a time.
struct PredictController::Backend
{
    QMutex mutex;
    QString path;
    std::unique_ptr<PredictionBackend> backend;
};

PredictController::PredictController(QObject *parent)
    : QObject(parent), m_backend(std::make_shared<Backend>())
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Event>::resultsReadyAt, this, &PredictController::onResults);
    connect(&m_watcher, &QFutureWatcher<Event>::finished, this, [this] {
        Q_EMIT finished(m_predicted, m_failed, m_watcher.isCanceled());
    });
}

PredictController::~PredictController()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void PredictController::setBackendFactory(PredictionBackendFactory factory)
{
    m_factory = std::move(factory);
    forgetLoadedModel();
}

void PredictController::setSession(SessionPtr session)
{
    cancel();
    m_session = std::move(session);
}

void PredictController::setModelFile(const QString &path)
{
    m_modelFile = path;
}

QString PredictController::modelName() const
{
    return m_modelFile.isEmpty() ? QString() : QFileInfo(m_modelFile).completeBaseName();
}

bool PredictController::predict(const QVector<int> &indices, bool skipUpToDate, QString *error)
{
    if (!m_factory)
        return fail(error, tr("Prediction is not available in this build."));
    if (isRunning())
        return fail(error, tr("A prediction is already running."));
    if (!m_session || !m_session->workspace())
        return fail(error, tr("Open a dataset with a workspace first."));
    if (m_modelFile.isEmpty() || !QFileInfo::exists(m_modelFile))
        return fail(error, tr("Choose a model file first."));
    if (indices.isEmpty())
        return fail(error, tr("There is nothing to predict."));

    m_total = int(indices.size());
    m_done = m_predicted = m_failed = 0;
    const SessionPtr session = m_session;
    const QString modelFile = m_modelFile;
    const QString model = modelName();
    const std::shared_ptr<Backend> holder = m_backend;
    const PredictionBackendFactory factory = m_factory;
    Q_EMIT started(m_total);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [=](QPromise<Event> &promise) {
        QMutexLocker lock(&holder->mutex);
        if (!holder->backend || holder->path != modelFile) {
            holder->backend = factory();
            holder->path.clear();
            QString loadError;
            if (!holder->backend || !holder->backend->load(modelFile, &loadError)) {
                holder->backend.reset();
                Event event;
                event.error = loadError.isEmpty() ? tr("%1: cannot load the model").arg(modelFile) : loadError;
                promise.addResult(event);
                return;
            }
            holder->path = modelFile;
        }
        QVector<PredictionInput> inputs;
        for (int index : indices)
            inputs.append({session->sample(index).id, session->sample(index).imagePath});
        PredictionRunOptions options;
        if (skipUpToDate)
            options.skipIfNewerThan = QFileInfo(modelFile).lastModified();
        PredictionBackend *backend = holder->backend.get();
        runPredictions(
            inputs,
            [backend](const cv::Mat &rgb, Prediction *out, QString *why) {
                return backend->predict(rgb, out, why);
            },
            session->predictions(model), options,
            [&](const PredictionOutcome &outcome) {
                if (promise.isCanceled())
                    return false;
                Event event;
                event.index = indices.at(outcome.position);
                event.ok = outcome.ok;
                event.skipped = outcome.skipped;
                event.error = outcome.error;
                if (outcome.ok && !outcome.skipped)
                    event.score = scoreSample(*session, event.index, model);
                promise.addResult(event);
                return !promise.isCanceled();
            });
    }));
    return true;
}

void PredictController::forgetLoadedModel()
{
    if (isRunning())
        return;  // the run in progress holds the backend (and loaded its model itself)
    QMutexLocker lock(&m_backend->mutex);
    m_backend->backend.reset();
    m_backend->path.clear();
}

void PredictController::cancel()
{
    m_watcher.cancel();
}

void PredictController::waitForFinished()
{
    m_watcher.waitForFinished();
}

void PredictController::onResults(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const Event event = m_watcher.resultAt(i);
        if (event.index < 0) {
            ++m_failed;
            Q_EMIT failed(-1, event.error);
            continue;
        }
        ++m_done;
        if (event.ok && !event.skipped) {
            ++m_predicted;
            Q_EMIT predicted(event.index, event.score);
        } else if (!event.ok) {
            ++m_failed;
            Q_EMIT failed(event.index, event.error);
        }
        Q_EMIT progress(m_done, m_total);
    }
}

} // namespace dermask::core
