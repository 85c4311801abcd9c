// dermask-cli train and predict, end to end on a tiny dataset (DERMASK_CLI is the binary).

#include "tests/support/clirun.h"
#include "tests/support/enginetestdata.h"

#include "core/model/modelinfo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace dermask::core;
using clitest::cli;
using clitest::Run;

class TestTrainCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("DERMASK_CLI").isEmpty())
            QSKIP("DERMASK_CLI is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
        enginetest::writeBlobDataset(m_dir.filePath("data"), 16, 80, 60);
    }

    void trainsThenPredictsAtTheImagesSize()
    {
        const QString model = m_dir.filePath("models/tiny.pt");
        Run r = cli({"train", m_dir.filePath("data"), "--out", model, "--model", "unet",
                     "--width", "0.25", "--size", "64", "--epochs", "3", "--batch", "4",
                     "--threads", "1"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("16 samples with a mask"), qPrintable(r.out));
        QVERIFY2(r.out.contains("stopped: completed after 3 epochs"), qPrintable(r.out));
        QVERIFY2(r.err.contains("val Dice"), qPrintable(r.err));
        QVERIFY(QFileInfo::exists(model));
        QVERIFY(QFileInfo::exists(m_dir.filePath("models/tiny.ckpt")));
        ModelInfo info;
        QString error;
        QVERIFY2(readSidecar(model, &info, &error), qPrintable(error));
        QCOMPARE(info.network, QStringLiteral("unet"));
        QCOMPARE(info.inputSize, 64);
        QVERIFY(info.validationDice >= 0.0);

        const QString out = m_dir.filePath("pred");
        r = cli({"predict", m_dir.filePath("data"), "--model", model, "--out", out, "--probabilities",
                 "--tta", "--threshold", "0.4"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("wrote 16 masks") && r.out.contains("images/s"), qPrintable(r.out));
        for (const QString &name : {QStringLiteral("blob_000.png"), QStringLiteral("blob_015.png"),
                                    QStringLiteral("blob_007_prob.png")}) {
            const cv::Mat m = readMask(out + "/" + name, &error);
            QVERIFY2(!m.empty(), qPrintable(error));
            QCOMPARE(m.cols, 80);
            QCOMPARE(m.rows, 60);
        }

        // One image, not a dataset.
        r = cli({"predict", m_dir.filePath("data/images/blob_003.png"), "--model", model, "--out",
                 m_dir.filePath("one")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(QFileInfo::exists(m_dir.filePath("one/blob_003.png")));
    }

    void aBudgetAlonePlansTheRun()
    {
        // --minutes without --epochs: no epoch count; the run ends by the clock.
        const QString model = m_dir.filePath("models/budget.pt");
        const Run r = cli({"train", m_dir.filePath("data"), "--out", model, "--model", "unet", "--width",
                           "0.25", "--size", "64", "--batch", "4", "--minutes", "0.1", "--precision", "fp32",
                           "--threads", "1"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("bce+dice loss, 0.1 min, 1 threads, fp32"), qPrintable(r.out));
        QVERIFY2(r.out.contains("stopped: time budget"), qPrintable(r.out));
        ModelInfo info;
        QString error;
        QVERIFY2(readSidecar(model, &info, &error), qPrintable(error));
        QCOMPARE(info.training.value("epochs").toInt(-1), 0);
        QCOMPARE(info.training.value("precision").toString(), QStringLiteral("fp32"));
        QCOMPARE(info.training.value("arithmetic").toString(), QStringLiteral("fp32"));
    }

    void trainsAClickModelThenPlaysIt()
    {
        // train --click writes a click model; evaluate-clicks plays it; predict refuses it.
        const QString model = m_dir.filePath("models/click.pt");
        Run r = cli({"train", m_dir.filePath("data"), "--click", "--out", model, "--width", "0.25", "--size", "64",
                     "--epochs", "2", "--batch", "8", "--threads", "1"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("stopped: completed after 2 epochs"), qPrintable(r.out));
        ModelInfo info;
        QString error;
        QVERIFY2(readSidecar(model, &info, &error), qPrintable(error));
        QCOMPARE(info.task, ModelTask::Click);
        QCOMPARE(info.inputChannels(), 6);

        r = cli({"evaluate-clicks", m_dir.filePath("data"), "--model", model, "--max-clicks", "3", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("method").toString(), QStringLiteral("click.pt"));
        QCOMPARE(o.value("images").toInt(), 16);
        QVERIFY2(o.value("noc90").toDouble() >= 1 && o.value("noc90").toDouble() <= 3, qPrintable(r.out));
        QCOMPARE(o.value("flips").toBool(), true);
        QCOMPARE(o.value("box").toBool(), false);
        // The same images started from a box, and answered from the view alone: played too.
        r = cli({"evaluate-clicks", m_dir.filePath("data"), "--model", model, "--max-clicks", "3", "--box",
                 "--no-flips", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QJsonObject boxed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(boxed.value("box").toBool(), true);
        QCOMPARE(boxed.value("flips").toBool(), false);
        QCOMPARE(boxed.value("images").toInt(), 16);
        QVERIFY2(boxed.value("noc90").toDouble() >= 1 && boxed.value("noc90").toDouble() <= 3, qPrintable(r.out));

        r = cli({"predict", m_dir.filePath("data"), "--model", model, "--out", m_dir.filePath("clickpred")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("click.pt is a click model"), qPrintable(r.err));
    }

    void simulatePrintsARoundPerLine()
    {
        // The annotator: 4 labelled, then 3 rounds of 2 revealed; one JSON line per round and
        // a summary. The pool's folder is not written to.
        enginetest::writeBlobDataset(m_dir.filePath("test"), 4, 80, 60);
        const auto contents = [this] {
            QFile project(m_dir.filePath("data/.dermask/project.json"));
            project.open(QIODevice::ReadOnly);
            return QDir(m_dir.filePath("data"))
                       .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                       .join(',')
                + project.readAll();
        };
        const QString before = contents();
        const Run r = cli({"simulate",   m_dir.filePath("data"),
                           "--test",     m_dir.filePath("test"),
                           "--start",    "4",
                           "--step",     "2",
                           "--rounds",   "3",
                           "--minutes",  "0",
                           "--epochs",   "1",
                           "--size",     "32",
                           "--width",    "0.25",
                           "--batch",    "4",
                           "--threads",  "1",
                           "--strategy", "uncertain",
                           "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        for (int i = 0; i < 4; ++i) {
            const QJsonObject round = QJsonDocument::fromJson(lines[i].toUtf8()).object();
            QCOMPARE(round.value("round").toInt(), i);
            QCOMPARE(round.value("labelled").toInt(), 4 + 2 * i);
            QCOMPARE(round.value("revealed").toArray().size(), i == 0 ? 4 : 2);
            QVERIFY(round.value("dice").toDouble(-1) >= 0);
        }
        const QJsonObject summary = QJsonDocument::fromJson(lines[4].toUtf8()).object();
        QVERIFY(summary.value("summary").toBool());
        QCOMPARE(summary.value("strategy").toString(), QStringLiteral("uncertain"));
        QCOMPARE(summary.value("labelled").toInt(), 10);
        QCOMPARE(contents(), before);
    }

    void refusesWhatItCannotUse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --out") << QStringList{"train", "DATA"} << 2 << "--out";
        QTest::newRow("unknown network") << QStringList{"train", "DATA", "--out", "x.pt", "--model", "resnet"} << 2 << "resnet";
        QTest::newRow("bad loss") << QStringList{"train", "DATA", "--out", "x.pt", "--loss", "l2"} << 2 << "--loss";
        QTest::newRow("bad precision")
            << QStringList{"train", "DATA", "--out", "x.pt", "--precision", "fp16"} << 2 << "--precision";
        QTest::newRow("bad size") << QStringList{"train", "DATA", "--out", "x.pt", "--size", "100"} << 2 << "multiple of 16";
        QTest::newRow("missing model") << QStringList{"predict", "DATA", "--model", "DIR/none.pt", "--out", "DIR/p"} << 1 << "none.pt";
        QTest::newRow("truncated model") << QStringList{"predict", "DATA", "--model", "DIR/bad.pt", "--out", "DIR/p"} << 1 << "truncated";
        QTest::newRow("simulate without --test") << QStringList{"simulate", "DATA"} << 2 << "--test";
        QTest::newRow("unknown strategy")
            << QStringList{"simulate", "DATA", "--test", "DATA", "--strategy", "psychic"} << 2 << "psychic";
        QTest::newRow("pool too small") << QStringList{"simulate", "DATA",   "--test", "DATA",     "--start",
                                                       "10",       "--step", "5",      "--rounds", "2"}
                                        << 1 << "16 images";
    }
    void refusesWhatItCannotUse()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QFile bad(m_dir.filePath("bad.pt"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("PK\x03\x04 this is not a whole zip");
        bad.close();
        for (QString &a : args) {
            a.replace("DATA", m_dir.filePath("data"));
            a.replace("DIR", m_dir.path());
        }
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void ctrlCKeepsTheLastGoodModel()
    {
        // A long run interrupted as a user would: Ctrl-C after the first epoch ends. The run
        // stops before the next batch, exits 1 with a message, and leaves a model and a
        // checkpoint that load and predict.
        const QString model = m_dir.filePath("interrupted/m.pt");
        QProcess p;
        p.start(qEnvironmentVariable("DERMASK_CLI"),
                {"train", m_dir.filePath("data"), "--out", model, "--model", "unet", "--width",
                 "0.25", "--size", "64", "--epochs", "1000", "--batch", "4", "--threads", "1"});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QElapsedTimer timer;
        timer.start();
        const QString checkpoint = m_dir.filePath("interrupted/m.ckpt");
        while (!QFileInfo::exists(checkpoint) && timer.elapsed() < 120000) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        QVERIFY2(QFileInfo::exists(checkpoint), err.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY2(p.waitForFinished(30000), "train did not stop after Ctrl-C");
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("cancelled"), err.constData());
        const Run r = cli({"predict", m_dir.filePath("data"), "--model", model, "--out",
                           m_dir.filePath("interrupted-pred")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(QFileInfo::exists(m_dir.filePath("interrupted-pred/blob_000.png")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTrainCli)
#include "tst_traincli.moc"
