// What the workspace keeps safe: a broken project.json or corrected mask is moved aside and
// recovered, unknown entries survive, a crash never replaces a good annotation, a read-only
// dataset falls back to the app's data folder, an unusable folder is refused, and concurrent
// saves all land.

#include "core/workspace/workspace.h"

#include "tests/core/workspace/testdataset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>

#include <atomic>
#include <thread>

using namespace dermask::core;
using namespace dermask::test;

class TestWorkspaceSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The fallback goes to a test location (~/.qttest/...), never the user's app data.
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DERMASK_FORCE_FALLBACK_WORKSPACE");
    }
    void cleanup()
    {
        qunsetenv("DERMASK_FORCE_FALLBACK_WORKSPACE");
    }

    void corruptProject_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("problem");
        QTest::newRow("garbage bytes") << QByteArray("\x89\x00\xff garbage \x01", 14) << "not valid JSON";
        QTest::newRow("truncated") << QByteArray("{\"schema\": 1, \"samples\": {\"case_a\": {\"sta") << "not valid JSON";
        QTest::newRow("empty file") << QByteArray() << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1, 2]") << "not a JSON object";
        QTest::newRow("newer schema") << QByteArray("{\"schema\": 2, \"samples\": {}}") << "schema 2 is not supported";
        QTest::newRow("no schema") << QByteArray("{\"app\": \"Dermask\", \"samples\": {}}") << "no schema version";
        QTest::newRow("schema as text") << QByteArray("{\"schema\": \"1\"}") << "not a number";
        QTest::newRow("samples not an object") << QByteArray("{\"schema\": 1, \"samples\": [\"case_a\"]}") << "\"samples\" is not an object";
    }
    void corruptProject()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        const auto before = checksums(dir.path());
        QString error, warning;
        QString projectPath;
        const cv::Mat annotation = annotationFor(cv::Size(64, 48));
        {
            Workspace ws;
            QVERIFY(ws.open(dataset, &error));
            QVERIFY(ws.saveAnnotation("case_a", annotation, &error));
            QVERIFY(ws.setStatus("case_a", SampleStatus::Approved, &error));
            projectPath = ws.path() + "/project.json";
        }
        QVERIFY(writeBytes(projectPath, contents));

        Workspace ws;
        QVERIFY2(ws.open(dataset, &error, &warning), qPrintable(error));
        QVERIFY2(warning.contains("project.json"), qPrintable(warning));
        QVERIFY2(warning.contains(problem), qPrintable(warning));
        // Moved aside, byte for byte, never deleted.
        const QStringList aside = QDir(ws.path()).entryList({"project.json.broken-*"}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(warning.contains(aside.first()), qPrintable(warning));
        QCOMPARE(readBytes(ws.path() + "/" + aside.first()), contents);
        // A fresh, valid project.
        QCOMPARE(readJson(projectPath).value("schema").toInt(), 1);
        // The corrected mask survives; the approval (stored in the broken file) does not.
        QVERIFY(ws.hasAnnotation("case_a"));
        QVERIFY(sameMask(ws.effectiveMask(sampleOf(ws, "case_a"), &error), annotation));
        QCOMPARE(ws.status("case_a"), SampleStatus::Corrected);
        // Opening again is quiet: the fresh file is fine.
        Workspace again;
        QVERIFY(again.open(dataset, &error, &warning));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(QDir(ws.path()).entryList({"project.json.broken-*"}, QDir::Files).size(), 1);
        QCOMPARE(checksums(dir.path()), before);
    }

    // A corrected mask that cannot be used is moved aside byte for byte, never deleted; the
    // dataset's own mask is used again and the user is told which file and why. open() finds
    // what the header shows; a mask whose pixels do not decode is set aside when read.
    void brokenAnnotationIsSetAside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("foundAtOpen");
        QTest::addColumn<QString>("problem");
        QTest::newRow("garbage") << "garbage" << true << "annotations";
        QTest::newRow("zero bytes") << "empty" << true << "annotations";
        QTest::newRow("of another size") << "size" << true << "32x24 pixels, but its image has 64x48";
        QTest::newRow("cut in half") << "cut" << false << "truncated";
    }
    void brokenAnnotationIsSetAside()
    {
        QFETCH(QString, damage);
        QFETCH(bool, foundAtOpen);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        QString error, warning;
        QString file;
        {
            Workspace ws;
            QVERIFY(ws.open(dataset, &error));
            QVERIFY(ws.saveAnnotation("case_a", annotationFor(cv::Size(64, 48)), &error));
            QVERIFY(ws.setStatus("case_a", SampleStatus::Approved, &error));
            file = ws.annotationPath("case_a");
        }
        QByteArray bytes = readBytes(file);
        if (damage == "garbage")
            bytes = QByteArray("\x01\x02 not an image at all");
        else if (damage == "empty")
            bytes.clear();
        else if (damage == "cut")
            bytes = bytes.left(bytes.size() / 2);
        if (damage == "size") {
            std::vector<uchar> png;
            QVERIFY(cv::imencode(".png", annotationFor(cv::Size(32, 24)), png));
            bytes = QByteArray(reinterpret_cast<const char *>(png.data()), int(png.size()));
        }
        QVERIFY(writeBytes(file, bytes));

        Workspace ws;
        QVERIFY2(ws.open(dataset, &error, &warning), qPrintable(error));
        QCOMPARE(ws.hasAnnotation("case_a"), !foundAtOpen);
        if (!foundAtOpen) {
            QVERIFY2(warning.isEmpty(), qPrintable(warning));
            QVERIFY(ws.effectiveMask(sampleOf(ws, "case_a"), &error).empty());
            QVERIFY(ws.setAnnotationAside("case_a", error, &warning));
            QVERIFY(!ws.setAnnotationAside("case_a", error, nullptr));  // once
        }
        QVERIFY2(warning.contains(QDir::toNativeSeparators(file)) && warning.contains(problem)
                     && warning.contains("moved aside"), qPrintable(warning));
        const QStringList aside =
            QDir(ws.path() + "/annotations").entryList({"case_a.png.broken-*"}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readBytes(ws.path() + "/annotations/" + aside.first()), bytes);
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(ws.status("case_a"), SampleStatus::Source);
        QVERIFY(sameMask(ws.effectiveMask(sampleOf(ws, "case_a"), &error),
                         sourceMaskFor("case_a", cv::Size(64, 48))));
        // Remembered: opening again is quiet and the approval of the broken mask is gone.
        Workspace again;
        QVERIFY(again.open(dataset, &error, &warning));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(again.status("case_a"), SampleStatus::Source);
    }

    void keepsUnknownIds()
    {
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        QString error;
        QString path;
        {
            Workspace ws;
            QVERIFY(ws.open(dataset, &error));
            QVERIFY(ws.setStatus("case_a", SampleStatus::Approved, &error));
            path = ws.path() + "/project.json";
        }
        QJsonObject project = readJson(path);
        project.insert("samples", QJsonObject{{"gone_42", QJsonObject{{"status", "approved"}, {"note", "x"}}},
                                              {"case_b", QJsonObject{{"status", "approved"}}}});
        project.insert("future_key", "kept");
        QVERIFY(writeBytes(path, QJsonDocument(project).toJson()));
        Workspace ws;
        QString warning;
        QVERIFY(ws.open(dataset, &error, &warning));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(ws.status("gone_42"), SampleStatus::Unlabeled);  // ignored...
        QCOMPARE(ws.status("case_b"), SampleStatus::Approved);
        QVERIFY(ws.saveAnnotation("case_a", annotationFor(cv::Size(64, 48)), &error));
        const QJsonObject after = readJson(path);
        // ...but kept, so restoring the file brings its status back.
        QCOMPARE(after.value("samples").toObject().value("gone_42").toObject().value("note").toString(), QString("x"));
        QCOMPARE(after.value("samples").toObject().value("case_a").toObject().value("status").toString(), QString("corrected"));
        QCOMPARE(after.value("future_key").toString(), QString("kept"));
    }

    void crashNeverReplacesGoodAnnotation_data()
    {
        QTest::addColumn<QString>("leftover");  // how the crash left things
        QTest::newRow("uncommitted QSaveFile") << "savefile";
        QTest::newRow("partial temp file beside it") << "tempfile";
        QTest::newRow("both") << "both";
    }
    void crashNeverReplacesGoodAnnotation()
    {
        QFETCH(QString, leftover);
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        QString error;
        const cv::Mat good = annotationFor(cv::Size(64, 48));
        QString file;
        QByteArray goodBytes;
        {
            Workspace ws;
            QVERIFY(ws.open(dataset, &error));
            QVERIFY(ws.saveAnnotation("case_a", good, &error));
            file = ws.annotationPath("case_a");
            goodBytes = readBytes(file);
            QVERIFY(!goodBytes.isEmpty());
            std::vector<uchar> other;
            cv::imencode(".png", annotationFor(cv::Size(64, 48), 9), other);
            const QByteArray half(reinterpret_cast<const char *>(other.data()), int(other.size() / 2));
            if (leftover == "savefile" || leftover == "both") {
                // The process dies between write and commit: the save never lands.
                auto save = std::make_unique<QSaveFile>(file);
                QVERIFY(save->open(QIODevice::WriteOnly));
                QCOMPARE(save->write(half), qint64(half.size()));
                save.reset();  // destroyed without commit()
            }
            if (leftover == "tempfile" || leftover == "both") {
                // A temporary from a crashed write left next to the good file.
                QVERIFY(writeBytes(file + ".Xq3kLm", half));
                QVERIFY(writeBytes(QFileInfo(file).absolutePath() + "/case_b.png.tmp", half));
            }
        }
        QCOMPARE(readBytes(file), goodBytes);
        Workspace ws;
        QVERIFY(ws.open(dataset, &error));
        QVERIFY(ws.hasAnnotation("case_a"));
        QVERIFY(!ws.hasAnnotation("case_b"));  // a temp is not an annotation
        QCOMPARE(ws.status("case_b"), SampleStatus::Source);
        error.clear();
        QVERIFY(sameMask(ws.effectiveMask(sampleOf(ws, "case_a"), &error), good));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ws.status("case_a"), SampleStatus::Corrected);
    }

    void fallbackWhenReadOnly_data()
    {
        QTest::addColumn<bool>("forced");
        QTest::newRow("forced by DERMASK_FORCE_FALLBACK_WORKSPACE") << true;
        QTest::newRow("read-only folder") << false;
    }
    void fallbackWhenReadOnly()
    {
        QFETCH(bool, forced);
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        const QString fallback = Workspace::fallbackDir(dataset.root);
        QVERIFY(fallback.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(QFileInfo(fallback).fileName().startsWith(QFileInfo(dataset.root).fileName() + "-"));
        QCOMPARE(QFileInfo(fallback).fileName().section('-', -1).size(), 12);
        QDir(fallback).removeRecursively();
        const auto before = checksums(dir.path());
        if (forced)
            qputenv("DERMASK_FORCE_FALLBACK_WORKSPACE", "1");
        else
            setReadOnly(dir.path(), true);
        const cv::Mat annotation = annotationFor(cv::Size(80, 60));
        QString error;
        {
            Workspace ws;
            QVERIFY2(ws.open(dataset, &error), qPrintable(error));
            QVERIFY(ws.isFallback());
            QCOMPARE(ws.path(), fallback);
            QVERIFY2(ws.saveAnnotation("case_b", annotation, &error), qPrintable(error));
            QVERIFY(ws.setStatus("case_b", SampleStatus::Approved, &error));
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(".dermask")));
        QCOMPARE(readJson(fallback + "/project.json").value("dataset").toString(), dataset.root);
        // Reopened, even once the folder is writable again: the work is where it was made.
        qunsetenv("DERMASK_FORCE_FALLBACK_WORKSPACE");
        setReadOnly(dir.path(), false);
        Workspace ws;
        QVERIFY2(ws.open(dataset, &error), qPrintable(error));
        QVERIFY(ws.isFallback());
        QCOMPARE(ws.status("case_b"), SampleStatus::Approved);
        QVERIFY(sameMask(ws.effectiveMask(sampleOf(ws, "case_b"), &error), annotation));
        QVERIFY(!QFileInfo::exists(dir.filePath(".dermask")));
        QCOMPARE(checksums(dir.path()), before);
        QDir(fallback).removeRecursively();
    }

    void openAtRefusesUnusableFolder()
    {
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        QVERIFY(writeBytes(dir.filePath("blocker"), "x"));  // a file where a folder should be
        Workspace ws;
        QString error;
        QVERIFY(!ws.openAt(dataset, dir.filePath("blocker/ws"), &error));
        QVERIFY2(error.contains("blocker"), qPrintable(error));
        QVERIFY(ws.openAt(dataset, dir.filePath("elsewhere"), &error));
        QCOMPARE(ws.path(), dir.filePath("elsewhere"));
        QVERIFY(!ws.isFallback());
    }

    void concurrentSaves()
    {
        // The UI saves from worker threads: many saves at once must all land, and
        // project.json must stay valid.
        QTemporaryDir dir;
        QVector<SampleSpec> specs;
        for (int i = 0; i < 16; ++i)
            specs.append({QString("s%1").arg(i, 2, 10, QLatin1Char('0')),
                          QString("images/s%1.png").arg(i, 2, 10, QLatin1Char('0')),
                          QString(), cv::Size(40, 30), false});
        const Dataset dataset = makeDataset(dir.path(), specs);
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = t; i < 16; i += 4) {
                    QString e;
                    const QString id = dataset.samples.at(i).id;
                    if (!ws.saveAnnotation(id, annotationFor(cv::Size(40, 30), i % 5), &e)
                        || !ws.setStatus(id, SampleStatus::Approved, &e))
                        ++failures;
                    ws.status(id);
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        Workspace again;
        QString warning;
        QVERIFY(again.open(dataset, &error, &warning));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        for (int i = 0; i < 16; ++i) {
            const Sample &s = dataset.samples.at(i);
            QCOMPARE(again.status(s.id), SampleStatus::Approved);
            QVERIFY(sameMask(again.effectiveMask(s, &error), annotationFor(cv::Size(40, 30), i % 5)));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSafety)
#include "tst_workspacesafety.moc"
