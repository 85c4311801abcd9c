// The workspace: statuses, corrected masks, the effective mask, project.json and the active
// model. What survives bad files, crashes, read-only folders and concurrent saves is in
// tst_workspacesafety.cpp.

#include "core/workspace/workspace.h"

#include "tests/core/workspace/testdataset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask::core;
using namespace dermask::test;

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
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
