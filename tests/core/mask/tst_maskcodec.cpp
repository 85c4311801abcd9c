#include "core/mask/maskcodec.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace dermask::core;

Q_DECLARE_METATYPE(MaskCodec)

namespace {

cv::Mat pattern(const QByteArray &name, cv::Size size)
{
    cv::Mat m = cv::Mat::zeros(size, CV_8UC1);
    cv::RNG rng(7);
    if (name == "empty") {
    } else if (name == "full") {
        m.setTo(255);
    } else if (name == "disc edge") {
        cv::circle(m, cv::Point(size.width, size.height), size.width * 2 / 3, cv::Scalar(255), -1);
    } else if (name == "binary noise") {
        rng.fill(m, cv::RNG::UNIFORM, 0, 2);
        m *= 255;
    } else if (name == "grey") {
        rng.fill(m, cv::RNG::UNIFORM, 0, 256);
    } else if (name == "first pixel set") {
        m.at<uchar>(0, 0) = 255;
    }
    return m;
}

} // namespace

class TestMaskCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<MaskCodec>("codec");
        QTest::addColumn<int>("maxBytes");
        QTest::newRow("empty tile") << QByteArray("empty") << 64 << 64 << MaskCodec::Runs << 4;
        QTest::newRow("full tile") << QByteArray("full") << 64 << 64 << MaskCodec::Runs << 5;
        QTest::newRow("disc edge") << QByteArray("disc edge") << 64 << 64 << MaskCodec::Runs << 200;
        QTest::newRow("first pixel set") << QByteArray("first pixel set") << 64 << 64 << MaskCodec::Runs << 5;
        // Noise: runs would exceed one bit per pixel, so bits cap it at 1 + 4096 / 8.
        QTest::newRow("binary noise") << QByteArray("binary noise") << 64 << 64 << MaskCodec::Bits << 513;
        QTest::newRow("odd size noise") << QByteArray("binary noise") << 37 << 11 << MaskCodec::Bits << 52;
        QTest::newRow("grey values") << QByteArray("grey") << 64 << 64 << MaskCodec::Raw << 4097;
        QTest::newRow("one pixel") << QByteArray("full") << 1 << 1 << MaskCodec::Runs << 3;
        QTest::newRow("whole 6000x4000 empty") << QByteArray("empty") << 6000 << 4000 << MaskCodec::Runs << 6;
    }
    void roundTrip()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(int, width);
        QFETCH(int, height);
        // Encode a ROI of a larger Mat: rows are not contiguous, as for a tile of a mask.
        cv::Mat big(height + 4, width + 6, CV_8UC1, cv::Scalar(99));
        const cv::Rect roi(3, 2, width, height);
        ::pattern(pattern, cv::Size(width, height)).copyTo(big(roi));
        const QByteArray data = encodeMaskRegion(big(roi));
        QTEST(maskCodecOf(data), "codec");
        QFETCH(int, maxBytes);
        QVERIFY2(data.size() <= maxBytes, qPrintable(QString::number(data.size())));

        cv::Mat target(height + 4, width + 6, CV_8UC1, cv::Scalar(7));
        QVERIFY(decodeMaskRegion(data, target(roi)));
        QCOMPARE(cv::countNonZero(target(roi) != big(roi)), 0);
        // Nothing outside the region was touched.
        cv::Mat frame = target.clone();
        frame(roi).setTo(7);
        QCOMPARE(cv::countNonZero(frame != 7), 0);
    }

    void refusesMismatch()
    {
        const cv::Mat m = pattern("disc edge", cv::Size(64, 64));
        const QByteArray runs = encodeMaskRegion(m);
        cv::Mat other(64, 63, CV_8UC1);
        QVERIFY(!decodeMaskRegion(runs, other));
        QVERIFY(!decodeMaskRegion(runs.left(runs.size() - 1), cv::Mat(64, 64, CV_8UC1)));
        QVERIFY(!decodeMaskRegion(encodeMaskRegion(pattern("binary noise", cv::Size(64, 64))), other));
        QVERIFY(!decodeMaskRegion(QByteArray("X12"), cv::Mat(1, 1, CV_8UC1)));
        QVERIFY(!decodeMaskRegion(QByteArray(), cv::Mat(1, 1, CV_8UC1)));
    }
};

QTEST_GUILESS_MAIN(TestMaskCodec)
#include "tst_maskcodec.moc"
