#pragma once
/// @file Saves every finished edit to the workspace without being asked: 500 ms after the last change
/// (a drag is saved once it ends), at once when the user leaves the image, approves it, exports
/// or quits. The write runs on the window's write thread (Workspace::saveAnnotation is
/// atomic), one after the other in the order asked. A mask equal to the dataset's own mask
/// removes the annotation instead, so the sample is back to "Dataset mask". A failed write keeps
/// the edit in memory, marked unsaved, and is tried again on the next change or save.

#include "core/workspace/workspace.h"
#include "core/session/datasetsession.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QThreadPool;
class QTimer;

namespace dermask::core {

class MaskDocument;

class AutoSaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDelayMs = 500;

    /// Writes run on @p pool (one thread: the order of writes is the order asked).
    explicit AutoSaver(QThreadPool *pool, QObject *parent = nullptr);
    ~AutoSaver() override;

    /// Saves go to @p session's workspace. Call saveAll() and waitForSaves() before changing it.
    void setSession(SessionPtr session);
    void setDelay(int ms) { m_delay = ms; }

    /// Follows @p document (sample @p index): each change is saved kDelayMs after it.
    void watch(MaskDocument *document, int index);
    /// Saves @p document now if it has unsaved changes (ending a stroke still open).
    void saveNow(MaskDocument *document);
    /// saveNow() for every watched document.
    void saveAll();
    /// Blocks until every write asked for has finished and its result is applied.
    void waitForSaves();

    bool isSaving() const { return !m_jobs.isEmpty(); }
    /// Edits waiting for their delay or their write.
    bool hasPending() const;
    /// Ids of watched documents with changes not on disk.
    QStringList unsavedIds() const;
    /// The last write error of @p id (empty once a write succeeds).
    QString error(const QString &id) const { return m_entries.value(id).error; }
    /// Bumped by every change of @p id's mask (edit, undo, redo).
    quint64 revision(const QString &id) const { return m_entries.value(id).revision; }

Q_SIGNALS:
    /// @p id's mask is on disk; @p status is the sample's status now (Corrected, or Source /
    /// Unlabeled when the mask went back to the dataset's own).
    void saved(int index, const QString &id, dermask::core::SampleStatus status);
    /// Writing @p id failed; @p error names the file and the reason.
    void failed(int index, const QString &id, const QString &error);
    /// A write started or finished (for "Saving…" indicators).
    void busyChanged(bool busy);

private:
    struct Entry
    {
        QPointer<MaskDocument> document;
        int index = -1;
        quint64 revision = 0;
        QTimer *timer = nullptr;
        QString error;
    };
    struct Outcome
    {
        bool ok = false;
        QString error;
        SampleStatus status = SampleStatus::Unlabeled;
    };
    struct Job
    {
        QString id;
        quint64 revision = 0;
        quint64 sessionSerial = 0;
        QFuture<Outcome> future;
        QObject *watcher = nullptr;
    };

    void onChanged(const QString &id);
    void onTimeout(const QString &id);
    void finish(int jobIndex);
    void forget(const QString &id);

    QThreadPool *m_pool;
    SessionPtr m_session;
    int m_delay = kDelayMs;
    QHash<QString, Entry> m_entries;
    QList<Job> m_jobs;  ///< in the order asked
};

} // namespace dermask::core
