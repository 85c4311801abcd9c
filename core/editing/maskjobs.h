#pragma once
/// @file Whole-mask operations (clean-up, accepting the prediction) run off the GUI thread on a copy
/// of the mask; the result becomes one undo step. If the mask changed meanwhile (a stroke, an
/// undo), the operation runs again on the new mask, so no edit is ever overwritten by a result
/// computed from an older mask. One job at a time; the others wait their turn. An operation that
/// throws (OpenCV on an odd mask, memory running out) changes nothing and is reported with
/// what it said.

#include "core/util/background.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <opencv2/core.hpp>

namespace dermask::core {

class MaskDocument;

class MaskJobs : public QObject
{
    Q_OBJECT
public:
    /// An operation on a 0/255 mask; runs on a worker thread, so it must only read its input.
    using Operation = std::function<cv::Mat(const cv::Mat &)>;

    explicit MaskJobs(QObject *parent = nullptr);
    ~MaskJobs() override;

    /// Runs @p operation on @p document's mask; the result is pushed as the step @p text.
    void run(MaskDocument *document, const QString &text, Operation operation);
    /// The status line for a job @p text that failed with @p error.
    static QString failureText(const QString &text, const QString &error);
    bool isBusy() const { return m_running || !m_queue.isEmpty(); }
    /// Blocks until every queued job is applied (tests, shutdown).
    void waitForIdle();
    /// Drops queued and running jobs of @p document (it is going away).
    void cancel(MaskDocument *document);

Q_SIGNALS:
    /// @p text ran on @p document's mask; @p changed is false when it changed nothing.
    /// @p error says why when the operation failed (threw) instead.
    void finished(const QString &text, bool changed, const QString &error);
    void busyChanged(bool busy);

private:
    struct Job
    {
        QPointer<MaskDocument> document;
        QString text;
        Operation operation;
    };
    void startNext();
    void onFinished();

    QList<Job> m_queue;
    Job m_current;
    bool m_running = false;
    bool m_stale = false;  ///< the mask changed while the current job ran
    QMetaObject::Connection m_watch;
    struct Outcome
    {
        cv::Mat mask;
        QString error;
    };
    Watcher<Outcome> m_watcher;
};

} // namespace dermask::core
