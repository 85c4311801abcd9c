#include "ui/common/sampleloader.h"

#include "ui/common/currentsample.h"

#include <QtConcurrent/qtconcurrenttask.h>

namespace dermask::ui {

namespace {

constexpr int kCurrentPriority = 10;
constexpr int kPrefetchPriority = 0;

} // namespace

SampleLoader::SampleLoader(QObject *parent) : QObject(parent)
{
    m_currentPool.setMaxThreadCount(1);
    m_prefetchPool.setMaxThreadCount(1);
}

SampleLoader::~SampleLoader()
{
    dropJobs();
    m_currentPool.clear();
    m_prefetchPool.clear();
    m_currentPool.waitForDone();
    m_prefetchPool.waitForDone();
}

void SampleLoader::follow(CurrentSample *current)
{
    connect(current, &CurrentSample::sessionChanged, this,
            [this, current](const core::SessionPtr &session) { setSession(session, current->model()); });
    connect(current, &CurrentSample::modelChanged, this, &SampleLoader::setModel);
    connect(current, &CurrentSample::indexChanged, this, &SampleLoader::request);
    connect(this, &SampleLoader::loaded, current, &CurrentSample::setLayers);
}

void SampleLoader::dropJobs()
{
    for (Watcher *watcher : std::as_const(m_jobs)) {
        watcher->disconnect(this);
        watcher->cancel();  // a job that has not started yet never runs
        watcher->deleteLater();
    }
    m_jobs.clear();
}

void SampleLoader::setSession(core::SessionPtr session, const QString &model)
{
    dropJobs();
    m_currentPool.clear();
    m_prefetchPool.clear();
    m_session = std::move(session);
    m_model = model;
    ++m_generation;
    m_cache.clear();
    m_lru.clear();
    m_current = -1;
    m_wanted.clear();
}

void SampleLoader::setModel(const QString &model)
{
    if (model == m_model)
        return;
    const int current = m_current;
    const QVector<int> wanted = m_wanted;
    setSession(m_session, model);
    if (current >= 0)
        request(current);
    prefetch(wanted);
}

void SampleLoader::request(int index)
{
    if (!m_session || index < 0 || index >= m_session->count())
        return;
    m_current = index;
    if (LoadedSamplePtr sample = m_cache.value(index)) {
        touch(index);
        Q_EMIT loaded(sample);
        return;
    }
    if (Watcher *job = m_jobs.value(index)) {
        if (job->isStarted())
            return;  // decoding already; loaded() follows
        // Queued at prefetch priority: requeue it in front of the other neighbours.
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
        m_jobs.remove(index);
    }
    start(index, kCurrentPriority);
}

void SampleLoader::prefetch(const QVector<int> &indices)
{
    if (!m_session)
        return;
    m_wanted.clear();
    for (int index : indices) {
        if (index >= 0 && index < m_session->count() && index != m_current)
            m_wanted.append(index);
    }
    // Queued work nobody wants any more (the user moved on quickly) is dropped.
    const QList<int> running = m_jobs.keys();
    for (int index : running) {
        Watcher *job = m_jobs.value(index);
        if (index != m_current && !m_wanted.contains(index) && !job->isStarted()) {
            job->disconnect(this);
            job->cancel();
            job->deleteLater();
            m_jobs.remove(index);
        }
    }
    int priority = kPrefetchPriority + int(m_wanted.size());
    for (int index : std::as_const(m_wanted)) {
        if (!m_cache.contains(index) && !m_jobs.contains(index))
            start(index, priority);
        --priority;
    }
}

LoadedSamplePtr SampleLoader::cached(int index) const
{
    return m_cache.value(index);
}

void SampleLoader::store(const LoadedSamplePtr &sample)
{
    if (!sample || !m_session || sample->sessionSerial != m_session->serial())
        return;
    // A decode of the old files still running would overwrite the edited truth.
    if (Watcher *job = m_jobs.take(sample->index)) {
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
    insert(sample);
}

void SampleLoader::invalidate(int index)
{
    m_cache.remove(index);
    m_lru.removeAll(index);
    if (Watcher *job = m_jobs.take(index)) {
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
    if (index == m_current)
        start(index, kCurrentPriority);
}

void SampleLoader::waitForIdle()
{
    m_currentPool.waitForDone();
    m_prefetchPool.waitForDone();
}

void SampleLoader::start(int index, int priority)
{
    const core::SessionPtr session = m_session;
    const QString model = m_model;
    const quint64 generation = m_generation;
    auto *watcher = new Watcher(this);
    m_jobs.insert(index, watcher);
    connect(watcher, &Watcher::finished, this,
            [this, watcher, index, generation] { onFinished(watcher, index, generation); });
    watcher->setFuture(QtConcurrent::task([session, index, model]() -> LoadedSamplePtr {
                           return loadSample(*session, index, model);
                       })
                           .onThreadPool(priority >= kCurrentPriority ? m_currentPool : m_prefetchPool)
                           .withPriority(priority)
                           .spawn());
}

void SampleLoader::onFinished(Watcher *watcher, int index, quint64 generation)
{
    watcher->deleteLater();
    if (m_jobs.value(index) == watcher)
        m_jobs.remove(index);
    if (generation != m_generation || watcher->isCanceled() || watcher->future().resultCount() == 0)
        return;
    const LoadedSamplePtr sample = watcher->result();
    insert(sample);
    Q_EMIT loaded(sample);
}

void SampleLoader::insert(const LoadedSamplePtr &sample)
{
    m_cache.insert(sample->index, sample);
    touch(sample->index);
    trim();
}

void SampleLoader::touch(int index)
{
    m_lru.removeAll(index);
    m_lru.append(index);
}

void SampleLoader::trim()
{
    qint64 total = 0;
    for (const LoadedSamplePtr &sample : std::as_const(m_cache))
        total += sample->bytes();
    for (auto it = m_lru.begin(); it != m_lru.end() && total > m_budget;) {
        const int index = *it;
        if (index == m_current || m_wanted.contains(index)) {
            ++it;
            continue;
        }
        total -= m_cache.value(index)->bytes();
        m_cache.remove(index);
        it = m_lru.erase(it);
    }
}

} // namespace dermask::ui
