#pragma once
/// @file Work off the GUI thread with its result handed back. Every hand-off goes through
/// here, so that ThreadSanitizer sees it (core/util/handoff.h): runInBackground() for the job,
/// Watcher for its result.

#include "core/util/handoff.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/qtconcurrentrun.h>
#include <functional>
#include <memory>

namespace dermask::core {

/// QtConcurrent::run(@p pool, @p job) for a job that returns its result: what the caller wrote
/// before is the job's to read, and what the job wrote is the reader's of its result.
template <typename Job>
auto runInBackground(QThreadPool *pool, Job job)
{
    // Qt moves the task's function before calling it, and moving a closure copies what it
    // captured as const: held behind a pointer, nothing of the job is touched before takeOver().
    auto held = std::make_shared<Job>(std::move(job));
    handOver();
    return QtConcurrent::run(pool, [held]() mutable {
        takeOver();
        auto result = (*held)();
        handOver();
        return result;
    });
}

/// runInBackground() for a job that reports through a QPromise<T>&: it calls handOver() just
/// before each QPromise::addResult().
template <typename T, typename Job>
auto runReporting(QThreadPool *pool, Job job)
{
    auto held = std::make_shared<Job>(std::move(job));
    handOver();
    return QtConcurrent::run(pool, [held](QPromise<T> &promise) {
        takeOver();
        (*held)(promise);
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
