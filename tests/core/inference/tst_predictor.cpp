// The Predictor: masks at the image's own size, threshold, flips, clean-up, uncertainty,
// TorchScript modules, reduced precision and live networks.

#include "tests/support/enginetestdata.h"

#include "core/inference/postprocess.h"
#include "core/mask/maskops.h"
#include "core/inference/predictor.h"
#include "core/training/trainer.h"
#include "tests/support/testmodels.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dermask::core;

namespace {

/// [0,1] images -> logits r + g + b - 1.5: bright pixels are lesion, mid-grey is a coin toss.
QString saveBrightnessModule(const QString &dir)
{
    const QString path = dir + "/bright.pt";
    dermask::test::saveBrightnessModule(path);
    return path;
}

double iou(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat i, u;
    cv::bitwise_and(a, b, i);
    cv::bitwise_or(a, b, u);
    return cv::countNonZero(u) ? double(cv::countNonZero(i)) / cv::countNonZero(u) : 1.0;
}

} // namespace

class TestPredictor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bright = saveBrightnessModule(m_dir.path());
    }

    void maskAtTheImagesOwnSize_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("small wide") << 100 << 70;
        QTest::newRow("larger than input") << 640 << 480;
        QTest::newRow("tall") << 90 << 300;
    }
    void maskAtTheImagesOwnSize()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        Predictor p;
        QString error;
        QVERIFY2(p.load(m_bright, &error), qPrintable(error));
        cv::Mat image(height, width, CV_8UC3, cv::Scalar(40, 40, 40));
        const cv::Rect lesion(width / 4, height / 3, width / 2, height / 3);
        image(lesion).setTo(cv::Scalar(230, 230, 230));
        Prediction out;
        QVERIFY2(p.predict(image, &out, &error), qPrintable(error));
        QCOMPARE(out.mask.cols, width);
        QCOMPARE(out.mask.rows, height);
        QCOMPARE(out.mask.type(), CV_8UC1);
        QCOMPARE(out.probability.type(), CV_32FC1);
        QCOMPARE(out.probability.size(), image.size());
        cv::Mat truth = cv::Mat::zeros(image.size(), CV_8UC1);
        truth(lesion).setTo(255);
        QVERIFY2(iou(out.mask, truth) > 0.9, qPrintable(QString::number(iou(out.mask, truth))));
        double lo, hi;
        cv::minMaxLoc(out.mask, &lo, &hi);
        QCOMPARE(lo, 0.0);
        QCOMPARE(hi, 255.0);
    }

    void thresholdMoves_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<double>("fraction");
        // A horizontal ramp of grey 0..255: p = sigmoid(3v - 1.5) crosses t at v = (logit(t) + 1.5) / 3.
        QTest::newRow("0.5") << 0.5 << 0.5;
        QTest::newRow("0.75") << 0.75 << 1.0 - (std::log(3.0) + 1.5) / 3.0;
        QTest::newRow("0.25") << 0.25 << 1.0 - (-std::log(3.0) + 1.5) / 3.0;
    }
    void thresholdMoves()
    {
        QFETCH(double, threshold);
        QFETCH(double, fraction);
        Predictor p;
        QString error;
        QVERIFY2(p.load(m_bright, &error), qPrintable(error));
        PredictOptions o;
        o.threshold = threshold;
        p.setOptions(o);
        cv::Mat image(64, 256, CV_8UC3);
        for (int x = 0; x < 256; ++x)
            image.col(x).setTo(cv::Scalar(x, x, x));
        Prediction out;
        QVERIFY2(p.predict(image, &out, &error), qPrintable(error));
        const double got = double(cv::countNonZero(out.mask)) / double(out.mask.total());
        QVERIFY2(std::abs(got - fraction) < 0.03, qPrintable(QString("%1 vs %2").arg(got).arg(fraction)));
    }

    void uncertaintyFollowsConfidence()
    {
        Predictor p;
        QString error;
        QVERIFY2(p.load(m_bright, &error), qPrintable(error));
        Prediction sure, coinToss;  // names as the module sees them
        QVERIFY(p.predict(cv::Mat(50, 50, CV_8UC3, cv::Scalar(255, 255, 255)), &sure, &error));
        QVERIFY(p.predict(cv::Mat(50, 50, CV_8UC3, cv::Scalar(128, 127, 127)), &coinToss, &error));
        // White: logit 1.5, p = 0.818 everywhere, all lesion with no border to doubt; mid-grey:
        // p = 0.5, no lesion found at all, the worst there is.
        QVERIFY2(sure.uncertainty < 0.01, qPrintable(QString::number(sure.uncertainty)));
        QCOMPARE(coinToss.uncertainty, 1.0);
        QCOMPARE(sure.disagreement, -1.0);
    }

    void flipTtaAveragesTheFlips()
    {
        Predictor p;
        QString error;
        QVERIFY2(p.load(m_bright, &error), qPrintable(error));
        PredictOptions o;
        o.flipTta = true;
        p.setOptions(o);
        cv::Mat image(80, 120, CV_8UC3, cv::Scalar(30, 30, 30));
        image(cv::Rect(10, 5, 40, 30)).setTo(cv::Scalar(250, 250, 250));
        Prediction out;
        QVERIFY2(p.predict(image, &out, &error), qPrintable(error));
        // A per-pixel module is flip-equivariant: the flips agree and the mask stays put.
        QCOMPARE(out.disagreement, 0.0);
        QVERIFY(out.mask.at<uchar>(20, 30) == 255);
        QVERIFY(out.mask.at<uchar>(60, 100) == 0);
    }

    void cleanUp()
    {
        cv::Mat ring = cv::Mat::zeros(60, 60, CV_8UC1);
        cv::circle(ring, {30, 30}, 20, cv::Scalar(255), cv::FILLED);
        cv::circle(ring, {30, 30}, 8, cv::Scalar(0), cv::FILLED);
        cv::rectangle(ring, {0, 0}, {3, 3}, cv::Scalar(255), cv::FILLED);   // a speck
        const cv::Mat filled = fillHoles(ring);
        QCOMPARE(filled.at<uchar>(30, 30), uchar(255));
        QCOMPARE(filled.at<uchar>(1, 1), uchar(255));
        const cv::Mat largest = keepLargestComponent(filled);
        QCOMPARE(largest.at<uchar>(1, 1), uchar(0));
        QCOMPARE(largest.at<uchar>(30, 30), uchar(255));
        QCOMPARE(keepLargestComponent(cv::Mat::zeros(5, 5, CV_8UC1)).at<uchar>(2, 2), uchar(0));
    }

    void trainedModelInReducedPrecisionAgrees()
    {
        QTemporaryDir dir;
        const auto samples = enginetest::writeBlobDataset(dir.filePath("data"), 12);
        TrainingConfig c;
        c.network = QStringLiteral("unet");
        c.width = 0.25;
        c.inputSize = 64;
        c.batchSize = 4;
        c.epochs = 6;
        c.validationFraction = 0;
        c.augment = false;
        c.outputModel = dir.filePath("m.pt");
        Trainer t;
        QString error;
        QVERIFY2(t.prepare(c, samples, &error), qPrintable(error));
        QVERIFY2(t.run(&error), qPrintable(error));

        Predictor full, reduced;
        full.setReducedPrecision(false);
        QVERIFY2(full.load(c.outputModel, &error), qPrintable(error));
        QVERIFY2(reduced.load(c.outputModel, &error), qPrintable(error));
        cv::Mat image, truth;
        enginetest::makeBlob(999, 120, 100, &image, &truth);
        Prediction a, b;
        QVERIFY(full.predict(image, &a, &error));
        QVERIFY(reduced.predict(image, &b, &error));
        QVERIFY2(iou(a.mask, b.mask) > 0.97, qPrintable(QString::number(iou(a.mask, b.mask))));
        QVERIFY2(iou(a.mask, truth) > 0.6, qPrintable(QString::number(iou(a.mask, truth))));

        // Live: the predictor follows the trainer's weights when their version changes.
        Predictor live;
        live.useLiveNetwork(t.network(), t.modelInfo(), t.weightsVersion());
        QVERIFY(live.isLoaded());
        Prediction l;
        QVERIFY2(live.predict(image, &l, &error), qPrintable(error));
        QVERIFY2(iou(l.mask, b.mask) > 0.97, qPrintable(QString::number(iou(l.mask, b.mask))));
    }

    void refusesBadInput()
    {
        Predictor p;
        QString error;
        Prediction out;
        QVERIFY(!p.predict(cv::Mat(10, 10, CV_8UC3), &out, &error));
        QVERIFY2(error.contains("no model"), qPrintable(error));
        QVERIFY(!p.load(m_dir.filePath("absent.pt"), &error));
        QVERIFY2(error.contains("absent.pt"), qPrintable(error));
        QVERIFY2(p.load(m_bright, &error), qPrintable(error));
        QVERIFY(!p.predict(cv::Mat(10, 10, CV_8UC1), &out, &error));
        QVERIFY2(error.contains("RGB"), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    QString m_bright;
};

QTEST_GUILESS_MAIN(TestPredictor)
#include "tst_predictor.moc"
