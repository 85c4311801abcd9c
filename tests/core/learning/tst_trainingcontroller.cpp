// The learning loop's controller without its panel: model names never overwrite an earlier
// run, a mask saved in the editor can be what makes training possible, and a run stopped
// before its first epoch ends leaves nothing behind and the active model as it was, and
// Predict during a run files what the chosen model file made, under its name only.

#include "core/engine/modelworker.h"
#include "core/synthetic/generator.h"
#include "core/learning/predictcontroller.h"
#include "core/learning/trainingcontroller.h"
#include "core/image/imageio.h"
#include "core/inference/predictor.h"
#include "tests/support/testmodels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask;
using namespace dermask::core;

namespace {

const cv::Size kImageSize(96, 72);

core::TrainingConfig tinyConfig(int epochs)
{
    core::TrainingConfig c;
    c.width = 0.25;
    c.inputSize = 64;
    c.batchSize = 4;
    c.epochs = epochs;
    return c;
}

void touch(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
}

} // namespace

class TestTrainingController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void uniqueModelName_data();
    void uniqueModelName();
    void defaultThreads_data();
    void defaultThreads();
    void savedMaskCanMakeTrainingPossible();
    void stopBeforeTheFirstEpochKeepsNothing();
    void predictingDuringARunFilesTheChosenModelOnly();

private:
    QTemporaryDir m_tmp;
};

void TestTrainingController::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

void TestTrainingController::uniqueModelName_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("expected");
    QTest::newRow("free") << QStringList() << "unet-20250102-0930";
    QTest::newRow("model taken") << QStringList{"unet-20250102-0930.pt"} << "unet-20250102-0930-2";
    QTest::newRow("two taken") << QStringList{"unet-20250102-0930.pt", "unet-20250102-0930-2.pt"}
                               << "unet-20250102-0930-3";
    QTest::newRow("checkpoint of a cancelled run") << QStringList{"unet-20250102-0930.ckpt"}
                                                   << "unet-20250102-0930-2";
    QTest::newRow("other minute") << QStringList{"unet-20250102-0931.pt"} << "unet-20250102-0930";
}

void TestTrainingController::uniqueModelName()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    for (const QString &name : existing)
        touch(dir.filePath(name));
    const QDateTime when(QDate(2025, 1, 2), QTime(9, 30, 41));
    QCOMPARE(core::TrainingController::uniqueModelName(dir.path(), QStringLiteral("unet"), when), expected);
}

void TestTrainingController::defaultThreads_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QByteArray>("spincount");
    QTest::addColumn<int>("expected");
    // Spinning OpenMP barriers make two threads slower than one beside the GUI: one thread,
    // unless libgomp was told to sleep at barriers (then every core).
    QTest::newRow("libgomp default") << QByteArray() << QByteArray() << 1;
    QTest::newRow("passive") << QByteArray("PASSIVE") << QByteArray() << 0;
    QTest::newRow("passive, any case") << QByteArray(" passive") << QByteArray() << 0;
    QTest::newRow("active") << QByteArray("ACTIVE") << QByteArray() << 1;
    QTest::newRow("no spinning") << QByteArray() << QByteArray("0") << 0;
    QTest::newRow("short spinning") << QByteArray() << QByteArray("10000") << 1;
}

void TestTrainingController::defaultThreads()
{
    QFETCH(QByteArray, policy);
    QFETCH(QByteArray, spincount);
    QFETCH(int, expected);
    const QByteArray oldPolicy = qgetenv("OMP_WAIT_POLICY"), oldSpin = qgetenv("GOMP_SPINCOUNT");
    auto set = [](const char *name, const QByteArray &value) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    set("OMP_WAIT_POLICY", policy);
    set("GOMP_SPINCOUNT", spincount);
    const int threads = core::TrainingController::defaultThreads();
    core::ModelWorker worker;
    const int controllerThreads = core::TrainingController(&worker).threads();
    set("OMP_WAIT_POLICY", oldPolicy);
    set("GOMP_SPINCOUNT", oldSpin);
    QCOMPARE(threads, expected);
    QCOMPARE(controllerThreads, expected);
}

void TestTrainingController::savedMaskCanMakeTrainingPossible()
{
    const QString data = m_tmp.filePath(QStringLiteral("seven"));
    QString error;
    QVERIFY2(core::writeSyntheticDataset(data, 8, 4, &error, kImageSize), qPrintable(error));
    QVERIFY(QFile::remove(data + QStringLiteral("/masks/synth_0008.png")));
    QStringList warnings;
    const core::SessionPtr session =
        core::DatasetSession::open(data, m_tmp.filePath(QStringLiteral("seven-ws")), &error, &warnings);
    QVERIFY(session && session->workspace());
    core::ModelWorker worker;
    core::TrainingController controller(&worker);
    controller.setSession(session);
    QCOMPARE(controller.maskedSamples(), 7);
    QVERIFY(controller.blocker().contains(QStringLiteral("1 more")));

    // The editor saves a mask for the eighth image and reports it.
    QSignalSpy changed(&controller, &core::TrainingController::changed);
    const QString id = core::syntheticSampleId(7);
    cv::Mat mask = cv::Mat::zeros(kImageSize, CV_8UC1);
    mask(cv::Rect(30, 20, 30, 25)).setTo(255);
    QVERIFY2(session->workspace()->saveAnnotation(id, mask, &error), qPrintable(error));
    controller.sampleCorrected(id);
    QCOMPARE(controller.maskedSamples(), 8);
    QVERIFY(controller.blocker().isEmpty());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(controller.correctionsSent(), 0);   // no run to hand it to
}

void TestTrainingController::stopBeforeTheFirstEpochKeepsNothing()
{
    const QString data = m_tmp.filePath(QStringLiteral("data"));
    QString error;
    QVERIFY2(core::writeSyntheticDataset(data, 10, 5, &error, kImageSize), qPrintable(error));
    QStringList warnings;
    const core::SessionPtr session =
        core::DatasetSession::open(data, m_tmp.filePath(QStringLiteral("ws")), &error, &warnings);
    QVERIFY(session && session->workspace());
    core::ModelWorker worker;
    core::TrainingController controller(&worker);
    controller.setBaseConfig(tinyConfig(1));
    controller.setSession(session);

    // A first run gives the workspace an active model.
    QSignalSpy finished(&controller, &core::TrainingController::finished);
    core::TrainingChoice choice;
    QVERIFY2(controller.start(choice, &error), qPrintable(error));
    QVERIFY(finished.wait(60000));
    const QString first = controller.runModelName();
    QTRY_COMPARE(session->workspace()->activeModel(), first);
    QTRY_VERIFY(!controller.isRunning());

    // Started and stopped at once: whatever the worker had done by then, nothing is kept.
    finished.clear();
    controller.setBaseConfig(tinyConfig(50));
    QVERIFY2(controller.start(choice, &error), qPrintable(error));
    const QString second = controller.runModelName();
    QVERIFY(second != first);
    controller.stop();
    QCOMPARE(controller.state(), core::TrainingController::State::Stopping);
    QVERIFY(finished.count() > 0 || finished.wait(60000));
    QCOMPARE(finished.first().at(0).value<core::StopReason>(), core::StopReason::Cancelled);
    QVERIFY(finished.first().at(2).toString().isEmpty());
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("nothing was kept")),
             qPrintable(finished.first().at(1).toString()));
    QCOMPARE(controller.state(), core::TrainingController::State::Idle);
    const QDir models(session->workspace()->modelsDir());
    QCOMPARE(models.entryList({second + QStringLiteral(".*")}, QDir::Files), QStringList());
    QVERIFY(QFileInfo::exists(models.filePath(first + QStringLiteral(".pt"))));
    QCOMPARE(session->workspace()->activeModel(), first);
    QCOMPARE(controller.activeModelPath(), models.filePath(first + QStringLiteral(".pt")));
}

void TestTrainingController::predictingDuringARunFilesTheChosenModelOnly()
{
    const QString data = m_tmp.filePath(QStringLiteral("predict-data"));
    QString error;
    QVERIFY2(core::writeSyntheticDataset(data, 10, 9, &error, kImageSize), qPrintable(error));
    QStringList warnings;
    const core::SessionPtr session =
        core::DatasetSession::open(data, m_tmp.filePath(QStringLiteral("predict-ws")), &error, &warnings);
    QVERIFY(session && session->workspace());
    const QString chosen = m_tmp.filePath(QStringLiteral("darkness.pt"));
    test::saveDarknessModule(chosen);

    core::ModelWorker worker;
    core::TrainingController training(&worker);
    training.setBaseConfig(tinyConfig(1000));
    training.setSession(session);
    core::PredictController predict(&worker);
    predict.setSession(session);
    predict.setModelFile(chosen);

    // A run goes on, its live weights re-predicting the image on screen.
    QSignalSpy epochs(&training, &core::TrainingController::epochFinished);
    QSignalSpy trainingFinished(&training, &core::TrainingController::finished);
    core::TrainingChoice choice;
    QVERIFY2(training.start(choice, &error), qPrintable(error));
    training.setCurrentSample(session->sample(0).id);
    QVERIFY(epochs.wait(60000));

    // Predict All meanwhile: one job, answered between the run's batches.
    QSignalSpy predicted(&predict, &core::PredictController::predicted);
    QSignalSpy predictFinished(&predict, &core::PredictController::finished);
    QVector<int> all;
    for (int i = 0; i < session->count(); ++i)
        all.append(i);
    QVERIFY2(predict.predict(all, false, &error), qPrintable(error));
    QVERIFY(predictFinished.wait(60000));
    QVERIFY(training.isRunning());
    QCOMPARE(predictFinished.first().at(0).toInt(), session->count());
    QCOMPARE(predicted.count(), session->count());
    training.stop();
    QVERIFY(trainingFinished.count() > 0 || trainingFinished.wait(60000));

    // Every filed mask is the chosen file's answer, not the half-trained network's.
    core::Predictor reference;
    QVERIFY2(reference.load(chosen, &error), qPrintable(error));
    const core::PredictionStore store = session->predictions(QStringLiteral("darkness"));
    int lesionPixels = 0;
    for (int i = 0; i < session->count(); ++i) {
        const core::Sample &sample = session->sample(i);
        core::Prediction expected;
        const cv::Mat rgb = core::readImageRgb(sample.imagePath, &error);
        QVERIFY2(reference.predict(rgb, &expected, &error), qPrintable(error));
        const cv::Mat filed = store.readMask(sample.id, kImageSize, &error);
        QVERIFY2(!filed.empty(), qPrintable(error));
        QVERIFY2(cv::countNonZero(filed != expected.mask) == 0, qPrintable(sample.id));
        lesionPixels += cv::countNonZero(filed);
    }
    QVERIFY(lesionPixels > 0);   // the module's answer is no empty mask either
    // The live predictions went under the run's own name; no other model's folder appeared.
    const QString predictions = QFileInfo(store.folder()).absolutePath();
    QStringList folders = QDir(predictions).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    folders.sort();
    QStringList expectedFolders{QStringLiteral("darkness"), training.runModelName()};
    expectedFolders.sort();
    QVERIFY2(folders == expectedFolders || folders == QStringList{QStringLiteral("darkness")},
             qPrintable(folders.join(QLatin1Char(','))));
}

QTEST_GUILESS_MAIN(TestTrainingController)
#include "tst_trainingcontroller.moc"
