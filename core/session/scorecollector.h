#pragma once
/// @file Scores every sample against one model's predictions in the background (Dice, IoU,
/// uncertainty) and hands them over in batches, so the browser sorts the whole dataset by
/// disagreement without decoding anything on the GUI thread.

#include "core/session/samplescore.h"
#include "core/util/background.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <utility>

namespace dermask::core {

class ScoreCollector : public QObject
{
    Q_OBJECT
public:
    explicit ScoreCollector(QObject *parent = nullptr);
    ~ScoreCollector() override;

    /// Scores all samples of @p session against @p model (cancelling any earlier run).
    void start(SessionPtr session, const QString &model);
    /// Scores only @p indices (after new predictions were written).
    void update(SessionPtr session, const QString &model, const QVector<int> &indices);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void scoresReady(const QHash<int, dermask::core::SampleScore> &scores);
    void finished();

private:
    using Result = std::pair<int, SampleScore>;
    void run(SessionPtr session, const QString &model, QVector<int> indices);
    void flush();

    QThreadPool m_pool;
    Watcher<Result> m_watcher;
    QHash<int, SampleScore> m_pending;
    QTimer m_flush;
};

} // namespace dermask::core
