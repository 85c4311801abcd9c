#include "ui/training/trainingdock.h"

#include "core/learning/trainingcontroller.h"
#include "ui/common/actions.h"
#include "ui/common/retranslate.h"
#include "ui/training/trainingpanel.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <algorithm>

namespace dermask::ui {

TrainingDock::TrainingDock(core::ModelWorker *worker, QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("trainingDock"));
    // Closable, unlike the viewer's docks: training is an occasional task, Ctrl+T brings it back.
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                | QDockWidget::DockWidgetClosable);
    m_controller = new core::TrainingController(worker, this);
    m_panel = new TrainingPanel(m_controller, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tall content scrolls; width does not: the dock is as wide as the panel needs.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(std::max(m_panel->minimumWidth(), m_panel->minimumSizeHint().width())
                            + scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    setWidget(scroll);

    m_trainAction = new QAction(this);
    m_trainAction->setObjectName(QStringLiteral("showTraining"));
    m_trainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_startAction = new QAction(this);
    m_startAction->setObjectName(QStringLiteral("startTraining"));
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_stopAction = new QAction(this);
    m_stopAction->setObjectName(QStringLiteral("stopTraining"));
    m_menu = new QMenu(parent ? parent : this);  // owned by someone even without a window
    m_menu->addAction(m_trainAction);
    m_menu->addSeparator();
    m_menu->addAction(m_startAction);
    m_menu->addAction(m_stopAction);
    // Shortcuts work while the dock is hidden, and before the menu is in a menu bar.
    if (parent)
        parent->addActions({m_trainAction, m_startAction, m_stopAction});

    connect(m_trainAction, &QAction::triggered, this, &TrainingDock::showPanel);
    connect(m_startAction, &QAction::triggered, this, [this] {
        showPanel();
        m_panel->startTraining();
    });
    connect(m_stopAction, &QAction::triggered, m_panel, &TrainingPanel::stopTraining);
    connect(m_controller, &core::TrainingController::changed, this, &TrainingDock::updateActions);
    hide();
    updateActions();
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

void TrainingDock::retranslate()
{
    setWindowTitle(tr("Training"));
    setActionTexts(m_trainAction, tr("&Training Panel"),
                   tr("Train a network on your masks, or fine-tune the active model (Ctrl+T)"));
    m_trainAction->setIconText(tr("Train"));
    setActionTexts(m_startAction, tr("&Start Training"),
                   tr("Start training with the settings of the Training panel"));
    setActionTexts(m_stopAction, tr("Sto&p Training"),
                   tr("Stop after the current batch and keep the best model so far"));
    m_menu->setTitle(tr("&Train"));
}

void TrainingDock::showPanel()
{
    show();
    raise();
    if (m_panel->startButton()->isEnabled())
        m_panel->startButton()->setFocus(Qt::ShortcutFocusReason);
}

void TrainingDock::updateActions()
{
    const core::TrainingController::State state = m_controller->state();
    m_startAction->setEnabled(state == core::TrainingController::State::Idle
                              && m_controller->blocker().isEmpty());
    m_stopAction->setEnabled(state == core::TrainingController::State::Preparing
                             || state == core::TrainingController::State::Training);
}

} // namespace dermask::ui
