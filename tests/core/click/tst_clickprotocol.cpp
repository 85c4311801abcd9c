// The simulated annotator of interactive segmentation on drawn masks: the first click lands
// deep inside the lesion, each next one in the middle of the largest error with the right
// sign (positive on missed lesion, negative on taken skin), the image's edge counts as a border,
// correcting one error turns the sign to the other, the annotator plays a method until nothing is
// wrong, and NoC, failures and mean IoU are counted as the field reports them.

#include "core/click/clickprotocol.h"

#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace dermask::core;

namespace {

const cv::Size kSize(160, 120);

cv::Mat disc(cv::Point centre, int radius, cv::Mat base = cv::Mat())
{
    cv::Mat m = base.empty() ? cv::Mat::zeros(kSize, CV_8UC1) : base.clone();
    cv::circle(m, centre, radius, cv::Scalar(255), cv::FILLED);
    return m;
}

cv::Mat without(const cv::Mat &base, cv::Point centre, int radius)
{
    cv::Mat m = base.clone();
    cv::circle(m, centre, radius, cv::Scalar(0), cv::FILLED);
    return m;
}

double distance(cv::Point a, cv::Point b) { return std::hypot(double(a.x - b.x), double(a.y - b.y)); }

} // namespace

Q_DECLARE_METATYPE(cv::Mat)

class TestClickProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clickGoesToTheMiddleOfTheLargestError_data()
    {
        QTest::addColumn<cv::Mat>("truth");
        QTest::addColumn<cv::Mat>("prediction");
        QTest::addColumn<bool>("positive");
        QTest::addColumn<QPoint>("near");
        const cv::Mat lesion = disc({60, 60}, 30);
        QTest::newRow("first click: deep inside") << lesion << cv::Mat(cv::Mat::zeros(kSize, CV_8UC1)) << true
                                                  << QPoint(60, 60);
        QTest::newRow("skin taken far away")
            << lesion << disc({130, 30}, 15, lesion) << false << QPoint(130, 30);
        QTest::newRow("a hole in the lesion")
            << lesion << without(lesion, {60, 60}, 12) << true << QPoint(60, 60);
        // Both errors at once: the deeper one wins (a 14 px missed disc over an 8 px blob).
        QTest::newRow("the larger of two")
            << lesion << disc({140, 100}, 8, without(lesion, {55, 55}, 14)) << true << QPoint(55, 55);
        QTest::newRow("the larger of two, other sign")
            << lesion << disc({135, 60}, 16, without(lesion, {60, 60}, 6)) << false << QPoint(135, 60);
        // The image's edge is a border: a square in the corner is clicked in its middle.
        cv::Mat corner = cv::Mat::zeros(kSize, CV_8UC1);
        corner(cv::Rect(0, 0, 40, 40)).setTo(255);
        QTest::newRow("in the corner")
            << corner << cv::Mat(cv::Mat::zeros(kSize, CV_8UC1)) << true << QPoint(20, 20);
    }
    void clickGoesToTheMiddleOfTheLargestError()
    {
        QFETCH(cv::Mat, truth);
        QFETCH(cv::Mat, prediction);
        QFETCH(bool, positive);
        QFETCH(QPoint, near);
        Click click;
        QVERIFY(nextClick(truth, prediction, &click));
        QCOMPARE(click.positive, positive);
        QVERIFY2(distance(click.point, {near.x(), near.y()}) <= 2.0,
                 qPrintable(QStringLiteral("clicked at %1,%2").arg(click.point.x).arg(click.point.y)));
        // Always inside the error it corrects.
        QCOMPARE(truth.at<uchar>(click.point) != 0, positive);
        QCOMPARE(prediction.at<uchar>(click.point) != 0, !positive);
    }

    void correctingOneErrorTurnsTheSign()
    {
        // The prediction is the lesion shifted right: a crescent missed on the left, one taken
        // on the right, the right one deeper. Fixing the error clicked leaves the other sign.
        const cv::Mat truth = disc({70, 60}, 30);
        cv::Mat prediction = disc({85, 60}, 30);
        prediction(cv::Rect(115, 40, 20, 40)).setTo(255);  // deepen the taken skin
        QVector<bool> signs;
        Click click;
        while (nextClick(truth, prediction, &click) && signs.size() < 5) {
            signs << click.positive;
            // A perfect click model: the whole error region under the click is fixed.
            cv::Mat error = click.positive ? (truth & ~prediction) : (~truth & prediction);
            cv::Mat region = cv::Mat::zeros(kSize + cv::Size(2, 2), CV_8UC1);
            cv::floodFill(error, region, click.point, cv::Scalar(0), nullptr, 0, 0,
                          4 | cv::FLOODFILL_MASK_ONLY | (255 << 8));
            truth.copyTo(prediction, region(cv::Rect(1, 1, kSize.width, kSize.height)));
        }
        QCOMPARE(signs, QVector<bool>({false, true}));
        QVERIFY(!nextClick(truth, prediction, &click));
    }

    void theAnnotatorPlaysUntilNothingIsWrong()
    {
        // A method that fixes the whole error region under each click, starting from the
        // lesion shifted right: two clicks, then nothing to correct.
        const cv::Mat truth = disc({70, 60}, 30);
        int asked = 0;
        const ClickSegmenter fixer = [&](const std::vector<Click> &clicks, const cv::Mat &previous) {
            ++asked;
            cv::Mat mask = previous.empty() ? disc({85, 60}, 30) : previous.clone();
            if (previous.empty())
                return mask;  // the first answer: its own guess
            const Click &click = clicks.back();
            cv::Mat error = click.positive ? (truth & ~mask) : (~truth & mask);
            cv::Mat region = cv::Mat::zeros(kSize + cv::Size(2, 2), CV_8UC1);
            cv::floodFill(error, region, click.point, cv::Scalar(0), nullptr, 0, 0,
                          4 | cv::FLOODFILL_MASK_ONLY | (255 << 8));
            truth.copyTo(mask, region(cv::Rect(1, 1, kSize.width, kSize.height)));
            return mask;
        };
        const std::vector<double> curve = playAnnotator(truth, 20, fixer);
        QCOMPARE(int(curve.size()), 20);
        QVERIFY(curve[0] > 0.5 && curve[0] < 0.85);
        QCOMPARE(curve[2], 1.0);
        QCOMPARE(curve[19], 1.0);
        QCOMPARE(asked, 3);
        // A method that ignores the clicks never gets anywhere: a failure at 20 clicks.
        const ClickSegmenter deaf = [](const std::vector<Click> &, const cv::Mat &) { return cv::Mat(); };
        const std::vector<double> flat = playAnnotator(truth, 20, deaf);
        QCOMPARE(flat, std::vector<double>(20, 0.0));
        const ClickSummary s = summarizeClicks({curve, flat}, 20);
        QCOMPARE(s.images, 2);
        QCOMPARE(s.nocAt90, (3 + 20) / 2.0);
        QCOMPARE(s.nocAt85, (3 + 20) / 2.0);
        QCOMPARE(s.failuresAt90, 1);
        QCOMPARE(s.meanIoU[19], 0.5);
        QCOMPARE(s.meanIoU[0], curve[0] / 2);
    }

    void noClickWithoutAnError()
    {
        const cv::Mat lesion = disc({60, 60}, 30);
        Click click;
        QVERIFY(!nextClick(lesion, lesion, &click));
        QVERIFY(!nextClick(cv::Mat::zeros(kSize, CV_8UC1), cv::Mat::zeros(kSize, CV_8UC1), &click));
        QVERIFY(!nextClick(lesion, cv::Mat::zeros(10, 10, CV_8UC1), &click));  // sizes differ
        QVERIFY(!nextClick(lesion, cv::Mat(kSize, CV_32FC1, cv::Scalar(0)), &click));
    }

    void clicksToReachCountsAsNoC_data()
    {
        QTest::addColumn<QVector<double>>("ious");
        QTest::addColumn<double>("target");
        QTest::addColumn<int>("maxClicks");
        QTest::addColumn<int>("clicks");
        QTest::addColumn<bool>("reached");
        const QVector<double> curve{0.5, 0.8, 0.86, 0.91, 0.93};
        QTest::newRow("NoC@85") << curve << 0.85 << 20 << 3 << true;
        QTest::newRow("NoC@90") << curve << 0.90 << 20 << 4 << true;
        QTest::newRow("first click enough") << curve << 0.5 << 20 << 1 << true;
        QTest::newRow("never: counts the maximum") << curve << 0.95 << 20 << 20 << false;
        QTest::newRow("reached on the last click allowed") << curve << 0.90 << 4 << 4 << true;
        QTest::newRow("reached after the maximum") << curve << 0.90 << 3 << 3 << false;
        QTest::newRow("no clicks") << QVector<double>{} << 0.85 << 20 << 20 << false;
    }
    void clicksToReachCountsAsNoC()
    {
        QFETCH(QVector<double>, ious);
        QFETCH(double, target);
        QFETCH(int, maxClicks);
        QFETCH(int, clicks);
        QFETCH(bool, reached);
        const std::vector<double> curve(ious.begin(), ious.end());
        QCOMPARE(clicksToReach(curve, target, maxClicks), clicks);
        QCOMPARE(reachesWithin(curve, target, maxClicks), reached);
    }
};

QTEST_GUILESS_MAIN(TestClickProtocol)
#include "tst_clickprotocol.moc"
