#include "core/editing/maskjobs.h"

#include "core/mask/maskdocument.h"

#include <QtConcurrent/qtconcurrentrun.h>

#include <exception>

namespace dermask::core {

MaskJobs::MaskJobs(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &MaskJobs::onFinished);
}

MaskJobs::~MaskJobs()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void MaskJobs::run(MaskDocument *document, const QString &text, Operation operation)
{
    if (!document)
        return;
    const bool wasBusy = isBusy();
    m_queue.append({document, text, std::move(operation)});
    if (!m_running)
        startNext();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

QString MaskJobs::failureText(const QString &text, const QString &error)
{
    return tr("%1 failed, the mask is unchanged: %2").arg(text, error);
}

void MaskJobs::startNext()
{
    while (!m_queue.isEmpty() && !m_queue.first().document)
        m_queue.removeFirst();
    if (m_queue.isEmpty()) {
        m_running = false;
        return;
    }
    m_current = m_queue.takeFirst();
    m_running = true;
    m_stale = false;
    disconnect(m_watch);
    m_watch = connect(m_current.document, &MaskDocument::changed, this, [this] { m_stale = true; });
    // A stroke still open is part of the mask the operation sees: close it first.
    m_current.document->endStroke();
    const cv::Mat mask = m_current.document->maskCopy();
    const Operation operation = m_current.operation;
    m_watcher.setFuture(runInBackground(QThreadPool::globalInstance(), [mask, operation]() -> Outcome {
        try {
            return Outcome{operation(mask), QString()};
        } catch (const std::exception &e) {
            return Outcome{cv::Mat(), QString::fromLocal8Bit(e.what())};
        } catch (...) {
            return Outcome{cv::Mat(), tr("unknown error")};
        }
    }));
}

void MaskJobs::onFinished()
{
    if (!m_running || m_watcher.isRunning())
        return;
    disconnect(m_watch);
    const Outcome result = m_watcher.future().resultCount() ? m_watcher.result() : Outcome();
    MaskDocument *document = m_current.document;
    if (document && m_stale) {
        // Computed from a mask that is no longer there: once more, on the current one.
        m_queue.prepend(m_current);
        startNext();
        return;
    }
    bool changed = false;
    QString error = result.error;
    if (document && !result.mask.empty()) {
        const MaskDocument::EditResult applied = document->applyMask(result.mask, m_current.text);
        changed = applied == MaskDocument::EditResult::Changed;
        if (applied == MaskDocument::EditResult::Invalid)
            error = tr("the result is not a mask of the image's size");
    }
    const QString text = m_current.text;
    m_current = Job();
    startNext();
    if (document)
        Q_EMIT finished(text, changed, error);
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

void MaskJobs::waitForIdle()
{
    while (m_running) {
        m_watcher.waitForFinished();
        onFinished();
    }
}

void MaskJobs::cancel(MaskDocument *document)
{
    for (int i = m_queue.size() - 1; i >= 0; --i)
        if (m_queue.at(i).document == document)
            m_queue.removeAt(i);
    if (m_running && m_current.document == document)
        m_current.document = nullptr;  // its result will be dropped
}

} // namespace dermask::core
