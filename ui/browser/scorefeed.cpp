#include "ui/browser/scorefeed.h"

#include "core/session/scorecollector.h"
#include "ui/browser/browserwidget.h"
#include "ui/browser/samplemodel.h"
#include "ui/common/currentsample.h"

namespace dermask::ui {

ScoreFeed::ScoreFeed(SampleModel *model, BrowserWidget *browser, CurrentSample *current, QObject *parent)
    : QObject(parent), m_model(model), m_browser(browser), m_current(current),
      m_collector(new core::ScoreCollector(this))
{
    connect(m_collector, &core::ScoreCollector::scoresReady, this,
            [this](const QHash<int, core::SampleScore> &scores) {
                m_model->setScores(scores);
                m_browser->refreshColumns();
            });
    connect(m_collector, &core::ScoreCollector::finished, this, [this] {
        m_browser->refreshColumns();
        Q_EMIT updated();
    });
    connect(m_current, &CurrentSample::sessionChanged, this, &ScoreFeed::restart);
    connect(m_current, &CurrentSample::modelChanged, this, [this] {
        m_model->clearScores();
        m_browser->refreshColumns();
        restart();
    });
}

void ScoreFeed::restart()
{
    m_collector->start(m_current->session(), m_current->model());
}

bool ScoreFeed::isRunning() const
{
    return m_collector->isRunning();
}

void ScoreFeed::setScore(int index, const core::SampleScore &score)
{
    m_model->setScores({{index, score}});
    m_browser->refreshColumns();
}

void ScoreFeed::setAgreement(int index, double dice, double iou)
{
    core::SampleScore score = m_model->score(index);
    score.hasDice = true;
    score.dice = dice;
    score.iou = iou;
    m_model->setScores({{index, score}});
}

} // namespace dermask::ui
