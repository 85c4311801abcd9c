// The Trainer: learning, checkpoints, cancel, resume, determinism, budget and fine-tuning.

#include "tests/support/enginetestdata.h"
#include "tests/support/fulldisk.h"

#include "core/model/modelfile_p.h"
#include "core/model/network_p.h"
#include "core/model/runtime.h"
#include "core/training/precision_p.h"
#include "core/training/trainer.h"

#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask::core;

namespace {

TrainingConfig tinyConfig(const QString &dir)
{
    TrainingConfig c;
    c.network = QStringLiteral("unet");
    c.width = 0.25;
    c.inputSize = 64;
    c.batchSize = 4;
    c.epochs = 3;
    c.learningRate = 3e-3;
    c.threads = 2;
    c.validationFraction = 0.25;
    c.outputModel = dir + "/model.pt";
    c.checkpointPath = dir + "/model.ckpt";
    return c;
}

torch::Tensor fixedInput()
{
    torch::manual_seed(7);
    return torch::rand({2, 3, 64, 64});
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_samples = enginetest::writeBlobDataset(m_dir.filePath("data"), 16);
    }

    void lossFalls_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("loss");
        QTest::addColumn<double>("width");
        QTest::newRow("unet-bce") << "unet" << "bce" << 0.25;
        QTest::newRow("unet-bce+dice") << "unet" << "bce+dice" << 0.25;
        QTest::newRow("segnet-dice") << "segnet" << "dice" << 0.25;
        // fastunet's stride-2 stem at width 0.25 has 4 channels: too narrow to learn the
        // blobs in 20 tiny epochs (Dice ~0.4); at 0.5 it reaches ~0.96.
        QTest::newRow("fastunet-bce+dice") << "fastunet" << "bce+dice" << 0.5;
        QTest::newRow("fastunet-focal") << "fastunet" << "focal" << 0.5;
    }
    void lossFalls()
    {
        QFETCH(QString, network);
        QFETCH(QString, loss);
        QFETCH(double, width);
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.network = network;
        c.width = width;
        QVERIFY(parseLoss(loss, &c.loss));
        c.epochs = 20;
        c.patience = 100;
        c.augment = false;
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
        QCOMPARE(t.trainingSamples(), 12);
        QCOMPARE(t.validationSamples(), 4);
        QVERIFY2(t.run(&error), qPrintable(error));
        const auto h = t.history();
        QCOMPARE(t.stopReason(), StopReason::Completed);
        QCOMPARE(h.size(), 20);
        QVERIFY2(h.last().loss < 0.75 * h.first().loss,
                 qPrintable(QString("first %1 last %2").arg(h.first().loss).arg(h.last().loss)));
        QVERIFY2(t.progress().bestDice > 0.6, qPrintable(QString::number(t.progress().bestDice)));
        QVERIFY(QFileInfo::exists(c.outputModel));
        QVERIFY(QFileInfo::exists(sidecarPath(c.outputModel)));
        QVERIFY(QFileInfo::exists(c.checkpointPath));
    }

    void savedModelPredictsIdentically()
    {
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.epochs = 2;
        c.validationFraction = 0.0;   // no validation: the best model is the last one
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
        QVERIFY2(t.run(&error), qPrintable(error));
        ModelInfo info;
        NetworkPtr loaded = loadModelFile(c.outputModel, &info, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(info.network, QStringLiteral("unet"));
        QCOMPARE(info.inputSize, 64);
        QCOMPARE(info.epochs, 2);
        NetworkPtr trained = t.network();
        trained->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = fixedInput();
        const torch::Tensor a = trained->forward(x), b = loaded->forward(x);
        QVERIFY(a.abs().max().item<float>() > 0);
        QVERIFY2(torch::allclose(a, b, /*rtol=*/1e-5, /*atol=*/1e-5),
                 qPrintable(QString::number((a - b).abs().max().item<float>())));
    }

    void theBestModelIsCalibrated()
    {
        // The temperature is fitted on the validation pixels of the best epoch: the sidecar says
        // how far off the probabilities were and are, and the fit never makes them worse.
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
        QVERIFY2(t.run(&error), qPrintable(error));
        ModelInfo info;
        QVERIFY2(loadModelFile(c.outputModel, &info, &error), qPrintable(error));
        QVERIFY2(info.temperature > 0.05 && info.temperature < 20 && info.temperature != 1.0,
                 qPrintable(QString::number(info.temperature)));
        const QJsonObject ece = info.training.value("calibration_error").toObject();
        QVERIFY(ece.contains("uncalibrated") && ece.contains("calibrated"));
        QVERIFY2(ece.value("calibrated").toDouble() <= ece.value("uncalibrated").toDouble() + 0.02,
                 qPrintable(QJsonDocument(ece).toJson()));
        // The run's live predictions use it too.
        QCOMPARE(t.modelInfo().temperature, info.temperature);
    }

    void cancelStopsWithinOneBatch()
    {
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.epochs = 50;
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
        int batchesAfterCancel = 0;
        bool cancelled = false;
        t.setProgressCallback([&](const TrainingProgress &p) {
            if (cancelled)
                ++batchesAfterCancel;
            if (p.epoch == 2 && p.batch == 1 && !p.epochEnd && !cancelled) {
                t.requestCancel();   // as a GUI thread would, between two batches
                cancelled = true;
            }
        });
        QVERIFY2(t.run(&error), qPrintable(error));
        QCOMPARE(t.stopReason(), StopReason::Cancelled);
        QCOMPARE(batchesAfterCancel, 0);
        QCOMPARE(t.history().size(), 1);
        // The checkpoint of epoch 1 is intact and resumable.
        Trainer again;
        QVERIFY2(again.prepare(c, m_samples, &error), qPrintable(error));
        QVERIFY2(again.resume(c.checkpointPath, &error), qPrintable(error));
        QCOMPARE(again.history().size(), 1);
        ModelInfo info;
        QVERIFY2(loadModelFile(c.outputModel, &info, &error), qPrintable(error));
    }

    void resumeContinuesTheEpochCount()
    {
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.epochs = 2;
        {
            Trainer t;
            QString error;
            QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
            QVERIFY2(t.run(&error), qPrintable(error));
            QCOMPARE(t.history().size(), 2);
        }
        c.epochs = 4;
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
        QVERIFY2(t.resume(c.checkpointPath, &error), qPrintable(error));
        QList<int> epochs;
        t.setProgressCallback([&](const TrainingProgress &p) {
            if (p.epochEnd)
                epochs << p.epoch;
        });
        QVERIFY2(t.run(&error), qPrintable(error));
        QCOMPARE(epochs, QList<int>({3, 4}));
        const auto h = t.history();
        QCOMPARE(h.size(), 4);
        QCOMPARE(h[0].epoch, 1);
        QCOMPARE(h[3].epoch, 4);
    }

    void resumeRefusesAnotherNetwork()
    {
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.epochs = 1;
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
        QVERIFY2(t.run(&error), qPrintable(error));
        c.network = QStringLiteral("segnet");
        Trainer other;
        QVERIFY2(other.prepare(c, m_samples, &error), qPrintable(error));
        QVERIFY(!other.resume(c.checkpointPath, &error));
        QVERIFY2(error.contains(c.checkpointPath), qPrintable(error));
    }

    // A damaged checkpoint is refused with a message naming it; LibTorch, which checks no CRC,
    // never reads it (a damaged archive can crash it: core/model/zipcheck.h).
    void resumeRefusesADamagedCheckpoint_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("a byte changed") << "flip" << "checksum mismatch";
        QTest::newRow("cut in half") << "truncate" << "";
    }
    void resumeRefusesADamagedCheckpoint()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.epochs = 1;
        QString error;
        {
            Trainer t;
            QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
            QVERIFY2(t.run(&error), qPrintable(error));
        }
        QFile file(c.checkpointPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        if (damage == "flip")
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);  // inside the weights
        else
            bytes.truncate(bytes.size() / 2);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        Trainer t;
        QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
        QVERIFY(!t.resume(c.checkpointPath, &error));
        QVERIFY2(error.contains(c.checkpointPath) && error.contains(message), qPrintable(error));
    }

    // The disk fills up after epoch 1: the run stops with a message naming the file it could
    // not write, the model and checkpoint of epoch 1 stay whole, and the run resumes from them.
    void fullDiskKeepsTheLastCheckpointAndModel_data()
    {
        QTest::addColumn<bool>("model");
        QTest::addColumn<bool>("checkpoint");
        QTest::newRow("checkpoint") << false << true;
        QTest::newRow("model and checkpoint") << true << true;
    }
    void fullDiskKeepsTheLastCheckpointAndModel()
    {
        QFETCH(bool, model);
        QFETCH(bool, checkpoint);
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        if (!model)
            c.outputModel.clear();
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
        auto bytes = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QByteArray modelBytes, checkpointBytes;
        std::unique_ptr<dermask::testsupport::FullDisk> disk;
        t.setProgressCallback([&](const TrainingProgress &p) {
            if (p.epochEnd && p.epoch == 1) {
                modelBytes = bytes(c.outputModel);
                checkpointBytes = bytes(c.checkpointPath);
                disk = std::make_unique<dermask::testsupport::FullDisk>();
            }
        });
        QVERIFY(!t.run(&error));
        QVERIFY(disk && disk->isActive());
        disk.reset();
        QVERIFY2((model && error.contains(c.outputModel)) || error.contains(c.checkpointPath),
                 qPrintable(error));
        QVERIFY(!checkpointBytes.isEmpty());
        QCOMPARE(bytes(c.checkpointPath), checkpointBytes);
        if (model) {
            QVERIFY(!modelBytes.isEmpty());
            QCOMPARE(bytes(c.outputModel), modelBytes);
            ModelInfo info;
            QVERIFY2(loadModelFile(c.outputModel, &info, &error), qPrintable(error));
        }
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), model ? 3 : 1);  // no temporaries
        Trainer again;
        QVERIFY2(again.prepare(c, m_samples, &error), qPrintable(error));
        QVERIFY2(again.resume(c.checkpointPath, &error), qPrintable(error));
        QCOMPARE(again.history().size(), 1);
    }

    void sameSeedSameRun()
    {
        QList<double> losses[2];
        for (int run = 0; run < 2; ++run) {
            QTemporaryDir out;
            TrainingConfig c = tinyConfig(out.path());
            c.epochs = 2;
            Trainer t;
            QString error;
            QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
            QVERIFY2(t.run(&error), qPrintable(error));
            for (const EpochRecord &r : t.history())
                losses[run] << r.loss << r.validationDice;
        }
        QCOMPARE(losses[0], losses[1]);
    }

    void theSamplesSidesDecideTheValidationSet()
    {
        // A workspace's fixed split: the sides given win over the share and the hash.
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.epochs = 2;
        QVector<TrainingSample> samples = m_samples;
        const QVector<TrainingSample> extra = samples.mid(12);
        samples.resize(12);
        QStringList chosen;
        for (int i = 0; i < samples.size(); ++i) {
            samples[i].side = i % 3 == 0 ? SplitSide::Validation : SplitSide::Train;
            if (samples[i].side == SplitSide::Validation)
                chosen.append(samples[i].id);
        }
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, samples, &error), qPrintable(error));
        QCOMPARE(t.validationIds(), chosen);
        // Images arriving during the run join the side they bring; the others keep theirs.
        for (TrainingSample s : extra) {
            s.side = SplitSide::Validation;
            chosen.append(s.id);
            t.updateSample(s);
        }
        QVERIFY2(t.run(&error), qPrintable(error));
        QStringList after = t.validationIds();
        after.sort();
        chosen.sort();
        QCOMPARE(after, chosen);
        QCOMPARE(t.trainingSamples(), 8);
    }

    void correctedSamplesAreDrawnMoreOften_data()
    {
        QTest::addColumn<int>("weight");
        QTest::addColumn<int>("batches");   // 12 to learn from, 3 of them corrected, batch 4
        QTest::newRow("once") << 1 << 3;
        QTest::newRow("three times") << 3 << 5;
        // 21 draws: a last batch of one would fail BatchNorm at a 1x1 bottleneck; it joins the fifth.
        QTest::newRow("four times") << 4 << 5;
    }
    void correctedSamplesAreDrawnMoreOften()
    {
        QFETCH(int, weight);
        QFETCH(int, batches);
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.epochs = 1;
        c.correctionWeight = weight;
        QVector<TrainingSample> samples = m_samples;
        for (int i = 0; i < samples.size(); ++i) {
            samples[i].side = i < 4 ? SplitSide::Validation : SplitSide::Train;
            samples[i].corrected = i >= 4 && i < 7;
        }
        samples[0].corrected = true;   // a corrected validation image is measured, not drawn
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, samples, &error), qPrintable(error));
        QVERIFY2(t.run(&error), qPrintable(error));
        QCOMPARE(t.progress().batches, batches);
        ModelInfo info;
        QVERIFY2(readSidecar(c.outputModel, &info, &error), qPrintable(error));
        QCOMPARE(info.training.value("corrected_samples").toInt(), 3);
        QCOMPARE(info.training.value("correction_weight").toInt(), weight);
        QVERIFY(info.training.value("seconds").toDouble() > 0);
    }

    void budgetEndsTheRun()
    {
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.epochs = 10000;
        c.minutes = 3.0 / 60.0;   // three seconds
        c.patience = 10000;
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(t.run(&error), qPrintable(error));
        QCOMPARE(t.stopReason(), StopReason::TimeBudget);
        QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(t.history().size() >= 1);
        QVERIFY(QFileInfo::exists(c.outputModel));
    }

    void aRunPlannedByTheClockGoesThroughPlateaus()
    {
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.epochs = 0;
        c.patience = 1;   // would end an epoch-planned run at its first epoch without progress
        QString error;
        QVERIFY(!c.validate(&error));
        QVERIFY2(error.contains("time budget"), qPrintable(error));
        c.minutes = 8.0 / 60.0;
        Trainer t;
        QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
        QVERIFY2(t.run(&error), qPrintable(error));
        QCOMPARE(t.stopReason(), StopReason::TimeBudget);
        // Past the epoch where patience would have stopped it, the rate following the clock
        // down (tst_schedule has the curve; how far down by the last whole epoch depends on
        // how busy the machine is).
        const auto h = t.history();
        QVERIFY(h.size() >= 2);
        QVERIFY2(h.last().learningRate < 0.75 * c.learningRate,
                 qPrintable(QString::number(h.last().learningRate)));
    }

    void thePrecisionProbeTrainsNothing()
    {
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.network = QStringLiteral("fastunet");   // has BatchNorm buffers that a step would move
        c.precision = Precision::Fp32;
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
        QCOMPARE(t.arithmetic(), QStringLiteral("fp32"));
        SegmentationNetworkImpl &net = *t.network();
        std::vector<torch::Tensor> before;
        for (const torch::Tensor &p : net.parameters())
            before.push_back(p.detach().clone());
        for (const torch::Tensor &b : net.buffers())
            before.push_back(b.clone());
        const PrecisionProbe probe = probePrecision(net, 2, 64, c.loss);
        QVERIFY(probe.fp32Seconds > 0 && probe.bf16Seconds > 0);
        size_t i = 0;
        for (const torch::Tensor &p : net.parameters()) {
            QVERIFY(torch::equal(p, before[i++]));
            QVERIFY(!p.grad().defined());
        }
        for (const torch::Tensor &b : net.buffers())
            QVERIFY(torch::equal(b, before[i++]));
        QCOMPARE(i, before.size());

        // Auto: fp32 without a probe where bf16 is not native; otherwise whatever the probe found.
        c.precision = Precision::Auto;
        PrecisionProbe seen;
        const bool bf16 = useBf16(c, net, &seen);
        if (!cpuHasNativeBf16()) {
            QVERIFY(!bf16);
            QCOMPARE(seen.fp32Seconds, 0.0);
        } else {
            QVERIFY(seen.fp32Seconds > 0);
            QCOMPARE(bf16, seen.bf16);
        }
    }

    void fineTuneRecordsTheParent()
    {
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.epochs = 1;
        QString error;
        {
            Trainer t;
            QVERIFY2(t.prepare(c, m_samples, &error), qPrintable(error));
            QVERIFY2(t.run(&error), qPrintable(error));
        }
        TrainingConfig f = tinyConfig(out.path());
        f.network.clear();
        f.inputSize = 256;    // the parent's size wins
        f.initModel = c.outputModel;
        f.outputModel = out.filePath("child.pt");
        f.checkpointPath.clear();
        f.epochs = 1;
        Trainer t;
        QVERIFY2(t.prepare(f, m_samples, &error), qPrintable(error));
        QCOMPARE(t.config().inputSize, 64);
        QCOMPARE(t.config().network, QStringLiteral("unet"));
        QVERIFY2(t.run(&error), qPrintable(error));
        ModelInfo info;
        QVERIFY2(readSidecar(f.outputModel, &info, &error), qPrintable(error));
        QCOMPARE(info.parent, QStringLiteral("model.pt"));

        f.network = QStringLiteral("segnet");
        Trainer wrong;
        QVERIFY(!wrong.prepare(f, m_samples, &error));
        QVERIFY2(error.contains("unet model"), qPrintable(error));
    }

    void refusesUnusableInput_data()
    {
        QTest::addColumn<int>("inputSize");
        QTest::addColumn<int>("samples");
        QTest::addColumn<QString>("message");
        QTest::newRow("size not multiple of 16") << 70 << 16 << "multiple of 16";
        QTest::newRow("no samples") << 64 << 0 << "no sample has a mask";
    }
    void refusesUnusableInput()
    {
        QFETCH(int, inputSize);
        QFETCH(int, samples);
        QFETCH(QString, message);
        QTemporaryDir out;
        TrainingConfig c = tinyConfig(out.path());
        c.inputSize = inputSize;
        Trainer t;
        QString error;
        QVERIFY(!t.prepare(c, m_samples.mid(0, samples), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    QVector<TrainingSample> m_samples;
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
