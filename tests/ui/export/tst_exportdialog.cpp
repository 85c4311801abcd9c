// File ▸ Export as a user fills it in: the files it writes (names under each naming, 0/255
// pixels, the correction instead of the dataset's mask), predictions and both, overlay PNGs
// and the metrics CSV with the right Dice, Cancel, the refusal to write over originals, and the
// same files as `dermask-cli export` for the same choices.

#include "core/image/imageio.h"
#include "core/metrics/metrics.h"
#include "core/workspace/workspace.h"
#include "core/session/datasetsession.h"
#include "ui/export/exportdialog.h"
#include "tests/support/uitestdata.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>

using namespace dermask;
using namespace dermask::ui;

namespace {

const cv::Size kSize(120, 90);
const cv::Rect kTruth(30, 20, 50, 40);
const cv::Rect kCorrected(20, 20, 70, 50);
const cv::Rect kPrediction(40, 20, 50, 40);

cv::Mat readRaw(const QString &path)
{
    return cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_UNCHANGED);
}

QStringList files(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void masksWithEachNaming_data();
    void masksWithEachNaming();
    void bothWithOverlaysAndMetrics();
    void cancelStopsTheExport();
    void refusesTheDatasetsOwnFolder();
    void sameFilesAsTheCommandLine();

private:
    core::ExportResult run(ExportDialog &dialog);

    QTemporaryDir m_tmp;
    QString m_data;
    core::SessionPtr m_session;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("XDG_DATA_HOME", m_tmp.filePath(QStringLiteral("share")).toLocal8Bit());
    m_data = m_tmp.filePath(QStringLiteral("data"));
    for (const char *id : {"a1", "a2", "a3"})
        QVERIFY(uitest::writeSample(m_data, QString::fromLatin1(id), kSize, kTruth));
    QString error;
    QStringList warnings;
    m_session = core::DatasetSession::open(m_data, QString(), &error, &warnings);  // <data>/.dermask
    QVERIFY2(m_session && m_session->workspace(), qPrintable(error));
    // a2 was corrected; a1 and a3 have predictions of the model "m".
    QVERIFY2(m_session->workspace()->saveAnnotation(QStringLiteral("a2"), uitest::rectMask(kSize, kCorrected), &error),
             qPrintable(error));
    const QString predictions = m_session->workspace()->predictionsDir(QStringLiteral("m"));
    QVERIFY(uitest::writePrediction(predictions, QStringLiteral("a1"), kSize, kPrediction));
    QVERIFY(uitest::writePrediction(predictions, QStringLiteral("a3"), kSize, kTruth));
}

core::ExportResult TestExportDialog::run(ExportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    if (!dialog.start())
        return {};
    if (!finished.wait(20000))
        return {};
    return dialog.lastResult();
}

void TestExportDialog::masksWithEachNaming_data()
{
    QTest::addColumn<int>("naming");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("source") << int(core::ExportNaming::Source) << QStringList{"a1.png", "a2.png", "a3.png"};
    QTest::newRow("isic") << int(core::ExportNaming::Isic)
                          << QStringList{"a1_segmentation.png", "a2_segmentation.png", "a3_segmentation.png"};
    QTest::newRow("plain") << int(core::ExportNaming::Plain) << QStringList{"a1.png", "a2.png", "a3.png"};
}

void TestExportDialog::masksWithEachNaming()
{
    QFETCH(int, naming);
    QFETCH(QStringList, names);
    const QString out = m_tmp.filePath(QStringLiteral("masks-%1").arg(naming));
    ExportDialog dialog(m_session, QStringLiteral("m"));
    dialog.setOutputFolder(out);
    dialog.setContent(core::ExportContent::Masks);
    dialog.setNaming(core::ExportNaming(naming));
    const core::ExportResult r = run(dialog);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join('\n')));
    QCOMPARE(r.written, 3);
    QCOMPARE(files(out), names);
    // a2 comes out as the user's correction, the others as the dataset's masks; 0/255 only.
    const cv::Mat a1 = readRaw(QDir(out).filePath(names[0]));
    const cv::Mat a2 = readRaw(QDir(out).filePath(names[1]));
    QCOMPARE(a1.type(), CV_8UC1);
    QCOMPARE(cv::countNonZero(a1 != uitest::rectMask(kSize, kTruth)), 0);
    QCOMPARE(cv::countNonZero(a2 != uitest::rectMask(kSize, kCorrected)), 0);
    QCOMPARE(cv::countNonZero(a2 == 0) + cv::countNonZero(a2 == 255), int(a2.total()));
    QVERIFY(dialog.summary().contains(QStringLiteral("3")));
}

void TestExportDialog::bothWithOverlaysAndMetrics()
{
    const QString out = m_tmp.filePath(QStringLiteral("both"));
    ExportDialog dialog(m_session, QStringLiteral("m"));
    dialog.setOutputFolder(out);
    dialog.setContent(core::ExportContent::Both);
    dialog.setNaming(core::ExportNaming::Isic);
    dialog.setOverlays(true);
    dialog.setMetrics(true);
    const core::ExportResult r = run(dialog);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join('\n')));
    QCOMPARE(files(out + QStringLiteral("/masks")).size(), 3);
    QCOMPARE(files(out + QStringLiteral("/predictions")),
             QStringList({"a1_segmentation.png", "a3_segmentation.png"}));
    QCOMPARE(r.withoutPrediction, 1);
    const cv::Mat predicted = readRaw(out + QStringLiteral("/predictions/a1_segmentation.png"));
    QCOMPARE(cv::countNonZero(predicted != uitest::rectMask(kSize, kPrediction)), 0);

    // Overlays: the photo, with the mask outline in green on its border.
    QCOMPARE(files(out + QStringLiteral("/overlays")),
             QStringList({"a1_overlay.png", "a2_overlay.png", "a3_overlay.png"}));
    const cv::Mat overlay = core::readImageRgb(out + QStringLiteral("/overlays/a1_overlay.png"), nullptr);
    const cv::Mat photo = uitest::skinImage(kSize, kTruth);
    QCOMPARE(overlay.size(), kSize);
    QCOMPARE(overlay.at<cv::Vec3b>(5, 5), photo.at<cv::Vec3b>(5, 5));    // far from both outlines
    const cv::Vec3b border = overlay.at<cv::Vec3b>(45, 30);               // left edge of the mask
    QVERIFY(border[1] > 200 && border[0] < 60 && border[2] < 160);

    // metrics.csv: a1's Dice is that of the two rectangles; a2 has no prediction.
    QFile csv(out + QStringLiteral("/metrics.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("id,status,mask_area_px,prediction_area_px,dice,iou"));
    const core::MaskMetrics m = core::compareMasks(uitest::rectMask(kSize, kTruth), uitest::rectMask(kSize, kPrediction));
    QCOMPARE(lines[1], QStringLiteral("a1,source,2000,2000,%1,%2").arg(m.dice, 0, 'f', 4).arg(m.iou, 0, 'f', 4));
    QCOMPARE(lines[2], QStringLiteral("a2,corrected,3500,,,"));
    QCOMPARE(lines[3], QStringLiteral("a3,source,2000,2000,1.0000,1.0000"));
    QCOMPARE(r.metricsFile, out + QStringLiteral("/metrics.csv"));
}

void TestExportDialog::cancelStopsTheExport()
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("many"));
    for (int i = 0; i < 150; ++i)
        QVERIFY(uitest::writeSample(data, QStringLiteral("m%1").arg(i, 3, 10, QLatin1Char('0')), cv::Size(400, 300),
                                    cv::Rect(100, 100, 100, 80)));
    QString error;
    QStringList warnings;
    const core::SessionPtr session =
        core::DatasetSession::open(data, tmp.filePath(QStringLiteral("ws")), &error, &warnings);
    QVERIFY(session);
    ExportDialog dialog(session, QString());
    dialog.setOutputFolder(tmp.filePath(QStringLiteral("out")));
    dialog.setOverlays(true);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog.start());
    QVERIFY(dialog.isRunning());
    dialog.reject();  // Cancel while running: stops the export, keeps the dialog
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog.lastResult().cancelled);
    QVERIFY(dialog.lastResult().written < 150);
    QVERIFY(dialog.summary().startsWith(QStringLiteral("Cancelled")));
}

void TestExportDialog::refusesTheDatasetsOwnFolder()
{
    const QString masks = m_data + QStringLiteral("/masks");
    const QByteArray before = [&] {
        QFile f(masks + QStringLiteral("/a1.png"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    ExportDialog dialog(m_session, QString());
    dialog.setOutputFolder(masks);
    dialog.setNaming(core::ExportNaming::Plain);
    const core::ExportResult r = run(dialog);
    QCOMPARE(r.written, 0);
    QVERIFY(!r.errors.isEmpty());
    QVERIFY(r.errors.first().contains(QStringLiteral("original")));
    QFile f(masks + QStringLiteral("/a1.png"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestExportDialog::sameFilesAsTheCommandLine()
{
    const QString cli = qEnvironmentVariable("DERMASK_CLI");
    if (!QFileInfo(cli).isExecutable())
        QSKIP("DERMASK_CLI does not name the built dermask-cli");
    const QString byCli = m_tmp.filePath(QStringLiteral("by-cli"));
    QProcess process;
    process.start(cli, {QStringLiteral("export"), m_data, QStringLiteral("--out"), byCli, QStringLiteral("--naming"),
                        QStringLiteral("isic")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString byDialog = m_tmp.filePath(QStringLiteral("by-dialog"));
    ExportDialog dialog(m_session, QString());
    dialog.setOutputFolder(byDialog);
    dialog.setNaming(core::ExportNaming::Isic);
    QCOMPARE(run(dialog).written, 3);
    QCOMPARE(files(byDialog), files(byCli));
    for (const QString &name : files(byCli)) {
        QFile a(QDir(byCli).filePath(name)), b(QDir(byDialog).filePath(name));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
