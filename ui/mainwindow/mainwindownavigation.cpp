// MainWindow's navigation: previous/next in the browser's order, and the jumps to the next
// unreviewed, most uncertain and largest-disagreement images. Kept apart from the window's
// set-up so each file does one thing.

#include "ui/mainwindow/mainwindow.h"

#include "ui/browser/browserwidget.h"
#include "ui/browser/navigation.h"
#include "ui/browser/samplemodel.h"

#include <QStatusBar>

#include <algorithm>
#include <optional>

namespace dermask::ui {

void MainWindow::goTo(int index, const QString &noneMessage)
{
    if (index < 0) {
        statusBar()->showMessage(noneMessage, 5000);
        return;
    }
    showSample(index);
}

void MainWindow::goStep(int step)
{
    if (!m_session)
        return;
    const QVector<int> order = m_browser->order();
    int target = neighbourOf(order, m_current, step);
    // The image on screen left the filtered list (approved under "Unreviewed"): carry on
    // from where it was, not from the top.
    if (!order.contains(m_current) && m_listPosition >= 0 && !order.isEmpty())
        target = order.at(std::clamp(step > 0 ? m_listPosition : m_listPosition - 1, 0, int(order.size()) - 1));
    m_direction = step >= 0 ? 1 : -1;
    if (target == m_current) {
        statusBar()->showMessage(step > 0 ? tr("This is the last image in the list.")
                                          : tr("This is the first image in the list."), 3000);
        return;
    }
    goTo(target, tr("No images in the list."));
}

void MainWindow::goNextUnreviewed()
{
    if (!m_session)
        return;
    m_direction = 1;
    goTo(nextMatching(m_browser->order(), m_current,
                      [this](int i) { return SampleModel::isUnreviewed(m_model->status(i)); }),
         tr("Every image in the list has been reviewed."));
}

void MainWindow::goByRank(Ranking ranking, const std::function<std::optional<double>(int)> &key,
                          const QString &noneMessage)
{
    if (!m_session)
        return;
    m_direction = 1;
    const QVector<int> order = m_browser->order();
    // Continue down the ranking only when the user is walking it; otherwise start at the top.
    const bool walking = m_ranking == ranking && m_rankingAt == m_current;
    int target = nextByRank(order, walking ? m_current : -1, key);
    if (target == m_current)
        target = nextByRank(order, m_current, key);
    m_ranking = ranking;
    m_rankingAt = target;
    goTo(target, noneMessage);
}

void MainWindow::goNextUncertain()
{
    goByRank(Ranking::Uncertainty,
             [this](int i) -> std::optional<double> {
                 const SampleScore &s = m_model->score(i);
                 return s.hasUncertainty ? std::optional<double>(s.uncertainty) : std::nullopt;
             },
             tr("No more images with an uncertainty: predict first (Predict ▸ Predict All)."));
}

void MainWindow::goNextDisagreement()
{
    goByRank(Ranking::Disagreement,
             [this](int i) -> std::optional<double> {
                 const SampleScore &s = m_model->score(i);
                 return s.hasDice ? std::optional<double>(1.0 - s.dice) : std::nullopt;
             },
             tr("No more images with both a mask and a prediction."));
}

} // namespace dermask::ui
