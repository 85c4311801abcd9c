#include "core/synthetic/generator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace dermask::core;

namespace {

// SHA-1 of image bytes then mask bytes of generateSample(1, 96x72).
const char kReferenceSha1[] = "ae6130480a540f769c1faa33e65d49f7c596c61e";

QByteArray bytesOf(const cv::Mat &m)
{
    const cv::Mat c = m.isContinuous() ? m : m.clone();
    return QByteArray(reinterpret_cast<const char *>(c.data), int(c.total() * c.elemSize()));
}

QByteArray sha1(const SyntheticSample &s)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(bytesOf(s.image));
    h.addData(bytesOf(s.mask));
    return h.result().toHex();
}

cv::Mat grey(const cv::Mat &rgb)
{
    cv::Mat g;
    cv::cvtColor(rgb, g, cv::COLOR_RGB2GRAY);
    return g;
}

double meanWhere(const cv::Mat &g, const cv::Mat &where)
{
    return cv::countNonZero(where) ? cv::mean(g, where)[0] : -1.0;
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deterministic_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("default size") << quint64(1) << 768 << 576;
        QTest::newRow("small") << quint64(42) << 160 << 120;
        QTest::newRow("odd size") << quint64(7) << 101 << 77;
        QTest::newRow("portrait, huge seed") << quint64(0xfedcba9876543210ULL) << 120 << 200;
    }
    void deterministic()
    {
        QFETCH(quint64, seed);
        QFETCH(int, width);
        QFETCH(int, height);
        const cv::Size size(width, height);
        const SyntheticSample a = generateSample(seed, size);
        const SyntheticSample b = generateSample(seed, size);
        QCOMPARE(bytesOf(a.image), bytesOf(b.image));
        QCOMPARE(bytesOf(a.mask), bytesOf(b.mask));
        const SyntheticSample c = generateSample(seed + 1, size);
        QVERIFY(bytesOf(a.image) != bytesOf(c.image));
        QVERIFY(bytesOf(a.mask) != bytesOf(c.mask));
    }

    void sameBytesAsReference()
    {
        // The generator uses only integer hashing, its own distributions and plain float
        // arithmetic, so a seed must give these exact bytes on any machine. If this fails
        // after a deliberate change to the generator, update the hash (and say so: datasets
        // generated before are no longer reproducible from their seed).
        QCOMPARE(sha1(generateSample(1, cv::Size(96, 72))), QByteArray(kReferenceSha1));
    }

    void typesAndSizes_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("768x576") << 768 << 576;
        QTest::newRow("64x48") << 64 << 48;
        QTest::newRow("32x32 minimum") << 32 << 32;
        QTest::newRow("1024x300 wide") << 1024 << 300;
    }
    void typesAndSizes()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        SyntheticDetails details;
        const SyntheticSample s = generateSample(3, cv::Size(width, height), &details);
        QCOMPARE(s.image.type(), CV_8UC3);
        QCOMPARE(s.mask.type(), CV_8UC1);
        QCOMPARE(s.image.cols, width);
        QCOMPARE(s.image.rows, height);
        QCOMPARE(s.mask.size(), s.image.size());
        QCOMPARE(details.hairMask.size(), s.image.size());
        QCOMPARE(details.fieldMask.size(), s.image.size());
    }

    void tooSmallGivesNothing()
    {
        const SyntheticSample s = generateSample(1, cv::Size(31, 200));
        QVERIFY(s.image.empty());
        QVERIFY(s.mask.empty());
    }

    void masksOverManySeeds_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("seeds");
        QTest::newRow("768x576") << 768 << 576 << 40;
        QTest::newRow("256x192") << 256 << 192 << 300;
    }
    void masksOverManySeeds()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, seeds);
        int twoLesions = 0, withHairs = 0, touchingBorder = 0, withRim = 0;
        double minTone = 1, maxTone = 0, minCover = 1, maxCover = 0;
        for (int seed = 1; seed <= seeds; ++seed) {
            SyntheticDetails d;
            const SyntheticSample s = generateSample(quint64(seed), cv::Size(width, height), &d);
            const double cover = cv::countNonZero(s.mask) / double(s.mask.total());
            QVERIFY2(cover >= 0.05 && cover <= 0.60,
                     qPrintable(QStringLiteral("seed %1 covers %2").arg(seed).arg(cover)));
            minCover = std::min(minCover, cover);
            maxCover = std::max(maxCover, cover);
            // 0 and 255 only.
            QCOMPARE(cv::countNonZero(s.mask == 0) + cv::countNonZero(s.mask == 255),
                     int(s.mask.total()));
            twoLesions += d.lesions == 2;
            withHairs += d.hairs > 0;
            withRim += cv::countNonZero(d.fieldMask) < int(d.fieldMask.total());
            minTone = std::min(minTone, d.skinTone);
            maxTone = std::max(maxTone, d.skinTone);
            const int w = s.mask.cols - 1, h = s.mask.rows - 1;
            touchingBorder += cv::countNonZero(s.mask.row(0)) || cv::countNonZero(s.mask.row(h))
                              || cv::countNonZero(s.mask.col(0)) || cv::countNonZero(s.mask.col(w));
        }
        qInfo("%d seeds: cover %.3f..%.3f, two lesions %d, hairs %d, border %d, rim %d, "
              "tone %.2f..%.2f", seeds, minCover, maxCover, twoLesions, withHairs,
              touchingBorder, withRim, minTone, maxTone);
        // The variety a segmentation net should see (1 in 6 with two lesions, most with
        // hairs, lesions from small to large, light to dark skin, some cut by the border).
        QVERIFY(twoLesions >= seeds / 20 && twoLesions <= seeds / 3);
        QVERIFY(withHairs >= seeds / 2 && withHairs < seeds);
        QVERIFY(touchingBorder >= 1);
        QVERIFY(withRim >= seeds / 2);
        QVERIFY(minCover < 0.12);
        QVERIFY(maxCover > 0.30);
        QVERIFY(minTone < 0.1);
        QVERIFY(maxTone > 0.6);
    }

    void hairsAreDrawnButNotMasked()
    {
        int checked = 0, hairsOverLesion = 0;
        for (quint64 seed = 1; seed <= 30; ++seed) {
            SyntheticDetails d;
            const SyntheticSample s = generateSample(seed, cv::Size(384, 288), &d);
            if (d.hairs == 0) {
                QCOMPARE(cv::countNonZero(d.hairMask), 0);
                continue;
            }
            const cv::Mat g = grey(s.image);
            cv::Mat field;
            cv::erode(d.fieldMask, field, cv::Mat(), cv::Point(-1, -1), 12);
            cv::Mat nearLesion;
            cv::dilate(s.mask, nearLesion, cv::Mat(), cv::Point(-1, -1), 4);
            const cv::Mat skin = field & ~nearLesion;
            const cv::Mat hairOnSkin = skin & d.hairMask;
            const cv::Mat bareSkin = skin & ~d.hairMask;
            if (cv::countNonZero(hairOnSkin) < 10)
                continue;  // hairs only over the lesion or outside the field
            ++checked;
            hairsOverLesion += cv::countNonZero(s.mask & d.hairMask) > 0;
            // Hair pixels are clearly darker than the skin around them...
            const double hair = meanWhere(g, hairOnSkin), bare = meanWhere(g, bareSkin);
            QVERIFY2(hair < bare - 30, qPrintable(QStringLiteral("seed %1: hair %2, skin %3")
                                                      .arg(seed).arg(hair).arg(bare)));
            // ...thin (a morphological black-hat finds them without knowing where they
            // are)...
            cv::Mat blackHat;
            cv::morphologyEx(g, blackHat, cv::MORPH_BLACKHAT,
                             cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(9, 9)));
            const int found = cv::countNonZero((blackHat > 25) & hairOnSkin);
            QVERIFY2(found >= cv::countNonZero(hairOnSkin) / 2,
                     qPrintable(QStringLiteral("seed %1: black-hat finds %2 of %3 hair pixels")
                                    .arg(seed).arg(found).arg(cv::countNonZero(hairOnSkin))));
            // ...and never part of the lesion mask.
            QCOMPARE(cv::countNonZero(hairOnSkin & s.mask), 0);
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
        QVERIFY(hairsOverLesion >= 3);
    }

    void lesionDarkerThanSkin()
    {
        for (quint64 seed = 1; seed <= 30; ++seed) {
            SyntheticDetails d;
            const SyntheticSample s = generateSample(seed, cv::Size(384, 288), &d);
            const cv::Mat g = grey(s.image);
            const cv::Mat clean = d.fieldMask & ~d.hairMask;
            const double lesion = meanWhere(g, clean & s.mask);
            const double skin = meanWhere(g, clean & ~s.mask);
            if (lesion < 0 || skin < 0)
                continue;
            QVERIFY2(lesion < skin - 15, qPrintable(QStringLiteral("seed %1: lesion %2, skin %3")
                                                        .arg(seed).arg(lesion).arg(skin)));
        }
    }

    void writesDataset_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("three") << 3 << quint64(5);
        QTest::newRow("one, seed 0") << 1 << quint64(0);
        QTest::newRow("none") << 0 << quint64(9);
    }
    void writesDataset()
    {
        QFETCH(int, count);
        QFETCH(quint64, seed);
        QTemporaryDir dir;
        const cv::Size size(128, 96);
        QString error;
        QVector<int> calls;
        const bool ok = writeSyntheticDataset(dir.path(), count, seed, &error, size,
                                              [&](int done, int total) {
                                                  calls.append(done);
                                                  return total == count;
                                              });
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(calls.size(), count);
        QVERIFY(QFile::exists(dir.filePath("README.txt")));
        QFile readme(dir.filePath("README.txt"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QVERIFY(readme.readAll().contains("not images of real patients"));

        QStringList expectedImages, expectedMasks;
        for (int i = 0; i < count; ++i) {
            const QString id = QStringLiteral("synth_%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            QCOMPARE(syntheticSampleId(i), id);
            expectedImages << id + ".jpg";
            expectedMasks << id + ".png";
            const SyntheticSample s = generateSample(seed * 1000003ULL + quint64(i), size);
            const cv::Mat mask = cv::imread(dir.filePath("masks/" + id + ".png").toStdString(),
                                            cv::IMREAD_UNCHANGED);
            QCOMPARE(mask.type(), CV_8UC1);
            QCOMPARE(bytesOf(mask), bytesOf(s.mask));
            cv::Mat bgr = cv::imread(dir.filePath("images/" + id + ".jpg").toStdString(),
                                     cv::IMREAD_COLOR);
            QCOMPARE(bgr.size(), size);
            cv::Mat rgb;
            cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
            cv::Mat diff;
            cv::absdiff(rgb, s.image, diff);
            QVERIFY(cv::mean(diff)[0] < 4.0);  // JPEG quality 95 of the same picture
        }
        // Exactly those files: no temporary leftovers, nothing else.
        QCOMPARE(QDir(dir.filePath("images")).entryList(QDir::Files), expectedImages);
        QCOMPARE(QDir(dir.filePath("masks")).entryList(QDir::Files), expectedMasks);
    }

    void cancelKeepsWhatWasWritten()
    {
        QTemporaryDir dir;
        QString error;
        const bool ok = writeSyntheticDataset(dir.path(), 5, 1, &error, cv::Size(64, 48),
                                              [](int done, int) { return done < 2; });
        QVERIFY(!ok);
        QVERIFY2(error.contains("cancelled"), qPrintable(error));
        QCOMPARE(QDir(dir.filePath("images")).entryList(QDir::Files),
                 QStringList({"synth_0001.jpg", "synth_0002.jpg"}));
        QCOMPARE(QDir(dir.filePath("masks")).entryList(QDir::Files),
                 QStringList({"synth_0001.png", "synth_0002.png"}));
    }

    void failureNamesTheFile()
    {
        QTemporaryDir dir;
        // A regular file where the images/ folder should be: fails even as root.
        QFile blocker(dir.filePath("images"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!writeSyntheticDataset(dir.path(), 2, 1, &error, cv::Size(64, 48)));
        QVERIFY2(error.contains("synth_0001.jpg"), qPrintable(error));
    }

    void refusesTooSmall()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!writeSyntheticDataset(dir.path(), 2, 1, &error, cv::Size(16, 16)));
        QVERIFY2(error.contains("16x16"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
