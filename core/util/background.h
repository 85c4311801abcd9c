#pragma once
/// @file Work off the GUI thread with its result handed back. Every hand-off goes through
/// here, so that ThreadSanitizer sees it (core/util/handoff.h): runInBackground() for the job,
/// Watcher for its result.

#include "core/util/handoff.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/qtconcurrentrun.h>
#include <functional>

namespace dermask::core {

/// QtConcurrent::run(@p pool, @p job) for a job that returns its result: what the caller wrote
/// before is the job's to read, and what the job wrote is the reader's of its result.
template <typename Job>
auto runInBackground(QThreadPool *pool, Job job)
{
    handOver();
    return QtConcurrent::run(pool, [job = std::move(job)]() mutable {
        takeOver();
        auto result = job();
        handOver();
        return result;
    });
}

/// A QFutureWatcher whose result and progress are read on its thread after the job that
/// made them: each event it gets stands for the hand-back.
template <typename T>
class Watcher : public QFutureWatcher<T>
{
public:
    using QFutureWatcher<T>::QFutureWatcher;

protected:
    bool event(QEvent *event) override
    {
        takeOver();
        return QFutureWatcher<T>::event(event);
    }
};

/// Runs @p job on @p pool and hands its result to @p done on @p owner's thread. Nothing is
/// delivered once @p owner is gone (the watcher is its child).
template <typename T>
void runThen(QObject *owner, QThreadPool *pool, std::function<T()> job, std::function<void(const T &)> done)
{
    auto *watcher = new Watcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(runInBackground(pool, std::move(job)));
}

} // namespace dermask::core
