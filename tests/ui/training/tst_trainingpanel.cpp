// The Training panel driven like a user would, on a real ModelWorker and tiny networks (64 px,
// width 0.25, a handful of 96x72 synthetic images): Start trains, reports progress and draws
// one chart point per epoch, writes the model into models/ and makes it active; the image on
// screen is predicted as epochs end; fine-tuning records its parent; Stop is answered within a
// batch and keeps a loadable model and checkpoint; too few masks are explained, with numbers;
// "Model: Click correction" writes a click model that is never made active.

#include "core/engine/modelworker.h"
#include "core/image/imageio.h"
#include "core/inference/predictor.h"
#include "core/model/modelinfo.h"
#include "core/model/networks.h"
#include "core/synthetic/generator.h"
#include "ui/training/trainingchart.h"
#include "core/learning/trainingcontroller.h"
#include "ui/training/trainingdock.h"
#include "ui/training/trainingpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

using namespace dermask;
using namespace dermask::ui;

namespace {

constexpr int kImages = 10;
const cv::Size kImageSize(96, 72);
constexpr int kRunTimeoutMs = 60000;

core::TrainingConfig tinyConfig(int epochs)
{
    core::TrainingConfig c;
    c.width = 0.25;
    c.inputSize = 64;
    c.batchSize = 4;
    c.epochs = epochs;
    c.seed = 7;
    return c;
}

core::SessionPtr openSession(const QString &dir, const QString &workspace)
{
    QString error;
    QStringList warnings;
    return core::DatasetSession::open(dir, workspace, &error, &warnings);
}

} // namespace

class TestTrainingPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tooFewMasksAreExplained();
    void startTrainsAndActivatesTheModel();
    void fineTuningRecordsItsParent();
    void stopIsAnsweredWithinABatch();
    void aClickRunWritesAClickModelThatIsNeverActive();

private:
    bool waitForEnd(QSignalSpy &finished);

    QTemporaryDir m_tmp;
    QString m_data;
    QString m_workspace;
    std::unique_ptr<core::ModelWorker> m_worker;
    std::unique_ptr<TrainingDock> m_dock;
    core::SessionPtr m_session;
};

void TestTrainingPanel::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_data = m_tmp.filePath(QStringLiteral("data"));
    m_workspace = m_tmp.filePath(QStringLiteral("ws"));
    QString error;
    QVERIFY2(core::writeSyntheticDataset(m_data, kImages, /*seed=*/3, &error, kImageSize), qPrintable(error));
}

void TestTrainingPanel::init()
{
    m_worker = std::make_unique<core::ModelWorker>();
    m_dock = std::make_unique<TrainingDock>(m_worker.get());
    m_dock->controller()->setBaseConfig(tinyConfig(2));
    m_dock->show();
    m_session = openSession(m_data, m_workspace);
    QVERIFY(m_session && m_session->workspace());
    QCOMPARE(m_session->count(), kImages);
    m_dock->controller()->setSession(m_session);
}

void TestTrainingPanel::cleanup()
{
    m_dock.reset();
    m_worker.reset();
    m_session.reset();
}

bool TestTrainingPanel::waitForEnd(QSignalSpy &finished)
{
    return finished.count() > 0 || finished.wait(kRunTimeoutMs);
}

void TestTrainingPanel::tooFewMasksAreExplained()
{
    const QString data = m_tmp.filePath(QStringLiteral("few"));
    QString error;
    QVERIFY2(core::writeSyntheticDataset(data, 5, /*seed=*/9, &error, kImageSize), qPrintable(error));
    // Two of the five lose their masks: 3 masked images, 8 needed.
    QVERIFY(QFile::remove(data + QStringLiteral("/masks/synth_0004.png")));
    QVERIFY(QFile::remove(data + QStringLiteral("/masks/synth_0005.png")));
    const core::SessionPtr few = openSession(data, m_tmp.filePath(QStringLiteral("few-ws")));
    QVERIFY(few && few->workspace());
    core::TrainingController *controller = m_dock->controller();
    controller->setSession(few);

    TrainingPanel *panel = m_dock->panel();
    QCOMPARE(controller->maskedSamples(), 3);
    QVERIFY2(panel->dataText().contains(QStringLiteral("at least 8")), qPrintable(panel->dataText()));
    QVERIFY2(panel->dataText().contains(QStringLiteral("has 3")), qPrintable(panel->dataText()));
    QVERIFY2(panel->dataText().contains(QStringLiteral("5 more")), qPrintable(panel->dataText()));
    QVERIFY(!panel->startButton()->isEnabled());
    QVERIFY(!m_dock->startAction()->isEnabled());
    // Asked anyway (the menu's action, a script): refused with the same words, nothing runs.
    panel->startTraining();
    QVERIFY(panel->messageText().contains(QStringLiteral("at least 8")));
    QVERIFY(!controller->isRunning());
    QVERIFY(!m_worker->isTraining());

    // Masks drawn on the missing images make training possible.
    controller->setSession(m_session);
    QCOMPARE(controller->maskedSamples(), kImages);
    QVERIFY(panel->startButton()->isEnabled());
    QVERIFY2(panel->dataText().contains(QStringLiteral("10 image")), qPrintable(panel->dataText()));
}

void TestTrainingPanel::startTrainsAndActivatesTheModel()
{
    core::TrainingController *controller = m_dock->controller();
    TrainingPanel *panel = m_dock->panel();
    // Defaults the user sees: the default network, 10 minutes, no model to fine-tune yet.
    QCOMPARE(panel->networkBox()->currentData().toString(), core::defaultNetwork());
    QCOMPARE(panel->minutesBox()->value(), 10);
    QVERIFY(!panel->fineTuneBox()->isEnabled());

    const QString shown = core::syntheticSampleId(0);
    controller->setCurrentSample(shown);
    QSignalSpy progress(controller, &core::TrainingController::progress);
    QSignalSpy epochs(controller, &core::TrainingController::epochFinished);
    QSignalSpy written(controller, &core::TrainingController::predictionWritten);
    QSignalSpy active(controller, &core::TrainingController::activeModelChanged);
    QSignalSpy finished(controller, &core::TrainingController::finished);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY2(controller->isRunning(), qPrintable(panel->messageText()));
    QVERIFY(!panel->startButton()->isEnabled());
    QVERIFY(panel->stopButton()->isEnabled());
    QVERIFY(!panel->networkBox()->isEnabled());
    QVERIFY(waitForEnd(finished));

    QCOMPARE(finished.first().at(0).value<core::StopReason>(), core::StopReason::Completed);
    QVERIFY(progress.count() >= 2 * 2);   // 8 training images in batches of 4, 2 epochs
    const auto last = progress.last().at(0).value<core::TrainingProgress>();
    QCOMPARE(last.epoch, 2);
    QVERIFY(last.imagesPerSecond > 0);
    // One chart point per epoch, loss and Dice.
    QCOMPARE(epochs.count(), 2);
    QCOMPARE(panel->chart()->pointCount(), 2);
    QCOMPARE(int(panel->chart()->diceSeries()->count()), 2);
    QCOMPARE(panel->chart()->lossSeries()->at(1).x(), 2.0);

    // The model is in models/, named after its network and the time, and is the active one.
    const QString name = controller->runModelName();
    QVERIFY2(name.startsWith(core::defaultNetwork() + QLatin1Char('-')), qPrintable(name));
    const QString path = QDir(m_session->workspace()->modelsDir()).filePath(name + QStringLiteral(".pt"));
    QCOMPARE(finished.first().at(2).toString(), path);
    QVERIFY(QFileInfo::exists(path));
    QTRY_COMPARE(active.count(), 1);
    QCOMPARE(m_session->workspace()->activeModel(), name);
    core::ModelInfo info;
    QString error;
    QVERIFY2(core::readSidecar(path, &info, &error), qPrintable(error));
    QVERIFY(info.validationDice >= 0.0 && info.validationDice <= 1.0);
    QVERIFY(info.parent.isEmpty());
    QVERIFY2(panel->messageText().contains(name + QStringLiteral(" is now the active model")),
             qPrintable(panel->messageText()));
    QCOMPARE(panel->progressBar()->value(), panel->progressBar()->maximum());

    // The image on screen was predicted as the run went, into predictions/<model>/.
    QTRY_VERIFY_WITH_TIMEOUT(written.count() >= 1, 10000);
    QCOMPARE(written.last().at(0).toInt(), m_session->dataset().indexOf(shown));
    QCOMPARE(written.last().at(1).toString(), name);
    const cv::Mat predicted = m_session->predictions(name).readMask(m_session->sample(0).id, {}, &error);
    QCOMPARE(predicted.cols, kImageSize.width);
    QCOMPARE(predicted.rows, kImageSize.height);
    QVERIFY(m_session->predictionModels().contains(name));

    // A model now exists to fine-tune.
    QVERIFY(panel->fineTuneBox()->isEnabled());
    QVERIFY2(panel->activeText().startsWith(name + QStringLiteral(" (Dice ")), qPrintable(panel->activeText()));
    QVERIFY(panel->startButton()->isEnabled());
}

void TestTrainingPanel::fineTuningRecordsItsParent()
{
    core::TrainingController *controller = m_dock->controller();
    TrainingPanel *panel = m_dock->panel();
    const QString parent = m_session->workspace()->activeModel();
    QVERIFY2(!parent.isEmpty(), "needs the model of startTrainsAndActivatesTheModel");
    QVERIFY(panel->fineTuneBox()->isEnabled());
    // Fine-tuning keeps the parent's network: the choice is shown and locked.
    panel->networkBox()->setCurrentIndex(panel->networkBox()->findData(QStringLiteral("segnet")));
    panel->fineTuneBox()->setChecked(true);
    QVERIFY(!panel->networkBox()->isEnabled());
    QCOMPARE(panel->minutesBox()->value(), 1);   // a fine-tune is a quick update
    QCOMPARE(panel->networkBox()->currentData().toString(), core::defaultNetwork());

    // A correction saved while the run goes on is handed to it.
    QSignalSpy finished(controller, &core::TrainingController::finished);
    QSignalSpy started(controller, &core::TrainingController::started);
    m_dock->startAction()->trigger();
    QVERIFY(controller->isRunning());
    QVERIFY(started.wait(kRunTimeoutMs));
    const QString corrected = core::syntheticSampleId(2);
    cv::Mat mask = cv::Mat::zeros(kImageSize, CV_8UC1);
    mask(cv::Rect(20, 20, 40, 30)).setTo(255);
    QString error;
    QVERIFY2(m_session->workspace()->saveAnnotation(corrected, mask, &error), qPrintable(error));
    controller->sampleCorrected(corrected);
    QCOMPARE(controller->correctionsSent(), 1);
    QVERIFY2(panel->dataText().contains(QStringLiteral("1 correction")), qPrintable(panel->dataText()));
    QVERIFY(waitForEnd(finished));
    QCOMPARE(finished.first().at(0).value<core::StopReason>(), core::StopReason::Completed);

    const QString child = controller->runModelName();
    QVERIFY(child != parent);
    QTRY_COMPARE(m_session->workspace()->activeModel(), child);
    core::ModelInfo info;
    QVERIFY2(core::readSidecar(controller->runModelPath(), &info, &error), qPrintable(error));
    QCOMPARE(info.parent, parent + QStringLiteral(".pt"));
    QCOMPARE(info.network, core::defaultNetwork());
    QVERIFY(info.validationDice >= 0.0);
    QVERIFY(QFile::remove(m_session->workspace()->annotationPath(corrected)));
}

void TestTrainingPanel::stopIsAnsweredWithinABatch()
{
    core::TrainingController *controller = m_dock->controller();
    TrainingPanel *panel = m_dock->panel();
    controller->setBaseConfig(tinyConfig(/*epochs=*/1000));
    panel->fineTuneBox()->setChecked(false);
    QCOMPARE(panel->minutesBox()->value(), 10);   // each kind of run keeps its own budget
    // Batch reports as the worker makes them (its own thread), stamped with the time. Shared:
    // the worker may outlive this function when a check fails.
    struct Stamps
    {
        std::mutex mutex;
        std::vector<std::chrono::steady_clock::time_point> batches;
    };
    const auto stamps = std::make_shared<Stamps>();
    connect(m_worker.get(), &core::ModelWorker::trainingProgress, m_worker.get(),
            [stamps](core::JobId, const core::TrainingProgress &p) {
                if (p.epochEnd)
                    return;
                std::lock_guard<std::mutex> lock(stamps->mutex);
                stamps->batches.push_back(std::chrono::steady_clock::now());
            }, Qt::DirectConnection);

    QSignalSpy epochs(controller, &core::TrainingController::epochFinished);
    QSignalSpy finished(controller, &core::TrainingController::finished);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY(controller->isRunning());
    QVERIFY(epochs.wait(kRunTimeoutMs));   // a checkpoint exists from here on
    QSignalSpy progress(controller, &core::TrainingController::progress);
    QVERIFY(progress.wait(kRunTimeoutMs));
    QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
    // From here the cancel is in: only a batch already under way may still end.
    const auto stopAt = std::chrono::steady_clock::now();
    QVERIFY(!panel->stopButton()->isEnabled());
    QVERIFY(waitForEnd(finished));
    QCOMPARE(finished.first().at(0).value<core::StopReason>(), core::StopReason::Cancelled);
    {
        // At most the batch that was running when Stop was pressed.
        std::lock_guard<std::mutex> lock(stamps->mutex);
        int after = 0;
        for (const auto &t : stamps->batches)
            after += t > stopAt ? 1 : 0;
        QVERIFY2(after <= 1, qPrintable(QStringLiteral("%1 batches ran after Stop").arg(after)));
    }
    QVERIFY(controller->history().size() < 1000);

    // The best model so far is kept, loads, and is active; the checkpoint can resume the run.
    const QString path = finished.first().at(2).toString();
    QCOMPARE(path, controller->runModelPath());
    core::Predictor predictor;
    QString error;
    QVERIFY2(predictor.load(path, &error), qPrintable(error));
    QVERIFY(QFileInfo(core::defaultCheckpointPath(path)).size() > 0);
    QTRY_COMPARE(m_session->workspace()->activeModel(), controller->runModelName());
    QVERIFY2(panel->messageText().contains(QStringLiteral("stopped")), qPrintable(panel->messageText()));
    QVERIFY(panel->startButton()->isEnabled());
}

void TestTrainingPanel::aClickRunWritesAClickModelThatIsNeverActive()
{
    // "Model: Click correction" trains the click tool's network: a click model in models/, at
    // the click input size, with no live predictions, and never the active (segmentation) one.
    core::TrainingController *controller = m_dock->controller();
    TrainingPanel *panel = m_dock->panel();
    auto *task = panel->findChild<QComboBox *>(QStringLiteral("taskBox"));
    QVERIFY(task);
    task->setCurrentIndex(1);
    QVERIFY2(task->currentText().contains(QStringLiteral("Click")), qPrintable(task->currentText()));
    controller->setCurrentSample(core::syntheticSampleId(0));
    const QString activeBefore = m_session->workspace()->activeModel();   // an earlier test's, if any
    QSignalSpy written(controller, &core::TrainingController::predictionWritten);
    QSignalSpy finished(controller, &core::TrainingController::finished);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY2(controller->isRunning(), qPrintable(panel->messageText()));
    QVERIFY(waitForEnd(finished));
    QCOMPARE(finished.first().at(0).value<core::StopReason>(), core::StopReason::Completed);
    const QString path = finished.first().at(2).toString();
    QVERIFY2(QFileInfo(path).fileName().startsWith(QStringLiteral("click-")), qPrintable(path));
    core::ModelInfo info;
    QString error;
    QVERIFY2(core::readSidecar(path, &info, &error), qPrintable(error));
    QCOMPARE(info.task, core::ModelTask::Click);
    QCOMPARE(info.inputSize, core::TrainingConfig::defaults(core::ModelTask::Click).inputSize);
    QCOMPARE(written.count(), 0);
    QCOMPARE(m_session->workspace()->activeModel(), activeBefore);
}

QTEST_MAIN(TestTrainingPanel)
#include "tst_trainingpanel.moc"
