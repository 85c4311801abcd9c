#include "ui/common/sampleloader.h"

#include "ui/common/currentsample.h"

#include <QtConcurrent/qtconcurrenttask.h>

namespace dermask::ui {

namespace {

constexpr int kCurrentPriority = 10;
constexpr int kPrefetchPriority = 0;
// Long enough to see that the user stopped (a held key repeats every 30-40 ms, and the next
// preview takes about as long again), short beside the full read that follows (~0.6 s).
constexpr int kRefineDelayMs = 150;
constexpr int kMaxPreviews = 16;  // ~10 MB each at 1500x1000

} // namespace

SampleLoader::SampleLoader(QObject *parent) : QObject(parent)
{
    m_currentPool.setMaxThreadCount(1);
    m_prefetchPool.setMaxThreadCount(1);
    m_refinePool.setMaxThreadCount(1);
    m_refineTimer.setSingleShot(true);
    m_refineTimer.setInterval(kRefineDelayMs);
    connect(&m_refineTimer, &QTimer::timeout, this, &SampleLoader::refine);
}

SampleLoader::~SampleLoader()
{
    dropAll(m_jobs);
    dropAll(m_previewJobs);
    for (QThreadPool *pool : {&m_currentPool, &m_prefetchPool, &m_refinePool})
        pool->clear();
    waitForIdle();
}

void SampleLoader::follow(CurrentSample *current)
{
    connect(current, &CurrentSample::sessionChanged, this,
            [this, current](const core::SessionPtr &session) { setSession(session, current->model()); });
    connect(current, &CurrentSample::modelChanged, this, &SampleLoader::setModel);
    connect(current, &CurrentSample::indexChanged, this, &SampleLoader::request);
    connect(this, &SampleLoader::loaded, current, &CurrentSample::setLayers);
}

void SampleLoader::drop(QHash<int, Job> &jobs, int index)
{
    const auto it = jobs.find(index);
    if (it == jobs.end())
        return;
    it->state->cancelled.store(true);
    it->watcher->disconnect();
    it->watcher->cancel();  // a job that has not started yet never runs
    it->watcher->deleteLater();
    jobs.erase(it);
}

void SampleLoader::dropAll(QHash<int, Job> &jobs)
{
    const QList<int> indices = jobs.keys();
    for (int index : indices)
        drop(jobs, index);
}

bool SampleLoader::pending(const QHash<int, Job> &jobs, int index)
{
    const auto it = jobs.constFind(index);
    return it != jobs.constEnd() && !it->state->cancelled.load();
}

void SampleLoader::setSession(core::SessionPtr session, const QString &model)
{
    dropAll(m_jobs);
    dropAll(m_previewJobs);
    for (QThreadPool *pool : {&m_currentPool, &m_prefetchPool, &m_refinePool})
        pool->clear();
    m_refineTimer.stop();
    m_session = std::move(session);
    m_model = model;
    ++m_generation;
    m_cache.clear();
    m_lru.clear();
    m_previews.clear();
    m_previewLru.clear();
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

int SampleLoader::previewReduction(int index) const
{
    if (!m_session || index < 0 || index >= m_session->count())
        return 1;
    const core::Sample &sample = m_session->sample(index);
    return core::previewReduction(cv::Size(sample.width, sample.height), m_previewSide);
}

void SampleLoader::request(int index)
{
    if (!m_session || index < 0 || index >= m_session->count())
        return;
    m_current = index;
    m_refineTimer.stop();
    if (LoadedSamplePtr sample = m_cache.value(index)) {
        touch(index);
        Q_EMIT loaded(sample);
        return;
    }
    const auto full = m_jobs.constFind(index);
    const bool fullRunning = full != m_jobs.constEnd() && full->running() && !full->state->cancelled.load();
    if (!fullRunning)
        drop(m_jobs, index);  // queued at prefetch priority, or stopping: asked for again below
    if (previewReduction(index) <= 1) {
        if (!fullRunning)
            start(index, kCurrentPriority, false);
        return;  // decoding already; loaded() follows
    }
    if (LoadedSamplePtr preview = m_previews.value(index)) {
        Q_EMIT loaded(preview);
        if (!fullRunning)
            m_refineTimer.start();
        return;
    }
    // A full read of it under way (prefetched while the user rested on the last image) is
    // waited for: a preview beside it would compete for the cores, and where no reduced
    // copies exist yet it decodes the same PNGs in full (measured: up to 3.5 s instead of
    // 1.5 s with two other builds running).
    if (fullRunning)
        return;
    const auto job = m_previewJobs.constFind(index);
    if (job != m_previewJobs.constEnd() && job->running() && !job->state->cancelled.load())
        return;  // on its way
    drop(m_previewJobs, index);
    start(index, kCurrentPriority, true);
}

void SampleLoader::refine()
{
    m_refineTimer.stop();
    if (m_current < 0 || m_cache.contains(m_current))
        return;
    // The user stopped: the image on screen is what they wait for. Neighbours' previews not
    // begun yet wait until it is read (then the neighbours are read in full anyway).
    const QList<int> queued = m_previewJobs.keys();
    for (int index : queued) {
        if (index != m_current && !m_previewJobs.value(index).running())
            drop(m_previewJobs, index);
    }
    const auto job = m_jobs.constFind(m_current);
    if (job != m_jobs.constEnd() && job->running() && !job->state->cancelled.load())
        return;
    drop(m_jobs, m_current);
    start(m_current, kCurrentPriority, false);
}

void SampleLoader::prefetch(const QVector<int> &indices)
{
    if (!m_session)
        return;
    const QVector<int> requested = indices;  // may be m_wanted itself
    m_wanted.clear();
    for (int index : requested) {
        if (index >= 0 && index < m_session->count() && index != m_current)
            m_wanted.append(index);
    }
    // Full reads of neighbours only once the image on screen is read in full: while the
    // user keeps moving, cheap previews keep ahead of them, and a full read of another image
    // would only take the cores from them and from the full read the user stops for.
    const bool resting = m_current < 0 || m_cache.contains(m_current) || previewReduction(m_current) <= 1;
    // Work nobody wants any more (the user moved on quickly) is dropped; a read under way
    // stops at its next layer.
    for (QHash<int, Job> *jobs : {&m_jobs, &m_previewJobs}) {
        const bool full = jobs == &m_jobs;
        const QList<int> running = jobs->keys();
        for (int index : running) {
            if (index != m_current && (!m_wanted.contains(index) || (full && !resting)))
                drop(*jobs, index);
        }
    }
    int priority = kPrefetchPriority + int(m_wanted.size());
    for (int index : std::as_const(m_wanted)) {
        const bool preview = !resting && previewReduction(index) > 1;
        if (!m_cache.contains(index) && !pending(m_jobs, index)) {
            if (!preview) {
                drop(m_jobs, index);
                start(index, priority, false);
            } else if (!m_previews.contains(index) && !pending(m_previewJobs, index)) {
                start(index, priority, true);
            }
        }
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
    drop(m_jobs, sample->index);
    drop(m_previewJobs, sample->index);
    m_previews.remove(sample->index);
    m_previewLru.removeAll(sample->index);
    insert(sample);
}

void SampleLoader::invalidate(int index)
{
    m_cache.remove(index);
    m_lru.removeAll(index);
    m_previews.remove(index);
    m_previewLru.removeAll(index);
    drop(m_jobs, index);
    drop(m_previewJobs, index);
    if (index == m_current)
        start(index, kCurrentPriority, false);
}

void SampleLoader::waitForIdle()
{
    for (QThreadPool *pool : {&m_currentPool, &m_prefetchPool, &m_refinePool})
        pool->waitForDone();
}

void SampleLoader::start(int index, int priority, bool preview)
{
    const core::SessionPtr session = m_session;
    const QString model = m_model;
    const quint64 generation = m_generation;
    auto state = std::make_shared<JobState>();
    // Published by atomic stores that the pool thread's loads read: the job reaches the pool
    // through Qt's queue, whose lock ThreadSanitizer cannot see (Qt is not instrumented).
    state->running.store(false);
    state->cancelled.store(false);
    LoadOptions options;
    const int reduction = previewReduction(index);
    options.previews = m_previewCache;
    options.reduction = preview ? reduction : 1;
    options.storeReduction = reduction;  // a full read leaves reduced copies for the next preview
    options.cancelled = [state] { return state->cancelled.load(); };
    auto *watcher = new Watcher(this);
    (preview ? m_previewJobs : m_jobs).insert(index, Job{watcher, state});
    connect(watcher, &Watcher::finished, this, [this, watcher, index, generation, preview, state] {
        onFinished(watcher, index, generation, preview, state);
    });
    QThreadPool &pool = priority < kCurrentPriority ? m_prefetchPool
                        : !preview && reduction > 1 ? m_refinePool
                                                    : m_currentPool;
    // As core::runInBackground(), with a priority: the job is held behind a pointer, and the
    // hand-offs are told to ThreadSanitizer.
    auto job = std::make_shared<std::function<LoadedSamplePtr()>>([session, index, model, options, state] {
        state->running.store(true);
        return loadSample(*session, index, model, options);
    });
    core::handOver();
    watcher->setFuture(QtConcurrent::task([job]() -> LoadedSamplePtr {
                           core::takeOver();
                           LoadedSamplePtr sample = (*job)();
                           core::handOver();
                           return sample;
                       })
                           .onThreadPool(pool)
                           .withPriority(priority)
                           .spawn());
}

void SampleLoader::onFinished(Watcher *watcher, int index, quint64 generation, bool preview,
                              const std::shared_ptr<JobState> &state)
{
    watcher->deleteLater();
    QHash<int, Job> &jobs = preview ? m_previewJobs : m_jobs;
    if (jobs.value(index).watcher == watcher)
        jobs.remove(index);
    if (generation != m_generation || watcher->isCanceled() || state->cancelled.load()
        || watcher->future().resultCount() == 0)
        return;
    const LoadedSamplePtr sample = watcher->result();
    if (preview) {
        if (m_cache.contains(index))
            return;  // the full read came first
        insertPreview(sample);
        if (index == m_current) {
            Q_EMIT loaded(sample);
            m_refineTimer.start();
        }
        return;
    }
    insert(sample);
    Q_EMIT loaded(sample);
    if (index == m_current)
        prefetch(m_wanted);  // the user rests here: the neighbours can be read in full now
}

void SampleLoader::insert(const LoadedSamplePtr &sample)
{
    m_cache.insert(sample->index, sample);
    touch(sample->index);
    trim();
}

void SampleLoader::insertPreview(const LoadedSamplePtr &sample)
{
    m_previews.insert(sample->index, sample);
    m_previewLru.removeAll(sample->index);
    m_previewLru.append(sample->index);
    while (m_previewLru.size() > kMaxPreviews)
        m_previews.remove(m_previewLru.takeFirst());
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
