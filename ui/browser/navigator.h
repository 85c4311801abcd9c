#pragma once
// Moving between images in the order the browser shows: previous and next (the arrow keys,
// mirrored in right-to-left layouts), the jumps to the next unreviewed image, the most
// uncertain and the largest disagreement (walking down that ranking while the user keeps
// jumping), the sort commands, and the neighbours to decode ahead in the direction of travel.
// It owns the Go commands; what is shown is the CurrentSample it moves.

#include <QObject>
#include <QVector>
#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace dermask::ui {

class BrowserWidget;
class CurrentSample;
class SampleLoader;
class SampleModel;
class ScoreFeed;

class Navigator : public QObject
{
    Q_OBJECT
public:
    /// The Go actions are added to @p window.
    Navigator(BrowserWidget *browser, SampleModel *model, CurrentSample *current, SampleLoader *loader,
              ScoreFeed *scores, QWidget *window);

    /// Shows sample @p index (selects it in the browser; its layers are decoded if needed).
    void show(int index);
    /// A dataset was opened: shows @p preferred (the image of the last visit) or the first.
    void start(int preferred);

    /// next, previous, next unreviewed, next largest disagreement, next most uncertain.
    QList<QAction *> goActions() const;
    /// Sort by id, by disagreement, by uncertainty.
    QList<QAction *> sortActions() const;
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *nextUnreviewedAction() const { return m_nextUnreviewed; }
    QAction *sortDisagreementAction() const { return m_sortDisagreement; }

Q_SIGNALS:
    /// "12 of 200" in the list shown; @p position -1: the image is filtered out of the list;
    /// @p total -1: nothing shown.
    void positionChanged(int position, int total);
    /// A line for the status bar (the end of the list, nothing to jump to).
    void message(const QString &text, int timeoutMs);

private:
    enum class Ranking { None, Uncertainty, Disagreement };
    void retranslate();
    /// The arrows (icons and keys) of next and previous, for @p window's layout direction.
    void followDirection(QWidget *window);
    void onIndexChanged(int index);
    void goTo(int index, const QString &noneMessage);
    void step(int step);
    void nextUnreviewed();
    /// Walks a ranking: the top first, then down it while the user keeps jumping.
    void goByRank(Ranking ranking, const std::function<std::optional<double>(int)> &key,
                  const QString &noneMessage);
    void sortNeedingScores(int sort, const QString &hint);
    void prefetch();
    void updatePosition();
    void updateActions();

    BrowserWidget *m_browser;
    SampleModel *m_model;
    CurrentSample *m_current;
    SampleLoader *m_loader;
    ScoreFeed *m_scores;

    QAction *m_next;
    QAction *m_previous;
    QAction *m_nextUnreviewed;
    QAction *m_nextUncertain;
    QAction *m_nextDisagreement;
    QAction *m_sortDisagreement;
    QAction *m_sortUncertainty;
    QAction *m_sortId;

    int m_direction = 1;           ///< last step direction, for prefetching
    int m_listPosition = -1;       ///< where the current image last was in the list shown
    Ranking m_ranking = Ranking::None;  ///< the ranking the last jump walked
    int m_rankingAt = -1;          ///< where that jump landed
};

} // namespace dermask::ui
