#include "core/learning/predictcontroller.h"

#include "core/util/background.h"
#include "core/util/error.h"

#include <QFileInfo>

namespace dermask::core {

PredictController::PredictController(ModelWorker *worker, QObject *parent) : QObject(parent), m_worker(worker)
{
    m_scoring.setMaxThreadCount(1);
    if (worker) {
        connect(worker, &ModelWorker::imagePredicted, this, &PredictController::onImage);
        connect(worker, &ModelWorker::jobEnded, this, &PredictController::onEnded);
    }
}

PredictController::~PredictController()
{
    if (m_job && m_worker)
        m_worker->cancel(m_job);
    m_scoring.waitForDone();
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
    if (!m_worker)
        return fail(error, tr("Prediction is not available in this build."));
    if (isRunning())
        return fail(error, tr("A prediction is already running."));
    if (!m_session || !m_session->workspace())
        return fail(error, tr("Open a dataset with a workspace first."));
    if (m_modelFile.isEmpty() || !QFileInfo::exists(m_modelFile))
        return fail(error, tr("Choose a model file first."));
    if (indices.isEmpty())
        return fail(error, tr("There is nothing to predict."));

    QVector<PredictionInput> inputs;
    for (int index : indices)
        inputs.append({m_session->sample(index).id, m_session->sample(index).imagePath});
    PredictionRunOptions options;
    if (skipUpToDate)
        options.skipIfNewerThan = QFileInfo(m_modelFile).lastModified();
    m_runSession = m_session;
    m_runModel = modelName();
    m_indices = indices;
    m_done = m_predicted = m_failed = 0;
    m_scoresPending = 0;
    m_ended = m_cancelled = false;
    m_job = m_worker->predictMany(m_modelFile, inputs, m_session->predictions(m_runModel), options);
    Q_EMIT started(int(indices.size()));
    return true;
}

void PredictController::cancel()
{
    if (m_job && m_worker)
        m_worker->cancel(m_job);
}

void PredictController::onImage(JobId job, const PredictionOutcome &outcome, int total)
{
    if (job != m_job || outcome.position < 0 || outcome.position >= m_indices.size())
        return;
    const int index = m_indices.at(outcome.position);
    ++m_done;
    if (outcome.ok && !outcome.skipped) {
        ++m_predicted;
        // The scores read three files: off the GUI thread, in the order of the images.
        ++m_scoresPending;
        auto *watcher = new Watcher<SampleScore>(this);
        connect(watcher, &QFutureWatcher<SampleScore>::finished, this, [this, watcher, index] {
            watcher->deleteLater();
            --m_scoresPending;
            Q_EMIT predicted(index, watcher->result());
            finishWhenScored();
        });
        const SessionPtr session = m_runSession;
        const QString model = m_runModel;
        watcher->setFuture(runInBackground(&m_scoring, [session, index, model] {
            return scoreSample(*session, index, model);
        }));
    } else if (!outcome.ok) {
        ++m_failed;
        Q_EMIT failed(index, outcome.error);
    }
    Q_EMIT progress(m_done, total);
}

void PredictController::onEnded(JobId job, const JobResult &result)
{
    if (job != m_job)
        return;
    if (result.end == JobEnd::Failed) {
        // The model itself: nothing was predicted.
        ++m_failed;
        Q_EMIT failed(
            -1, result.error.isEmpty() ? tr("%1: cannot load the model").arg(m_modelFile) : result.error);
    }
    m_ended = true;
    m_cancelled = result.end == JobEnd::Cancelled;
    finishWhenScored();
}

void PredictController::finishWhenScored()
{
    if (!m_ended || m_scoresPending > 0)
        return;
    m_job = 0;
    m_ended = false;
    Q_EMIT finished(m_predicted, m_failed, m_cancelled);
}

} // namespace dermask::core
