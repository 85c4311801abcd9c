#pragma once
// Decodes samples off the GUI thread and keeps the recent ones: the sample the user asks for
// first, its neighbours next (prefetch), so moving on shows the next image at once.
//
// Huge images (a 6000x4000 photo: about 0.6 s to read in full) come in two steps: a preview
// read at 1/2..1/8 (the image by libjpeg's DCT scaling, its masks from reduced copies kept by
// core::PreviewCache) is shown first; once the user stays on it for a moment, the full read
// follows and replaces it. While the user keeps moving (an arrow key held), neighbours are
// prefetched as previews only, and a full read nobody waits for any more stops early.

#include "core/image/previewcache.h"
#include "core/util/background.h"
#include "ui/common/loadedsample.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

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

    /// The sample the user looks at. loaded() follows, synchronously when it is cached; for
    /// a huge image a preview first, the full read after refineDelay() on it.
    void request(int index);
    /// Samples to have ready next, most wanted first; queued work for others is dropped.
    void prefetch(const QVector<int> &indices);
    /// The cached sample (full resolution), or null.
    LoadedSamplePtr cached(int index) const;
    /// The cached preview of a huge image, or null.
    LoadedSamplePtr cachedPreview(int index) const { return m_previews.value(index); }
    /// Puts @p sample in the cache in place of what it holds for that index (the mask was
    /// edited: the edited truth is what to show when the user comes back). Ignored when
    /// @p sample belongs to another session.
    void store(const LoadedSamplePtr &sample);
    /// Drops @p index from the cache (its files changed) and reloads it if it is the current one.
    void invalidate(int index);
    /// Upper bound of the decoded pixels kept (the current and prefetched samples always stay).
    void setCacheBudget(qint64 bytes) { m_budget = bytes; }
    int runningJobs() const { return int(m_jobs.size() + m_previewJobs.size()); }
    /// Blocks until every job has finished (tests, shutdown).
    void waitForIdle();

    /// The shortest long side a preview keeps (core::kPreviewSide): an image less than twice
    /// as big is read in full at once.
    void setPreviewSide(int pixels) { m_previewSide = pixels; }
    /// The reduction a preview of @p index is read at (1: none).
    int previewReduction(int index) const;
    /// How long the user stays on a preview before the full read starts (ms).
    void setRefineDelay(int ms) { m_refineTimer.setInterval(ms); }
    int refineDelay() const { return m_refineTimer.interval(); }
    /// Where reduced copies of huge layers are kept (tests, benchmarks); empty keeps none.
    void setPreviewFolder(const QString &folder)
    {
        m_previewCache = std::make_shared<const core::PreviewCache>(folder);
    }

public Q_SLOTS:
    /// Reads the current sample at full resolution now, if it is not on its way already.
    void refine();

Q_SIGNALS:
    /// A sample finished decoding (or was served from the cache after request()); a preview
    /// only when it is the current sample's.
    void loaded(dermask::ui::LoadedSamplePtr sample);

private:
    using Watcher = core::Watcher<LoadedSamplePtr>;
    /// What the GUI thread and a job's thread share. (QFuture::isStarted() says nothing
    /// here: QtConcurrent reports a task started when it is queued.)
    struct JobState
    {
        std::atomic_bool running{false};    ///< a pool thread has taken it
        std::atomic_bool cancelled{false};  ///< nobody waits for it: stop at the next layer
    };
    struct Job
    {
        Watcher *watcher = nullptr;
        std::shared_ptr<JobState> state;
        bool running() const { return state->running.load(); }
    };
    void start(int index, int priority, bool preview);
    void onFinished(Watcher *watcher, int index, quint64 generation, bool preview,
                    const std::shared_ptr<JobState> &state);
    /// Forgets the job of @p index: a queued one never runs, a running one stops early.
    static void drop(QHash<int, Job> &jobs, int index);
    static void dropAll(QHash<int, Job> &jobs);
    /// True when @p jobs holds a job for @p index that still delivers.
    static bool pending(const QHash<int, Job> &jobs, int index);
    void insert(const LoadedSamplePtr &sample);
    void insertPreview(const LoadedSamplePtr &sample);
    void trim();
    void touch(int index);

    // One thread for what the user waits for, one for neighbours: a prefetch of a huge image
    // never holds up the image asked for. The full read of a previewed image has a thread of
    // its own: it cannot stop in the middle of a JPEG, and the previews of a key held again
    // must not wait behind it.
    QThreadPool m_currentPool;
    QThreadPool m_prefetchPool;
    QThreadPool m_refinePool;
    core::SessionPtr m_session;
    QString m_model;
    quint64 m_generation = 0;        ///< bumped on every session/model change
    int m_current = -1;
    QVector<int> m_wanted;           ///< prefetch set, pinned in the cache
    QHash<int, LoadedSamplePtr> m_cache;
    QList<int> m_lru;                ///< least recently used first
    QHash<int, Job> m_jobs;          ///< full reads
    qint64 m_budget = qint64(1200) * 1024 * 1024;

    QHash<int, LoadedSamplePtr> m_previews;
    QList<int> m_previewLru;
    QHash<int, Job> m_previewJobs;
    // Shared with the reads: an image decode of a dropped read may outlive the loader.
    std::shared_ptr<const core::PreviewCache> m_previewCache = std::make_shared<const core::PreviewCache>();
    int m_previewSide = core::kPreviewSide;
    QTimer m_refineTimer;
};

} // namespace dermask::ui
