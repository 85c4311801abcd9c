#include "ui/editing/editactions.h"

#include "ui/common/actions.h"
#include "ui/common/toolicons.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

namespace dermask::ui {

namespace {

QAction *make(QWidget *w, const char *name, const QString &text, const QList<QKeySequence> &keys,
              const QString &tip)
{
    return makeAction(w, name, text, keys, tipWithKey(tip, keys.value(0)));
}

} // namespace

EditActions::EditActions(QWidget *w)
{
    undo = make(w, "undo", undoText(QString()), {QKeySequence::Undo}, tr("Undo the last change to the mask"));
    redo = make(w, "redo", redoText(QString()),
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
                tr("Redo the change undone last"));
    // Icons and short names for the tool strip beside the canvas.
    undo->setIcon(toolIcon(QStringLiteral("undo")));
    redo->setIcon(toolIcon(QStringLiteral("redo")));
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));

    acceptPrediction =
        make(w, "acceptPrediction", tr("&Accept Prediction"), {QKeySequence(Qt::SHIFT | Qt::Key_A)},
             tr("Replace the whole mask by the prediction at the chosen threshold"));
    fillHoles = make(w, "fillHoles", tr("Fill &Holes"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
                     tr("Fill the holes inside the lesion"));
    removeIslands =
        make(w, "removeIslands", tr("Remove &Islands"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
             tr("Remove lesion specks smaller than the chosen area"));
    keepLargest =
        make(w, "keepLargest", tr("&Keep Largest Region"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
             tr("Keep only the largest lesion region"));
    smooth = make(w, "smooth", tr("&Smooth Outline"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
                  tr("Round off the outline (radius: the chosen pixels)"));
    grow = make(w, "grow", tr("&Grow"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
                tr("Grow the mask by the chosen pixels"));
    shrink = make(w, "shrink", tr("Shrin&k"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                  tr("Shrink the mask by the chosen pixels"));
    revert = make(w, "revert", tr("&Revert to Source Mask"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                  tr("Put back the dataset's own mask (undoable)"));
    maskActions = {acceptPrediction, fillHoles, removeIslands, keepLargest, smooth, grow, shrink, revert};
    cleanupActions = {fillHoles, removeIslands, keepLargest, smooth, grow, shrink};
    // Short names for the Edit panel's buttons.
    acceptPrediction->setIconText(tr("Accept Prediction"));
    keepLargest->setIconText(tr("Keep Largest"));
    smooth->setIconText(tr("Smooth"));
    revert->setIconText(tr("Revert to Source Mask"));

    exportData = make(w, "exportData", tr("&Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                      tr("Write masks, predictions, overlays or metrics to a folder"));

    approve = makeToggle(w, "approve", tr("&Approve Mask"), {Qt::Key_A},
                         tr("Mark this image's mask as reviewed and correct (A)"));
    approve->setIcon(w->style()->standardIcon(QStyle::SP_DialogApplyButton));
    approve->setIconText(tr("Approve"));
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
