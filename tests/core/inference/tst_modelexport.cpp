// Export to TorchScript: every network, traced with its normalisation, predicts through
// Predictor as the Dermask model it came from (same probability maps, TTA batches too), and
// plain Python's torch.jit.load runs the file with no Dermask code.

#include "core/inference/predictor.h"
#include "core/model/modelexport.h"
#include "core/model/modelfile_p.h"
#include "core/model/networks.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace dermask::core;

namespace {

const int kSize = 64;

/// A Dermask model of @p network with weights that are not all alike, so a traced graph that
/// dropped or swapped a layer would show.
QString saveNative(const QString &dir, const QString &network)
{
    torch::manual_seed(11);
    NetworkPtr net = createNetwork(network, 0.25, 3, nullptr);
    {
        torch::NoGradGuard noGrad;
        // BatchNorm statistics of a trained network, roughly (a mean near 1 would let ReLU
        // silence every unit after a conv-BN-ReLU, and a constant output proves nothing).
        for (auto &b : net->named_buffers()) {
            if (b.key().find("running_mean") != std::string::npos)
                b.value().uniform_(-0.1, 0.1);
            else if (b.key().find("running_var") != std::string::npos)
                b.value().uniform_(0.5, 1.5);
        }
    }
    net->eval();
    ModelInfo info;
    info.network = network;
    info.width = 0.25;
    info.inputSize = kSize;
    info.mean = {{0.6, 0.5, 0.4}};
    info.std = {{0.2, 0.2, 0.25}};
    info.temperature = 0.7;   // calibrated: the exported logits must be divided too
    info.created = QDateTime::currentDateTimeUtc();
    const QString path = dir + "/" + network + ".pt";
    QString error;
    if (!saveModelFile(path, *net, info, &error))
        qWarning() << error;
    return path;
}

cv::Mat testImage()
{
    cv::Mat rgb(90, 120, CV_8UC3, cv::Scalar(200, 160, 140));
    cv::ellipse(rgb, {60, 45}, {30, 20}, 20, 0, 360, cv::Scalar(90, 50, 40), cv::FILLED);
    cv::randn(rgb, cv::Scalar::all(150), cv::Scalar::all(40));   // texture everywhere
    return rgb;
}

double maxDifference(const cv::Mat &a, const cv::Mat &b)
{
    double m = 0;
    cv::minMaxLoc(cv::abs(a - b), nullptr, &m);
    return m;
}

} // namespace

class TestModelExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void predictsAsTheOriginal_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<bool>("tta");
        for (const QString &n : networkNames()) {
            QTest::newRow(qPrintable(n)) << n << false;
            QTest::newRow(qPrintable(n + " with flips")) << n << true;
        }
    }
    void predictsAsTheOriginal()
    {
        QFETCH(QString, network);
        QFETCH(bool, tta);
        QTemporaryDir dir;
        const QString model = saveNative(dir.path(), network);
        const QString exported = dir.filePath("exported.pt");
        QString error;
        QVERIFY2(exportTorchScript(model, exported, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(sidecarPath(exported)));
        ModelInfo info;
        QVERIFY2(readSidecar(exported, &info, &error), qPrintable(error));
        QCOMPARE(info.kind, ModelKind::TorchScript);
        QCOMPARE(info.inputSize, kSize);

        const cv::Mat image = testImage();   // once: randn draws a new texture on every call
        Prediction a, b;
        PredictOptions options;
        options.flipTta = tta;
        for (auto [path, out] : {std::pair{model, &a}, std::pair{exported, &b}}) {
            Predictor p;
            p.setReducedPrecision(false);   // fp32 on both sides: the same arithmetic
            p.setOptions(options);
            QVERIFY2(p.load(path, &error), qPrintable(error));
            QVERIFY2(p.predict(image, out, &error), qPrintable(error));
        }
        const double diff = maxDifference(a.probability, b.probability);
        QVERIFY2(diff < 1e-4, qPrintable(QString::number(diff)));
        double lo = 0, hi = 0;
        cv::minMaxLoc(a.probability, &lo, &hi);
        QVERIFY2(hi - lo > 1e-3, "the model predicts a constant: the comparison would prove nothing");
    }

    void refusesWhatIsNotAModel()
    {
        QTemporaryDir dir;
        const QString junk = dir.filePath("junk.pt");
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a model");
        f.close();
        QString error;
        QVERIFY(!exportTorchScript(junk, dir.filePath("out.pt"), &error));
        QVERIFY2(error.contains("junk.pt"), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir.filePath("out.pt")));
    }

    void plainPythonRunsIt()
    {
        // Debian's python3-torch (scripts/deps installs it for the reference benchmark).
        const QString python =
            QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        QProcess probe;
        probe.start(python, {"-c", "import torch"});
        if (python.isEmpty() || !probe.waitForFinished(60000) || probe.exitCode() != 0)
            QSKIP("no python3 with torch here (scripts/deps installs python3-torch)");
        QTemporaryDir dir;
        const QString exported = dir.filePath("fastunet-ts.pt");
        QString error;
        QVERIFY2(exportTorchScript(saveNative(dir.path(), defaultNetwork()), exported, &error),
                 qPrintable(error));
        QProcess py;
        py.start(python, {"-c", QStringLiteral("import torch\n"
                                               "m = torch.jit.load('%1')\n"
                                               "y = m(torch.rand(2, 3, %2, %2))\n"
                                               "print(tuple(y.shape), bool(torch.isfinite(y).all()))\n")
                                    .arg(exported)
                                    .arg(kSize)});
        QVERIFY(py.waitForFinished(120000));
        const QString out = QString::fromUtf8(py.readAllStandardOutput()).trimmed();
        QVERIFY2(py.exitCode() == 0, qPrintable(py.readAllStandardError()));
        QCOMPARE(out, QStringLiteral("(2, 1, %1, %1) True").arg(kSize));
    }
};

QTEST_GUILESS_MAIN(TestModelExport)
#include "tst_modelexport.moc"
