#pragma once
// The Training panel as a dock of the main window, with its menu: "Training Panel" (Ctrl+T)
// shows it, "Start Training" (Ctrl+Shift+T) and "Stop Training" act on it. The work is its
// core::TrainingController's, on the window's ModelWorker; the window ties that to the viewer:
// the dataset shown is trained on, the image shown is predicted after each epoch, each saved
// correction enters the next epoch, and the predictions and the model a run makes are shown.

#include <QDockWidget>

class QAction;
class QMenu;

namespace dermask::core {
class ModelWorker;
class TrainingController;
}

namespace dermask::ui {

class TrainingPanel;

class TrainingDock : public QDockWidget
{
    Q_OBJECT
public:
    /// Runs on @p worker, the window's one network owner. Starts hidden.
    explicit TrainingDock(core::ModelWorker *worker, QWidget *parent = nullptr);

    core::TrainingController *controller() const { return m_controller; }
    TrainingPanel *panel() const { return m_panel; }

    /// Shows and raises the panel (Ctrl+T).
    QAction *trainAction() const { return m_trainAction; }
    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }
    /// "&Train": the three actions.
    QMenu *menu() const { return m_menu; }

public Q_SLOTS:
    /// Shows the dock in front and puts the focus on Start.
    void showPanel();

private:
    void retranslate();
    void updateActions();

    core::TrainingController *m_controller;
    TrainingPanel *m_panel;
    QAction *m_trainAction;
    QAction *m_startAction;
    QAction *m_stopAction;
    QMenu *m_menu;
};

} // namespace dermask::ui
