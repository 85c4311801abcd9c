#pragma once
// Every editing command as a QAction (text, shortcut, tooltip naming it and its key): undo and
// redo, the tools, the brush size, accepting the prediction, the clean-up actions, revert, and
// Export. The Edit and Tools menus and the tool strip beside the canvas are made of them.

#include <QCoreApplication>
#include <QList>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;
class QWidget;

namespace dermask::ui {

struct EditActions
{
    Q_DECLARE_TR_FUNCTIONS(EditActions)

public:
    explicit EditActions(QMainWindow *window);
    /// Adds the Edit and Tools menus before @p before (the View menu's action) and Export to
    /// @p fileMenu before @p fileAnchor.
    void buildMenus(QMainWindow *window, QAction *before, QMenu *fileMenu, QAction *fileAnchor);
    /// The vertical strip of tools beside the canvas.
    QToolBar *makeToolStrip(QWidget *parent);

    /// "Undo Brush 12 px" / "Undo" when @p step is empty (and the same for redo).
    static QString undoText(const QString &step);
    static QString redoText(const QString &step);

    QAction *undo = nullptr;
    QAction *redo = nullptr;

    // Tools: exactly one is checked. Pan is "no tool": left drag pans.
    QActionGroup *toolGroup = nullptr;
    QAction *toolPan = nullptr;
    QAction *toolBrush = nullptr;
    QAction *toolEraser = nullptr;
    QAction *toolLasso = nullptr;
    QAction *toolFlood = nullptr;
    QAction *toolGrabCut = nullptr;
    QAction *toolPredictionLasso = nullptr;
    QList<QAction *> tools;
    /// Esc: drops a half-drawn lasso or GrabCut box, else goes back to Pan/View.
    QAction *escape = nullptr;
    QAction *brushSmaller = nullptr;
    QAction *brushBigger = nullptr;

    QAction *acceptPrediction = nullptr;
    QAction *fillHoles = nullptr;
    QAction *removeIslands = nullptr;
    QAction *keepLargest = nullptr;
    QAction *smooth = nullptr;
    QAction *grow = nullptr;
    QAction *shrink = nullptr;
    QAction *revert = nullptr;
    /// Everything that changes the mask at once (enabled together).
    QList<QAction *> maskActions;

    QAction *exportData = nullptr;
};

} // namespace dermask::ui
