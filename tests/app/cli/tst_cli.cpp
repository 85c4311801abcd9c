// dermask-cli end to end: every command, good and bad arguments, exit codes and outputs.

#include "core/image/imageio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>

using namespace dermask::core;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("DERMASK_CLI"), args);
    if (!p.waitForFinished(120000))
        qFatal("dermask-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/// Hash of every file under @p dir (relative path -> sha1), to prove originals are untouched.
QMap<QString, QByteArray> checksums(const QString &dir)
{
    QMap<QString, QByteArray> sums;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/.dermask/")))
            continue;
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        sums.insert(QDir(dir).relativeFilePath(path),
                    QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1));
    }
    return sums;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DERMASK_CLI")), "DERMASK_CLI not set");
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath("sample");
        const Run r = cli({"sample", m_sample, "--count", "4", "--seed", "7", "--size", "160x120"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("no command") << QStringList{} << 2 << "Usage";
        QTest::newRow("help") << QStringList{"--help"} << 0 << "";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command 'frobnicate'";
        for (const char *c : {"info", "sample", "evaluate", "export", "evaluate-clicks"})
            QTest::newRow(qPrintable(QStringLiteral("%1 --help").arg(c))) << QStringList{c, "--help"} << 0 << "";
        QTest::newRow("info without DIR") << QStringList{"info"} << 2 << "missing argument";
        QTest::newRow("info two DIRs") << QStringList{"info", "a", "b"} << 2 << "unexpected argument 'b'";
        QTest::newRow("info bad option") << QStringList{"info", ".", "--jsn"} << 2 << "jsn";
        QTest::newRow("sample bad count") << QStringList{"sample", "x", "--count", "many"} << 2 << "--count";
        QTest::newRow("sample zero count") << QStringList{"sample", "x", "--count", "0"} << 2 << "--count";
        QTest::newRow("sample bad size") << QStringList{"sample", "x", "--size", "big"} << 2 << "--size";
        QTest::newRow("evaluate without pred") << QStringList{"evaluate", "--truth", "x"} << 2 << "--pred";
        QTest::newRow("export without out") << QStringList{"export", "x"} << 2 << "--out";
        QTest::newRow("export bad naming") << QStringList{"export", "x", "--out", "y", "--naming", "fancy"} << 2 << "fancy";
        QTest::newRow("info missing folder") << QStringList{"info", "/no/such/folder"} << 1 << "/no/such/folder";
        QTest::newRow("evaluate-clicks without a method")
            << QStringList{"evaluate-clicks", "x"} << 2 << "--model CLICKMODEL or --baseline";
        QTest::newRow("evaluate-clicks with two methods")
            << QStringList{"evaluate-clicks", "x", "--model", "m.pt", "--baseline", "grabcut"} << 2
            << "--model CLICKMODEL or --baseline";
        QTest::newRow("evaluate-clicks, too many clicks")
            << QStringList{"evaluate-clicks", "x", "--baseline", "grabcut", "--max-clicks", "1000"} << 2
            << "--max-clicks";
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrHas);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrHas), r.err.constData());
        if (exitCode == 0)
            QVERIFY(r.out.contains("Usage") || r.out.contains("Options"));
    }

    void sampleWritesPairs()
    {
        QCOMPARE(QDir(m_sample + "/images").entryList(QDir::Files).size(), 4);
        QCOMPARE(QDir(m_sample + "/masks").entryList(QDir::Files).size(), 4);
        QString error;
        const cv::Mat mask = readMask(m_sample + "/masks/synth_0001.png", &error);
        QVERIFY2(!mask.empty(), qPrintable(error));
        QCOMPARE(mask.cols, 160);
        QCOMPARE(mask.rows, 120);
    }

    void infoJson()
    {
        const Run r = cli({"info", m_sample, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o["layout"].toString(), QString("paired"));
        QCOMPARE(o["pairs"].toInt(), 4);
        QCOMPARE(o["images_without_mask"].toInt(), 0);
        QCOMPARE(o["masks_without_image"].toInt(), 0);
        QVERIFY(o["refused"].isArray());
        QCOMPARE(o["refused"].toArray().size(), 0);
    }

    void infoPh2Diagnoses()
    {
        // A tiny PH2 tree with its clinical table: the counts per diagnosis come back.
        const QString root = m_dir.filePath("PH2Dataset");
        const QString images = root + "/PH2 Dataset images";
        const cv::Mat img(40, 50, CV_8UC3, cv::Scalar(120, 90, 60));
        cv::Mat mask(40, 50, CV_8UC1, cv::Scalar(0));
        mask(cv::Rect(10, 10, 20, 15)).setTo(255);
        const QStringList ids{"IMD002", "IMD003", "IMD004"};
        for (const QString &id : ids) {
            QDir().mkpath(images + "/" + id + "/" + id + "_Dermoscopic_Image");
            QDir().mkpath(images + "/" + id + "/" + id + "_lesion");
            QDir().mkpath(images + "/" + id + "/" + id + "_roi");
            cv::imwrite(qPrintable(images + "/" + id + "/" + id + "_Dermoscopic_Image/" + id + ".bmp"), img);
            cv::imwrite(qPrintable(images + "/" + id + "/" + id + "_lesion/" + id + "_lesion.bmp"), mask);
        }
        QFile table(root + "/PH2_dataset.txt");
        QVERIFY(table.open(QIODevice::WriteOnly));
        table.write("|| Name || Histological Diagnosis || Common Nevus || Atypical Nevus || Melanoma || Clinical Diagnosis || Asymmetry ||\n"
                    "|| IMD002 ||  ||  X ||  ||  || 0 || 0 ||\n"
                    "|| IMD003 ||  ||  ||  X ||  || 1 || 1 ||\n"
                    "|| IMD004 || Melanoma ||  ||  || X || 2 || 2 ||\n");
        table.close();
        const Run r = cli({"info", root, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o["layout"].toString(), QString("ph2"));
        QCOMPARE(o["pairs"].toInt(), 3);
        const QJsonObject d = o["diagnoses"].toObject();
        QCOMPARE(d.size(), 3);
        int total = 0;
        for (const QJsonValue &v : d)
            total += v.toInt();
        QCOMPARE(total, 3);
    }

    void evaluateAgainstItself()
    {
        const QString csv = m_dir.filePath("self.csv");
        const Run r = cli({"evaluate", "--truth", m_sample, "--pred", m_sample + "/masks", "--csv", csv, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o["images"].toInt(), 4);
        QCOMPARE(o["dice"].toDouble(), 1.0);
        QCOMPARE(o["iou"].toDouble(), 1.0);
        QCOMPARE(o["thresholded_jaccard"].toDouble(), 1.0);
        QCOMPARE(o["missing"].toInt(), 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 5); // header + 4 rows
    }

    void evaluateScoresErrors()
    {
        // Predictions: one mask empty (Dice 0), one missing, two exact (one named the ISIC way).
        const QString pred = m_dir.filePath("pred");
        QDir().mkpath(pred);
        QString error;
        const cv::Mat m1 = readMask(m_sample + "/masks/synth_0001.png", &error);
        QVERIFY(writePng(pred + "/synth_0001.png", cv::Mat::zeros(m1.size(), CV_8UC1), &error));
        QVERIFY(QFile::copy(m_sample + "/masks/synth_0002.png", pred + "/synth_0002.png"));
        QVERIFY(QFile::copy(m_sample + "/masks/synth_0003.png", pred + "/synth_0003_segmentation.png"));
        const Run r = cli({"evaluate", "--truth", m_sample, "--pred", pred, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o["images"].toInt(), 3);
        QCOMPARE(o["missing"].toInt(), 1);
        QVERIFY(qAbs(o["dice"].toDouble() - 2.0 / 3.0) < 1e-9);
        QVERIFY(qAbs(o["thresholded_jaccard"].toDouble() - 2.0 / 3.0) < 1e-9);
    }

    void evaluateWrongSizePrediction()
    {
        const QString pred = m_dir.filePath("pred-wrong");
        QDir().mkpath(pred);
        QString error;
        QVERIFY(writePng(pred + "/synth_0001.png", cv::Mat::zeros(10, 10, CV_8UC1), &error));
        const Run r = cli({"evaluate", "--truth", m_sample, "--pred", pred});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("synth_0001.png") && r.err.contains("10x10"), r.err.constData());
    }

    // The click protocol played with GrabCut on the sample: NoC within the clicks allowed, the
    // mean IoU after each reported count, and the corrections making it better, not worse.
    void evaluateClicksWithGrabCut()
    {
        const QString csv = m_dir.filePath("clicks.csv");
        const Run r = cli(
            {"evaluate-clicks", m_sample, "--baseline", "grabcut", "--max-clicks", "5", "--csv", csv, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value("images").toInt(), 4);
        QCOMPARE(o.value("max_clicks").toInt(), 5);
        for (const char *noc : {"noc85", "noc90"})
            QVERIFY2(o.value(noc).toDouble() >= 1 && o.value(noc).toDouble() <= 5, r.out.constData());
        QVERIFY(o.value("noc85").toDouble() <= o.value("noc90").toDouble());
        const QJsonObject after = o.value("iou_after").toObject();
        QCOMPARE(after.keys(), QStringList({"1", "2", "3", "5"}));
        QVERIFY2(after.value("1").toDouble() > 0.3, r.out.constData());
        QVERIFY2(after.value("5").toDouble() >= after.value("1").toDouble(), r.out.constData());

        // The CSV holds each image's own play: its rows add up to the summary, and each row's
        // lesion is the sample's mask.
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("id,width,height,lesion_pixels,clicks_to_85,clicks_to_90,reached_90,"
                                           "iou_1,iou_2,iou_3,iou_4,iou_5"));
        QCOMPARE(lines.size(), 1 + 4);
        double noc90 = 0, iou5 = 0;
        int failures = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> v = line.split(',');
            QCOMPARE(v.size(), 7 + 5);
            QString error;
            const cv::Mat truth = readMask(m_sample + "/masks/" + QString::fromUtf8(v[0]) + ".png", &error);
            QVERIFY2(!truth.empty(), qPrintable(error));
            QCOMPARE(v[1].toInt(), truth.cols);
            QCOMPARE(v[3].toInt(), cv::countNonZero(truth));
            noc90 += v[5].toInt();
            failures += v[6].toInt() == 0;
            iou5 += v[11].toDouble();
        }
        QVERIFY(qAbs(noc90 / 4 - o.value("noc90").toDouble()) < 1e-9);
        QCOMPARE(failures, o.value("failures90").toInt());
        QVERIFY(qAbs(iou5 / 4 - after.value("5").toDouble()) < 1e-5);
    }

    void exportNaming_data()
    {
        QTest::addColumn<QString>("naming");
        QTest::addColumn<QString>("firstName");
        QTest::newRow("source") << "source" << "synth_0001.png";
        QTest::newRow("isic") << "isic" << "synth_0001_segmentation.png";
        QTest::newRow("plain") << "plain" << "synth_0001.png";
    }
    void exportNaming()
    {
        QFETCH(QString, naming);
        QFETCH(QString, firstName);
        const auto before = checksums(m_sample);
        const QString out = m_dir.filePath("export-" + naming);
        const Run r = cli({"export", m_sample, "--out", out, "--naming", naming});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 4);
        const cv::Mat m = cv::imread(qPrintable(out + "/" + firstName), cv::IMREAD_UNCHANGED);
        QVERIFY(!m.empty());
        QCOMPARE(m.type(), CV_8UC1);
        QCOMPARE(m.cols, 160);
        cv::Mat other = (m != 0) & (m != 255);
        QCOMPARE(cv::countNonZero(other), 0);
        QString error;
        const cv::Mat source = readMask(m_sample + "/masks/synth_0001.png", &error);
        QCOMPARE(cv::countNonZero(source != m), 0);
        QCOMPARE(checksums(m_sample), before); // originals untouched
    }

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
