// Augmentation: the mask follows the image's geometry, stays binary, and draws are
// reproducible per (seed, epoch, sample).

#include "core/training/augment.h"
#include "core/training/batch.h"

#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace dermask::core;

class TestAugment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maskFollowsGeometry_data()
    {
        QTest::addColumn<int>("seed");
        for (int s = 1; s <= 6; ++s)
            QTest::newRow(qPrintable(QString("draw %1").arg(s))) << s;
    }
    void maskFollowsGeometry()
    {
        QFETCH(int, seed);
        // An off-centre, asymmetric lesion drawn in red: where the mask goes, red must go.
        cv::Mat image(96, 96, CV_8UC3, cv::Scalar(20, 20, 20)), mask = cv::Mat::zeros(96, 96, CV_8UC1);
        const std::vector<cv::Point> shape{{10, 10}, {60, 14}, {40, 30}, {18, 50}};
        cv::fillConvexPoly(image, shape, cv::Scalar(255, 20, 20));
        cv::fillConvexPoly(mask, shape, cv::Scalar(255));
        AugmentOptions o;
        o.maxBrightness = o.maxContrast = o.maxSaturation = o.maxHueDegrees = 0;
        std::mt19937_64 rng = sampleRng(quint64(seed), 0, 0);
        cv::Mat img = image, m = mask;
        augmentPair(img, m, rng, o);
        QCOMPARE(img.size(), image.size());
        QCOMPARE(m.type(), CV_8UC1);
        cv::Mat red;
        cv::extractChannel(img, red, 0);
        cv::threshold(red, red, 137, 255, cv::THRESH_BINARY);
        cv::Mat inter, uni;
        cv::bitwise_and(red, m, inter);
        cv::bitwise_or(red, m, uni);
        const double iou = double(cv::countNonZero(inter)) / cv::countNonZero(uni);
        QVERIFY2(iou > 0.95, qPrintable(QString::number(iou)));
        // Binary, and the inputs were not written through (they may be the training cache).
        QCOMPARE(cv::countNonZero(m > 0) , cv::countNonZero(m == 255));
        QCOMPARE(cv::countNonZero(mask), cv::countNonZero(mask == 255));
        QCOMPARE(image.at<cv::Vec3b>(20, 20), cv::Vec3b(255, 20, 20));
    }

    void drawsAreReproducible()
    {
        cv::Mat image(64, 64, CV_8UC3);
        cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
        cv::Mat mask = cv::Mat::zeros(64, 64, CV_8UC1);
        cv::circle(mask, {20, 30}, 12, cv::Scalar(255), cv::FILLED);
        cv::Mat a = image.clone(), am = mask.clone(), b = image.clone(), bm = mask.clone(),
                c = image.clone(), cm = mask.clone();
        auto r1 = sampleRng(42, 3, 7), r2 = sampleRng(42, 3, 7), r3 = sampleRng(42, 4, 7);
        augmentPair(a, am, r1);
        augmentPair(b, bm, r2);
        augmentPair(c, cm, r3);
        QCOMPARE(cv::norm(a, b, cv::NORM_L1), 0.0);
        QCOMPARE(cv::norm(am, bm, cv::NORM_L1), 0.0);
        QVERIFY(cv::norm(a, c, cv::NORM_L1) > 0.0);
    }

    void packNormalises()
    {
        cv::Mat rgb(2, 2, CV_8UC3, cv::Scalar(255, 0, 51));
        std::vector<float> out(12);
        packImage(rgb, {{0.5, 0.0, 0.2}}, {{0.5, 1.0, 0.1}}, out.data());
        QCOMPARE(out[0], 1.0f);            // (1 - 0.5) / 0.5
        QCOMPARE(out[1], 0.0f);
        QVERIFY(std::abs(out[2] - 0.0f) < 1e-6f);   // (0.2 - 0.2) / 0.1
        QCOMPARE(out[3], 1.0f);            // pixel 2, HWC order
    }
};

QTEST_GUILESS_MAIN(TestAugment)
#include "tst_augment.moc"
