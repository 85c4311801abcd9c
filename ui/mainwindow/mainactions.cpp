#include "ui/mainwindow/mainactions.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace dermask::ui {

namespace {

QAction *make(QMainWindow *w, const QString &text, const QList<QKeySequence> &keys = {},
              const QString &tip = QString())
{
    auto *action = new QAction(text, w);
    action->setShortcuts(keys);
    // Single-key shortcuts must work wherever the focus is inside the window.
    action->setShortcutContext(Qt::WindowShortcut);
    if (!tip.isEmpty()) {
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
    w->addAction(action);
    return action;
}

QAction *toggle(QMainWindow *w, const QString &text, const QList<QKeySequence> &keys,
                const QString &tip)
{
    QAction *action = make(w, text, keys, tip);
    action->setCheckable(true);
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow *w)
{
    QStyle *style = w->style();

    open = make(w, tr("&Open Dataset…"), {QKeySequence::Open}, tr("Open a dataset folder"));
    open->setIcon(style->standardIcon(QStyle::SP_DirOpenIcon));
    openSample = make(w, tr("Open &Sample Dataset"), {},
                      tr("Open the synthetic sample dataset (generated on first use)"));
    problems = make(w, tr("Dataset &Problems…"), {},
                    tr("Files of this dataset that could not be used, with the reason"));
    quit = make(w, tr("&Quit"), {QKeySequence::Quit});
    quit->setMenuRole(QAction::QuitRole);

    zoomIn = make(w, tr("Zoom &In"), {QKeySequence::ZoomIn, Qt::Key_Plus, Qt::Key_Equal});
    zoomOut = make(w, tr("Zoom &Out"), {QKeySequence::ZoomOut, Qt::Key_Minus});
    fit = make(w, tr("&Fit to Window"), {Qt::Key_F, QKeySequence(Qt::CTRL | Qt::Key_0)},
               tr("Show the whole image (F)"));
    actualSize = make(w, tr("&Actual Size (1:1)"), {Qt::Key_1, QKeySequence(Qt::CTRL | Qt::Key_1)},
                      tr("One image pixel per screen pixel (1)"));
    showTruth = toggle(w, tr("Show &Mask"), {Qt::Key_M}, tr("Show the mask (M)"));
    showPrediction = toggle(w, tr("Show &Prediction"), {Qt::Key_P}, tr("Show the predicted mask (P)"));
    difference = toggle(w, tr("&Difference View"), {Qt::Key_D},
                        tr("Colour where prediction and mask disagree (D)"));
    heatMap = toggle(w, tr("Probability &Heat Map"), {QKeySequence(Qt::SHIFT | Qt::Key_P)},
                     tr("Show the model's probability map (Shift+P)"));
    truthFill = toggle(w, tr("Fill Mask"), {QKeySequence(Qt::SHIFT | Qt::Key_M)},
                       tr("Draw the mask filled instead of outlined (Shift+M)"));
    predictionFill = toggle(w, tr("Fill Prediction"), {},
                            tr("Draw the prediction filled instead of outlined"));

    next = make(w, tr("&Next Image"), {Qt::Key_Right, Qt::Key_PageDown},
                tr("Next image in the list (→ or Page Down)"));
    next->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    previous = make(w, tr("P&revious Image"), {Qt::Key_Left, Qt::Key_PageUp},
                    tr("Previous image in the list (← or Page Up)"));
    previous->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    nextUnreviewed = make(w, tr("Next &Unreviewed"), {Qt::Key_U},
                          tr("Next image you have neither corrected nor approved (U)"));
    nextUncertain = make(w, tr("Next Most Un&certain"), {Qt::Key_Y},
                         tr("The image the model is least sure about; press again for the next one (Y)"));
    nextDisagreement = make(w, tr("Next Largest &Disagreement"), {Qt::Key_W},
                            tr("The image where prediction and mask disagree most; press again for the next one (W)"));
    sortDisagreement = make(w, tr("Sort by Disagreement"), {},
                            tr("List the images with the worst Dice first: likely mask errors"));
    sortUncertainty = make(w, tr("Sort by Uncertainty"), {},
                           tr("List the images the model is least sure about first"));
    sortId = make(w, tr("Sort by Id"), {});

    approve = toggle(w, tr("&Approve Mask"), {Qt::Key_A},
                     tr("Mark this image's mask as reviewed and correct (A)"));
    approve->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));

    chooseModel = make(w, tr("Choose &Model File…"), {}, tr("The model used for predictions"));
    predictOne = make(w, tr("Predict &This Image"), {QKeySequence(Qt::CTRL | Qt::Key_P)},
                      tr("Predict the mask of the image on screen"));
    predictAll = make(w, tr("Predict &All"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
                      tr("Predict every image that has no up-to-date prediction"));
    cancelPrediction = make(w, tr("&Cancel Prediction"), {}, tr("Stop after the current image"));

    shortcuts = make(w, tr("&Keyboard Shortcuts"), {QKeySequence::HelpContents});
    about = make(w, tr("&About Dermask"), {});
    about->setMenuRole(QAction::AboutRole);
}

void MainActions::buildMenus(QMainWindow *w)
{
    // Short toolbar labels; the menus keep the full names.
    open->setIconText(tr("Open"));
    previous->setIconText(tr("Previous"));
    next->setIconText(tr("Next"));
    nextUnreviewed->setIconText(tr("Next Unreviewed"));
    fit->setIconText(tr("Fit"));
    actualSize->setIconText(tr("1:1"));
    showTruth->setIconText(tr("Mask"));
    showPrediction->setIconText(tr("Prediction"));
    difference->setIconText(tr("Difference"));
    sortDisagreement->setIconText(tr("Worst Dice First"));
    approve->setIconText(tr("Approve"));
    predictOne->setIconText(tr("Predict"));

    QMenuBar *bar = w->menuBar();

    QMenu *file = bar->addMenu(tr("&File"));
    fileMenu = file;
    file->addAction(open);
    recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(openSample);
    file->addSeparator();
    file->addAction(problems);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = bar->addMenu(tr("&View"));
    viewMenu = view;
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(fit);
    view->addAction(actualSize);
    view->addSeparator();
    view->addAction(showTruth);
    view->addAction(truthFill);
    view->addAction(showPrediction);
    view->addAction(predictionFill);
    view->addAction(difference);
    view->addAction(heatMap);
    view->addSeparator();
    QAction *hold = view->addAction(tr("Hold H to Hide All Overlays"));
    hold->setEnabled(false);

    QMenu *go = bar->addMenu(tr("&Go"));
    go->addAction(next);
    go->addAction(previous);
    go->addSeparator();
    go->addAction(nextUnreviewed);
    go->addAction(nextDisagreement);
    go->addAction(nextUncertain);
    go->addSeparator();
    go->addAction(sortId);
    go->addAction(sortDisagreement);
    go->addAction(sortUncertainty);

    QMenu *review = bar->addMenu(tr("&Review"));
    review->addAction(approve);

    QMenu *predict = bar->addMenu(tr("&Predict"));
    predict->addAction(chooseModel);
    predict->addAction(predictOne);
    predict->addAction(predictAll);
    predict->addAction(cancelPrediction);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addAction(about);

    toolBar = w->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(open);
    toolBar->addSeparator();
    toolBar->addAction(previous);
    toolBar->addAction(next);
    toolBar->addAction(nextUnreviewed);
    toolBar->addSeparator();
    toolBar->addAction(fit);
    toolBar->addAction(actualSize);
    toolBar->addSeparator();
    toolBar->addAction(showTruth);
    toolBar->addAction(showPrediction);
    toolBar->addAction(difference);
    toolBar->addSeparator();
    toolBar->addAction(sortDisagreement);
    toolBar->addAction(approve);
    toolBar->addAction(predictOne);
}

} // namespace dermask::ui
