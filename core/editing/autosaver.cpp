#include "core/editing/autosaver.h"

#include "core/mask/maskdocument.h"
#include "core/util/background.h"

#include <QThreadPool>
#include <QTimer>

namespace dermask::core {

AutoSaver::AutoSaver(QThreadPool *pool, QObject *parent) : QObject(parent), m_pool(pool) {}

AutoSaver::~AutoSaver()
{
    // Whoever owns the documents saves them before; here only writes under way are awaited.
    for (Job &job : m_jobs) {
        job.watcher->disconnect(this);
        job.future.waitForFinished();
        delete job.watcher;
    }
}

void AutoSaver::setSession(SessionPtr session)
{
    const QStringList ids = m_entries.keys();
    for (const QString &id : ids)
        forget(id);
    m_session = std::move(session);
}

void AutoSaver::watch(MaskDocument *document, int index)
{
    if (!document)
        return;
    const QString id = document->sampleId();
    Entry &entry = m_entries[id];
    if (entry.document == document)
        return;
    if (entry.document)
        entry.document->disconnect(this);
    entry.document = document;
    entry.index = index;
    if (!entry.timer) {
        entry.timer = new QTimer(this);
        entry.timer->setSingleShot(true);
        connect(entry.timer, &QTimer::timeout, this, [this, id] { onTimeout(id); });
    }
    connect(document, &MaskDocument::changed, this, [this, id] { onChanged(id); });
    // An unmodified document may be evicted from the cache; nothing is lost with it.
    connect(document, &QObject::destroyed, this, [this, id] {
        if (!m_entries.value(id).document)
            forget(id);
    });
    if (document->isModified())
        onChanged(id);
}

void AutoSaver::forget(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (it->document)
        it->document->disconnect(this);
    delete it->timer;
    m_entries.erase(it);
}

void AutoSaver::onChanged(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    ++it->revision;
    it->timer->start(m_delay);
}

void AutoSaver::onTimeout(const QString &id)
{
    const Entry entry = m_entries.value(id);
    if (!entry.document)
        return;
    if (entry.document->isStroking()) {
        entry.timer->start(m_delay);  // the drag goes on: save once it ends
        return;
    }
    saveNow(entry.document);
}

bool AutoSaver::hasPending() const
{
    if (!m_jobs.isEmpty())
        return true;
    for (const Entry &entry : m_entries)
        if (entry.timer && entry.timer->isActive())
            return true;
    return false;
}

QStringList AutoSaver::unsavedIds() const
{
    QStringList ids;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it->document && it->document->isModified())
            ids.append(it.key());
    ids.sort();
    return ids;
}

void AutoSaver::saveNow(MaskDocument *document)
{
    if (!document || !m_session || !m_session->workspace())
        return;
    const QString id = document->sampleId();
    auto it = m_entries.find(id);
    if (it == m_entries.end() || it->document != document)
        return;
    it->timer->stop();
    document->endStroke();
    if (!document->isModified())
        return;
    // A write of this very state is already queued: nothing new to write.
    for (const Job &job : std::as_const(m_jobs))
        if (job.id == id && job.revision == it->revision)
            return;

    Job job;
    job.id = id;
    job.revision = it->revision;
    job.sessionSerial = m_session->serial();
    const cv::Mat mask = document->maskCopy();
    const cv::Mat source = document->sourceMask();  // never written after creation: shared safely
    const SessionPtr session = m_session;
    job.future = runInBackground(m_pool, [session, id, mask, source] {
        Outcome out;
        Workspace *workspace = session->workspace();
        // Back to the dataset's own mask (or to nothing where there was none): the annotation
        // goes, and the sample is "Dataset mask" again rather than a correction equal to it.
        const bool original = source.empty() ? cv::countNonZero(mask) == 0
                                             : cv::countNonZero(mask != source) == 0;
        out.ok = original ? workspace->removeAnnotation(id, &out.error)
                          : workspace->saveAnnotation(id, mask, &out.error);
        out.status = workspace->status(id);
        return out;
    });
    auto *watcher = new Watcher<Outcome>(this);
    job.watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        for (int i = 0; i < m_jobs.size(); ++i) {
            if (m_jobs.at(i).watcher == watcher) {
                finish(i);
                return;
            }
        }
    });
    watcher->setFuture(job.future);
    const bool wasBusy = isSaving();
    m_jobs.append(job);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void AutoSaver::saveAll()
{
    const QStringList ids = m_entries.keys();
    for (const QString &id : ids)
        if (MaskDocument *document = m_entries.value(id).document)
            saveNow(document);
}

void AutoSaver::waitForSaves()
{
    while (!m_jobs.isEmpty()) {
        m_jobs.first().future.waitForFinished();
        finish(0);
    }
}

void AutoSaver::finish(int jobIndex)
{
    const Job job = m_jobs.takeAt(jobIndex);
    job.watcher->disconnect(this);
    job.watcher->deleteLater();
    const Outcome out = job.future.resultCount() ? job.future.result() : Outcome();
    const bool sameSession = m_session && m_session->serial() == job.sessionSerial;
    auto it = sameSession ? m_entries.find(job.id) : m_entries.end();
    if (it != m_entries.end()) {
        const int index = it->index;
        if (out.ok) {
            it->error.clear();
            // Clean only when what was written is what the document holds now.
            if (it->document && it->revision == job.revision)
                it->document->setSaved();
            Q_EMIT saved(index, job.id, out.status);
        } else {
            it->error = out.error.isEmpty() ? tr("%1: the mask could not be saved").arg(job.id) : out.error;
            Q_EMIT failed(index, job.id, it->error);
        }
    }
    if (m_jobs.isEmpty())
        Q_EMIT busyChanged(false);
}

} // namespace dermask::core
