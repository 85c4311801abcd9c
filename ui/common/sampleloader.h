#pragma once
// Decodes samples off the GUI thread and keeps the recent ones: the sample the user asks for
// first, its neighbours next (prefetch), so moving on shows the next image at once.

#include "ui/common/loadedsample.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace dermask::ui {

class CurrentSample;

class SampleLoader : public QObject
{
    Q_OBJECT
public:
    explicit SampleLoader(QObject *parent = nullptr);
    ~SampleLoader() override;

    /// Feeds @p current: the dataset and model it shows are decoded, each image it shows is
    /// requested, and that image's layers are handed back to it once decoded.
    void follow(CurrentSample *current);
    /// Forgets everything of the previous session; predictions come from @p model.
    void setSession(core::SessionPtr session, const QString &model);
    /// Switches the predictions shown; decoded images of the old model are dropped.
    void setModel(const QString &model);
    core::SessionPtr session() const { return m_session; }
    QString model() const { return m_model; }

    /// The sample the user looks at. loaded() follows, synchronously when it is cached.
    void request(int index);
    /// Samples to have ready next, most wanted first; queued work for others is dropped.
    void prefetch(const QVector<int> &indices);
    /// The cached sample, or null.
    LoadedSamplePtr cached(int index) const;
    /// Puts @p sample in the cache in place of what it holds for that index (the mask was
    /// edited: the edited truth is what to show when the user comes back). Ignored when
    /// @p sample belongs to another session.
    void store(const LoadedSamplePtr &sample);
    /// Drops @p index from the cache (its files changed) and reloads it if it is the current one.
    void invalidate(int index);
    /// Upper bound of the decoded pixels kept (the current and prefetched samples always stay).
    void setCacheBudget(qint64 bytes) { m_budget = bytes; }
    int runningJobs() const { return int(m_jobs.size()); }
    /// Blocks until every job has finished (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    /// A sample finished decoding (or was served from the cache after request()).
    void loaded(dermask::ui::LoadedSamplePtr sample);

private:
    using Watcher = QFutureWatcher<LoadedSamplePtr>;
    void start(int index, int priority);
    void onFinished(Watcher *watcher, int index, quint64 generation);
    void insert(const LoadedSamplePtr &sample);
    void trim();
    void touch(int index);
    void dropJobs();

    // One thread for what the user waits for, one for neighbours: a prefetch of a huge image
    // never holds up the image asked for.
    QThreadPool m_currentPool;
    QThreadPool m_prefetchPool;
    core::SessionPtr m_session;
    QString m_model;
    quint64 m_generation = 0;        ///< bumped on every session/model change
    int m_current = -1;
    QVector<int> m_wanted;           ///< prefetch set, pinned in the cache
    QHash<int, LoadedSamplePtr> m_cache;
    QList<int> m_lru;                ///< least recently used first
    QHash<int, Watcher *> m_jobs;
    qint64 m_budget = qint64(1200) * 1024 * 1024;
};

} // namespace dermask::ui
