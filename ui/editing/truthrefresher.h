#pragma once
// Keeps the shown sample's truth layer (coverage pyramid, outlines, area, Dice against the
// prediction) in step with the mask being edited. The canvas draws the edited pixels live;
// this remakes the rest in the background shortly after each edit (150 ms after a change, once
// a drag has ended), so outlines, the difference view, the facts panel and the browser's Dice
// follow the correction.

#include "core/util/background.h"
#include "ui/common/loadedsample.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace dermask::core {
class MaskDocument;
}

namespace dermask::ui {

class TruthRefresher : public QObject
{
    Q_OBJECT
public:
    explicit TruthRefresher(QObject *parent = nullptr);
    ~TruthRefresher() override;

    /// Follows @p document, whose image is @p base; with @p now, remakes the truth at once
    /// (the document was edited before @p base was loaded).
    void follow(core::MaskDocument *document, LoadedSamplePtr base, bool now);
    void stop();
    /// Blocks until no remake is pending or running (tests).
    void waitForIdle();

Q_SIGNALS:
    /// @p sample is the followed sample with the document's current mask as its truth.
    void refreshed(dermask::ui::LoadedSamplePtr sample);

private:
    void schedule();
    void start();
    void onFinished();

    QPointer<core::MaskDocument> m_document;
    LoadedSamplePtr m_base;
    QMetaObject::Connection m_connection;
    QTimer m_delay;
    bool m_again = false;       ///< changed while a remake ran
    quint64 m_generation = 0;   ///< bumped by follow()/stop(): older results are dropped
    core::Watcher<LoadedSamplePtr> m_watcher;
};

} // namespace dermask::ui
