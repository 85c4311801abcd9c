// The ModelWorker: predictions served between training batches, cancel, model loading.

#include "tests/support/enginetestdata.h"

#include "core/engine/modelworker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask::core;

namespace {

TrainingConfig tinyConfig(const QString &dir, int epochs)
{
    TrainingConfig c;
    c.network = QStringLiteral("unet");
    c.width = 0.25;
    c.inputSize = 64;
    c.batchSize = 4;
    c.epochs = epochs;
    c.patience = 1000;
    c.threads = 1;
    c.validationFraction = 0.25;
    c.outputModel = dir + "/worker.pt";
    c.checkpointPath = dir + "/worker.ckpt";
    return c;
}

} // namespace

class TestModelWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_samples = enginetest::writeBlobDataset(m_dir.filePath("data"), 16);
    }

    void predictsBetweenBatchesWhileTraining()
    {
        QTemporaryDir out;
        ModelWorker worker;
        QSignalSpy started(&worker, &ModelWorker::trainingStarted);
        QSignalSpy progress(&worker, &ModelWorker::trainingProgress);
        QSignalSpy ready(&worker, &ModelWorker::predictionReady);
        QSignalSpy finished(&worker, &ModelWorker::trainingFinished);
        QSignalSpy loaded(&worker, &ModelWorker::modelLoaded);
        worker.startTraining(tinyConfig(out.path(), 400), m_samples);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 20000);
        QCOMPARE(started.first().at(0).toInt(), 12);
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 20000);
        QVERIFY(worker.isTraining());

        cv::Mat image, truth;
        enginetest::makeBlob(77, 90, 70, &image, &truth);
        const quint64 request = worker.requestPrediction(QStringLiteral("look"), image);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
        QCOMPARE(ready.first().at(0).value<quint64>(), request);
        QCOMPARE(ready.first().at(1).toString(), QStringLiteral("look"));
        const Prediction p = ready.first().at(2).value<Prediction>();
        QCOMPARE(p.mask.cols, 90);
        QCOMPARE(p.mask.rows, 70);
        // Served between two batches: the run is still going.
        QVERIFY(finished.isEmpty());
        QVERIFY(worker.isTraining());
        const int before = progress.size();
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() > before, 20000);

        worker.cancelTraining();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(finished.first().at(0).value<StopReason>(), StopReason::Cancelled);
        QVERIFY(!worker.isTraining());
        // The best model so far becomes the active one.
        QTRY_VERIFY_WITH_TIMEOUT(worker.hasModel(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
    }

    void predictsWithALoadedModel()
    {
        QTemporaryDir out;
        ModelWorker worker;
        QSignalSpy finished(&worker, &ModelWorker::trainingFinished);
        worker.startTraining(tinyConfig(out.path(), 2), m_samples);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.first().at(0).value<StopReason>(), StopReason::Completed);
        const QString path = finished.first().at(2).toString();
        QCOMPARE(path, out.filePath("worker.pt"));

        ModelWorker other;
        QSignalSpy loaded(&other, &ModelWorker::modelLoaded);
        QSignalSpy ready(&other, &ModelWorker::predictionReady);
        other.loadModel(path);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(loaded.first().at(1).value<ModelInfo>().network, QStringLiteral("unet"));
        other.requestPrediction(QStringLiteral("a"), cv::Mat(40, 50, CV_8UC3, cv::Scalar(1, 2, 3)));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
        QCOMPARE(ready.first().at(2).value<Prediction>().mask.cols, 50);
    }

    void reportsFailures()
    {
        ModelWorker worker;
        QSignalSpy failed(&worker, &ModelWorker::modelLoadFailed);
        QSignalSpy predictFailed(&worker, &ModelWorker::predictionFailed);
        QSignalSpy finished(&worker, &ModelWorker::trainingFinished);
        worker.loadModel(m_dir.filePath("nothing.pt"));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        QVERIFY(failed.first().at(1).toString().contains("nothing.pt"));
        worker.requestPrediction(QStringLiteral("x"), cv::Mat(8, 8, CV_8UC3));
        QTRY_VERIFY_WITH_TIMEOUT(!predictFailed.isEmpty(), 5000);
        QVERIFY(predictFailed.first().at(2).toString().contains("no model"));
        TrainingConfig bad = tinyConfig(m_dir.path(), 1);
        bad.inputSize = 50;
        worker.startTraining(bad, m_samples);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
        QCOMPARE(finished.first().at(0).value<StopReason>(), StopReason::Failed);
        QVERIFY(finished.first().at(1).toString().contains("multiple of 16"));
    }

    void destructorStopsARun()
    {
        QTemporaryDir out;
        QElapsedTimer clock;
        {
            ModelWorker worker;
            QSignalSpy progress(&worker, &ModelWorker::trainingProgress);
            worker.startTraining(tinyConfig(out.path(), 10000), m_samples);
            QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 1, 20000);
            clock.start();
        }
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

private:
    QTemporaryDir m_dir;
    QVector<TrainingSample> m_samples;
};

QTEST_GUILESS_MAIN(TestModelWorker)
#include "tst_modelworker.moc"
