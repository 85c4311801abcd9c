#include "core/session/scorecollector.h"

#include <QDir>
#include <QPromise>
#include <QtConcurrent/qtconcurrentrun.h>

namespace dermask::core {

ScoreCollector::ScoreCollector(QObject *parent) : QObject(parent)
{
    // One thread: scoring is background work and must not slow the image on screen.
    m_pool.setMaxThreadCount(1);
    m_flush.setInterval(200);
    connect(&m_flush, &QTimer::timeout, this, &ScoreCollector::flush);
    connect(&m_watcher, &QFutureWatcher<Result>::resultsReadyAt, this, [this](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            const Result r = m_watcher.resultAt(i);
            m_pending.insert(r.first, r.second);
        }
        if (!m_flush.isActive())
            m_flush.start();
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        flush();
        m_flush.stop();
        Q_EMIT finished();
    });
}

ScoreCollector::~ScoreCollector()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ScoreCollector::start(SessionPtr session, const QString &model)
{
    QVector<int> all;
    if (session) {
        all.reserve(session->count());
        for (int i = 0; i < session->count(); ++i)
            all.append(i);
    }
    run(std::move(session), model, all);
}

void ScoreCollector::update(SessionPtr session, const QString &model, const QVector<int> &indices)
{
    if (m_watcher.isRunning())
        return;  // the full run in progress reads the new files anyway
    run(std::move(session), model, indices);
}

void ScoreCollector::cancel()
{
    m_watcher.cancel();
    m_pending.clear();
}

void ScoreCollector::run(SessionPtr session, const QString &model, QVector<int> indices)
{
    cancel();
    const PredictionStore store = session ? session->predictions(model) : PredictionStore();
    if (store.isNull() || indices.isEmpty() || !QDir(store.folder()).exists()) {
        Q_EMIT finished();
        return;
    }
    m_watcher.setFuture(runReporting<Result>(&m_pool, [session, model, indices](QPromise<Result> &promise) {
        for (int index : indices) {
            if (promise.isCanceled())
                return;
            const SampleScore score = scoreSample(*session, index, model);
            handOver();
            promise.addResult(Result(index, score));
        }
    }));
}

void ScoreCollector::flush()
{
    if (m_pending.isEmpty())
        return;
    const QHash<int, SampleScore> batch = std::exchange(m_pending, {});
    Q_EMIT scoresReady(batch);
}

} // namespace dermask::core
