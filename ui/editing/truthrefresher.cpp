#include "ui/editing/truthrefresher.h"

#include "core/mask/maskdocument.h"

#include <QVariant>
#include <QtConcurrent/qtconcurrentrun.h>

namespace dermask::ui {

namespace {

constexpr int kDelayMs = 150;

} // namespace

TruthRefresher::TruthRefresher(QObject *parent) : QObject(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &TruthRefresher::start);
    connect(&m_watcher, &QFutureWatcher<LoadedSamplePtr>::finished, this, &TruthRefresher::onFinished);
}

TruthRefresher::~TruthRefresher()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void TruthRefresher::follow(core::MaskDocument *document, LoadedSamplePtr base, bool now)
{
    stop();
    m_document = document;
    m_base = std::move(base);
    if (!m_document || !m_base)
        return;
    m_connection = connect(m_document, &core::MaskDocument::changed, this, &TruthRefresher::schedule);
    if (now)
        start();
}

void TruthRefresher::stop()
{
    disconnect(m_connection);
    m_delay.stop();
    m_again = false;
    ++m_generation;
    m_document = nullptr;
    m_base.reset();
}

void TruthRefresher::schedule()
{
    m_delay.start();
}

void TruthRefresher::start()
{
    if (!m_document || !m_base)
        return;
    if (m_document->isStroking()) {
        m_delay.start();  // remake once the drag has ended
        return;
    }
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const LoadedSamplePtr base = m_base;
    const cv::Mat mask = m_document->maskCopy();
    m_watcher.setProperty("generation", QVariant::fromValue(m_generation));
    m_watcher.setFuture(core::runInBackground(QThreadPool::globalInstance(), [base, mask]() -> LoadedSamplePtr { return withTruth(*base, mask); }));
}

void TruthRefresher::onFinished()
{
    if (m_watcher.isRunning() || m_watcher.future().resultCount() == 0)
        return;
    const LoadedSamplePtr sample = m_watcher.result();
    const bool current = m_watcher.property("generation").toULongLong() == m_generation;
    m_watcher.setFuture(QFuture<LoadedSamplePtr>());
    if (!current)
        return;
    m_base = sample;
    Q_EMIT refreshed(sample);
    if (m_again) {
        m_again = false;
        start();
    }
}

void TruthRefresher::waitForIdle()
{
    for (int round = 0; round < 100; ++round) {
        if (m_delay.isActive()) {
            m_delay.stop();
            start();
        }
        if (!m_watcher.isRunning() && m_watcher.future().resultCount() == 0 && !m_delay.isActive())
            return;
        m_watcher.waitForFinished();
        onFinished();
    }
}

} // namespace dermask::ui
