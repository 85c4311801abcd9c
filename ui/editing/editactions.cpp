#include "ui/editing/editactions.h"

#include "ui/common/actions.h"
#include "ui/common/toolicons.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

namespace dermask::ui {

namespace {

/// @p tip names the first key of @p action.
void setTexts(QAction *action, const QString &text, const QString &tip)
{
    setActionTexts(action, text, tipWithKey(tip, action->shortcut()));
}

} // namespace

EditActions::EditActions(QWidget *w)
{
    undo = makeAction(w, "undo", {QKeySequence::Undo});
    redo = makeAction(w, "redo",
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    acceptPrediction = makeAction(w, "acceptPrediction", {QKeySequence(Qt::SHIFT | Qt::Key_A)});
    fillHoles = makeAction(w, "fillHoles", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    removeIslands = makeAction(w, "removeIslands", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
    keepLargest = makeAction(w, "keepLargest", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)});
    smooth = makeAction(w, "smooth", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    grow = makeAction(w, "grow", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)});
    shrink = makeAction(w, "shrink", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    revert = makeAction(w, "revert", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    maskActions = {acceptPrediction, fillHoles, removeIslands, keepLargest, smooth, grow, shrink, revert};
    cleanupActions = {fillHoles, removeIslands, keepLargest, smooth, grow, shrink};
    exportData = makeAction(w, "exportData", {QKeySequence(Qt::CTRL | Qt::Key_E)});
    approve = makeToggle(w, "approve", {Qt::Key_A});
    approve->setIcon(w->style()->standardIcon(QStyle::SP_DialogApplyButton));
    retranslate();
    followDirection(w->layoutDirection());
}

void EditActions::retranslate()
{
    setTexts(undo, undoText(QString()), tr("Undo the last change to the mask"));
    setTexts(redo, redoText(QString()), tr("Redo the change undone last"));
    // Short names for the tool strip beside the canvas.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));

    setTexts(acceptPrediction, tr("&Accept Prediction"),
             tr("Replace the whole mask by the prediction at the chosen threshold"));
    setTexts(fillHoles, tr("Fill &Holes"), tr("Fill the holes inside the lesion"));
    setTexts(removeIslands, tr("Remove &Islands"), tr("Remove lesion specks smaller than the chosen area"));
    setTexts(keepLargest, tr("&Keep Largest Region"), tr("Keep only the largest lesion region"));
    setTexts(smooth, tr("&Smooth Outline"), tr("Round off the outline (radius: the chosen pixels)"));
    setTexts(grow, tr("&Grow"), tr("Grow the mask by the chosen pixels"));
    setTexts(shrink, tr("Shrin&k"), tr("Shrink the mask by the chosen pixels"));
    setTexts(revert, tr("&Revert to Source Mask"), tr("Put back the dataset's own mask (undoable)"));
    // Short names for the Edit panel's buttons.
    acceptPrediction->setIconText(tr("Accept Prediction"));
    keepLargest->setIconText(tr("Keep Largest"));
    smooth->setIconText(tr("Smooth"));
    revert->setIconText(tr("Revert to Source Mask"));

    setTexts(exportData, tr("&Export…"), tr("Write masks, predictions, overlays or metrics to a folder"));
    setActionTexts(approve, tr("&Approve Mask"), tr("Mark this image's mask as reviewed and correct (A)"));
    approve->setIconText(tr("Approve"));
}

void EditActions::followDirection(Qt::LayoutDirection direction)
{
    undo->setIcon(directionalIcon(toolIcon(QStringLiteral("undo")), direction));
    redo->setIcon(directionalIcon(toolIcon(QStringLiteral("redo")), direction));
}

QString EditActions::undoText(const QString &step)
{
    return step.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(step);
}

QString EditActions::redoText(const QString &step)
{
    return step.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(step);
}

} // namespace dermask::ui
