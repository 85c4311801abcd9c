// Data-parallel training over c10d/Gloo, end to end: real dermask-cli processes meeting on
// 127.0.0.1. Two ranks with batch B train the same model as one process with batch 2B; a
// killed peer or a missing one ends the others with a message, never a hang; the model rank 0
// writes loads like any other; prediction shards the images between ranks.

#include "tests/support/clirun.h"

#include "core/inference/predictor.h"
#include "core/model/modelfile_p.h"
#include "core/model/network_p.h"

#include <QDir>
#include <torch/cuda.h>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <csignal>
#include <unistd.h>

using namespace dermask::core;

namespace {

/// A port for this run's rank 0: distinct per test process and per call.
int freshPort()
{
    static int next = 20000 + int(getpid() % 20000);
    return next += 7;
}

QStringList trainArgs(const QString &data, const QString &model, int batch, int epochs = 2)
{
    return {QStringLiteral("train"), data, QStringLiteral("--out"), model,
            QStringLiteral("--model"), QStringLiteral("fastunet"), QStringLiteral("--width"), QStringLiteral("0.25"),
            QStringLiteral("--size"), QStringLiteral("32"), QStringLiteral("--epochs"), QString::number(epochs),
            QStringLiteral("--batch"), QString::number(batch), QStringLiteral("--threads"), QStringLiteral("1"),
            QStringLiteral("--val"), QStringLiteral("0"), QStringLiteral("--precision"), QStringLiteral("fp32")};
}

QStringList rankArgs(int rank, int world, int port, int timeout = 30)
{
    return {QStringLiteral("--dist-url"), QStringLiteral("tcp://127.0.0.1:%1").arg(port),
            QStringLiteral("--rank"), QString::number(rank), QStringLiteral("--world-size"), QString::number(world),
            QStringLiteral("--dist-timeout"), QString::number(timeout)};
}

void startCli(QProcess &p, const QStringList &args)
{
    p.start(qEnvironmentVariable("DERMASK_CLI"), args);
    QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
}

/// What @p p says on stderr until it says @p marker (two ranks training together print an
/// epoch line), or two minutes pass.
QByteArray readUntil(QProcess &p, const QByteArray &marker)
{
    QByteArray said;
    QElapsedTimer clock;
    clock.start();
    while (!said.contains(marker) && clock.elapsed() < 120000) {
        p.waitForReadyRead(500);
        said += p.readAllStandardError();
    }
    return said;
}

/// Runs the ranks' argument lists at once; each one's exit code and stderr.
QVector<clitest::Run> runRanks(const QVector<QStringList> &ranks)
{
    std::vector<std::unique_ptr<QProcess>> ps;
    for (const QStringList &args : ranks) {
        ps.push_back(std::make_unique<QProcess>());
        startCli(*ps.back(), args);
    }
    QVector<clitest::Run> out;
    for (auto &p : ps) {
        clitest::Run r;
        if (p->waitForFinished(240000))
            r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = QString::fromUtf8(p->readAllStandardOutput());
        r.err = QString::fromUtf8(p->readAllStandardError());
        out.append(r);
    }
    return out;
}

/// How far apart two models are: the norm of the difference of all their parameters and
/// buffers over the norm of the first's. A norm, not the largest element: Adam's first steps
/// move every weight by about the learning rate whatever its gradient's size, so a weight
/// whose gradient is nearly zero may go either way on rounding alone.
double relativeDistance(const QString &a, const QString &b)
{
    ModelInfo ia, ib;
    QString error;
    const NetworkPtr na = loadModelFile(a, &ia, &error), nb = loadModelFile(b, &ib, &error);
    if (!na || !nb) {
        qWarning() << error;
        return 1e9;
    }
    auto flat = [](const SegmentationNetworkImpl &net) {
        std::vector<torch::Tensor> parts;
        for (const torch::Tensor &t : net.parameters())
            parts.push_back(t.detach().reshape(-1));
        for (const torch::Tensor &t : net.buffers())
            if (t.is_floating_point())
                parts.push_back(t.reshape(-1));
        return torch::cat(parts);
    };
    const torch::Tensor x = flat(*na), y = flat(*nb);
    return (x - y).norm().item<double>() / x.norm().item<double>();
}

} // namespace

class TestDataParallel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        const clitest::Run r = clitest::cli({QStringLiteral("sample"), m_data, QStringLiteral("--count"),
                                             QStringLiteral("16"), QStringLiteral("--size"), QStringLiteral("96x96")});
        QCOMPARE(r.code, 0);
    }

    void twoRanksTrainAsOneProcessWithTheirBatchesTogether()
    {
        const QString one = m_dir.filePath(QStringLiteral("one.pt")), half = m_dir.filePath(QStringLiteral("half.pt"));
        const QString ranked = m_dir.filePath(QStringLiteral("ranked.pt"));
        QCOMPARE(clitest::cli(trainArgs(m_data, one, 4)).code, 0);
        QCOMPARE(clitest::cli(trainArgs(m_data, half, 2)).code, 0);   // what a rank alone would learn
        const int port = freshPort();
        const auto runs = runRanks({trainArgs(m_data, ranked, 2) + rankArgs(0, 2, port),
                                    trainArgs(m_data, m_dir.filePath(QStringLiteral("unused.pt")), 2)
                                        + rankArgs(1, 2, port)});
        for (const clitest::Run &r : runs)
            QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(runs[0].out.contains(QStringLiteral("data-parallel: 2 ranks")));
        QVERIFY2(!QFile::exists(m_dir.filePath(QStringLiteral("unused.pt"))), "only rank 0 writes the model");

        const double same = relativeDistance(one, ranked), other = relativeDistance(one, half);
        qInfo("relative difference to one process with batch 4: two ranks of 2 %.2g, one of 2 %.2g", same, other);
        QVERIFY2(same < 1e-3, qPrintable(QString::number(same)));
        QVERIFY2(other > 100 * same, "the comparison must tell a different batch apart");
    }

    void aModelTrainedByRanksLoadsAndPredictsLikeAnyOther()
    {
        const QString ranked = m_dir.filePath(QStringLiteral("ranked.pt"));
        QVERIFY(QFile::exists(ranked));
        Predictor predictor;
        QString error;
        QVERIFY2(predictor.load(ranked, &error), qPrintable(error));
        cv::Mat rgb = cv::imread(QDir(m_data).filePath(QStringLiteral("images/synth_0001.jpg")).toStdString());
        QVERIFY(!rgb.empty());
        cv::cvtColor(rgb, rgb, cv::COLOR_BGR2RGB);
        Prediction p;
        QVERIFY2(predictor.predict(rgb, &p, &error), qPrintable(error));
        QCOMPARE(p.mask.size(), rgb.size());
        QVERIFY(cv::countNonZero(p.probability > 0.0f) > 0);
    }

    void predictionIsShardedBetweenRanks()
    {
        const QString out = m_dir.filePath(QStringLiteral("shards"));
        const QString model = m_dir.filePath(QStringLiteral("one.pt"));
        int total = 0;
        for (int rank = 0; rank < 2; ++rank) {
            const clitest::Run r = clitest::cli({QStringLiteral("predict"), m_data, QStringLiteral("--model"), model,
                                                 QStringLiteral("--out"), out, QStringLiteral("--rank"),
                                                 QString::number(rank), QStringLiteral("--world-size"),
                                                 QStringLiteral("2")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("rank %1 of 2: 8 of the 16 images").arg(rank)), qPrintable(r.out));
            total += QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files).size();
            QCOMPARE(QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 8 * (rank + 1));
        }
        QCOMPARE(total, 8 + 16);
    }

    void aKilledPeerEndsTheOtherRankWithAMessage_data()
    {
        QTest::addColumn<int>("killed");
        QTest::newRow("rank 1 killed") << 1;
        QTest::newRow("rank 0 killed (it holds the meeting point)") << 0;
    }

    void aKilledPeerEndsTheOtherRankWithAMessage()
    {
        QFETCH(int, killed);
        const int port = freshPort();
        QProcess ranks[2];
        for (int r = 0; r < 2; ++r)
            startCli(ranks[r], trainArgs(m_data, m_dir.filePath(QStringLiteral("long%1.pt").arg(r)), 2, 100000)
                                   + rankArgs(r, 2, port, 20));
        QProcess &victim = ranks[killed], &survivor = ranks[1 - killed];
        // Wait until they train together, then kill one outright.
        QByteArray said = readUntil(survivor, "epoch 3");
        QVERIFY2(said.contains("epoch 3"), said.constData());
        victim.kill();
        victim.waitForFinished();
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(survivor.waitForFinished(60000), "a rank hangs after its peer died");
        qInfo("the other rank ended %.1f s after rank %d was killed", clock.elapsed() / 1000.0, killed);
        said += survivor.readAllStandardError();
        QCOMPARE(survivor.exitCode(), 1);
        QVERIFY2(said.contains(QStringLiteral("rank %1 of 2").arg(1 - killed).toUtf8())
                     && said.contains("another rank failed"),
                 said.constData());
        if (killed == 1)
            QVERIFY2(QFile::exists(m_dir.filePath(QStringLiteral("long0.pt"))), "the epochs finished are kept");
    }

    void ctrlCOnOneRankStopsEveryRank()
    {
        const int port = freshPort();
        QProcess rank0, rank1;
        startCli(rank0, trainArgs(m_data, m_dir.filePath(QStringLiteral("stopped.pt")), 2, 100000) + rankArgs(0, 2, port, 20));
        startCli(rank1, trainArgs(m_data, m_dir.filePath(QStringLiteral("stopped1.pt")), 2, 100000) + rankArgs(1, 2, port, 20));
        QByteArray said0, said1 = readUntil(rank1, "epoch 2");
        QVERIFY2(said1.contains("epoch 2"), said1.constData());
        ::kill(pid_t(rank1.processId()), SIGINT);   // Ctrl-C in rank 1's terminal only
        QVERIFY2(rank1.waitForFinished(60000) && rank0.waitForFinished(60000), "a rank did not stop");
        said0 += rank0.readAllStandardError();
        said1 += rank1.readAllStandardError();
        const QByteArray out1 = rank1.readAllStandardOutput();
        QVERIFY2(said0.contains("cancelled; the checkpoint"), said0.constData());
        QVERIFY2(out1.contains("stopped: cancelled"), out1.constData());
        QVERIFY2(!said0.contains("another rank failed") && !said1.contains("another rank failed"),
                 "a cancel is agreed, not a failure");
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("stopped.pt"))));
    }

    void aMissingRankZeroIsReportedWithinTheTimeout()
    {
        const int port = freshPort();
        QElapsedTimer clock;
        clock.start();
        const clitest::Run r = clitest::cli(trainArgs(m_data, m_dir.filePath(QStringLiteral("alone.pt")), 2)
                                            + rankArgs(1, 2, port, 3));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("could not meet the other ranks at 127.0.0.1:%1 within 3 s").arg(port)),
                 qPrintable(r.err));
        QVERIFY2(clock.elapsed() < 60000, "the timeout holds");
    }

    void devicesAreChosenOrRefusedByName()
    {
        const QString model = m_dir.filePath(QStringLiteral("one.pt"));
        const clitest::Run cpu = clitest::cli({QStringLiteral("predict"), m_data, QStringLiteral("--model"), model,
                                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("oncpu")),
                                               QStringLiteral("--device"), QStringLiteral("cpu")});
        QVERIFY2(cpu.code == 0, qPrintable(cpu.err));
        const clitest::Run tpu = clitest::cli(trainArgs(m_data, m_dir.filePath(QStringLiteral("tpu.pt")), 2)
                                              + QStringList{QStringLiteral("--device"), QStringLiteral("tpu")});
        QCOMPARE(tpu.code, 1);
        QVERIFY2(tpu.err.contains(QStringLiteral("unknown device \"tpu\" (known: cpu, cuda, cuda:N)")), qPrintable(tpu.err));
        if (torch::cuda::is_available())
            return;   // a CUDA build on a GPU machine: cuda is a device like cpu
        for (const QString &command : {QStringLiteral("train"), QStringLiteral("predict")}) {
            const QStringList args = command == QLatin1String("train")
                ? trainArgs(m_data, m_dir.filePath(QStringLiteral("gpu.pt")), 2)
                : QStringList{QStringLiteral("predict"), m_data, QStringLiteral("--model"), model,
                              QStringLiteral("--out"), m_dir.filePath(QStringLiteral("ongpu"))};
            const clitest::Run gpu = clitest::cli(args + QStringList{QStringLiteral("--device"), QStringLiteral("cuda:1")});
            QCOMPARE(gpu.code, 1);
            QVERIFY2(gpu.err.contains(QStringLiteral("device cuda:1: this LibTorch has no CUDA or this machine no GPU")),
                     qPrintable(gpu.err));
        }
    }

    void badDistributedSettingsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("rank outside") << QStringList{QStringLiteral("--rank"), QStringLiteral("2"),
                                                     QStringLiteral("--world-size"), QStringLiteral("2"),
                                                     QStringLiteral("--dist-url"), QStringLiteral("tcp://127.0.0.1:1")}
                                      << QStringLiteral("--rank 2 is outside the world of 2 ranks");
        QTest::newRow("no address") << QStringList{QStringLiteral("--rank"), QStringLiteral("0"),
                                                   QStringLiteral("--world-size"), QStringLiteral("2")}
                                    << QStringLiteral("rank 0's address is not set");
        QTest::newRow("bad url") << QStringList{QStringLiteral("--rank"), QStringLiteral("0"),
                                                QStringLiteral("--world-size"), QStringLiteral("2"),
                                                QStringLiteral("--dist-url"), QStringLiteral("http://x")}
                                 << QStringLiteral("--dist-url must look like tcp://HOST:PORT");
    }

    void badDistributedSettingsAreUsageErrors()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const clitest::Run r = clitest::cli(trainArgs(m_data, m_dir.filePath(QStringLiteral("bad.pt")), 2) + extra);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestDataParallel)
#include "tst_dataparallel.moc"
