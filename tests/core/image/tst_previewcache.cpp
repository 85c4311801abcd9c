// Reduced copies of huge layers: a PNG mask is decoded in full once and its averaged-down copy
// served after that; a changed file is read afresh; a JPEG needs no copy (DCT scaling).

#include "core/image/imageio.h"
#include "core/image/previewcache.h"

#include "testimages.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace dermask::core;
using namespace testimages;

namespace {

const cv::Size kFull(400, 300);

cv::Mat maskWith(cv::Rect lesion)
{
    cv::Mat mask = cv::Mat::zeros(kFull, CV_8UC1);
    mask(lesion).setTo(255);
    return mask;
}

} // namespace

class TestPreviewCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void maskDecodedOnceThenServedReduced()
    {
        const PreviewCache cache(m_dir.filePath(QStringLiteral("cache")));
        const QString path = m_dir.filePath(QStringLiteral("mask.png"));
        QVERIFY(writeBytes(path, encode(".png", maskWith(cv::Rect(100, 80, 120, 60)))));
        int fullReads = 0;
        auto readFull = [&](QString *e) {
            ++fullReads;
            return readMask(path, e, kFull);
        };
        QString error;
        const cv::Mat first = cache.read(path, PreviewCache::Kind::Mask, 4, kFull, readFull, &error);
        QVERIFY2(!first.empty(), qPrintable(error));
        QCOMPARE(first.size(), cv::Size(100, 75));
        QCOMPARE(fullReads, 1);
        QVERIFY(QFile::exists(cache.entryPath(path, PreviewCache::Kind::Mask, 4)));
        // The lesion covers 30x15 reduced pixels exactly: coverage 255 there, 0 elsewhere.
        QCOMPARE(cv::countNonZero(first), 30 * 15);
        QCOMPARE(int(first.at<uchar>(20 + 7, 25 + 15)), 255);

        const cv::Mat again = cache.read(path, PreviewCache::Kind::Mask, 4, kFull, readFull, &error);
        QCOMPARE(fullReads, 1);  // served from the copy
        QCOMPARE(cv::norm(again, first, cv::NORM_INF), 0.0);

        // The file is saved again with another lesion: the old copy must not be shown.
        QTest::qWait(20);  // another modification time even on coarse clocks
        QVERIFY(writeBytes(path, encode(".png", maskWith(cv::Rect(0, 0, 40, 40)))));
        const cv::Mat changed = cache.read(path, PreviewCache::Kind::Mask, 4, kFull, readFull, &error);
        QCOMPARE(fullReads, 2);
        QCOMPARE(cv::countNonZero(changed), 10 * 10);
    }

    void imagesWithoutDctScalingAreCached()
    {
        const PreviewCache cache(m_dir.filePath(QStringLiteral("cache")));
        cv::Mat bgr(kFull, CV_8UC3, cv::Scalar(40, 90, 200));
        const QString png = m_dir.filePath(QStringLiteral("photo.png"));
        const QString jpg = m_dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(writeBytes(png, encode(".png", bgr)));
        QVERIFY(writeBytes(jpg, encode(".jpg", bgr)));
        QString error;
        const cv::Mat fromPng = cache.readImage(png, 2, kFull, &error);
        QCOMPARE(fromPng.size(), cv::Size(200, 150));
        QCOMPARE(fromPng.at<cv::Vec3b>(10, 10), cv::Vec3b(200, 90, 40));
        QVERIFY(QFile::exists(cache.entryPath(png, PreviewCache::Kind::Image, 2)));
        const cv::Mat fromJpg = cache.readImage(jpg, 2, kFull, &error);
        QCOMPARE(fromJpg.size(), cv::Size(200, 150));
        QVERIFY(!QFile::exists(cache.entryPath(jpg, PreviewCache::Kind::Image, 2)));
    }

    void storeLeavesACopyForTheNextPreview()
    {
        const PreviewCache cache(m_dir.filePath(QStringLiteral("cache")));
        const QString path = m_dir.filePath(QStringLiteral("prob.png"));
        cv::Mat map(kFull, CV_8UC1, cv::Scalar(10));
        map(cv::Rect(0, 0, 200, 300)).setTo(230);
        QVERIFY(writeBytes(path, encode(".png", map)));
        cache.store(path, PreviewCache::Kind::Map, 2, map);
        const cv::Mat copy = cache.read(path, PreviewCache::Kind::Map, 2, kFull,
                                        [](QString *) { return cv::Mat(); }, nullptr);
        QCOMPARE(copy.size(), cv::Size(200, 150));
        QCOMPARE(int(copy.at<uchar>(5, 5)), 230);
        QCOMPARE(int(copy.at<uchar>(5, 150)), 10);
    }

    void noFolderKeepsNothing()
    {
        const PreviewCache cache{QString()};
        const QString path = m_dir.filePath(QStringLiteral("mask2.png"));
        QVERIFY(writeBytes(path, encode(".png", maskWith(cv::Rect(0, 0, 8, 8)))));
        QVERIFY(cache.entryPath(path, PreviewCache::Kind::Mask, 2).isEmpty());
        const cv::Mat m = cache.read(path, PreviewCache::Kind::Mask, 2, kFull,
                                     [&](QString *e) { return readMask(path, e, kFull); }, nullptr);
        QCOMPARE(m.size(), cv::Size(200, 150));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPreviewCache)
#include "tst_previewcache.moc"
