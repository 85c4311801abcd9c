#include "ui/mainwindow/mainactions.h"

#include "ui/common/actions.h"

#include <QAction>
#include <QMainWindow>
#include <QStyle>

namespace dermask::ui {

MainActions::MainActions(QMainWindow *w)
{
    QStyle *style = w->style();

    open = makeAction(w, "open", tr("&Open Dataset…"), {QKeySequence::Open}, tr("Open a dataset folder"));
    open->setIcon(style->standardIcon(QStyle::SP_DirOpenIcon));
    openSample = makeAction(w, "openSample", tr("Open &Sample Dataset"), {},
                            tr("Open the synthetic sample dataset (generated on first use)"));
    problems = makeAction(w, "problems", tr("Dataset &Problems…"), {},
                          tr("Files of this dataset that could not be used, with the reason"));
    quit = makeAction(w, "quit", tr("&Quit"), {QKeySequence::Quit});
    quit->setMenuRole(QAction::QuitRole);

    zoomIn = makeAction(w, "zoomIn", tr("Zoom &In"), {QKeySequence::ZoomIn, Qt::Key_Plus, Qt::Key_Equal});
    zoomOut = makeAction(w, "zoomOut", tr("Zoom &Out"), {QKeySequence::ZoomOut, Qt::Key_Minus});
    fit = makeAction(w, "fit", tr("&Fit to Window"), {Qt::Key_F, QKeySequence(Qt::CTRL | Qt::Key_0)},
                     tr("Show the whole image (F)"));
    actualSize =
        makeAction(w, "actualSize", tr("&Actual Size (1:1)"), {Qt::Key_1, QKeySequence(Qt::CTRL | Qt::Key_1)},
                   tr("One image pixel per screen pixel (1)"));

    shortcuts = makeAction(w, "shortcuts", tr("&Keyboard Shortcuts"), {QKeySequence::HelpContents});
    about = makeAction(w, "about", tr("&About Dermask"));
    about->setMenuRole(QAction::AboutRole);

    // Short toolbar labels; the menus keep the full names.
    open->setIconText(tr("Open"));
    fit->setIconText(tr("Fit"));
    actualSize->setIconText(tr("1:1"));
}

} // namespace dermask::ui
