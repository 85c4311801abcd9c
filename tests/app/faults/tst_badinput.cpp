// A dataset salted with every kind of bad input (tests/support/salteddataset.h): the scan
// refuses what it cannot use and names it with the reason; every dermask-cli command works
// through it, skips the bad files and says which; and the app opens it, lists the problems,
// lets every good image be browsed, corrected and exported, names each image that will not
// decode, and survives files deleted or replaced after the scan and a corrupted correction.
//
// `tst_badinput --write DIR` writes the dataset for a look by hand.

#include "tests/support/clirun.h"
#include "tests/support/salteddataset.h"
#include "tests/support/windowparts.h"

#include "core/dataset/dataset.h"
#include "core/editing/autosaver.h"
#include "core/export/exporter.h"
#include "core/image/imageio.h"
#include "core/session/datasetsession.h"
#include "core/workspace/workspace.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/editing/editcontroller.h"
#include "ui/export/exportdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/problemsdialog.h"
#include "ui/panels/infopanel.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dermask;
using namespace dermask::ui;
using clitest::cli;
using clitest::Run;

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theScanNamesEveryRefusedFile();
    void everyCommandSkipsAndSaysSo_data();
    void everyCommandSkipsAndSaysSo();
    void theAppBrowsesEditsAndExportsTheGoodImages();
    void cleanupTestCase();

private:
    QString path(const QString &relative) const { return QDir(m_set.root).filePath(relative); }
    bool showAndWait(MainWindow &window, const QString &id);

    QTemporaryDir m_tmp;
    salted::SaltedDataset m_set;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_tmp.filePath(QStringLiteral("share")).toLocal8Bit());
    m_set = salted::writeSaltedDataset(m_tmp.filePath(QStringLiteral("salted data")));
}

void TestBadInput::cleanupTestCase()
{
    // QTemporaryDir cannot remove what it may not enter.
    QFile::setPermissions(path(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                              | QFileDevice::ExeOwner);
}

void TestBadInput::theScanNamesEveryRefusedFile()
{
    core::Dataset dataset;
    QString error;
    QVERIFY2(core::scanDataset(m_set.root, &dataset, &error), qPrintable(error));
    QMap<QString, QString> refused;
    for (const core::RefusedFile &r : dataset.refused)
        refused.insert(QDir(m_set.root).relativeFilePath(r.file), r.reason);
    QCOMPARE(refused.keys(), m_set.refused.keys());
    for (auto it = m_set.refused.cbegin(); it != m_set.refused.cend(); ++it)
        QVERIFY2(refused.value(it.key()).contains(it.value()),
                 qPrintable(it.key() + ": " + refused.value(it.key())));
    QStringList ids;
    for (const core::Sample &s : dataset.samples)
        ids << s.id;
    QStringList expected = m_set.good + m_set.undecodable + m_set.withoutMask;
    std::sort(expected.begin(), expected.end());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, expected);
    for (const QString &id : m_set.withoutMask)
        QVERIFY(!dataset.samples.at(dataset.indexOf(id)).hasMask());
}

void TestBadInput::everyCommandSkipsAndSaysSo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");           // predict: 1, some images gave no prediction
    QTest::addColumn<bool>("namesRefused");      // every refused file on stderr
    QTest::addColumn<bool>("namesUndecodable");  // every image that does not decode
    const QString out = m_tmp.filePath(QStringLiteral("cli"));
    const QString model = out + QStringLiteral("/model.pt");
    QTest::newRow("info") << QStringList{"info", "--json", m_set.root} << 0 << false << false;
    QTest::newRow("export") << QStringList{"export", m_set.root, "--out", out + "/export"} << 0 << true
                            << false;
    QTest::newRow("train") << QStringList{"train",   m_set.root, "--out",     model, "--model",  "unet",
                                          "--width", "0.25",     "--size",    "64",  "--epochs", "1",
                                          "--batch", "4",        "--threads", "1"}
                           << 0 << true << true;
    QTest::newRow("predict") << QStringList{"predict", m_set.root, "--model", model, "--out", out + "/pred"}
                             << 1 << true << true;
    QTest::newRow("evaluate") << QStringList{"evaluate", "--truth", m_set.root, "--pred", out + "/pred"} << 0
                              << true << true;
}

void TestBadInput::everyCommandSkipsAndSaysSo()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(bool, namesRefused);
    QFETCH(bool, namesUndecodable);
    const Run r = cli(args);
    QVERIFY2(r.code == exitCode, qPrintable(r.err));
    if (args.first() == QLatin1String("info")) {
        QStringList refused;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value("refused").toArray())
            refused << QDir(m_set.root).relativeFilePath(v.toObject().value("file").toString());
        QCOMPARE(refused, m_set.refused.keys());
    }
    if (namesRefused) {
        for (auto it = m_set.refused.cbegin(); it != m_set.refused.cend(); ++it)
            QVERIFY2(r.err.contains(path(it.key())), qPrintable(it.key() + "\n" + r.err));
    }
    for (const QString &id : m_set.undecodable) {
        const bool named = r.err.contains(id) || r.out.contains(id);
        QVERIFY2(named == namesUndecodable || !namesUndecodable, qPrintable(id + "\n" + r.err + r.out));
    }
    if (args.first() == QLatin1String("export")) {
        // Every mask that is whole comes out, under its id.
        QStringList written = QDir(args.at(3)).entryList(QDir::Files);
        QStringList expected;
        for (const QString &id : m_set.good + m_set.undecodable)
            expected << id + QStringLiteral(".png");
        std::sort(expected.begin(), expected.end());
        std::sort(written.begin(), written.end());
        QCOMPARE(written, expected);
    }
    if (args.first() == QLatin1String("predict")) {
        for (const QString &id : m_set.good)
            QVERIFY2(QFileInfo::exists(args.at(5) + "/" + id + ".png"), qPrintable(id));
    }
}

bool TestBadInput::showAndWait(MainWindow &window, const QString &id)
{
    const core::SessionPtr session = window.session();
    const int index = session ? session->dataset().indexOf(id) : -1;
    if (index < 0)
        return false;
    window.showSample(index);
    return QTest::qWaitFor([&] {
        const auto sample = uitest::part<ImageCanvas>(&window)->sample();
        return sample && sample->id == id;
    }, 10000);
}

void TestBadInput::theAppBrowsesEditsAndExportsTheGoodImages()
{
    // The workspace already holds a correction cut in half (another program, a bad disk).
    const QString ws = m_tmp.filePath(QStringLiteral("workspace"));
    const QString good = m_set.good.first();
    const QString brokenCorrection = ws + QStringLiteral("/annotations/") + good + QStringLiteral(".png");
    {
        QVERIFY(QDir().mkpath(ws + QStringLiteral("/annotations")));
        std::vector<uchar> png;
        QVERIFY(cv::imencode(".png", uitest::rectMask(salted::kSize, cv::Rect(10, 10, 100, 90)), png));
        QVERIFY(uitest::writeBytes(brokenCorrection, QByteArray(reinterpret_cast<const char *>(png.data()),
                                                                int(png.size() / 2))));
    }
    MainWindow::Options options;
    options.persistent = false;
    options.workspaceDir = ws;
    MainWindow window(options);
    window.show();
    QSignalSpy opened(&window, &MainWindow::datasetOpened);
    window.openDataset(m_set.root);
    QVERIFY(opened.wait(10000));

    // The problems dialog lists every refused file with its reason.
    uitest::command(&window, "problems")->trigger();
    QTRY_VERIFY(window.findChild<ProblemsDialog *>());
    auto *dialog = window.findChild<ProblemsDialog *>();
    auto *tree = dialog->findChild<QTreeWidget *>();
    QStringList listed;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        listed << QDir::fromNativeSeparators(tree->topLevelItem(i)->text(0));
    for (auto it = m_set.refused.cbegin(); it != m_set.refused.cend(); ++it)
        QVERIFY2(listed.contains(it.key()), qPrintable(it.key()));
    dialog->close();

    auto *info = uitest::part<InfoPanel>(&window);
    // The broken correction is set aside when first shown, and the Info panel says so; the
    // dataset's mask is back.
    QVERIFY(showAndWait(window, good));
    QTRY_VERIFY2(info->fieldText(QStringLiteral("errors")).contains(QStringLiteral("moved aside")),
                 qPrintable(info->fieldText(QStringLiteral("errors"))));
    QVERIFY(!QFileInfo::exists(brokenCorrection));
    QCOMPARE(
        QDir(ws + QStringLiteral("/annotations")).entryList({good + QStringLiteral(".png.broken-*")}).size(),
        1);
    QVERIFY(uitest::part<ImageCanvas>(&window)->sample()->truth.present());

    // Files that change after the scan: one image deleted, one replaced by garbage.
    const QString deleted = path(QStringLiteral("images/mask_all_skin.png"));
    const QString replaced = path(QStringLiteral("images/mask_rgb.png"));
    QVERIFY(QFile::remove(deleted));
    QVERIFY(uitest::writeBytes(replaced, QByteArray("no longer an image")));

    // Every image can be visited; what does not decode is named in the Info panel.
    for (const QString &id :
         m_set.undecodable + QStringList{QStringLiteral("mask_all_skin"), QStringLiteral("mask_rgb")}) {
        QVERIFY2(showAndWait(window, id), qPrintable(id));
        const QString file =
            window.session()->dataset().samples.at(window.session()->dataset().indexOf(id)).imagePath;
        QTRY_VERIFY2(info->fieldText(QStringLiteral("errors")).contains(QDir::toNativeSeparators(file)),
                     qPrintable(id + ": " + info->fieldText(QStringLiteral("errors"))));
    }
    const QStringList intact = [&] {
        QStringList ids = m_set.good + m_set.withoutMask;
        ids.removeAll(QStringLiteral("mask_all_skin"));
        ids.removeAll(QStringLiteral("mask_rgb"));
        return ids;
    }();
    for (const QString &id : intact) {
        QVERIFY2(showAndWait(window, id), qPrintable(id));
        QVERIFY2(uitest::part<ImageCanvas>(&window)->sample()->imageOk(), qPrintable(id));
    }

    // A correction of a good image (a non-ASCII name) is saved, then exported with the rest.
    const QString edited = QStringLiteral("נבוס_עברית");
    QVERIFY(showAndWait(window, edited));
    auto *editor = uitest::part<EditController>(&window);
    QSignalSpy saved(editor->saver(), &core::AutoSaver::saved);
    uitest::command(&window, "grow")->trigger();
    QVERIFY(saved.wait(10000));
    QVERIFY(QFileInfo::exists(ws + QStringLiteral("/annotations/") + edited + QStringLiteral(".png")));
    ExportDialog exporter(window.session(), QString());
    const QString out = m_tmp.filePath(QStringLiteral("app export"));
    exporter.setOutputFolder(out);
    exporter.setContent(core::ExportContent::Masks);
    exporter.setNaming(core::ExportNaming::Plain);
    QSignalSpy finished(&exporter, &ExportDialog::exportFinished);
    QVERIFY(exporter.start());
    QVERIFY(finished.wait(20000));
    const core::ExportResult result = exporter.lastResult();
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join('\n')));
    QCOMPARE(result.written, int(m_set.good.size() + m_set.undecodable.size()));
    QString error;
    const cv::Mat exported = core::readMask(QDir(out).filePath(edited + QStringLiteral(".png")), &error);
    QVERIFY2(!exported.empty(), qPrintable(error));
    QVERIFY(cv::countNonZero(exported) > cv::countNonZero(uitest::rectMask(salted::kSize, salted::kLesion)));
    QVERIFY(window.close());
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--write") == 0) {
        salted::writeSaltedDataset(QString::fromLocal8Bit(argv[2]));
        return 0;
    }
    TestBadInput test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_badinput.moc"
