// How unsure a model was: the mean binary entropy of its probability map, the same number from
// the engine's float maps and from the 8-bit maps filed beside each prediction.

#include "core/metrics/uncertainty.h"

#include <QTest>

using namespace dermask::core;

class TestUncertainty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void meanEntropy_data();
    void meanEntropy();
    void nothingToMeasure();
};

void TestUncertainty::meanEntropy_data()
{
    QTest::addColumn<int>("inside");
    QTest::addColumn<int>("outside");
    QTest::addColumn<double>("expected");
    // Mean binary entropy in bits over the map; half the pixels are "inside".
    QTest::newRow("certain") << 255 << 0 << 0.0;
    QTest::newRow("coin toss inside") << 128 << 0 << 0.5 * 0.99998;
    QTest::newRow("coin toss everywhere") << 128 << 127 << 0.99998;
    // p = 51/255 = 0.2: H = 0.7219 bits, on half the pixels.
    QTest::newRow("fifth inside") << 51 << 0 << 0.5 * 0.721928;
}

void TestUncertainty::meanEntropy()
{
    QFETCH(int, inside);
    QFETCH(int, outside);
    QFETCH(double, expected);
    cv::Mat map8(10, 10, CV_8UC1, cv::Scalar(outside));
    map8(cv::Rect(0, 0, 5, 10)).setTo(inside);
    const double fromBytes = meanBinaryEntropy(map8);
    QVERIFY2(qAbs(fromBytes - expected) < 1e-4, qPrintable(QString::number(fromBytes)));
    // The float map the engine makes says the same.
    cv::Mat map32;
    map8.convertTo(map32, CV_32FC1, 1.0 / 255.0);
    QVERIFY(qAbs(meanBinaryEntropy(map32) - fromBytes) < 1e-6);
}

void TestUncertainty::nothingToMeasure()
{
    QCOMPARE(meanBinaryEntropy(cv::Mat()), -1.0);
    QCOMPARE(meanBinaryEntropy(cv::Mat(4, 4, CV_16UC1, cv::Scalar(3))), -1.0);
}

QTEST_GUILESS_MAIN(TestUncertainty)
#include "tst_uncertainty.moc"
