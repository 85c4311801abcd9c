#include "ui/training/trainingwiring.h"

#include "ui/browser/browserwidget.h"
#include "ui/browser/samplemodel.h"
#include "ui/common/sampleloader.h"
#include "ui/editing/autosaver.h"
#include "ui/editing/editcontroller.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/panels/overlaypanel.h"
#include "ui/predict/predictcontroller.h"
#include "ui/predict/predictionbackend.h"
#include "ui/training/trainingcontroller.h"
#include "ui/training/trainingdock.h"

#include <QAction>
#include <QMenuBar>
#include <QToolBar>

namespace dermask::ui {

TrainingDock *installTrainingDock(MainWindow *window)
{
    auto *dock = new TrainingDock(window->modelWorker(), window);
    // The right column (the left one in a right-to-left layout), as a tab beside the overlay
    // controls: shown on demand, it does not squeeze the image facts.
    const bool rtl = window->layoutDirection() == Qt::RightToLeft;
    window->addDockWidget(rtl ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, dock);
    if (auto *overlays = window->findChild<QDockWidget *>(QStringLiteral("overlayDock")))
        window->tabifyDockWidget(overlays, dock);
    dock->hide();

    // Help stays the last menu.
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    if (menus.isEmpty())
        bar->addMenu(dock->menu());
    else
        bar->insertMenu(menus.last(), dock->menu());
    if (MainActions *actions = window->actions(); actions && actions->toolBar) {
        actions->toolBar->addSeparator();
        actions->toolBar->addAction(dock->trainAction());
    }

    TrainingController *training = dock->controller();
    QObject::connect(window, &MainWindow::datasetOpened, training,
                     [window, training] { training->setSession(window->session()); });
    QObject::connect(window, &MainWindow::sampleShown, training, &TrainingController::setCurrentSample);
    if (window->editor() && window->editor()->saver())
        QObject::connect(window->editor()->saver(), &AutoSaver::saved, training,
                         [training](int, const QString &id) { training->sampleCorrected(id); });
    QObject::connect(training, &TrainingController::predictionWritten, window,
                     [window](int index, const QString &model, const SampleScore &score) {
                         if (!window->session())
                             return;
                         // Show the run's predictions (nothing happens when they already are).
                         window->setPredictionModel(model);
                         window->sampleModel()->setScores({{index, score}});
                         window->browser()->refreshColumns();
                         window->loader()->invalidate(index);   // reloads at once when on screen
                         window->overlayPanel()->setModels(window->session()->predictionModels(),
                                                           window->predictionModel());
                     });
    QObject::connect(training, &TrainingController::activeModelChanged, window,
                     [window](const QString &path) { window->predictor()->setModelFile(path); });
    // A run replaces the model the worker holds; the Predict menu's backend believes its own
    // file is still loaded. A fresh backend loads it again before the next prediction.
    QObject::connect(training, &TrainingController::finished, window, [window] {
        if (!window->predictor()->isRunning())
            window->predictor()->setBackendFactory(workerBackendFactory(window->modelWorker()));
    });
    return dock;
}

} // namespace dermask::ui
