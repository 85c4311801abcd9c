#include "ui/mainwindow/mainactions.h"

#include "ui/common/actions.h"

#include <QAction>
#include <QMainWindow>
#include <QStyle>

namespace dermask::ui {

MainActions::MainActions(QMainWindow *w)
{
    open = makeAction(w, "open", {QKeySequence::Open});
    open->setIcon(w->style()->standardIcon(QStyle::SP_DirOpenIcon));
    openSample = makeAction(w, "openSample");
    problems = makeAction(w, "problems");
    quit = makeAction(w, "quit", {QKeySequence::Quit});
    quit->setMenuRole(QAction::QuitRole);

    zoomIn = makeAction(w, "zoomIn", {QKeySequence::ZoomIn, Qt::Key_Plus, Qt::Key_Equal});
    zoomOut = makeAction(w, "zoomOut", {QKeySequence::ZoomOut, Qt::Key_Minus});
    fit = makeAction(w, "fit", {Qt::Key_F, QKeySequence(Qt::CTRL | Qt::Key_0)});
    actualSize = makeAction(w, "actualSize", {Qt::Key_1, QKeySequence(Qt::CTRL | Qt::Key_1)});

    shortcuts = makeAction(w, "shortcuts", {QKeySequence::HelpContents});
    about = makeAction(w, "about");
    about->setMenuRole(QAction::AboutRole);
    retranslate();
}

void MainActions::retranslate()
{
    setActionTexts(open, tr("&Open Dataset…"), tr("Open a dataset folder"));
    setActionTexts(openSample, tr("Open &Sample Dataset"),
                   tr("Open the synthetic sample dataset (generated on first use)"));
    setActionTexts(problems, tr("Dataset &Problems…"),
                   tr("Files of this dataset that could not be used, with the reason"));
    setActionTexts(quit, tr("&Quit"));

    setActionTexts(zoomIn, tr("Zoom &In"));
    setActionTexts(zoomOut, tr("Zoom &Out"));
    setActionTexts(fit, tr("&Fit to Window"), tr("Show the whole image (F)"));
    setActionTexts(actualSize, tr("&Actual Size (1:1)"), tr("One image pixel per screen pixel (1)"));

    setActionTexts(shortcuts, tr("&Keyboard Shortcuts"));
    setActionTexts(about, tr("&About Dermask"));

    // Short toolbar labels; the menus keep the full names.
    open->setIconText(tr("Open"));
    fit->setIconText(tr("Fit"));
    actualSize->setIconText(tr("1:1"));
}

} // namespace dermask::ui
