#include "ui/editing/editactions.h"

#include "ui/tools/toolicons.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace dermask::ui {

namespace {

/// "Brush (B)": tooltips name the command and its first key.
QString tipWithKey(const QString &tip, const QKeySequence &key)
{
    return key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText));
}

QAction *make(QMainWindow *w, const QString &text, const QList<QKeySequence> &keys, const QString &tip)
{
    auto *action = new QAction(text, w);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    const QString full = tipWithKey(tip, keys.value(0));
    action->setToolTip(full);
    action->setStatusTip(full);
    w->addAction(action);
    return action;
}

} // namespace

EditActions::EditActions(QMainWindow *w)
{
    undo = make(w, undoText(QString()), {QKeySequence::Undo}, tr("Undo the last change to the mask"));
    redo = make(w, redoText(QString()),
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
                tr("Redo the change undone last"));

    toolGroup = new QActionGroup(w);
    toolGroup->setExclusive(true);
    auto tool = [&](const QString &text, const QString &icon, const QList<QKeySequence> &keys, const QString &tip) {
        QAction *a = make(w, text, keys, tip);
        a->setCheckable(true);
        a->setIcon(toolIcon(icon));
        toolGroup->addAction(a);
        tools.append(a);
        return a;
    };
    toolPan = tool(tr("&Pan/View"), QStringLiteral("pan"), {Qt::Key_V},
                   tr("Pan/View: drag to move the image, wheel to zoom; the mask is not changed. Esc also comes back here"));
    toolBrush = tool(tr("&Brush"), QStringLiteral("brush"), {Qt::Key_B},
                     tr("Brush: drag to paint lesion, right-drag to erase; [ and ] or Ctrl+wheel change the size"));
    toolEraser = tool(tr("&Eraser"), QStringLiteral("eraser"), {Qt::Key_E},
                      tr("Eraser: drag to erase, right-drag to paint; [ and ] or Ctrl+wheel change the size"));
    toolLasso = tool(tr("&Lasso Fill"), QStringLiteral("lasso"), {Qt::Key_L},
                     tr("Lasso fill: drag a loop (or click corners) to add it to the mask; right button or Alt subtracts"));
    toolFlood = tool(tr("&Flood Fill"), QStringLiteral("flood"), {Qt::Key_G},
                     tr("Flood fill: click a region to fill it with lesion, right-click to clear it"));
    toolGrabCut = tool(tr("&GrabCut"), QStringLiteral("grabcut"), {Qt::Key_C},
                       tr("GrabCut: drag a box around the lesion; then paint inside with the left (lesion) or right (skin) button to refine"));
    toolPredictionLasso = tool(tr("Prediction &Lasso"), QStringLiteral("predictionlasso"),
                               {QKeySequence(Qt::SHIFT | Qt::Key_L)},
                               tr("Prediction lasso: the thresholded prediction replaces the mask inside the loop you draw"));
    toolPan->setChecked(true);
    // Short names for the tool strip.
    toolPan->setIconText(tr("Pan"));
    toolBrush->setIconText(tr("Brush"));
    toolEraser->setIconText(tr("Eraser"));
    toolLasso->setIconText(tr("Lasso"));
    toolFlood->setIconText(tr("Fill"));
    toolGrabCut->setIconText(tr("GrabCut"));
    toolPredictionLasso->setIconText(tr("Pred. lasso"));

    escape = make(w, tr("Cancel / Pan"), {Qt::Key_Escape},
                  tr("Drop a half-drawn lasso or GrabCut box; otherwise back to Pan/View"));
    brushSmaller = make(w, tr("Smaller Brush"), {Qt::Key_BracketLeft}, tr("Make the brush smaller"));
    brushBigger = make(w, tr("Bigger Brush"), {Qt::Key_BracketRight}, tr("Make the brush bigger"));

    acceptPrediction = make(w, tr("&Accept Prediction"), {QKeySequence(Qt::SHIFT | Qt::Key_A)},
                            tr("Replace the whole mask by the prediction at the chosen threshold"));
    fillHoles = make(w, tr("Fill &Holes"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
                     tr("Fill the holes inside the lesion"));
    removeIslands = make(w, tr("Remove &Islands"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
                         tr("Remove lesion specks smaller than the chosen area"));
    keepLargest = make(w, tr("&Keep Largest Region"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
                       tr("Keep only the largest lesion region"));
    smooth = make(w, tr("&Smooth Outline"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
                  tr("Round off the outline (radius: the chosen pixels)"));
    grow = make(w, tr("&Grow"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
                tr("Grow the mask by the chosen pixels"));
    shrink = make(w, tr("Shrin&k"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                  tr("Shrink the mask by the chosen pixels"));
    revert = make(w, tr("&Revert to Source Mask"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                  tr("Put back the dataset's own mask (undoable)"));
    maskActions = {acceptPrediction, fillHoles, removeIslands, keepLargest, smooth, grow, shrink, revert};
    // Short names for the Edit panel's buttons.
    acceptPrediction->setIconText(tr("Accept Prediction"));
    keepLargest->setIconText(tr("Keep Largest"));
    smooth->setIconText(tr("Smooth"));
    revert->setIconText(tr("Revert to Source Mask"));

    exportData = make(w, tr("&Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                      tr("Write masks, predictions, overlays or metrics to a folder"));
}

QString EditActions::undoText(const QString &step)
{
    return step.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(step);
}

QString EditActions::redoText(const QString &step)
{
    return step.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(step);
}

void EditActions::buildMenus(QMainWindow *w, QAction *before, QMenu *fileMenu, QAction *fileAnchor)
{
    QMenuBar *bar = w->menuBar();
    auto *edit = new QMenu(tr("&Edit"), bar);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(acceptPrediction);
    QMenu *cleanup = edit->addMenu(tr("&Clean Up"));
    cleanup->addAction(fillHoles);
    cleanup->addAction(removeIslands);
    cleanup->addAction(keepLargest);
    cleanup->addAction(smooth);
    cleanup->addAction(grow);
    cleanup->addAction(shrink);
    edit->addSeparator();
    edit->addAction(revert);
    bar->insertMenu(before, edit);

    auto *toolsMenu = new QMenu(tr("&Tools"), bar);
    toolsMenu->addActions(tools);
    toolsMenu->addSeparator();
    toolsMenu->addAction(brushSmaller);
    toolsMenu->addAction(brushBigger);
    toolsMenu->addAction(escape);
    bar->insertMenu(before, toolsMenu);

    if (fileMenu)
        fileMenu->insertAction(fileAnchor, exportData);
}

QToolBar *EditActions::makeToolStrip(QWidget *parent)
{
    auto *strip = new QToolBar(tr("Tools"), parent);
    strip->setObjectName(QStringLiteral("toolStrip"));
    strip->setOrientation(Qt::Vertical);
    strip->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    strip->setIconSize(QSize(24, 24));
    strip->addActions(tools);
    strip->addSeparator();
    undo->setIcon(toolIcon(QStringLiteral("undo")));
    redo->setIcon(toolIcon(QStringLiteral("redo")));
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    strip->addAction(undo);
    strip->addAction(redo);
    return strip;
}

} // namespace dermask::ui
