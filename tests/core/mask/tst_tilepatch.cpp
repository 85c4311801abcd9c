#include "core/mask/tilepatch.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace dermask::core;

class TestTilePatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tileGeometry_data()
    {
        QTest::addColumn<QRect>("rect");
        QTest::addColumn<int>("tiles");
        QTest::newRow("inside one tile") << QRect(10, 10, 20, 20) << 1;
        QTest::newRow("across four") << QRect(60, 60, 10, 10) << 4;
        QTest::newRow("whole 150x100") << QRect(0, 0, 150, 100) << 6;
        QTest::newRow("clipped") << QRect(-50, -50, 60, 60) << 1;
        QTest::newRow("outside") << QRect(200, 200, 5, 5) << 0;
    }
    void tileGeometry()
    {
        QFETCH(QRect, rect);
        const TilePatch patch(cv::Size(150, 100));
        QTEST(int(patch.tilesIn(rect).size()), "tiles");
        // The last tiles are clipped to the mask.
        QCOMPARE(patch.tileRect(patch.tileAt(149, 99)), QRect(128, 64, 22, 36));
    }

    void restoresBeforeAndAfter()
    {
        cv::Mat mask = cv::Mat::zeros(100, 150, CV_8UC1);
        cv::circle(mask, cv::Point(40, 40), 20, cv::Scalar(255), -1);
        const cv::Mat original = mask.clone();
        TilePatch patch(mask.size());
        const QVector<int> tiles = patch.tilesIn(QRect(100, 50, 50, 50));
        for (int t : tiles)
            patch.storeBefore(t, mask);
        cv::circle(mask, cv::Point(125, 75), 15, cv::Scalar(255), -1);
        const cv::Mat edited = mask.clone();
        QVERIFY(!patch.hasAllAfter());
        patch.storeMissingAfter(mask);
        QVERIFY(patch.hasAllAfter());

        patch.restoreBefore(mask);
        QCOMPARE(cv::countNonZero(mask != original), 0);
        patch.restoreAfter(mask);
        QCOMPARE(cv::countNonZero(mask != edited), 0);
        // Compressed: far below the 2 x 64 x 64 bytes per tile stored raw.
        QVERIFY(patch.bytes() < patch.rawBytes() / 4);
    }

    void absorbKeepsTheOriginalBefore()
    {
        cv::Mat mask = cv::Mat::zeros(128, 128, CV_8UC1);
        const cv::Mat original = mask.clone();
        TilePatch first(mask.size()), second(mask.size());
        first.storeBefore(0, mask);
        mask(cv::Rect(0, 0, 10, 10)).setTo(255);     // tile 0
        second.storeBefore(0, mask);                 // "before" of the second edit: painted
        second.storeBefore(3, mask);
        mask(cv::Rect(5, 5, 100, 100)).setTo(255);   // tiles 0..3
        first.absorb(second);
        QVERIFY(second.isEmpty());
        QCOMPARE(first.tiles(), (QVector<int>{0, 3}));
        first.storeMissingAfter(mask);
        const cv::Mat edited = mask.clone();
        first.restoreBefore(mask);
        // Tiles 1 and 2 were not stored, so only 0 and 3 are restored to the original.
        QCOMPARE(cv::countNonZero(mask(cv::Rect(0, 0, 64, 64)) != original(cv::Rect(0, 0, 64, 64))), 0);
        QCOMPARE(cv::countNonZero(mask(cv::Rect(64, 64, 64, 64))), 0);
        first.restoreAfter(mask);
        QCOMPARE(cv::countNonZero(mask != edited), 0);
    }

    void removeForgetsTile()
    {
        cv::Mat mask = cv::Mat::zeros(64, 128, CV_8UC1);
        TilePatch patch(mask.size());
        patch.storeBefore(0, mask);
        patch.storeBefore(1, mask);
        const qint64 two = patch.bytes();
        patch.remove(1);
        QCOMPARE(patch.tileCount(), 1);
        QVERIFY(patch.bytes() < two);
        QVERIFY(!patch.contains(1));
    }
};

QTEST_GUILESS_MAIN(TestTilePatch)
#include "tst_tilepatch.moc"
