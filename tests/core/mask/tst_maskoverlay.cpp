#include "core/mask/maskoverlay.h"

#include <QTest>

using namespace dermask::core;

class TestMaskOverlay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeOverlay()
    {
        cv::Mat mask = cv::Mat::zeros(30, 40, CV_8UC1);
        mask(cv::Rect(5, 5, 10, 10)).setTo(255);
        const QImage overlay = maskOverlay(mask, QColor(255, 0, 0, 128));
        QCOMPARE(overlay.format(), QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(overlay.size(), QSize(40, 30));
        QCOMPARE(overlay.pixel(7, 7), qPremultiply(qRgba(255, 0, 0, 128)));
        QCOMPARE(overlay.pixelColor(7, 7), QColor(255, 0, 0, 128));
        QCOMPARE(overlay.pixel(20, 20), 0u);
    }

    void updatesOnlyTheRect()
    {
        cv::Mat mask = cv::Mat::zeros(30, 40, CV_8UC1);
        QImage overlay = maskOverlay(mask, Qt::green);
        mask.setTo(255);
        QVERIFY(updateMaskOverlay(mask, QRect(10, 10, 5, 5), Qt::green, &overlay));
        int set = 0;
        for (int y = 0; y < 30; ++y)
            for (int x = 0; x < 40; ++x)
                set += overlay.pixel(x, y) != 0;
        QCOMPARE(set, 25);
        QCOMPARE(overlay.pixel(12, 12), QColor(Qt::green).rgba());
        QVERIFY(!updateMaskOverlay(mask, QRect(0, 0, 5, 5), Qt::green, nullptr));
        QImage wrong(10, 10, QImage::Format_ARGB32_Premultiplied);
        QVERIFY(!updateMaskOverlay(mask, QRect(0, 0, 5, 5), Qt::green, &wrong));
    }
};

QTEST_GUILESS_MAIN(TestMaskOverlay)
#include "tst_maskoverlay.moc"
