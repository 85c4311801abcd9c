#include "core/workspace/workspace.h"

#include "tests/core/workspace/testdataset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace dermask::core;
using namespace dermask::test;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

const Sample &sampleOf(const Workspace &ws, const QString &id)
{
    return ws.dataset().samples.at(ws.dataset().indexOf(id));
}

} // namespace

class TestWorkspace : public QObject
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

    void statusNames_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("name");
        QTest::newRow("unlabeled") << int(SampleStatus::Unlabeled) << "unlabeled";
        QTest::newRow("source") << int(SampleStatus::Source) << "source";
        QTest::newRow("corrected") << int(SampleStatus::Corrected) << "corrected";
        QTest::newRow("approved") << int(SampleStatus::Approved) << "approved";
    }
    void statusNames()
    {
        QFETCH(int, status);
        QFETCH(QString, name);
        QCOMPARE(statusName(SampleStatus(status)), name);
        SampleStatus parsed = SampleStatus::Unlabeled;
        QVERIFY(parseStatus(name, &parsed));
        QCOMPARE(int(parsed), status);
        QVERIFY(!parseStatus(name.toUpper(), &parsed));
        QVERIFY(!parseStatus(QString(), &parsed));
    }

    void createsProject()
    {
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        const auto before = checksums(dir.path());
        Workspace ws;
        QString error, warning;
        QVERIFY2(ws.open(dataset, &error, &warning), qPrintable(error));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QVERIFY(!ws.isFallback());
        QCOMPARE(ws.path(), QDir(dataset.root).filePath(".dermask"));
        // Opening only to look leaves no trace: the first thing worth keeping makes the folder.
        QVERIFY(!QFileInfo::exists(ws.path()));
        QCOMPARE(checksums(dir.path()), before);
        QVERIFY2(ws.setStatus("case_a", SampleStatus::Approved, &error), qPrintable(error));
        const QJsonObject project = readJson(ws.path() + "/project.json");
        QCOMPARE(project.value("schema").toInt(), 1);
        QCOMPARE(project.value("app").toString(), QString("Dermask"));
        QCOMPARE(project.value("dataset").toString(), dataset.root);
        QVERIFY(project.value("samples").isObject());
        QCOMPARE(ws.annotationPath("case_a"), ws.path() + "/annotations/case_a.png");
        QCOMPARE(ws.modelsDir(), ws.path() + "/models");
        QCOMPARE(ws.predictionsDir("unet-1"), ws.path() + "/predictions/unet-1");
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("annotate");
        QTest::addColumn<bool>("approve");
        QTest::addColumn<int>("expected");
        QTest::newRow("source mask, untouched") << "case_a" << false << false << int(SampleStatus::Source);
        QTest::newRow("source mask, corrected") << "case_a" << true << false << int(SampleStatus::Corrected);
        QTest::newRow("source mask, approved") << "case_b" << false << true << int(SampleStatus::Approved);
        QTest::newRow("corrected and approved") << "case_b" << true << true << int(SampleStatus::Approved);
        QTest::newRow("no mask, untouched") << "case_d" << false << false << int(SampleStatus::Unlabeled);
        QTest::newRow("no mask, annotated") << "case_d" << true << false << int(SampleStatus::Corrected);
        QTest::newRow("no mask, annotated, approved") << "case_d" << true << true << int(SampleStatus::Approved);
    }
    void roundTrip()
    {
        QFETCH(QString, id);
        QFETCH(bool, annotate);
        QFETCH(bool, approve);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        const auto before = checksums(dir.path());
        const Sample &s = dataset.samples.at(dataset.indexOf(id));
        const cv::Mat annotation = annotationFor(cv::Size(s.width, s.height));
        QString error;
        {
            Workspace ws;
            QVERIFY2(ws.open(dataset, &error), qPrintable(error));
            if (annotate)
                QVERIFY2(ws.saveAnnotation(id, annotation, &error), qPrintable(error));
            if (approve)
                QVERIFY2(ws.setStatus(id, SampleStatus::Approved, &error), qPrintable(error));
            QCOMPARE(int(ws.status(id)), expected);
            QVERIFY2(ws.setActiveModel("unet-3", &error), qPrintable(error));
        }
        Workspace ws;
        QVERIFY2(ws.open(dataset, &error), qPrintable(error));
        QCOMPARE(int(ws.status(id)), expected);
        QCOMPARE(ws.hasAnnotation(id), annotate);
        QCOMPARE(ws.activeModel(), QString("unet-3"));
        const cv::Mat effective = ws.effectiveMask(s, &error);
        if (annotate)
            QVERIFY(sameMask(effective, annotation));
        else if (s.hasMask())
            QVERIFY(sameMask(effective, sourceMaskFor(id, cv::Size(s.width, s.height))));
        else
            QVERIFY(effective.empty());
        // The other samples are untouched.
        for (const Sample &other : dataset.samples) {
            if (other.id != id)
                QCOMPARE(ws.status(other.id), other.hasMask() ? SampleStatus::Source : SampleStatus::Unlabeled);
        }
        QCOMPARE(checksums(dir.path()), before);
    }

    void statusTransitions()
    {
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(dataset, &error), qPrintable(error));
        const cv::Size size(64, 48);  // case_a
        QCOMPARE(ws.status("case_a"), SampleStatus::Source);
        QVERIFY(ws.setStatus("case_a", SampleStatus::Approved, &error));
        QCOMPARE(ws.status("case_a"), SampleStatus::Approved);
        // A new correction withdraws the approval: the mask the user approved changed.
        QVERIFY(ws.saveAnnotation("case_a", annotationFor(size), &error));
        QCOMPARE(ws.status("case_a"), SampleStatus::Corrected);
        QVERIFY(ws.setStatus("case_a", SampleStatus::Approved, &error));
        // Removing the annotation goes back to the source mask, unapproved.
        QVERIFY2(ws.removeAnnotation("case_a", &error), qPrintable(error));
        QCOMPARE(ws.status("case_a"), SampleStatus::Source);
        QVERIFY(!QFileInfo::exists(ws.annotationPath("case_a")));
        QVERIFY(ws.removeAnnotation("case_a", &error));  // nothing to remove: fine
        // Un-approving: set the status the files imply.
        QVERIFY(ws.setStatus("case_a", SampleStatus::Approved, &error));
        QVERIFY(ws.setStatus("case_a", SampleStatus::Source, &error));
        QCOMPARE(ws.status("case_a"), SampleStatus::Source);
        // An annotation deleted behind the workspace's back: the files decide.
        QVERIFY(ws.saveAnnotation("case_b", annotationFor(cv::Size(80, 60)), &error));
        QVERIFY(QFile::remove(ws.annotationPath("case_b")));
        Workspace again;
        QVERIFY(again.open(dataset, &error));
        QCOMPARE(again.status("case_b"), SampleStatus::Source);
    }

    void refusedStatus_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("approve without mask") << "case_d" << int(SampleStatus::Approved) << "no mask";
        QTest::newRow("corrected without annotation") << "case_a" << int(SampleStatus::Corrected) << "case_a";
        QTest::newRow("source without source mask") << "case_d" << int(SampleStatus::Source) << "unlabeled";
        QTest::newRow("unlabeled with a mask") << "case_b" << int(SampleStatus::Unlabeled) << "source";
        QTest::newRow("unknown id") << "nobody" << int(SampleStatus::Approved) << "nobody";
    }
    void refusedStatus()
    {
        QFETCH(QString, id);
        QFETCH(int, status);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        const QByteArray project = readBytes(ws.path() + "/project.json");
        QVERIFY(!ws.setStatus(id, SampleStatus(status), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(readBytes(ws.path() + "/project.json"), project);
    }

    void effectiveMask_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("annotate");
        QTest::addColumn<QString>("expect");  // "annotation", "source", "grey-source", "none"
        QTest::newRow("annotation beats source") << "case_a" << true << "annotation";
        QTest::newRow("source when no annotation") << "case_a" << false << "source";
        QTest::newRow("anti-aliased source, thresholded") << "case_c" << false << "grey-source";
        QTest::newRow("annotation beats grey source") << "case_c" << true << "annotation";
        QTest::newRow("annotation without source") << "case_d" << true << "annotation";
        QTest::newRow("nothing") << "case_d" << false << "none";
    }
    void effectiveMask()
    {
        QFETCH(QString, id);
        QFETCH(bool, annotate);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        const Sample &s = sampleOf(ws, id);
        const cv::Size size(s.width, s.height);
        if (annotate)
            QVERIFY2(ws.saveAnnotation(id, annotationFor(size), &error), qPrintable(error));
        error.clear();
        const cv::Mat m = ws.effectiveMask(s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (expect == "none") {
            QVERIFY(m.empty());
            QVERIFY(ws.effectiveMaskPath(s).isEmpty());
            return;
        }
        QCOMPARE(m.type(), CV_8UC1);
        QCOMPARE(m.size(), size);
        QCOMPARE(cv::countNonZero(m == 0) + cv::countNonZero(m == 255), int(m.total()));
        if (expect == "annotation") {
            QCOMPARE(ws.effectiveMaskPath(s), ws.annotationPath(id));
            QVERIFY(sameMask(m, annotationFor(size)));
        } else if (expect == "source") {
            QCOMPARE(ws.effectiveMaskPath(s), s.maskPath);
            QVERIFY(sameMask(m, sourceMaskFor(id, size)));
        } else {
            QCOMPARE(ws.effectiveMaskPath(s), s.maskPath);
            const cv::Mat expected = greyMaskFor(id, size) >= 128;
            QVERIFY(sameMask(m, expected));
        }
    }

    void refusesBadAnnotation_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("one column too wide") << "case_a" << 65 << 48 << CV_8UC1 << "65x48";
        QTest::newRow("transposed") << "case_a" << 48 << 64 << CV_8UC1 << "64x48";
        QTest::newRow("another sample's size") << "case_a" << 80 << 60 << CV_8UC1 << "80x60";
        QTest::newRow("colour") << "case_a" << 64 << 48 << CV_8UC3 << "single channel";
        QTest::newRow("16-bit") << "case_a" << 64 << 48 << CV_16UC1 << "single channel";
        QTest::newRow("empty") << "case_a" << 0 << 0 << CV_8UC1 << "single channel";
        QTest::newRow("unknown id") << "nobody" << 64 << 48 << CV_8UC1 << "nobody";
    }
    void refusesBadAnnotation()
    {
        QFETCH(QString, id);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, type);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        const cv::Mat mask = width > 0 ? cv::Mat(height, width, type, cv::Scalar(255)) : cv::Mat();
        QVERIFY(!ws.saveAnnotation(id, mask, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(id), qPrintable(error));
        QVERIFY(!ws.hasAnnotation(id));
        QVERIFY(!QFileInfo::exists(ws.annotationPath(id)));
        QCOMPARE(ws.status("case_a"), SampleStatus::Source);
    }

    void normalisesAnnotation_data()
    {
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::addColumn<bool>("gradient");
        QTest::newRow("0/255") << 0 << 255 << false;
        QTest::newRow("0/1 labels") << 0 << 1 << false;
        QTest::newRow("0/100") << 0 << 100 << false;
        QTest::newRow("anti-aliased ramp") << 0 << 255 << true;
    }
    void normalisesAnnotation()
    {
        QFETCH(int, low);
        QFETCH(int, high);
        QFETCH(bool, gradient);
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        const cv::Size size(64, 48);
        cv::Mat mask(size, CV_8UC1, cv::Scalar(low));
        cv::Mat expected = cv::Mat::zeros(size, CV_8UC1);
        if (gradient) {
            for (int x = 0; x < size.width; ++x) {
                mask.col(x).setTo(x * 4);  // 0..252
                expected.col(x).setTo(x * 4 >= 128 ? 255 : 0);
            }
        } else {
            mask(cv::Rect(10, 10, 20, 20)).setTo(high);
            expected(cv::Rect(10, 10, 20, 20)).setTo(255);
        }
        QVERIFY2(ws.saveAnnotation("case_a", mask, &error), qPrintable(error));
        const cv::Mat onDisk = cv::imread(ws.annotationPath("case_a").toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(onDisk.type(), CV_8UC1);
        QVERIFY(sameMask(onDisk, expected));
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

    void activeModel_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "unet-20240501" << true;
        QTest::newRow("clear") << "" << true;
        QTest::newRow("path separator") << "../evil" << false;
        QTest::newRow("dot-dot") << ".." << false;
    }
    void activeModel()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.path(), standardSpecs());
        QString error;
        Workspace ws;
        QVERIFY(ws.open(dataset, &error));
        QVERIFY(ws.setActiveModel("previous", &error));
        QCOMPARE(ws.setActiveModel(name, &error), ok);
        Workspace again;
        QVERIFY(again.open(dataset, &error));
        QCOMPARE(again.activeModel(), ok ? name : QString("previous"));
        // Where models and predictions live is the workspace's to say.
        QCOMPARE(ws.modelPath("m1"), ws.path() + "/models/m1.pt");
        QVERIFY(ws.predictionModels().isEmpty());
        QVERIFY(QDir().mkpath(ws.predictionsDir("m1")));
        QCOMPARE(ws.predictionModels(), QStringList({"m1"}));
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

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
