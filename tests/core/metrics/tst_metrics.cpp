#include "core/metrics/metrics.h"

#include <QTest>

#include <stdexcept>

using namespace dermask::core;

namespace {

/// 4x4 mask from 16 characters: '.' = 0, '#' = 255, digits = that value (non-zero lesion too).
cv::Mat mask4(const char *rows)
{
    cv::Mat m(4, 4, CV_8UC1);
    for (int i = 0; i < 16; ++i) {
        const char c = rows[i];
        m.at<uchar>(i / 4, i % 4) = c == '.' ? 0 : c == '#' ? 255 : uchar(c - '0');
    }
    return m;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QByteArray>("truth");
        QTest::addColumn<QByteArray>("prediction");
        QTest::addColumn<qint64>("tp");
        QTest::addColumn<qint64>("fp");
        QTest::addColumn<qint64>("fn");
        QTest::addColumn<qint64>("tn");
        QTest::addColumn<double>("dice");
        QTest::addColumn<double>("iou");
        QTest::addColumn<double>("precision");
        QTest::addColumn<double>("recall");
        QTest::addColumn<double>("accuracy");
        // dice = 2TP/(2TP+FP+FN), iou = TP/(TP+FP+FN), accuracy = (TP+TN)/16
        QTest::newRow("partial overlap") << QByteArray("##..##..........") << QByteArray("#...###.........")
                                         << 3LL << 1LL << 1LL << 11LL << 0.75 << 0.6 << 0.75 << 0.75 << 14 / 16.0;
        QTest::newRow("prediction inside truth") << QByteArray("########........") << QByteArray(".##.............")
                                                 << 2LL << 0LL << 6LL << 8LL << 0.4 << 0.25 << 1.0 << 0.25 << 10 / 16.0;
        QTest::newRow("disjoint") << QByteArray("##..............") << QByteArray("............###.")
                                  << 0LL << 3LL << 2LL << 11LL << 0.0 << 0.0 << 0.0 << 0.0 << 11 / 16.0;
        QTest::newRow("identical") << QByteArray(".##..##..##.....") << QByteArray(".##..##..##.....")
                                   << 6LL << 0LL << 0LL << 10LL << 1.0 << 1.0 << 1.0 << 1.0 << 1.0;
        QTest::newRow("both empty") << QByteArray("................") << QByteArray("................")
                                    << 0LL << 0LL << 0LL << 16LL << 1.0 << 1.0 << 1.0 << 1.0 << 1.0;
        QTest::newRow("empty prediction") << QByteArray("#####...........") << QByteArray("................")
                                          << 0LL << 0LL << 5LL << 11LL << 0.0 << 0.0 << 0.0 << 0.0 << 11 / 16.0;
        QTest::newRow("empty truth") << QByteArray("................") << QByteArray("..............##")
                                     << 0LL << 2LL << 0LL << 14LL << 0.0 << 0.0 << 0.0 << 0.0 << 14 / 16.0;
        QTest::newRow("full both") << QByteArray("################") << QByteArray("################")
                                   << 16LL << 0LL << 0LL << 0LL << 1.0 << 1.0 << 1.0 << 1.0 << 1.0;
        // Any non-zero value is lesion: 1 & 2 == 0 bitwise, yet both are lesion pixels.
        QTest::newRow("non-255 values") << QByteArray("1111............") << QByteArray("2222....7.......")
                                        << 4LL << 1LL << 0LL << 11LL << 8 / 9.0 << 0.8 << 0.8 << 1.0 << 15 / 16.0;
    }
    void compare()
    {
        QFETCH(QByteArray, truth);
        QFETCH(QByteArray, prediction);
        const MaskMetrics m = compareMasks(mask4(truth.constData()), mask4(prediction.constData()));
        QTEST(m.truePositive, "tp");
        QTEST(m.falsePositive, "fp");
        QTEST(m.falseNegative, "fn");
        QTEST(m.trueNegative, "tn");
        QTEST(m.dice, "dice");
        QTEST(m.iou, "iou");
        QTEST(m.precision, "precision");
        QTEST(m.recall, "recall");
        QTEST(m.accuracy, "accuracy");
    }

    void largeMasks()
    {
        // Camera-sized masks: left half against top half, a quarter of the pixels in each cell.
        cv::Mat truth(4000, 6000, CV_8UC1, cv::Scalar(0));
        cv::Mat prediction(4000, 6000, CV_8UC1, cv::Scalar(0));
        truth.colRange(0, 3000).setTo(255);
        prediction.rowRange(0, 2000).setTo(255);
        const MaskMetrics m = compareMasks(truth, prediction);
        QCOMPARE(m.truePositive, 6'000'000LL);
        QCOMPARE(m.falsePositive, 6'000'000LL);
        QCOMPARE(m.falseNegative, 6'000'000LL);
        QCOMPARE(m.trueNegative, 6'000'000LL);
        QCOMPARE(m.dice, 0.5);
        QCOMPARE(m.iou, 1 / 3.0);
        QCOMPARE(m.accuracy, 0.5);
    }

    void roiMasks()
    {
        // Non-continuous views (a crop of a bigger mask) count only their own pixels.
        cv::Mat big(10, 10, CV_8UC1, cv::Scalar(255));
        big(cv::Rect(2, 2, 4, 4)).setTo(0);
        const MaskMetrics m = compareMasks(big(cv::Rect(2, 2, 4, 4)), cv::Mat(4, 4, CV_8UC1, cv::Scalar(0)));
        QCOMPARE(m.trueNegative, 16LL);
        QCOMPARE(m.dice, 1.0);
    }

    void preconditions_data()
    {
        QTest::addColumn<int>("truthType");
        QTest::addColumn<QSize>("truthSize");
        QTest::addColumn<int>("predictionType");
        QTest::addColumn<QSize>("predictionSize");
        QTest::newRow("size mismatch") << int(CV_8UC1) << QSize(4, 4) << int(CV_8UC1) << QSize(5, 4);
        QTest::newRow("colour truth") << int(CV_8UC3) << QSize(4, 4) << int(CV_8UC1) << QSize(4, 4);
        QTest::newRow("16-bit prediction") << int(CV_8UC1) << QSize(4, 4) << int(CV_16UC1) << QSize(4, 4);
        QTest::newRow("float both") << int(CV_32FC1) << QSize(4, 4) << int(CV_32FC1) << QSize(4, 4);
    }
    void preconditions()
    {
        QFETCH(int, truthType);
        QFETCH(QSize, truthSize);
        QFETCH(int, predictionType);
        QFETCH(QSize, predictionSize);
        const cv::Mat t(truthSize.height(), truthSize.width(), truthType, cv::Scalar::all(0));
        const cv::Mat p(predictionSize.height(), predictionSize.width(), predictionType, cv::Scalar::all(0));
        try {
            compareMasks(t, p);
            QFAIL("no exception");
        } catch (const std::invalid_argument &e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains(QStringLiteral("%1x%2").arg(truthSize.width()).arg(truthSize.height())), qPrintable(what));
            QVERIFY2(what.contains(QStringLiteral("%1x%2").arg(predictionSize.width()).arg(predictionSize.height())), qPrintable(what));
        }
    }

    void summary_data()
    {
        QTest::addColumn<QList<double>>("ious");
        QTest::addColumn<double>("meanIou");
        QTest::addColumn<double>("thresholded");
        QTest::newRow("isic example") << QList<double>{0.9, 0.6} << 0.75 << 0.45;
        QTest::newRow("all above") << QList<double>{0.7, 0.8, 0.9} << 0.8 << 0.8;
        QTest::newRow("at threshold counts") << QList<double>{0.65, 0.0} << 0.325 << 0.325;
        QTest::newRow("just below") << QList<double>{0.6499, 1.0} << 0.82495 << 0.5;
        QTest::newRow("single") << QList<double>{0.5} << 0.5 << 0.0;
    }
    void summary()
    {
        QFETCH(QList<double>, ious);
        QVector<MaskMetrics> perImage;
        double diceSum = 0;
        for (int i = 0; i < ious.size(); ++i) {
            MaskMetrics m;
            m.iou = ious[i];
            m.dice = 2 * ious[i] / (1 + ious[i]);
            m.precision = 0.1 * (i + 1);
            m.recall = 1.0 - 0.1 * i;
            m.accuracy = 0.9;
            diceSum += m.dice;
            perImage.append(m);
        }
        const MetricsSummary s = summarize(perImage);
        QCOMPARE(s.images, int(ious.size()));
        QFETCH(double, meanIou);
        QFETCH(double, thresholded);
        QVERIFY2(qAbs(s.iou - meanIou) < 1e-12, qPrintable(QString::number(s.iou, 'g', 17)));
        QVERIFY2(qAbs(s.thresholdedJaccard - thresholded) < 1e-12, qPrintable(QString::number(s.thresholdedJaccard, 'g', 17)));
        QVERIFY(qAbs(s.dice - diceSum / ious.size()) < 1e-12);
        QVERIFY(qAbs(s.accuracy - 0.9) < 1e-12);
        const int n = int(ious.size());
        QVERIFY(qAbs(s.precision - 0.1 * (n + 1) / 2) < 1e-12);  // mean of 0.1 .. 0.1n
        QVERIFY(qAbs(s.recall - (1.0 - 0.1 * (n - 1) / 2)) < 1e-12);
    }

    void summaryOfComparedMasks()
    {
        const QVector<MaskMetrics> perImage = {
            compareMasks(mask4("##..##.........."), mask4("#...###.........")), // iou 0.6
            compareMasks(mask4("................"), mask4("................")), // iou 1
        };
        const MetricsSummary s = summarize(perImage);
        QCOMPARE(s.images, 2);
        QCOMPARE(s.iou, 0.8);
        QCOMPARE(s.thresholdedJaccard, 0.5);
        QCOMPARE(s.dice, 0.875);
    }

    void emptySummary()
    {
        const MetricsSummary s = summarize({});
        QCOMPARE(s.images, 0);
        QCOMPARE(s.dice, 0.0);
        QCOMPARE(s.iou, 0.0);
        QCOMPARE(s.precision, 0.0);
        QCOMPARE(s.recall, 0.0);
        QCOMPARE(s.accuracy, 0.0);
        QCOMPARE(s.thresholdedJaccard, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
