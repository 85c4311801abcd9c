// Saving without being asked: a finished edit appears in the workspace and equals the
// document; a drag is saved once it ends; a mask brought back to the dataset's own removes the
// annotation; a failed write keeps the edit unsaved and names the file; edits made during a
// write are saved too; and a writer killed at random moments (a crash) always leaves a whole
// mask on disk, the last one saved or the one being written, never a broken file.
//
// The crash test runs this program again as the writer: `tst_autosaver --writer DATA WS`.

#include "core/editing/autosaver.h"

#include "core/dataset/dataset.h"
#include "core/image/imageio.h"
#include "core/mask/maskdocument.h"
#include "core/session/datasetsession.h"
#include "core/workspace/workspace.h"
#include "tests/support/uitestdata.h"

#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QUndoStack>

#include <cstdio>
#include <random>

using namespace dermask;
using namespace dermask::core;

namespace {

const cv::Size kSize(400, 300);
const cv::Rect kTruth(100, 80, 150, 120);

std::shared_ptr<core::DatasetSession> openSession(const QString &data, const QString &ws, QString *error)
{
    QStringList warnings;
    return core::DatasetSession::open(data, ws, error, &warnings);
}

/// Version @p i of the writer's mask: a band whose width tells the version (mod 60).
cv::Mat versionMask(int i)
{
    cv::Mat m = cv::Mat::zeros(kSize, CV_8UC1);
    m(cv::Rect(10, 10, 20 + (i % 60) * 5, 200)).setTo(255);
    return m;
}

int versionOf(const cv::Mat &m)
{
    return (cv::countNonZero(m) / 200 - 20) / 5;
}

/// The writer: saves versions 0, 1, 2... through core::AutoSaver and prints "saved i" after each.
int runWriter(const QString &data, const QString &ws)
{
    QString error;
    const core::SessionPtr session = openSession(data, ws, &error);
    if (!session || !session->workspace()) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(error));
        return 2;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    core::AutoSaver saver(&pool);
    saver.setSession(session);
    auto doc = core::MaskDocument::create(QStringLiteral("s1"), kSize, uitest::rectMask(kSize, kTruth),
                                          uitest::rectMask(kSize, kTruth), &error);
    saver.watch(doc.get(), 0);
    for (int i = 0;; ++i) {
        doc->applyMask(versionMask(i), QStringLiteral("version"));
        saver.saveNow(doc.get());
        saver.waitForSaves();
        if (doc->isModified())
            return 3;
        std::printf("saved %d\n", i);
        std::fflush(stdout);
    }
}

} // namespace

class TestAutoSaver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void finishedEditIsSavedAndEqualsTheDocument();
    void dragIsSavedOnceItEnds();
    void backToTheSourceRemovesTheAnnotation();
    void failedWriteKeepsTheEditUnsaved();
    void editsDuringAWriteAreSavedToo();
    void crashBetweenWritesLeavesAWholeMask();

private:
    QString annotation() const { return m_ws + QStringLiteral("/annotations/s1.png"); }
    cv::Mat onDisk() const { return core::readMask(annotation(), nullptr); }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_data;
    QString m_ws;
    core::SessionPtr m_session;
    std::unique_ptr<QThreadPool> m_pool;
    std::unique_ptr<core::AutoSaver> m_saver;
    std::unique_ptr<core::MaskDocument> m_doc;
};

void TestAutoSaver::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_data = m_tmp->filePath(QStringLiteral("data"));
    m_ws = m_tmp->filePath(QStringLiteral("ws"));
    QVERIFY(uitest::writeSample(m_data, QStringLiteral("s1"), kSize, kTruth));
    QString error;
    m_session = openSession(m_data, m_ws, &error);
    QVERIFY2(m_session && m_session->workspace(), qPrintable(error));
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setMaxThreadCount(1);
    m_saver = std::make_unique<core::AutoSaver>(m_pool.get());
    m_saver->setSession(m_session);
    m_saver->setDelay(100);
    m_doc = core::MaskDocument::create(QStringLiteral("s1"), kSize, uitest::rectMask(kSize, kTruth),
                                       uitest::rectMask(kSize, kTruth), &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_saver->watch(m_doc.get(), 0);
}

void TestAutoSaver::cleanup()
{
    m_saver.reset();
    m_doc.reset();
    m_pool.reset();
    m_session.reset();
    m_tmp.reset();
}

void TestAutoSaver::finishedEditIsSavedAndEqualsTheDocument()
{
    QSignalSpy saved(m_saver.get(), &core::AutoSaver::saved);
    m_doc->beginStroke(core::MaskDocument::BrushMode::Paint, 20, QPointF(30, 30));
    m_doc->continueStroke(QPointF(80, 40));
    m_doc->endStroke();
    QVERIFY(m_doc->isModified());
    QCOMPARE(m_saver->unsavedIds(), QStringList{QStringLiteral("s1")});
    QVERIFY(!QFileInfo::exists(annotation()));  // not before the delay
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.first().at(1).toString(), QStringLiteral("s1"));
    QCOMPARE(saved.first().at(2).value<core::SampleStatus>(), core::SampleStatus::Corrected);
    const cv::Mat disk = onDisk();
    QCOMPARE(disk.size(), kSize);
    QCOMPARE(cv::countNonZero(disk != m_doc->mask()), 0);
    QVERIFY(!m_doc->isModified());
    QVERIFY(m_saver->unsavedIds().isEmpty());
    QCOMPARE(m_session->workspace()->status(QStringLiteral("s1")), core::SampleStatus::Corrected);
}

void TestAutoSaver::dragIsSavedOnceItEnds()
{
    QSignalSpy saved(m_saver.get(), &core::AutoSaver::saved);
    m_doc->beginStroke(core::MaskDocument::BrushMode::Erase, 10, QPointF(120, 100));
    m_doc->continueStroke(QPointF(140, 100));
    QTest::qWait(350);  // well past the delay, the button still down
    QVERIFY(saved.isEmpty());
    QVERIFY(!QFileInfo::exists(annotation()));
    m_doc->continueStroke(QPointF(160, 100));
    m_doc->endStroke();
    QVERIFY(saved.wait(5000));
    QCOMPARE(cv::countNonZero(onDisk() != m_doc->mask()), 0);
    QCOMPARE(onDisk().at<uchar>(100, 160), uchar(0));
}

void TestAutoSaver::backToTheSourceRemovesTheAnnotation()
{
    QSignalSpy saved(m_saver.get(), &core::AutoSaver::saved);
    QCOMPARE(m_doc->grow(4), core::MaskDocument::EditResult::Changed);
    QVERIFY(saved.wait(5000));
    QVERIFY(QFileInfo::exists(annotation()));
    m_doc->undoStack()->undo();
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.last().at(2).value<core::SampleStatus>(), core::SampleStatus::Source);
    QVERIFY(!QFileInfo::exists(annotation()));
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_session->workspace()->status(QStringLiteral("s1")), core::SampleStatus::Source);
}

void TestAutoSaver::failedWriteKeepsTheEditUnsaved()
{
    // The annotations folder turns into a file: no write can succeed (root or not).
    const QString folder = m_ws + QStringLiteral("/annotations");
    QVERIFY(QDir(folder).removeRecursively());
    QVERIFY(QDir().mkpath(m_ws));
    QVERIFY(uitest::writeBytes(folder, "not a folder"));
    QSignalSpy failed(m_saver.get(), &core::AutoSaver::failed);
    QSignalSpy saved(m_saver.get(), &core::AutoSaver::saved);
    m_doc->shrink(5);
    QVERIFY(failed.wait(5000));
    const QString error = failed.first().at(2).toString();
    QVERIFY2(error.contains(QStringLiteral("s1.png")), qPrintable(error));
    QVERIFY(m_doc->isModified());
    QCOMPARE(m_saver->unsavedIds(), QStringList{QStringLiteral("s1")});
    QCOMPARE(m_saver->error(QStringLiteral("s1")), error);
    // The disk comes back: the next save writes the edit that was kept.
    QVERIFY(QFile::remove(folder));
    QVERIFY(QDir().mkpath(folder));
    m_saver->saveAll();
    m_saver->waitForSaves();
    QCOMPARE(saved.count(), 1);
    QVERIFY(!m_doc->isModified());
    QVERIFY(m_saver->error(QStringLiteral("s1")).isEmpty());
    QCOMPARE(cv::countNonZero(onDisk() != m_doc->mask()), 0);
}

void TestAutoSaver::editsDuringAWriteAreSavedToo()
{
    m_doc->grow(2);
    m_saver->saveNow(m_doc.get());
    m_doc->grow(3);  // while the first write may still run
    QVERIFY(m_doc->isModified());
    m_saver->saveAll();
    m_saver->waitForSaves();
    QVERIFY(!m_doc->isModified());
    QCOMPARE(cv::countNonZero(onDisk() != m_doc->mask()), 0);
}

void TestAutoSaver::crashBetweenWritesLeavesAWholeMask()
{
    std::mt19937 rng(7);
    for (int round = 0; round < 5; ++round) {
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), m_data, m_ws});
        QVERIFY(writer.waitForStarted(10000));
        // Let it save a few versions, then kill it at a random moment (SIGKILL: no cleanup).
        int last = -1;
        QByteArray out;
        while (last < 3 + round) {
            QVERIFY(writer.waitForReadyRead(10000));
            out += writer.readAllStandardOutput();
            const QList<QByteArray> lines = out.trimmed().split('\n');
            last = lines.last().startsWith("saved ") ? lines.last().mid(6).toInt() : last;
        }
        QThread::usleep(std::uniform_int_distribution<int>(0, 20000)(rng));
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        out += writer.readAllStandardOutput();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        last = lines.last().mid(6).toInt();

        QString error;
        const cv::Mat disk = core::readMask(annotation(), &error);
        QVERIFY2(!disk.empty(), qPrintable(error));
        const int version = versionOf(disk);
        // The last version reported saved, or the next one if it was renamed into place just
        // before the kill; nothing in between, nothing broken.
        QVERIFY2(version == last % 60 || version == (last + 1) % 60,
                 qPrintable(QStringLiteral("round %1: on disk version %2, last saved %3").arg(round).arg(version).arg(last)));
        QCOMPARE(cv::countNonZero(disk != versionMask(version)), 0);
        // The workspace still opens and calls it a correction.
        core::Dataset dataset;
        QVERIFY(core::scanDataset(m_data, &dataset, &error));
        core::Workspace workspace;
        QVERIFY2(workspace.openAt(dataset, m_ws, &error), qPrintable(error));
        QCOMPARE(workspace.status(QStringLiteral("s1")), core::SampleStatus::Corrected);
    }
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QGuiApplication app(argc, argv);
    TestAutoSaver test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosaver.moc"
