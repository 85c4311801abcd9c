// How unsure a model was: the mean binary entropy of its probability map, and the Dice it
// expects to lose (the app's Uncertainty), the same numbers from the engine's float maps and
// from the 8-bit maps filed beside each prediction.

#include "core/metrics/uncertainty.h"

#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace dermask::core;

namespace {

/// A disk of probability @p inside on @p outside, with a border ramp @p ramp pixels wide.
cv::Mat disk(float inside, float outside, int ramp)
{
    cv::Mat mask = cv::Mat::zeros(100, 100, CV_8UC1);
    cv::circle(mask, {50, 50}, 25, cv::Scalar(255), cv::FILLED);
    cv::Mat p(100, 100, CV_32FC1, cv::Scalar(outside));
    p.setTo(inside, mask);
    if (ramp > 0)
        cv::blur(p, p, cv::Size(ramp, ramp));
    return p;
}

} // namespace

class TestUncertainty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void meanEntropy_data();
    void meanEntropy();
    void nothingToMeasure();
    void expectedDiceLossRanksUncertainBorders();
    void expectedDiceLossIsTheSameFromTheFiles();
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

void TestUncertainty::expectedDiceLossRanksUncertainBorders()
{
    const double confident = expectedDiceLoss(disk(0.99f, 0.01f, 0));
    const double soft = expectedDiceLoss(disk(0.8f, 0.2f, 15));
    QVERIFY2(confident < 0.05, qPrintable(QString::number(confident)));
    QVERIFY2(soft > 3 * confident, qPrintable(QString::number(soft)));
    // Nothing found at all is the worst case, whatever the probabilities say.
    QCOMPARE(expectedDiceLoss(cv::Mat(100, 100, CV_32FC1, cv::Scalar(0.01))), 1.0);
    // Soft background far from the lesion does not count (over the whole image: about 0.38).
    const double softSkin = expectedDiceLoss(disk(0.99f, 0.3f, 0));
    QVERIFY2(softSkin < 0.1, qPrintable(QString::number(softSkin)));
}

void TestUncertainty::expectedDiceLossIsTheSameFromTheFiles()
{
    // The 8-bit map at the image's size says what the engine's float map at network size says.
    const cv::Mat engine = disk(0.85f, 0.1f, 9);
    cv::Mat file;
    cv::resize(engine, file, cv::Size(1000, 1000), 0, 0, cv::INTER_LINEAR);
    file.convertTo(file, CV_8UC1, 255.0);
    const double a = expectedDiceLoss(engine), b = expectedDiceLoss(file);
    QVERIFY2(std::abs(a - b) < 0.15 * a, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
    QCOMPARE(expectedDiceLoss(cv::Mat()), -1.0);
    QCOMPARE(expectedDiceLoss(cv::Mat(4, 4, CV_16UC1, cv::Scalar(3))), -1.0);
}

QTEST_GUILESS_MAIN(TestUncertainty)
#include "tst_uncertainty.moc"
