// Calibration: a network three times too sure of itself gets a temperature near 3, after
// which its probabilities are right as often as they claim; a calibrated one keeps about 1.

#include "core/metrics/calibration.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace dermask::core;

namespace {

/// Pixels whose true lesion probability is sigmoid(z), reported as logits @p scale * z.
void makePixels(double scale, std::vector<float> *logits, std::vector<uint8_t> *labels)
{
    std::mt19937_64 rng(5);
    std::normal_distribution<double> z(0.0, 2.0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (int i = 0; i < 100000; ++i) {
        const double truth = z(rng);
        logits->push_back(float(scale * truth));
        labels->push_back(u(rng) < 1.0 / (1.0 + std::exp(-truth)) ? 1 : 0);
    }
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fitsTheTemperature_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("three times too sure") << 3.0;
        QTest::newRow("calibrated") << 1.0;
        QTest::newRow("too timid") << 0.5;
    }
    void fitsTheTemperature()
    {
        QFETCH(double, scale);
        std::vector<float> logits;
        std::vector<uint8_t> labels;
        makePixels(scale, &logits, &labels);
        const double t = fitTemperature(logits, labels);
        QVERIFY2(std::abs(t - scale) < 0.1 * scale, qPrintable(QString::number(t)));
        QVERIFY(temperatureLoss(logits, labels, t) <= temperatureLoss(logits, labels, 1.0) + 1e-9);
        const double before = calibrationError(logits, labels, 1.0);
        const double after = calibrationError(logits, labels, t);
        QVERIFY2(after < 0.01, qPrintable(QString::number(after)));
        if (scale != 1.0)
            QVERIFY2(before > 3 * after, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void noDataKeepsTheLogits()
    {
        QCOMPARE(fitTemperature({}, {}), 1.0);
        QCOMPARE(calibrationError({}, {}, 1.0), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
