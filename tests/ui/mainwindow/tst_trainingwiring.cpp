// The Training dock inside the real main window: the Train menu sits before Help and Ctrl+T's
// action shows the dock; a run on the opened dataset ends with the
// image on screen showing the new model's prediction, the Predict menu using that model and
// every image predicted again with it; a mask the editor saves during a run is handed to it;
// a model made active in the Models panel (Train ▸ Models) predicts every image again.

#include "ui/mainwindow/mainwindow.h"

#include "core/editing/autosaver.h"
#include "core/learning/predictcontroller.h"
#include "core/learning/trainingcontroller.h"
#include "core/synthetic/generator.h"
#include "core/workspace/workspace.h"
#include "tests/support/testmodels.h"
#include "tests/support/windowparts.h"
#include "ui/common/sampleloader.h"
#include "ui/editing/editcontroller.h"
#include "ui/models/modelsdock.h"
#include "ui/training/trainingdock.h"
#include "ui/training/trainingpanel.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask;
using namespace dermask::ui;

namespace {

core::TrainingConfig tinyConfig(int epochs)
{
    core::TrainingConfig c;
    c.width = 0.25;
    c.inputSize = 64;
    c.batchSize = 4;
    c.epochs = epochs;
    return c;
}

} // namespace

class TestTrainingWiring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuAndShortcutShowTheDock();
    void aRunShowsItsPredictionAndBecomesThePredictModel();
    void savedMasksReachTheRun();
    void aModelMadeActiveInTheModelsPanelPredictsEveryImage();

private:
    QTemporaryDir m_tmp;
    QString m_data;
    std::unique_ptr<MainWindow> m_window;
    TrainingDock *m_dock = nullptr;
};

void TestTrainingWiring::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toLocal8Bit());
    m_data = m_tmp.filePath(QStringLiteral("data"));
    QString error;
    QVERIFY2(core::writeSyntheticDataset(m_data, 10, 21, &error, cv::Size(96, 72)), qPrintable(error));
}

void TestTrainingWiring::init()
{
    MainWindow::Options options;
    options.persistent = false;
    options.workspaceDir = m_tmp.filePath(QStringLiteral("ws"));
    m_window = std::make_unique<MainWindow>(options);
    m_dock = uitest::part<TrainingDock>(m_window.get());
    m_dock->controller()->setBaseConfig(tinyConfig(2));
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::datasetOpened);
    QSignalSpy shown(m_window.get(), &MainWindow::sampleShown);
    m_window->openDataset(m_data);
    QVERIFY(opened.wait(10000));
    QVERIFY(shown.count() > 0 || shown.wait(10000));
}

void TestTrainingWiring::cleanup()
{
    m_window.reset();
}

void TestTrainingWiring::menuAndShortcutShowTheDock()
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    QCOMPARE(menus.at(menus.size() - 2)->menu(), m_dock->menu());
    QCOMPARE(m_dock->trainAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY(!m_dock->isVisible());
    m_dock->trainAction()->trigger();
    QVERIFY(m_dock->isVisible());
    // The dock works on the window's dataset and its one model worker.
    QCOMPARE(m_dock->controller()->session(), m_window->session());
    QCOMPARE(m_dock->controller()->maskedSamples(), 10);
    QVERIFY(m_dock->panel()->startButton()->isEnabled());
}

void TestTrainingWiring::aRunShowsItsPredictionAndBecomesThePredictModel()
{
    core::TrainingController *training = m_dock->controller();
    QSignalSpy finished(training, &core::TrainingController::finished);
    QSignalSpy written(training, &core::TrainingController::predictionWritten);
    m_dock->startAction()->trigger();
    QVERIFY(m_dock->isVisible());
    QVERIFY(training->isRunning());
    QVERIFY(finished.wait(60000));
    const QString model = training->runModelName();
    QCOMPARE(m_window->session()->workspace()->activeModel(), model);
    QCOMPARE(uitest::part<core::PredictController>(m_window.get())->modelFile(), training->runModelPath());

    // The image on screen shows the run's prediction, loaded from predictions/<model>/.
    QTRY_VERIFY_WITH_TIMEOUT(written.count() > 0, 10000);
    QCOMPARE(m_window->predictionModel(), model);
    const int current = m_window->currentIndex();
    const SampleLoader *loader = uitest::part<SampleLoader>(m_window.get());
    QTRY_VERIFY_WITH_TIMEOUT(loader->cached(current) && loader->cached(current)->model == model
                                 && loader->cached(current)->prediction.present(),
                             10000);
    // The new active model predicts every image in the background: the browser's Dice follow.
    const core::PredictionStore store = m_window->session()->predictions(model);
    for (int i = 0; i < m_window->session()->count(); ++i)
        QTRY_VERIFY_WITH_TIMEOUT(store.hasMask(m_window->session()->sample(i).id), 30000);
}

void TestTrainingWiring::savedMasksReachTheRun()
{
    core::TrainingController *training = m_dock->controller();
    training->setBaseConfig(tinyConfig(1000));
    QSignalSpy started(training, &core::TrainingController::started);
    QSignalSpy finished(training, &core::TrainingController::finished);
    m_dock->startAction()->trigger();
    QVERIFY(started.wait(60000));
    // What the editor's autosave reports after writing a correction.
    const QString id = m_window->session()->sample(3).id;
    cv::Mat mask = cv::Mat::zeros(72, 96, CV_8UC1);
    mask(cv::Rect(10, 10, 50, 40)).setTo(255);
    QString error;
    QVERIFY2(m_window->session()->workspace()->saveAnnotation(id, mask, &error), qPrintable(error));
    Q_EMIT uitest::part<EditController>(m_window.get())->saver()->saved(3, id, core::SampleStatus::Corrected);
    QCOMPARE(training->correctionsSent(), 1);
    m_dock->stopAction()->trigger();
    QVERIFY(finished.count() > 0 || finished.wait(60000));
    QCOMPARE(finished.first().at(0).value<core::StopReason>(), core::StopReason::Cancelled);
}

void TestTrainingWiring::aModelMadeActiveInTheModelsPanelPredictsEveryImage()
{
    // Train ▸ Models (Ctrl+M) shows the panel, with the window's dataset.
    ModelsDock *models = uitest::part<ModelsDock>(m_window.get());
    QAction *show = uitest::command(m_window.get(), "showModels");
    QVERIFY(m_dock->menu()->actions().contains(show));
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(!models->isVisible());
    show->trigger();
    QVERIFY(models->isVisible());

    core::Workspace *workspace = m_window->session()->workspace();
    QVERIFY(QDir().mkpath(workspace->modelsDir()));
    test::saveDarknessModule(workspace->modelPath(QStringLiteral("darkness")));
    models->refresh();
    models->selectModel(QStringLiteral("darkness"));
    QCOMPARE(models->selectedModel(), QStringLiteral("darkness"));
    models->makeActive();
    QCOMPARE(workspace->activeModel(), QStringLiteral("darkness"));
    // Predict follows, and every image is predicted again with the new active model.
    QCOMPARE(uitest::part<core::PredictController>(m_window.get())->modelFile(),
             QFileInfo(workspace->modelPath(QStringLiteral("darkness"))).absoluteFilePath());
    const core::PredictionStore store = m_window->session()->predictions(QStringLiteral("darkness"));
    for (int i = 0; i < m_window->session()->count(); ++i)
        QTRY_VERIFY_WITH_TIMEOUT(store.hasMask(m_window->session()->sample(i).id), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->predictionModel(), QStringLiteral("darkness"), 10000);
}

QTEST_MAIN(TestTrainingWiring)
#include "tst_trainingwiring.moc"
