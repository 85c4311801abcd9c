#pragma once
// The browser's Dice and uncertainty columns follow the model shown: when the dataset or the
// model on screen changes, every sample is scored again in the background
// (core::ScoreCollector) and the rows fill in batches; a new prediction or an edited mask
// updates its one row.

#include "core/session/samplescore.h"

#include <QObject>

namespace dermask::core {
class ScoreCollector;
}

namespace dermask::ui {

class BrowserWidget;
class CurrentSample;
class SampleModel;

class ScoreFeed : public QObject
{
    Q_OBJECT
public:
    ScoreFeed(SampleModel *model, BrowserWidget *browser, CurrentSample *current, QObject *parent = nullptr);

    /// Sample @p index has a new @p score (a prediction was written).
    void setScore(int index, const core::SampleScore &score);
    /// Sample @p index's mask changed: its Dice and IoU against the prediction are now these.
    void setAgreement(int index, double dice, double iou);
    /// True while samples are being scored.
    bool isRunning() const;

Q_SIGNALS:
    /// Every sample has been scored against the model shown.
    void updated();

private:
    void restart();

    SampleModel *m_model;
    BrowserWidget *m_browser;
    CurrentSample *m_current;
    core::ScoreCollector *m_collector;
};

} // namespace dermask::ui
