// Dataset scanning: every layout Dermask recognises, built in a temporary folder together
// with the clutter real archives carry (README, LICENSE, stray copies, orphans, corrupt and
// wrong-size files), checked against what the user would see in the dataset summary.

#include "core/dataset/dataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

using namespace dermask::core;

namespace {

// Builds a tree from lines "relative/path=SPEC":
//   WxH[:grey][:trunc]  an image of that size (format from the extension; :trunc keeps only
//                       the first 64 bytes, a valid header over missing pixels)
//   text:CONTENT        a text file
// and "relative/folder/" for an empty folder.
bool buildTree(const QString &base, const QStringList &spec, QString *error)
{
    for (const QString &line : spec) {
        if (line.endsWith(QLatin1Char('/'))) {
            if (!QDir(base).mkpath(line)) {
                *error = QStringLiteral("cannot create %1").arg(line);
                return false;
            }
            continue;
        }
        const int eq = line.indexOf(QLatin1Char('='));
        const QString rel = line.left(eq);
        const QString value = line.mid(eq + 1);
        const QString path = base + QLatin1Char('/') + rel;
        QDir(base).mkpath(QFileInfo(rel).path());
        if (value.startsWith(QLatin1String("text:"))) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                *error = QStringLiteral("cannot write %1").arg(rel);
                return false;
            }
            file.write(value.mid(5).toUtf8());
            continue;
        }
        const QStringList parts = value.split(QLatin1Char(':'));
        const QStringList size = parts.first().split(QLatin1Char('x'));
        const int width = size.value(0).toInt();
        const int height = size.value(1).toInt();
        const bool grey = parts.contains(QLatin1String("grey"));
        cv::Mat pixels(height, width, grey ? CV_8UC1 : CV_8UC3, cv::Scalar::all(90));
        if (grey)
            pixels(cv::Rect(0, 0, width / 2, height / 2)).setTo(255);
        // OpenCV picks the encoder from the extension; write lower-case, then rename so the
        // tree can hold ".PNG" and ".JPG".
        const QString suffix = QFileInfo(rel).suffix();
        const QString scratch = base + QStringLiteral("/scratch.") + suffix.toLower();
        if (!cv::imwrite(scratch.toStdString(), pixels) || !QFile::rename(scratch, path)) {
            *error = QStringLiteral("cannot write image %1").arg(rel);
            return false;
        }
        if (parts.contains(QLatin1String("trunc")))
            QFile::resize(path, 64);
    }
    return true;
}

QStringList prefixed(const QString &prefix, const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out << prefix + line;
    return out;
}

// What scanning the PH2 archive shows, paths relative to the folder holding the IMD folders.
const QStringList kPh2Cases = {
    QStringLiteral("IMD002/IMD002_Dermoscopic_Image/IMD002.bmp=16x12"),
    QStringLiteral("IMD002/IMD002_lesion/IMD002_lesion.bmp=16x12:grey"),
    QStringLiteral("IMD002/IMD002_lesion/IMD002_lesion.jpg=16x12:grey"),  // stray copy
    QStringLiteral("IMD002/IMD002_roi/IMD002_R1_Label4.bmp=16x12:grey"),
    QStringLiteral("IMD002/IMD002_roi/IMD002_R2_Label3.bmp=16x12:grey"),
    QStringLiteral("IMD010/IMD010_Dermoscopic_Image/IMD010.bmp=20x10"),  // no lesion folder
    QStringLiteral("IMD010/IMD010_roi/IMD010_R1_Label1.bmp=20x10:grey"),
    QStringLiteral("IMD101/IMD101_Dermoscopic_Image/IMD101.bmp=16x12"),
    QStringLiteral("IMD101/IMD101_lesion/IMD101_lesion.bmp=8x8:grey"),  // wrong size
    QStringLiteral("IMD200/IMD200_lesion/IMD200_lesion.bmp=16x12:grey"),  // no image
    QStringLiteral("IMD300/IMD300_Dermoscopic_Image/IMD300.bmp=text:not a bitmap"),
    QStringLiteral("README.txt=text:PH2 database"),
    QStringLiteral("LICENSE=text:for research only"),
};

// The table as PH2 ships it, plus rows a careless edit could leave behind.
const QString kPh2Table = QStringLiteral(
    "text:\n"
    "||   Name   || Histological Diagnosis || Clinical Diagnosis || Asymmetry ||\n"
    "|| IMD002 ||       ||   0   ||   0   ||\n"
    "|| IMD010 || Melanoma ||   2   ||   2   ||\n"
    "|| IMD101 ||       ||   1   ||   1   ||\n"
    "|| IMD102 ||       ||   x   ||   1   ||\n"
    "|| IMD103 ||\n"
    "|| IMD300 ||       ||   0   ||   0   ||\n"
    "\n"
    "Legends:\n"
    "|| Clinical Diagnosis || 0 - Common Nevus; 1 - Atypical Nevus; 2 - Melanoma ||\n");

const QStringList kPh2Samples = {
    QStringLiteral("IMD002 IMD002/IMD002_Dermoscopic_Image/IMD002.bmp "
                   "IMD002/IMD002_lesion/IMD002_lesion.bmp 16x12 common nevus"),
    QStringLiteral("IMD010 IMD010/IMD010_Dermoscopic_Image/IMD010.bmp - 20x10 melanoma"),
    QStringLiteral("IMD101 IMD101/IMD101_Dermoscopic_Image/IMD101.bmp - 16x12 atypical nevus"),
};
const QStringList kPh2Orphans = {QStringLiteral("IMD200/IMD200_lesion/IMD200_lesion.bmp")};
const QStringList kPh2Refused = {
    QStringLiteral("IMD101/IMD101_lesion/IMD101_lesion.bmp: mask is 8x8 but its image is 16x12"),
    QStringLiteral("IMD300/IMD300_Dermoscopic_Image/IMD300.bmp: unknown format"),
};
const QStringList kPh2Diagnoses = {QStringLiteral("atypical nevus=1"),
                                   QStringLiteral("common nevus=1"),
                                   QStringLiteral("melanoma=1")};

// Clutter every row carries: it must never show up anywhere in the result.
const QStringList kClutter = {
    QStringLiteral("README.txt=text:about this dataset"),
    QStringLiteral("LICENSE=text:CC-0"),
    QStringLiteral("metadata.csv=text:id,diagnosis"),
    QStringLiteral(".DS_Store=text:junk"),
    QStringLiteral("Thumbs.db=text:junk"),
    QStringLiteral(".dermask/masks/ISIC_0000009.png=16x12:grey"),
    QStringLiteral("empty folder/"),
};

// Refused files come sorted by path; for these names that is the case-insensitive order.
QStringList sortedCaseInsensitive(QStringList list)
{
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return list;
}

QString relativeTo(const QString &root, const QString &path)
{
    return path.isEmpty() ? QStringLiteral("-") : QDir(root).relativeFilePath(path);
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_data();
    void scan();
    void refusesMissingFolder_data();
    void refusesMissingFolder();
    void indexOfFindsIds();
    void layoutNames();
};

void TestDataset::scan_data()
{
    QTest::addColumn<QStringList>("tree");
    QTest::addColumn<QString>("root");  // folder to scan, relative to the temporary folder
    QTest::addColumn<QString>("layout");
    // "id image mask WxH diagnosis", paths relative to root, "-" for none
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<int>("pairs");
    QTest::addColumn<QStringList>("masksWithoutImage");
    QTest::addColumn<QStringList>("refused");  // "file: reason"
    QTest::addColumn<QStringList>("diagnoses");  // "diagnosis=count"

    const QString ph2Images = QStringLiteral("PH2Dataset/PH2 Dataset images/");
    const QStringList ph2Tree = kClutter + prefixed(ph2Images, kPh2Cases)
                                + QStringList{QStringLiteral("PH2Dataset/PH2_dataset.txt=")
                                              + kPh2Table};
    // Same archive; expected paths are relative to the scanned folder, so rebuild them.
    QStringList samplesFromTop;
    for (const QString &s : kPh2Samples) {
        QStringList f = s.split(QLatin1Char(' '));
        f[1] = ph2Images + f[1];
        if (f[2] != QLatin1String("-"))
            f[2] = ph2Images + f[2];
        samplesFromTop << f.join(QLatin1Char(' '));
    }
    QTest::newRow("ph2, folder above the archive")
        << ph2Tree << QString() << "ph2" << samplesFromTop << 1
        << prefixed(ph2Images, kPh2Orphans) << prefixed(ph2Images, kPh2Refused)
        << kPh2Diagnoses;
    QTest::newRow("ph2, archive folder")
        << ph2Tree << QStringLiteral("PH2Dataset") << "ph2"
        << prefixed(QString(), samplesFromTop).replaceInStrings(QStringLiteral("PH2Dataset/"),
                                                               QString())
        << 1 << prefixed(QStringLiteral("PH2 Dataset images/"), kPh2Orphans)
        << prefixed(QStringLiteral("PH2 Dataset images/"), kPh2Refused) << kPh2Diagnoses;
    QTest::newRow("ph2, images folder, table one level up")
        << ph2Tree << QStringLiteral("PH2Dataset/PH2 Dataset images") << "ph2" << kPh2Samples
        << 1 << kPh2Orphans << kPh2Refused << kPh2Diagnoses;
    // The same table as it circulates converted by a spreadsheet: a header row, then tabs
    // with codes, or commas with quoted cells and the diagnoses written out.
    const QString tsvTable = QStringLiteral(
        "text:Name\tHistological Diagnosis\tClinical Diagnosis\tAsymmetry\n"
        "IMD002\t\t0\t0\nIMD010\tMelanoma\t2\t2\nIMD101\t\t1\t1\nIMD102\t\tx\t1\nIMD103\n");
    const QString csvTable = QStringLiteral(
        "text:\"Name\",\"Histological Diagnosis\",\"Clinical Diagnosis\",\"Asymmetry\"\n"
        "\"IMD002\",\"\",\"Common Nevus\",0\n\"IMD010\",\"Melanoma\",\"Melanoma\",2\n"
        "IMD101,,Atypical  Nevus,1\nIMD102,,unknown,1\n");
    for (const auto &[name, table] : {std::pair{QStringLiteral("PH2_dataset.tsv"), tsvTable},
                                      std::pair{QStringLiteral("PH2_dataset.csv"), csvTable}}) {
        QTest::addRow("ph2, table as %s", qPrintable(name))
            << kClutter + prefixed(ph2Images, kPh2Cases) + QStringList{"PH2Dataset/" + name + "=" + table}
            << QStringLiteral("PH2Dataset/PH2 Dataset images") << "ph2" << kPh2Samples << 1 << kPh2Orphans
            << kPh2Refused << kPh2Diagnoses;
    }
    QTest::newRow("ph2 without table")
        << kClutter + kPh2Cases << QString() << "ph2"
        << QStringList(kPh2Samples).replaceInStrings(
               QRegularExpression(QStringLiteral(" (common nevus|melanoma|atypical nevus)$")),
               QStringLiteral(" -"))
        << 1 << kPh2Orphans << kPh2Refused << QStringList();

    const QStringList isicFiles = {
        QStringLiteral("ISIC_0000001.jpg=16x12"),
        QStringLiteral("ISIC_0000002.jpg=20x10"),
        QStringLiteral("ISIC_0000003.jpg=16x12"),
        QStringLiteral("ISIC_0000005.jpg=text:<html>403 Forbidden</html>"),
        QStringLiteral("ISIC_0000001_superpixels.png=16x12"),
        QStringLiteral("ATTRIBUTION.txt=text:ISIC archive"),
    };
    const QStringList isicMasks = {
        QStringLiteral("ISIC_0000001_segmentation.png=16x12:grey"),
        QStringLiteral("ISIC_0000003_segmentation.png=10x10:grey"),
        QStringLiteral("ISIC_0000004_segmentation.png=16x12:grey"),
        QStringLiteral("ISIC_0000005_segmentation.png=16x12:grey"),
    };
    auto isicExpected = [](const QString &images, const QString &masks) {
        return QList<QStringList>{
            {QStringLiteral("ISIC_0000001 %1ISIC_0000001.jpg %2ISIC_0000001_segmentation.png "
                            "16x12 -")
                 .arg(images, masks),
             QStringLiteral("ISIC_0000002 %1ISIC_0000002.jpg - 20x10 -").arg(images),
             QStringLiteral("ISIC_0000003 %1ISIC_0000003.jpg - 16x12 -").arg(images)},
            {masks + QStringLiteral("ISIC_0000004_segmentation.png")},
            sortedCaseInsensitive(
                {images + QStringLiteral("ISIC_0000005.jpg: unknown format"),
                 masks + QStringLiteral("ISIC_0000003_segmentation.png: mask is 10x10 but its "
                                        "image is 16x12"),
                 masks + QStringLiteral("ISIC_0000005_segmentation.png: its image %1"
                                        "ISIC_0000005.jpg was refused")
                             .arg(images)})};
    };
    {
        const auto e = isicExpected(QString(), QString());
        QTest::newRow("isic, one folder")
            << kClutter + isicFiles + isicMasks << QString() << "isic" << e[0] << 1 << e[1]
            << e[2] << QStringList();
    }
    const QList<QPair<QString, QString>> isicFolders = {
        {QStringLiteral("ISIC-2017_Training_Data/"),
         QStringLiteral("ISIC-2017_Training_Part1_GroundTruth/")},
        {QStringLiteral("ISIC2018_Task1-2_Training_Input/"),
         QStringLiteral("ISIC2018_Task1_Training_GroundTruth/")},
        {QStringLiteral("images/"), QStringLiteral("masks/")},
        {QStringLiteral("Images/"), QStringLiteral("Groundtruth/")},
    };
    for (const auto &folders : isicFolders) {
        const auto e = isicExpected(folders.first, folders.second);
        QStringList tree = kClutter + prefixed(folders.first, isicFiles)
                           + prefixed(folders.second, isicMasks)
                           + prefixed(folders.second, {QStringLiteral("LICENSE.txt=text:CC-0")});
        // ISIC 2018 Task 2 attribute masks unpacked beside Task 1 are not lesion masks.
        tree << QStringLiteral("ISIC2018_Task2_Training_GroundTruth_v3/"
                               "ISIC_0000001_attribute_globules.png=16x12:grey");
        QTest::newRow(qPrintable(QStringLiteral("isic, %1 + %2").arg(folders.first, folders.second)))
            << tree << QString() << "isic" << e[0] << 1 << e[1] << e[2] << QStringList();
    }

    QTest::newRow("paired, mixed extensions and suffixes")
        << kClutter + QStringList{
               QStringLiteral("images/lesion_a.PNG=16x12"),
               QStringLiteral("images/lesion_b.jpg=16x12"),
               QStringLiteral("images/lesion_c.tif=24x18"),
               QStringLiteral("images/lesion_d.JPG=16x12"),
               QStringLiteral("images/lesion_e.jpg=text:not a jpeg"),
               QStringLiteral("images/lesion_f.jpg=16x12"),
               QStringLiteral("images/lesion_f.tif=16x12"),
               QStringLiteral("images/notes.txt=text:lesion_a is a nevus"),
               QStringLiteral("masks/LESION_A.png=16x12:grey"),
               QStringLiteral("masks/lesion_b_mask.png=16x12:grey"),
               QStringLiteral("masks/lesion_c-mask.TIF=24x18:grey"),
               QStringLiteral("masks/lesion_d.png=12x12:grey"),
               QStringLiteral("masks/lesion_f_segmentation.png=16x12:grey"),
               QStringLiteral("masks/lesion_z.png=16x12:grey"),
               QStringLiteral("masks/README.md=text:binary masks")}
        << QString() << "paired"
        << QStringList{QStringLiteral("lesion_a images/lesion_a.PNG masks/LESION_A.png 16x12 -"),
                       QStringLiteral("lesion_b images/lesion_b.jpg masks/lesion_b_mask.png 16x12 -"),
                       QStringLiteral("lesion_c images/lesion_c.tif masks/lesion_c-mask.TIF 24x18 -"),
                       QStringLiteral("lesion_d images/lesion_d.JPG - 16x12 -"),
                       QStringLiteral("lesion_f images/lesion_f.tif masks/lesion_f_segmentation.png 16x12 -")}
        << 4 << QStringList{QStringLiteral("masks/lesion_z.png")}
        << QStringList{QStringLiteral("images/lesion_e.jpg: unknown format"),
                       QStringLiteral("images/lesion_f.jpg: duplicate of images/lesion_f.tif"),
                       QStringLiteral("masks/lesion_d.png: mask is 12x12 but its image is 16x12")}
        << QStringList();

    QTest::newRow("paired, one folder with _mask files")
        << kClutter + QStringList{QStringLiteral("p1.png=16x12"),
                                  QStringLiteral("p1_mask.png=16x12:grey"),
                                  QStringLiteral("p2.jpg=16x12"),
                                  QStringLiteral("p3_segmentation.png=16x12:grey")}
        << QString() << "paired"
        << QStringList{QStringLiteral("p1 p1.png p1_mask.png 16x12 -"),
                       QStringLiteral("p2 p2.jpg - 16x12 -")}
        << 1 << QStringList{QStringLiteral("p3_segmentation.png")} << QStringList()
        << QStringList();

    QTest::newRow("plain images")
        << kClutter + QStringList{QStringLiteral("img10.png=16x12"),
                                  QStringLiteral("img2.jpg=30x20"),
                                  QStringLiteral("IMD001.png=16x12"),
                                  QStringLiteral("dup.png=text:saved as text by mistake"),
                                  QStringLiteral("dup.jpg=24x16"),
                                  QStringLiteral("IMD001.jpg=16x12"),
                                  QStringLiteral("face_mask.png=16x12"),
                                  QStringLiteral("bad.jpg=text:just text"),
                                  QStringLiteral("header_only.png=40x30:trunc"),
                                  QStringLiteral(".hidden.png=16x12"),
                                  QStringLiteral("sub/deep.png=16x12")}
        << QString() << "images"
        << QStringList{QStringLiteral("dup dup.jpg - 24x16 -"),
                       QStringLiteral("face_mask face_mask.png - 16x12 -"),
                       QStringLiteral("header_only header_only.png - 40x30 -"),
                       QStringLiteral("IMD001 IMD001.png - 16x12 -"),
                       QStringLiteral("img2 img2.jpg - 30x20 -"),
                       QStringLiteral("img10 img10.png - 16x12 -")}
        << 0 << QStringList()
        << QStringList{QStringLiteral("bad.jpg: unknown format"),
                       QStringLiteral("dup.png: unknown format"),
                       QStringLiteral("IMD001.jpg: duplicate of IMD001.png")}
        << QStringList();

    QTest::newRow("images folder without masks")
        << kClutter + QStringList{QStringLiteral("images/a.png=16x12")} << QString() << "images"
        << QStringList{QStringLiteral("a images/a.png - 16x12 -")} << 0 << QStringList()
        << QStringList() << QStringList();

    QTest::newRow("empty")
        << kClutter << QString() << "empty" << QStringList() << 0 << QStringList()
        << QStringList() << QStringList();

    QTest::newRow("masks only")
        << QStringList{QStringLiteral("images/"), QStringLiteral("masks/m1.png=16x12:grey")}
        << QString() << "empty" << QStringList() << 0 << QStringList{QStringLiteral("masks/m1.png")}
        << QStringList() << QStringList();
}

void TestDataset::scan()
{
    QFETCH(QStringList, tree);
    QFETCH(QString, root);
    QFETCH(QString, layout);
    QFETCH(QStringList, samples);
    QFETCH(int, pairs);
    QFETCH(QStringList, masksWithoutImage);
    QFETCH(QStringList, refused);
    QFETCH(QStringList, diagnoses);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QString error;
    QVERIFY2(buildTree(tmp.path(), tree, &error), qPrintable(error));
    const QString rootPath = QDir::cleanPath(tmp.path() + QLatin1Char('/') + root);

    Dataset dataset;
    // A trailing "/." must not leak into the stored root.
    QVERIFY2(scanDataset(rootPath + QStringLiteral("/./"), &dataset, &error), qPrintable(error));
    QCOMPARE(dataset.root, rootPath);
    QCOMPARE(layoutName(dataset.layout), layout);

    QStringList actualSamples;
    for (const Sample &s : dataset.samples) {
        QVERIFY2(QFileInfo(s.imagePath).isAbsolute(), qPrintable(s.imagePath));
        actualSamples << QStringLiteral("%1 %2 %3 %4x%5 %6")
                             .arg(s.id, relativeTo(rootPath, s.imagePath),
                                  relativeTo(rootPath, s.maskPath))
                             .arg(s.width)
                             .arg(s.height)
                             .arg(s.diagnosis.isEmpty() ? QStringLiteral("-") : s.diagnosis);
    }
    QCOMPARE(actualSamples, samples);
    QCOMPARE(dataset.pairs(), pairs);
    QCOMPARE(dataset.imagesWithoutMask(), int(samples.size()) - pairs);

    QStringList actualOrphans;
    for (const QString &m : dataset.masksWithoutImage)
        actualOrphans << relativeTo(rootPath, m);
    QCOMPARE(actualOrphans, masksWithoutImage);

    QStringList actualRefused;
    for (const RefusedFile &r : dataset.refused)
        actualRefused << relativeTo(rootPath, r.file) + QStringLiteral(": ") + r.reason;
    QCOMPARE(actualRefused, refused);

    QStringList actualDiagnoses;
    const QMap<QString, int> counts = dataset.diagnosisCounts();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        actualDiagnoses << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    QCOMPARE(actualDiagnoses, diagnoses);
}

void TestDataset::refusesMissingFolder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("makeFile");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing") << "no such folder" << false << "folder does not exist";
    QTest::newRow("a file") << "notes.txt" << true << "not a folder";
}

void TestDataset::refusesMissingFolder()
{
    QFETCH(QString, name);
    QFETCH(bool, makeFile);
    QFETCH(QString, problem);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.path() + QLatin1Char('/') + name;
    if (makeFile) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    Dataset dataset;
    dataset.samples.append(Sample{QStringLiteral("stale"), {}, {}, 1, 1, {}});
    QString error;
    QVERIFY(!scanDataset(path, &dataset, &error));
    QCOMPARE(error, QDir::toNativeSeparators(path) + QStringLiteral(": ") + problem);
    QVERIFY(dataset.samples.isEmpty());
    QCOMPARE(dataset.layout, Layout::Empty);
}

void TestDataset::indexOfFindsIds()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QString error;
    QVERIFY2(buildTree(tmp.path(),
                       {QStringLiteral("images/ISIC_0000002.jpg=16x12"),
                        QStringLiteral("images/ISIC_0000010.jpg=16x12"),
                        QStringLiteral("images/ISIC_0000001.jpg=16x12"),
                        QStringLiteral("masks/ISIC_0000010_segmentation.png=16x12:grey")},
                       &error),
             qPrintable(error));
    Dataset dataset;
    QVERIFY2(scanDataset(tmp.path(), &dataset, &error), qPrintable(error));
    QCOMPARE(dataset.indexOf(QStringLiteral("ISIC_0000001")), 0);
    QCOMPARE(dataset.indexOf(QStringLiteral("ISIC_0000002")), 1);
    QCOMPARE(dataset.indexOf(QStringLiteral("ISIC_0000010")), 2);
    QCOMPARE(dataset.indexOf(QStringLiteral("ISIC_0000003")), -1);
    QCOMPARE(dataset.indexOf(QString()), -1);

    // Edited by hand without reindex(): still right, only slower.
    dataset.samples.removeFirst();
    QCOMPARE(dataset.indexOf(QStringLiteral("ISIC_0000010")), 1);
    QCOMPARE(dataset.indexOf(QStringLiteral("ISIC_0000001")), -1);
    dataset.samples.append(Sample{QStringLiteral("extra"), {}, {}, 1, 1, {}});
    QCOMPARE(dataset.indexOf(QStringLiteral("extra")), 2);
    dataset.reindex();
    QCOMPARE(dataset.idIndex.value(QStringLiteral("extra"), -1), 2);
    QCOMPARE(dataset.indexOf(QStringLiteral("ISIC_0000002")), 0);
}

void TestDataset::layoutNames()
{
    QCOMPARE(layoutName(Layout::Empty), QStringLiteral("empty"));
    QCOMPARE(layoutName(Layout::Ph2), QStringLiteral("ph2"));
    QCOMPARE(layoutName(Layout::Isic), QStringLiteral("isic"));
    QCOMPARE(layoutName(Layout::Paired), QStringLiteral("paired"));
    QCOMPARE(layoutName(Layout::Images), QStringLiteral("images"));
}

QTEST_GUILESS_MAIN(TestDataset)

#include "tst_dataset.moc"
