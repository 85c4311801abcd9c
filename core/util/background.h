#pragma once
/// @file Work off the GUI thread with its result handed back: the one QFutureWatcher pattern.

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/qtconcurrentrun.h>
#include <functional>

namespace dermask::core {

/// Runs @p job on @p pool and hands its result to @p done on @p owner's thread. Nothing is
/// delivered once @p owner is gone (the watcher is its child).
template <typename T>
void runThen(QObject *owner, QThreadPool *pool, std::function<T()> job, std::function<void(const T &)> done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(job)));
}

} // namespace dermask::core
