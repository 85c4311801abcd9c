#pragma once
// Every command of the main window as a QAction (text, shortcut, tooltip), and the menus and
// toolbar made of them. The window connects them; keeping them here keeps it short.

#include <QCoreApplication>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace dermask::ui {

struct MainActions
{
    Q_DECLARE_TR_FUNCTIONS(MainActions)

public:
    explicit MainActions(QMainWindow *window);
    /// Builds the menu bar and the toolbar. @p recentMenu is filled by the window.
    void buildMenus(QMainWindow *window);

    // File
    QAction *open = nullptr;
    QAction *openSample = nullptr;
    QAction *problems = nullptr;
    QAction *quit = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *fileMenu = nullptr;
    QMenu *viewMenu = nullptr;
    // View
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *fit = nullptr;
    QAction *actualSize = nullptr;
    QAction *showTruth = nullptr;
    QAction *showPrediction = nullptr;
    QAction *difference = nullptr;
    QAction *heatMap = nullptr;
    QAction *truthFill = nullptr;
    QAction *predictionFill = nullptr;
    // Go
    QAction *next = nullptr;
    QAction *previous = nullptr;
    QAction *nextUnreviewed = nullptr;
    QAction *nextUncertain = nullptr;
    QAction *nextDisagreement = nullptr;
    QAction *sortDisagreement = nullptr;
    QAction *sortUncertainty = nullptr;
    QAction *sortId = nullptr;
    // Review
    QAction *approve = nullptr;
    // Predict
    QAction *chooseModel = nullptr;
    QAction *predictOne = nullptr;
    QAction *predictAll = nullptr;
    QAction *cancelPrediction = nullptr;
    // Help
    QAction *shortcuts = nullptr;
    QAction *about = nullptr;

    QToolBar *toolBar = nullptr;
};

} // namespace dermask::ui
