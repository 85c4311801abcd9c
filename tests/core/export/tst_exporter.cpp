#include "core/export/exporter.h"
#include "core/workspace/workspace.h"

#include "tests/core/workspace/testdataset.h"
#include "tests/support/fulldisk.h"

#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace dermask::core;
using namespace dermask::test;

namespace {

/// PH2-, ISIC- and paired-style names side by side, plus a sample without a mask.
QVector<SampleSpec> mixedSpecs()
{
    return {
        {"IMD002", "PH2/IMD002/IMD002_Dermoscopic_Image/IMD002.bmp",
         "PH2/IMD002/IMD002_lesion/IMD002_lesion.bmp", cv::Size(76, 56), false},
        {"ISIC_0000000", "isic/ISIC_0000000.jpg", "isic/ISIC_0000000_segmentation.png",
         cv::Size(64, 48), false},
        {"synth_0001", "images/synth_0001.png", "masks/synth_0001.png", cv::Size(60, 45), true},
        {"zz_nomask", "images/zz_nomask.png", QString(), cv::Size(40, 30), false},
    };
}

cv::Mat readPng(const QString &path)
{
    return cv::imread(path.toStdString(), cv::IMREAD_UNCHANGED);
}

bool binary(const cv::Mat &m)
{
    return m.type() == CV_8UC1
           && cv::countNonZero(m == 0) + cv::countNonZero(m == 255) == int(m.total());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileName_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("maskPath");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("isic");
        QTest::addColumn<QString>("plain");
        QTest::newRow("PH2") << "IMD002" << "/d/IMD002/IMD002_lesion/IMD002_lesion.bmp"
                             << "IMD002_lesion.png" << "IMD002_segmentation.png" << "IMD002.png";
        QTest::newRow("ISIC") << "ISIC_0000000" << "/d/ISIC_0000000_segmentation.png"
                              << "ISIC_0000000_segmentation.png"
                              << "ISIC_0000000_segmentation.png" << "ISIC_0000000.png";
        QTest::newRow("paired") << "synth_0001" << "/d/masks/synth_0001.png" << "synth_0001.png"
                                << "synth_0001_segmentation.png" << "synth_0001.png";
        QTest::newRow("jpeg mask with dots") << "img.v2" << "/d/masks/img.v2.JPG" << "img.v2.png"
                                             << "img.v2_segmentation.png" << "img.v2.png";
        QTest::newRow("no source mask") << "face" << "" << "face.png"
                                        << "face_segmentation.png" << "face.png";
    }
    void fileName()
    {
        QFETCH(QString, id);
        QFETCH(QString, maskPath);
        QFETCH(QString, source);
        QFETCH(QString, isic);
        QFETCH(QString, plain);
        Sample s;
        s.id = id;
        s.imagePath = "/d/" + id + ".jpg";
        s.maskPath = maskPath;
        QCOMPARE(exportFileName(s, ExportNaming::Source), source);
        QCOMPARE(exportFileName(s, ExportNaming::Isic), isic);
        QCOMPARE(exportFileName(s, ExportNaming::Plain), plain);
    }

    void parseNaming_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("naming");
        QTest::newRow("source") << "source" << true << int(ExportNaming::Source);
        QTest::newRow("isic") << "isic" << true << int(ExportNaming::Isic);
        QTest::newRow("plain") << "plain" << true << int(ExportNaming::Plain);
        QTest::newRow("upper case") << "ISIC" << true << int(ExportNaming::Isic);
        QTest::newRow("spaces") << " plain " << true << int(ExportNaming::Plain);
        QTest::newRow("empty") << "" << false << 0;
        QTest::newRow("typo") << "sources" << false << 0;
        QTest::newRow("extension") << "png" << false << 0;
    }
    void parseNaming()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, naming);
        ExportNaming parsed = ExportNaming::Source;
        QCOMPARE(parseExportNaming(text, &parsed), ok);
        if (ok) {
            QCOMPARE(int(parsed), naming);
            QCOMPARE(exportNamingName(parsed), text.trimmed().toLower());
        }
    }

    void exportsEachNaming_data()
    {
        QTest::addColumn<int>("naming");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("source") << int(ExportNaming::Source)
                                << QStringList{"IMD002_lesion.png", "ISIC_0000000_segmentation.png",
                                               "synth_0001.png"};
        QTest::newRow("isic") << int(ExportNaming::Isic)
                              << QStringList{"IMD002_segmentation.png", "ISIC_0000000_segmentation.png",
                                             "synth_0001_segmentation.png"};
        QTest::newRow("plain") << int(ExportNaming::Plain)
                               << QStringList{"IMD002.png", "ISIC_0000000.png", "synth_0001.png"};
    }
    void exportsEachNaming()
    {
        QFETCH(int, naming);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.filePath("data"), mixedSpecs());
        const auto before = checksums(dataset.root);
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(dataset, &error), qPrintable(error));
        ExportOptions options;
        options.outDir = dir.filePath("out/nested");  // created
        options.naming = ExportNaming(naming);
        QVector<int> calls;
        const ExportResult r = exportMasks(ws, options, [&](int done, int total) {
            calls << done;
            return total == 4;
        });
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join('\n')));
        QCOMPARE(r.written, 3);
        QCOMPARE(r.withoutMask, 1);
        QVERIFY(!r.cancelled);
        QCOMPARE(calls, QVector<int>({1, 2, 3, 4}));
        expected.sort();
        QCOMPARE(filesIn(options.outDir), expected);
        // Each file: binary, at its image's size, equal to the effective mask.
        for (const Sample &s : dataset.samples) {
            if (!s.hasMask())
                continue;
            const cv::Mat m = readPng(QDir(options.outDir).filePath(exportFileName(s, options.naming)));
            QVERIFY2(binary(m), qPrintable(s.id));
            QCOMPARE(m.size(), cv::Size(s.width, s.height));
            QVERIFY(sameMask(m, ws.effectiveMask(s, &error)));
        }
        QCOMPARE(checksums(dataset.root), before);
    }

    void annotationOverridesSource()
    {
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.filePath("data"), mixedSpecs());
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        const cv::Mat corrected = annotationFor(cv::Size(60, 45));
        const cv::Mat drawn = annotationFor(cv::Size(40, 30), 3);
        QVERIFY(ws.saveAnnotation("synth_0001", corrected, &error));
        QVERIFY(ws.saveAnnotation("zz_nomask", drawn, &error));
        ExportOptions options;
        options.outDir = dir.filePath("out");
        options.naming = ExportNaming::Source;
        const ExportResult r = exportMasks(ws, options);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join('\n')));
        QCOMPARE(r.written, 4);
        QCOMPARE(r.withoutMask, 0);
        QVERIFY(sameMask(readPng(dir.filePath("out/synth_0001.png")), corrected));
        QVERIFY(!sameMask(corrected, greyMaskFor("synth_0001", cv::Size(60, 45)) >= 128));
        QVERIFY(sameMask(readPng(dir.filePath("out/zz_nomask.png")), drawn));
        // Untouched samples still export their source mask.
        QVERIFY(sameMask(readPng(dir.filePath("out/IMD002_lesion.png")),
                         sourceMaskFor("IMD002", cv::Size(76, 56))));
    }

    void greySourceComesOutBinary()
    {
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.filePath("data"), mixedSpecs());
        const cv::Mat grey = cv::imread(dataset.samples.at(dataset.indexOf("synth_0001")).maskPath.toStdString(),
                                        cv::IMREAD_UNCHANGED);
        // The source really is anti-aliased.
        QVERIFY(cv::countNonZero((grey > 0) & (grey < 255)) > 20);
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        ExportOptions options;
        options.outDir = dir.filePath("out");
        options.naming = ExportNaming::Plain;
        const ExportResult r = exportMasks(ws, options);
        QVERIFY(r.errors.isEmpty());
        const cv::Mat m = readPng(dir.filePath("out/synth_0001.png"));
        QVERIFY(binary(m));
        QVERIFY(sameMask(m, grey >= 128));
    }

    void cancel_data()
    {
        QTest::addColumn<int>("after");
        QTest::addColumn<bool>("workerThread");
        QTest::newRow("after 1") << 1 << false;
        QTest::newRow("after 3") << 3 << false;
        QTest::newRow("after 5, from a worker thread") << 5 << true;
    }
    void cancel()
    {
        QFETCH(int, after);
        QFETCH(bool, workerThread);
        QTemporaryDir dir;
        QVector<SampleSpec> specs;
        for (int i = 1; i <= 8; ++i) {
            const QString id = QString("s%1").arg(i);
            specs.append({id, "images/" + id + ".png", "masks/" + id + ".png", cv::Size(48, 36), i % 2 == 0});
        }
        const Dataset dataset = makeDataset(dir.filePath("data"), specs);
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        ExportOptions options;
        options.outDir = dir.filePath("out");
        options.naming = ExportNaming::Isic;
        ExportResult r;
        auto run = [&] {
            r = exportMasks(ws, options, [after](int done, int) { return done < after; });
        };
        if (workerThread) {
            std::thread t(run);
            t.join();
        } else {
            run();
        }
        QVERIFY(r.cancelled);
        QCOMPARE(r.written, after);
        const QStringList files = filesIn(options.outDir);
        QCOMPARE(files.size(), after);  // nothing half-written, no temporaries
        for (const QString &f : files) {
            QVERIFY2(f.endsWith("_segmentation.png"), qPrintable(f));
            const cv::Mat m = readPng(QDir(options.outDir).filePath(f));
            QVERIFY2(!m.empty(), qPrintable(f));
            QVERIFY(binary(m));
        }
    }

    void unreadableMaskIsReportedAndSkipped()
    {
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.filePath("data"), mixedSpecs());
        const QString broken = dataset.samples.at(dataset.indexOf("ISIC_0000000")).maskPath;
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG\r\n\x1a\n truncated");
        f.close();
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        ExportOptions options;
        options.outDir = dir.filePath("out");
        const ExportResult r = exportMasks(ws, options);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains("ISIC_0000000_segmentation.png"), qPrintable(r.errors.first()));
        QCOMPARE(r.written, 2);
        QCOMPARE(filesIn(options.outDir), QStringList({"IMD002_lesion.png", "synth_0001.png"}));
    }

    // The disk is full during a second export: each mask is reported by name, and the files
    // of the first export stay whole (no half-written file, no temporary left behind).
    void fullDiskKeepsThePreviousExport()
    {
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.filePath("data"), mixedSpecs());
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        ExportOptions options;
        options.outDir = dir.filePath("out");
        QCOMPARE(exportMasks(ws, options).written, 3);
        QMap<QString, QByteArray> before;
        for (const QString &f : filesIn(options.outDir)) {
            QFile file(QDir(options.outDir).filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            before.insert(f, file.readAll());
        }
        ExportResult r;
        {
            dermask::testsupport::FullDisk disk;
            QVERIFY(disk.isActive());
            r = exportMasks(ws, options);
        }
        QCOMPARE(r.written, 0);
        QCOMPARE(r.errors.size(), 3);
        for (const QString &f : before.keys())
            QVERIFY2(r.errors.filter(f).size() == 1, qPrintable(r.errors.join('\n')));
        QCOMPARE(filesIn(options.outDir), QStringList(before.keys()));
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QFile file(QDir(options.outDir).filePath(it.key()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.readAll() == it.value(), qPrintable(it.key()));
        }
    }

    void neverOverwritesOriginals_data()
    {
        QTest::addColumn<QString>("outRel");  // relative to the dataset root
        QTest::addColumn<int>("naming");
        QTest::addColumn<QString>("refused");  // text the error must hold
        QTest::newRow("ISIC masks beside images, source naming")
            << "isic" << int(ExportNaming::Source) << "isic";
        QTest::newRow("into masks/, plain naming") << "masks" << int(ExportNaming::Plain) << "masks";
        QTest::newRow("into images/, isic naming") << "images" << int(ExportNaming::Isic) << "images";
        QTest::newRow("into the PH2 lesion folder, spelled with ..")
            << "PH2/IMD002/IMD002_lesion/../IMD002_lesion" << int(ExportNaming::Source) << "IMD002_lesion";
    }
    void neverOverwritesOriginals()
    {
        QFETCH(QString, outRel);
        QFETCH(int, naming);
        QFETCH(QString, refused);
        QTemporaryDir dir;
        QVector<SampleSpec> specs = mixedSpecs();
        // A PNG lesion mask, so plain/source naming could collide with it.
        specs[0].maskRel = "PH2/IMD002/IMD002_lesion/IMD002_lesion.png";
        const Dataset dataset = makeDataset(dir.filePath("data"), specs);
        const auto before = checksums(dataset.root);
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        QVERIFY(ws.saveAnnotation("synth_0001", annotationFor(cv::Size(60, 45)), &error));
        ExportOptions options;
        options.outDir = QDir(dataset.root).filePath(outRel);
        options.naming = ExportNaming(naming);
        const ExportResult r = exportMasks(ws, options);
        QCOMPARE(r.written, 0);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains(refused), qPrintable(r.errors.first()));
        QVERIFY2(r.errors.first().contains("original files"), qPrintable(r.errors.first()));
        QCOMPARE(checksums(dataset.root), before);  // not even a new file beside them
    }

    void refusesWorkspaceFolder()
    {
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.filePath("data"), mixedSpecs());
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        ExportOptions options;
        options.outDir = ws.path() + "/annotations";
        options.naming = ExportNaming::Plain;
        const ExportResult r = exportMasks(ws, options);
        QCOMPARE(r.written, 0);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains("workspace"), qPrintable(r.errors.first()));
        QVERIFY(filesIn(options.outDir).isEmpty());
        QCOMPARE(ws.status("zz_nomask"), SampleStatus::Unlabeled);
    }

    void duplicateNamesAreReported()
    {
        QTemporaryDir dir;
        const QVector<SampleSpec> specs = {
            {"a_1", "a/a_1.png", "a/masks/lesion.png", cv::Size(40, 30), false},
            {"b_1", "b/b_1.png", "b/masks/lesion.png", cv::Size(40, 30), false},
        };
        const Dataset dataset = makeDataset(dir.filePath("data"), specs);
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        ExportOptions options;
        options.outDir = dir.filePath("out");
        ExportResult r = exportMasks(ws, options);  // source naming: both "lesion.png"
        QCOMPARE(r.written, 1);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains("a_1") && r.errors.first().contains("b_1"),
                 qPrintable(r.errors.first()));
        options.naming = ExportNaming::Plain;
        options.outDir = dir.filePath("out2");
        r = exportMasks(ws, options);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(filesIn(options.outDir), QStringList({"a_1.png", "b_1.png"}));
    }

    void outputFolderProblems()
    {
        QTemporaryDir dir;
        const Dataset dataset = makeDataset(dir.filePath("data"), mixedSpecs());
        Workspace ws;
        QString error;
        QVERIFY(ws.open(dataset, &error));
        QFile blocker(dir.filePath("blocker"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ExportOptions options;
        options.outDir = dir.filePath("blocker/out");
        ExportResult r = exportMasks(ws, options);
        QCOMPARE(r.written, 0);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains("blocker"), qPrintable(r.errors.first()));
        options.outDir.clear();
        r = exportMasks(ws, options);
        QCOMPARE(r.errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
