// Model files: round trip, refusals with clear messages, TorchScript import.

#include "core/model/modelfile_p.h"
#include "core/model/networks.h"
#include "tests/support/fulldisk.h"
#include "tests/support/testmodels.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <torch/script.h>

using namespace dermask::core;

namespace {

ModelInfo infoFor(const QString &network, double width, int size)
{
    ModelInfo m;
    m.network = network;
    m.width = width;
    m.inputSize = size;
    m.mean = {{0.6, 0.5, 0.4}};
    m.std = {{0.2, 0.2, 0.25}};
    m.validationDice = 0.91;
    m.epochs = 7;
    m.created = QDateTime::currentDateTimeUtc();
    return m;
}

QString saveTiny(const QString &dir, const QString &network, QString name = QString())
{
    if (name.isEmpty())
        name = network + ".pt";
    NetworkPtr net = createNetwork(network, 0.25, 3, nullptr);
    const QString path = dir + "/" + name;
    QString error;
    if (!saveModelFile(path, *net, infoFor(network, 0.25, 64), &error))
        qWarning() << error;
    return path;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}


} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("network");
        for (const QString &n : networkNames())
            QTest::newRow(qPrintable(n)) << n;
    }
    void roundTrip()
    {
        QFETCH(QString, network);
        QTemporaryDir dir;
        torch::manual_seed(3);
        NetworkPtr net = createNetwork(network, 0.25, 3, nullptr);
        net->eval();
        const QString path = dir.filePath("m.pt");
        QString error;
        QVERIFY2(saveModelFile(path, *net, infoFor(network, 0.25, 64), &error), qPrintable(error));
        QVERIFY(QFile::exists(dir.filePath("m.json")));
        ModelInfo info;
        NetworkPtr back = loadModelFile(path, &info, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(info.network, network);
        QCOMPARE(info.inputSize, 64);
        QCOMPARE(info.mean[2], 0.4);
        QCOMPARE(info.validationDice, 0.91);
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::rand({1, 3, 64, 64});
        QVERIFY(torch::equal(net->forward(x), back->forward(x)));
    }

    void loadsWithoutSidecar()
    {
        QTemporaryDir dir;
        const QString path = saveTiny(dir.path(), QStringLiteral("segnet"));
        QVERIFY(QFile::remove(sidecarPath(path)));
        ModelInfo info;
        QString error;
        QVERIFY2(loadModelFile(path, &info, &error), qPrintable(error));
        QCOMPARE(info.network, QStringLiteral("segnet"));
        QCOMPARE(info.kind, ModelKind::Native);
    }

    // Saving over a model when the disk is full: refused, naming the file; the model that was
    // there still loads, and its description with it.
    void fullDiskKeepsThePreviousModel()
    {
        QTemporaryDir dir;
        const QString path = saveTiny(dir.path(), QStringLiteral("unet"), QStringLiteral("m.pt"));
        const QByteArray model = readBytes(path), sidecar = readBytes(sidecarPath(path));
        QVERIFY(!model.isEmpty() && !sidecar.isEmpty());
        NetworkPtr other = createNetwork(QStringLiteral("segnet"), 0.25, 3, nullptr);
        QString error;
        {
            dermask::testsupport::FullDisk disk;
            QVERIFY(disk.isActive());
            QVERIFY(!saveModelFile(path, *other, infoFor(QStringLiteral("segnet"), 0.25, 64), &error));
        }
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(readBytes(path), model);
        QCOMPARE(readBytes(sidecarPath(path)), sidecar);
        ModelInfo info;
        QVERIFY2(loadModelFile(path, &info, &error), qPrintable(error));
        QCOMPARE(info.network, QStringLiteral("unet"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << "truncate" << "truncated";
        QTest::newRow("garbage") << "garbage" << "not a model file";
        QTest::newRow("empty") << "empty" << "truncated";
        QTest::newRow("missing") << "missing" << "cannot open";
        QTest::newRow("sidecar of another network") << "othersidecar" << "describes segnet";
        QTest::newRow("sidecar not json") << "badjson" << "not valid JSON";
        QTest::newRow("sidecar from the future") << "future" << "version 99";
        QTest::newRow("weights of another width") << "otherwidth" << "does not fit";
        QTest::newRow("segmentation weights said to be a click model") << "clickweights" << "does not fit";
        QTest::newRow("sidecar of an unknown task") << "task" << "unknown model task \"paint\"";
        // A hostile sidecar: sizes that would allocate without end, values of the wrong type.
        QTest::newRow("sidecar with an absurd input size") << "absurd" << "out of range";
        QTest::newRow("sidecar with values of the wrong type") << "types" << "is not a number";
        QTest::newRow("sidecar with a width in words") << "width" << "\"width\" is not a number";
        // LibTorch checks no CRC and can crash on a damaged archive (core/model/zipcheck.h).
        QTest::newRow("a byte changed") << "flip" << "checksum mismatch";
    }
    void refusesBadFiles()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = saveTiny(dir.path(), QStringLiteral("unet"));
        const QByteArray bytes = readBytes(path);
        QVERIFY(bytes.size() > 10000);
        QString errorFile = path;
        if (damage == "truncate") {
            writeBytes(path, bytes.left(bytes.size() / 2));
        } else if (damage == "garbage") {
            QFile::remove(sidecarPath(path));
            writeBytes(path, QByteArray(5000, 'x'));
        } else if (damage == "flip") {
            QByteArray changed = bytes;
            changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x40);
            writeBytes(path, changed);
        } else if (damage == "empty") {
            writeBytes(path, QByteArray());
        } else if (damage == "missing") {
            QFile::remove(path);
        } else if (damage == "othersidecar") {
            writeBytes(sidecarPath(path), QJsonDocument(infoFor("segnet", 0.25, 64).toJson()).toJson());
        } else if (damage == "badjson") {
            writeBytes(sidecarPath(path), "{ not json");
            errorFile = sidecarPath(path);
        } else if (damage == "future") {
            QJsonObject o = infoFor("unet", 0.25, 64).toJson();
            o["version"] = 99;
            writeBytes(sidecarPath(path), QJsonDocument(o).toJson());
            errorFile = sidecarPath(path);
        } else if (damage == "absurd" || damage == "types" || damage == "width" || damage == "task") {
            QJsonObject o = infoFor("unet", 0.25, 64).toJson();
            if (damage == "task") {
                o["task"] = "paint";
            } else if (damage == "absurd") {
                o["input_size"] = 1000000000;
            } else if (damage == "width") {
                o["width"] = "wide";
            } else {
                o["network"] = 42;
                o["width"] = "wide";
                o["mean"] = "grey";
            }
            writeBytes(sidecarPath(path), QJsonDocument(o).toJson());
            errorFile = sidecarPath(path);
        } else if (damage == "otherwidth") {
            // A file whose weights were made for width 0.5 but that claims width 0.25.
            NetworkPtr wide = createNetwork("unet", 0.5, 3, nullptr);
            QByteArray wrong;
            QVERIFY(serializeNetwork(*wide, infoFor("unet", 0.25, 64), &wrong, nullptr));
            writeBytes(path, wrong);
        } else if (damage == "clickweights") {
            NetworkPtr segment = createNetwork("unet", 0.25, 3, nullptr);
            ModelInfo click = infoFor("unet", 0.25, 64);
            click.task = ModelTask::Click;
            QByteArray wrong;
            QVERIFY(serializeNetwork(*segment, click, &wrong, nullptr));
            writeBytes(path, wrong);
            writeBytes(sidecarPath(path), QJsonDocument(click.toJson()).toJson());
        }
        ModelInfo info;
        QString error;
        QVERIFY(!loadModelFile(path, &info, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(errorFile), qPrintable(error));
    }

    void importsTorchScript()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("bright.pt");
        dermask::test::saveBrightnessModule(path);
        ModelInfo info;
        QString error;
        NetworkPtr net = loadModelFile(path, &info, &error);
        QVERIFY2(net, qPrintable(error));
        QCOMPARE(info.kind, ModelKind::TorchScript);
        QCOMPARE(info.inputSize, 256);
        QCOMPARE(info.mean[0], 0.0);
        QCOMPARE(info.std[0], 1.0);
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::full({1, 3, 32, 32}, 0.9);
        QCOMPARE(net->forward(x)[0][0][5][5].item<float>(), 0.9f * 3 - 1.5f);
    }

    void refusesTorchScriptWithWrongOutput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("identity.pt");
        dermask::test::saveBrightnessModule(path, /*oneChannel=*/false);
        QString error;
        QVERIFY(!loadModelFile(path, nullptr, &error));
        QVERIFY2(error.contains("1x3x256x256") && error.contains(path), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
