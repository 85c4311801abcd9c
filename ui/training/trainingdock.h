#pragma once
// The Training panel as a dock of the main window, with its menu: "Training Panel" (Ctrl+T)
// shows it, "Start Training" (Ctrl+Shift+T) and "Stop Training" act on it. The window creates
// one on its ModelWorker, adds it and its menu, and ties it to the viewer:
//   datasetOpened            -> controller()->setSession(session())
//   sampleShown(id)          -> TrainingController::setCurrentSample (predicted each epoch)
//   AutoSaver::saved(i, id)  -> TrainingController::sampleCorrected(id) (enters the next epoch)
//   predictionWritten(index, model, score) -> show that model's predictions, reload the sample
//   activeModelChanged(path) -> the Predict menu's model file

#include "ui/common/datasetsession.h"

#include <QDockWidget>

class QAction;
class QMenu;

namespace dermask::core {
class ModelWorker;
}

namespace dermask::ui {

class TrainingController;
class TrainingPanel;

class TrainingDock : public QDockWidget
{
    Q_OBJECT
public:
    /// Runs on @p worker, the window's one network owner. Starts hidden.
    explicit TrainingDock(core::ModelWorker *worker, QWidget *parent = nullptr);

    TrainingController *controller() const { return m_controller; }
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
    void updateActions();

    TrainingController *m_controller;
    TrainingPanel *m_panel;
    QAction *m_trainAction;
    QAction *m_startAction;
    QAction *m_stopAction;
    QMenu *m_menu;
};

} // namespace dermask::ui
