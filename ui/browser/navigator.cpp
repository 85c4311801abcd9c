#include "ui/browser/navigator.h"

#include "ui/browser/browserwidget.h"
#include "ui/browser/navigation.h"
#include "ui/browser/samplemodel.h"
#include "ui/browser/scorefeed.h"
#include "ui/common/actions.h"
#include "ui/common/currentsample.h"
#include "ui/common/retranslate.h"
#include "ui/common/samplelabels.h"
#include "ui/common/sampleloader.h"
#include "ui/common/toolicons.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace dermask::ui {

Navigator::Navigator(BrowserWidget *browser, SampleModel *model, CurrentSample *current, SampleLoader *loader,
                     ScoreFeed *scores, QWidget *window)
    : QObject(window), m_browser(browser), m_model(model), m_current(current), m_loader(loader),
      m_scores(scores)
{
    m_next = makeAction(window, "next");  // keys and icon: followDirection()
    m_previous = makeAction(window, "previous");
    m_nextUnreviewed = makeAction(window, "nextUnreviewed", {Qt::Key_U});
    m_nextUncertain = makeAction(window, "nextUncertain", {Qt::Key_Y});
    m_nextDisagreement = makeAction(window, "nextDisagreement", {Qt::Key_W});
    m_sortDisagreement = makeAction(window, "sortDisagreement");
    m_sortUncertainty = makeAction(window, "sortUncertainty");
    m_sortId = makeAction(window, "sortId");
    retranslateNowAndOnChange(this, [this] { retranslate(); });
    followDirection(window);
    onLayoutDirectionChange(window, [this, window] { followDirection(window); });

    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_nextUnreviewed, &QAction::triggered, this, &Navigator::nextUnreviewed);
    connect(m_nextUncertain, &QAction::triggered, this, [this] {
        goByRank(Ranking::Uncertainty,
                 [this](int i) -> std::optional<double> {
                     const core::SampleScore &s = m_model->score(i);
                     return s.hasUncertainty ? std::optional<double>(s.uncertainty) : std::nullopt;
                 },
                 tr("No more images with an uncertainty: predict first (Predict ▸ Predict All)."));
    });
    connect(m_nextDisagreement, &QAction::triggered, this, [this] {
        goByRank(Ranking::Disagreement,
                 [this](int i) -> std::optional<double> {
                     const core::SampleScore &s = m_model->score(i);
                     return s.hasDice ? std::optional<double>(1.0 - s.dice) : std::nullopt;
                 },
                 tr("No more images with both a mask and a prediction."));
    });
    connect(m_sortDisagreement, &QAction::triggered, this, [this] {
        sortNeedingScores(
            int(BrowserWidget::Sort::WorstDice),
            tr("Dice needs predictions to compare with: use Predict ▸ Predict All, then sort again."));
    });
    connect(m_sortUncertainty, &QAction::triggered, this, [this] {
        sortNeedingScores(int(BrowserWidget::Sort::MostUncertain),
                          tr("Uncertainty needs predictions: use Predict ▸ Predict All, then sort again."));
    });
    connect(m_sortId, &QAction::triggered, this, [this] { m_browser->sortBy(BrowserWidget::Sort::Id); });

    connect(m_browser, &BrowserWidget::currentChanged, this, [this](int index) {
        m_direction = index >= m_current->index() ? 1 : -1;
        show(index);
    });
    connect(m_browser, &BrowserWidget::orderChanged, this, [this] {
        prefetch();
        updatePosition();
    });
    connect(m_current, &CurrentSample::indexChanged, this, &Navigator::onIndexChanged);
    connect(m_current, &CurrentSample::sessionChanged, this, [this] {
        m_listPosition = -1;
        m_ranking = Ranking::None;
        updatePosition();
        updateActions();
    });
    updateActions();
}

void Navigator::retranslate()
{
    setActionTexts(m_next, tr("&Next Image"), tr("Next image in the list (→ or Page Down)"));
    setActionTexts(m_previous, tr("P&revious Image"), tr("Previous image in the list (← or Page Up)"));
    setActionTexts(m_nextUnreviewed, tr("Next &Unreviewed"),
                   tr("Next image you have neither corrected nor approved (U)"));
    setActionTexts(m_nextUncertain, tr("Next Most Un&certain"),
                   tr("The image the model most likely got wrong, to check first; press again for the "
                      "next one (Y). Measured: as an order to teach the model in, it is no better than "
                      "going through the images in any order"));
    setActionTexts(m_nextDisagreement, tr("Next Largest &Disagreement"),
                   tr("The image where prediction and mask disagree most; press again for the next one (W)"));
    setActionTexts(m_sortDisagreement, tr("Sort by Disagreement"),
                   tr("List the images with the worst Dice first: likely mask errors"));
    setActionTexts(m_sortUncertainty, tr("Sort by Uncertainty"),
                   tr("List the images the model most likely got wrong first"));
    setActionTexts(m_sortId, tr("Sort by Id"));
    // Short toolbar labels; the menus keep the full names.
    m_previous->setIconText(tr("Previous"));
    m_next->setIconText(tr("Next"));
    m_nextUnreviewed->setIconText(tr("Next Unreviewed"));
    m_sortDisagreement->setIconText(tr("Worst Dice First"));
}

void Navigator::followDirection(QWidget *window)
{
    // "Next" follows the reading direction: its arrow points left and the left arrow key runs
    // it in a right-to-left layout.
    const Qt::LayoutDirection direction = window->layoutDirection();
    const bool rtl = direction == Qt::RightToLeft;
    m_next->setShortcuts({rtl ? Qt::Key_Left : Qt::Key_Right, Qt::Key_PageDown});
    m_previous->setShortcuts({rtl ? Qt::Key_Right : Qt::Key_Left, Qt::Key_PageUp});
    QStyle *style = window->style();
    m_next->setIcon(directionalIcon(style->standardIcon(QStyle::SP_ArrowRight), direction));
    m_previous->setIcon(directionalIcon(style->standardIcon(QStyle::SP_ArrowLeft), direction));
}

QList<QAction *> Navigator::goActions() const
{
    return {m_next, m_previous, m_nextUnreviewed, m_nextDisagreement, m_nextUncertain};
}

QList<QAction *> Navigator::sortActions() const
{
    return {m_sortId, m_sortDisagreement, m_sortUncertainty};
}

void Navigator::show(int index)
{
    const core::SessionPtr session = m_current->session();
    if (!session || index < 0 || index >= session->count())
        return;
    m_current->setIndex(index, m_model->status(index));
}

void Navigator::start(int preferred)
{
    m_direction = 1;
    show(preferred >= 0 ? preferred : m_browser->order().value(0, 0));
    m_browser->focusList();
}

void Navigator::onIndexChanged(int index)
{
    m_browser->setCurrentIndex(index);
    prefetch();
    updatePosition();
}

void Navigator::goTo(int index, const QString &noneMessage)
{
    if (index < 0) {
        Q_EMIT message(noneMessage, 5000);
        return;
    }
    show(index);
}

void Navigator::step(int step)
{
    if (!m_current->session())
        return;
    const int current = m_current->index();
    const QVector<int> order = m_browser->order();
    int target = neighbourOf(order, current, step);
    // The image on screen left the filtered list (approved under "Unreviewed"): carry on
    // from where it was, not from the top.
    if (!order.contains(current) && m_listPosition >= 0 && !order.isEmpty())
        target = order.at(std::clamp(step > 0 ? m_listPosition : m_listPosition - 1, 0, int(order.size()) - 1));
    m_direction = step >= 0 ? 1 : -1;
    if (target == current) {
        Q_EMIT message(step > 0 ? tr("This is the last image in the list.")
                                : tr("This is the first image in the list."),
                       3000);
        return;
    }
    goTo(target, tr("No images in the list."));
}

void Navigator::nextUnreviewed()
{
    if (!m_current->session())
        return;
    m_direction = 1;
    goTo(nextMatching(m_browser->order(), m_current->index(),
                      [this](int i) { return SampleLabels::isUnreviewed(m_model->status(i)); }),
         tr("Every image in the list has been reviewed."));
}

void Navigator::goByRank(Ranking ranking, const std::function<std::optional<double>(int)> &key,
                         const QString &noneMessage)
{
    if (!m_current->session())
        return;
    m_direction = 1;
    const int current = m_current->index();
    const QVector<int> order = m_browser->order();
    // Continue down the ranking only when the user is walking it; otherwise start at the top.
    const bool walking = m_ranking == ranking && m_rankingAt == current;
    int target = nextByRank(order, walking ? current : -1, key);
    if (target == current)
        target = nextByRank(order, current, key);
    m_ranking = ranking;
    m_rankingAt = target;
    goTo(target, noneMessage);
}

void Navigator::sortNeedingScores(int sort, const QString &hint)
{
    m_browser->sortBy(BrowserWidget::Sort(sort));
    if (!m_scores->isRunning() && !m_model->hasScores())
        Q_EMIT message(hint, 8000);
}

void Navigator::prefetch()
{
    const int index = m_current->index();
    if (!m_current->session() || index < 0)
        return;
    const QVector<int> order = m_browser->order();
    const int position = int(order.indexOf(index));
    if (position < 0)
        return;
    // Two ahead in the direction of travel, one behind.
    QVector<int> wanted;
    for (int offset : {m_direction, 2 * m_direction, -m_direction}) {
        const int p = position + offset;
        if (p >= 0 && p < order.size())
            wanted.append(order.at(p));
    }
    m_loader->prefetch(wanted);
}

void Navigator::updatePosition()
{
    const int index = m_current->index();
    if (!m_current->session() || index < 0) {
        Q_EMIT positionChanged(-1, -1);
        return;
    }
    const QVector<int> order = m_browser->order();
    const int position = int(order.indexOf(index));
    if (position >= 0)
        m_listPosition = position;
    Q_EMIT positionChanged(position, int(order.size()));
}

void Navigator::updateActions()
{
    const core::SessionPtr session = m_current->session();
    const bool open = session && session->count() > 0;
    for (QAction *action : goActions() + sortActions())
        action->setEnabled(open);
}

} // namespace dermask::ui
