#include "core/mask/maskops.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace dermask::core;

namespace {

cv::Mat blank(int w = 100, int h = 80) { return cv::Mat::zeros(h, w, CV_8UC1); }

cv::Mat withRect(cv::Mat m, const cv::Rect &r, uchar v = 255)
{
    m(r).setTo(v);
    return m;
}

int differing(const cv::Mat &a, const cv::Mat &b) { return cv::countNonZero(a != b); }

QPolygonF square(double x0, double y0, double x1, double y1)
{
    return QPolygonF({QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)});
}

cv::Mat ellipse(int n) { return cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * n + 1, 2 * n + 1)); }

} // namespace

class TestMaskOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void polygon_data()
    {
        QTest::addColumn<bool>("add");
        QTest::addColumn<int>("expectedCount");
        // Start: rectangle x 0..39, y 0..39 (1600 px). Polygon: pixels 20..49 x 20..49.
        QTest::newRow("add") << true << 1600 + 900 - 400;
        QTest::newRow("subtract") << false << 1600 - 400;
    }
    void polygon()
    {
        QFETCH(bool, add);
        const cv::Mat start = withRect(blank(), cv::Rect(0, 0, 40, 40));
        const cv::Mat out = fillPolygon(start, square(20, 20, 50, 50), add ? 255 : 0);
        QTEST(cv::countNonZero(out), "expectedCount");
        QCOMPARE(out.at<uchar>(30, 30), uchar(add ? 255 : 0));   // inside both
        QCOMPARE(out.at<uchar>(45, 45), uchar(add ? 255 : 0));   // inside the polygon only
        QCOMPARE(out.at<uchar>(10, 10), uchar(255));             // untouched
        QCOMPARE(out.at<uchar>(50, 50), uchar(0));               // just outside the polygon
        QCOMPARE(cv::countNonZero(start), 1600);                  // input unchanged
    }

    void polygonFollowsPixelCentres()
    {
        const cv::Mat m = polygonMask(cv::Size(60, 60), square(10, 10, 30, 30));
        QCOMPARE(cv::countNonZero(m), 400);
        QCOMPARE(cv::boundingRect(m), cv::Rect(10, 10, 20, 20));
        // A triangle: half of the 40x40 square, within the diagonal's pixels.
        const cv::Mat t = polygonMask(cv::Size(60, 60), QPolygonF({QPointF(0, 0), QPointF(40, 0), QPointF(0, 40)}));
        QVERIFY(std::abs(cv::countNonZero(t) - 800) <= 40);
        QCOMPARE(cv::countNonZero(polygonMask(cv::Size(60, 60), QPolygonF({QPointF(1, 1), QPointF(9, 9)}))), 0);
    }

    void floodFill_data()
    {
        QTest::addColumn<QPointF>("click");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("expectedCount");
        // A ring: square 20..59 minus its inside 30..49 (1600 - 400 = 1200), plus a blob.
        QTest::newRow("fill the hole") << QPointF(40.5, 40.5) << 255 << 1200 + 400 + 25;
        QTest::newRow("fill the outside") << QPointF(2, 2) << 255 << 8000 - 400;
        QTest::newRow("erase the ring") << QPointF(21, 21) << 0 << 25;
        QTest::newRow("erase the blob") << QPointF(91, 71) << 0 << 1200;
        QTest::newRow("already lesion") << QPointF(21, 21) << 255 << 1225;
        QTest::newRow("outside the mask") << QPointF(-5, 3) << 255 << 1225;
    }
    void floodFill()
    {
        QFETCH(QPointF, click);
        QFETCH(int, value);
        cv::Mat m = withRect(blank(), cv::Rect(20, 20, 40, 40));
        m(cv::Rect(30, 30, 20, 20)).setTo(0);
        m(cv::Rect(90, 70, 5, 5)).setTo(255);
        QTEST(cv::countNonZero(floodFillRegion(m, click, uchar(value))), "expectedCount");
    }

    void floodFillIsFourConnected()
    {
        // Two squares touching at a corner: filling the background of one does not leak through.
        cv::Mat m = blank(40, 40);
        cv::rectangle(m, cv::Rect(5, 5, 10, 10), cv::Scalar(255), 1);
        const cv::Mat out = floodFillRegion(m, QPointF(10, 10), 255);
        QCOMPARE(cv::countNonZero(out), 100);
    }

    void fillHoles()
    {
        cv::Mat m = withRect(blank(), cv::Rect(20, 20, 40, 40));
        m(cv::Rect(30, 30, 10, 10)).setTo(0);     // a hole
        m(cv::Rect(20, 45, 10, 5)).setTo(0);      // a bay open to the outside
        cv::Mat edge = withRect(m.clone(), cv::Rect(0, 0, 10, 10));
        edge(cv::Rect(0, 2, 5, 5)).setTo(0);      // a notch at the image border: not a hole
        const cv::Mat out = ::dermask::core::fillHoles(edge);
        cv::Mat expected = edge.clone();
        expected(cv::Rect(30, 30, 10, 10)).setTo(255);
        QCOMPARE(differing(out, expected), 0);
    }

    void removeIslands_data()
    {
        QTest::addColumn<int>("minArea");
        QTest::addColumn<int>("expectedCount");
        // Components: 10 px, 50 px, 200 px, and two 3x3 squares touching diagonally (18 px).
        QTest::newRow("none removed") << 10 << 278;
        QTest::newRow("below 11") << 11 << 268;
        QTest::newRow("diagonal pair is one") << 18 << 268;
        QTest::newRow("below 19") << 19 << 250;
        QTest::newRow("below 51") << 51 << 200;
        QTest::newRow("all") << 201 << 0;
    }
    void removeIslands()
    {
        QFETCH(int, minArea);
        cv::Mat m = withRect(blank(), cv::Rect(1, 1, 2, 5));
        m(cv::Rect(10, 10, 5, 10)).setTo(255);
        m(cv::Rect(40, 40, 10, 20)).setTo(255);
        m(cv::Rect(70, 10, 3, 3)).setTo(255);
        m(cv::Rect(73, 13, 3, 3)).setTo(255);
        QTEST(cv::countNonZero(::dermask::core::removeIslands(m, minArea)), "expectedCount");
    }

    void keepLargest()
    {
        cv::Mat m = withRect(blank(), cv::Rect(1, 1, 10, 10));
        m(cv::Rect(40, 40, 12, 12)).setTo(255);
        m(cv::Rect(70, 5, 5, 5)).setTo(255);
        const cv::Mat out = keepLargestComponent(m);
        QCOMPARE(differing(out, withRect(blank(), cv::Rect(40, 40, 12, 12))), 0);
        QCOMPARE(cv::countNonZero(keepLargestComponent(blank())), 0);
    }

    void smooth()
    {
        cv::Mat m = withRect(blank(120, 120), cv::Rect(30, 30, 50, 50));
        m(cv::Rect(80, 50, 12, 1)).setTo(255);   // a 1 px spike sticking out
        m(cv::Rect(30, 60, 8, 1)).setTo(0);      // a 1 px crack cut in
        const cv::Mat out = smoothMask(m, 3);
        QCOMPARE(cv::countNonZero(out(cv::Rect(82, 45, 10, 10))), 0);
        QCOMPARE(cv::countNonZero(out(cv::Rect(32, 59, 6, 3))), 18);
        QVERIFY(std::abs(cv::countNonZero(out) - 2500) < 2500 * 0.03);
        QCOMPARE(differing(smoothMask(m, 0), m), 0);
    }

    void growShrink_data()
    {
        QTest::addColumn<int>("pixels");
        QTest::addColumn<bool>("grow");
        QTest::newRow("grow 1") << 1 << true;
        QTest::newRow("grow 3") << 3 << true;
        QTest::newRow("grow 7") << 7 << true;
        QTest::newRow("shrink 1") << 1 << false;
        QTest::newRow("shrink 3") << 3 << false;
        QTest::newRow("shrink 7") << 7 << false;
    }
    void growShrink()
    {
        QFETCH(int, pixels);
        QFETCH(bool, grow);
        cv::Mat m = withRect(blank(), cv::Rect(30, 20, 30, 30));
        cv::circle(m, cv::Point(70, 60), 8, cv::Scalar(255), -1);
        cv::Mat expected;
        if (grow)
            cv::dilate(m, expected, ellipse(pixels));
        else
            cv::erode(m, expected, ellipse(pixels));
        const cv::Mat out = grow ? growMask(m, pixels) : shrinkMask(m, pixels);
        QCOMPARE(differing(out, expected), 0);
        // What a user sees: the square's sides move by N pixels, its corners round off.
        const int n = grow ? pixels : -pixels;
        QCOMPARE(out.at<uchar>(35, 30 - n), uchar(255));
        QCOMPARE(out.at<uchar>(35, 30 - n - 1), uchar(0));
        QCOMPARE(out.at<uchar>(20 - n, 45), uchar(255));
        if (grow && pixels > 1)
            QCOMPARE(out.at<uchar>(20 - n, 30 - n), uchar(0));
    }

    void threshold_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("expectedCount");
        // Values 0, 0.25, 0.5, 0.75, 1 in five columns of 10 pixels (8-bit: 0, 64, 128, 191, 255).
        QTest::newRow("8-bit 0.5") << int(CV_8U) << 0.5 << 30;
        QTest::newRow("8-bit 0.3") << int(CV_8U) << 0.3 << 30;
        QTest::newRow("8-bit 0.2") << int(CV_8U) << 0.2 << 40;
        QTest::newRow("8-bit 0") << int(CV_8U) << 0.0 << 50;
        QTest::newRow("8-bit 1") << int(CV_8U) << 1.0 << 10;
        QTest::newRow("float 0.5") << int(CV_32F) << 0.5 << 30;
        QTest::newRow("float 0.75") << int(CV_32F) << 0.75 << 20;
        QTest::newRow("float 0.76") << int(CV_32F) << 0.76 << 10;
    }
    void threshold()
    {
        QFETCH(int, depth);
        QFETCH(double, threshold);
        cv::Mat p(1, 50, depth == CV_8U ? CV_8UC1 : CV_32FC1);
        const double values[5] = {0, 0.25, 0.5, 0.75, 1};
        const int bytes[5] = {0, 64, 128, 191, 255};
        for (int x = 0; x < 50; ++x) {
            if (depth == CV_8U)
                p.at<uchar>(0, x) = uchar(bytes[x / 10]);
            else
                p.at<float>(0, x) = float(values[x / 10]);
        }
        QTEST(cv::countNonZero(thresholdProbability(p, threshold)), "expectedCount");
    }

    void acceptPrediction_data()
    {
        QTest::addColumn<bool>("lasso");
        QTest::newRow("whole") << false;
        QTest::newRow("inside a lasso") << true;
    }
    void acceptPrediction()
    {
        QFETCH(bool, lasso);
        // Truth so far: a square on the left. Prediction: a disc on the right (p = 0.8).
        const cv::Mat mask = withRect(blank(), cv::Rect(5, 5, 30, 30));
        cv::Mat prob = cv::Mat::zeros(mask.size(), CV_8UC1);
        cv::circle(prob, cv::Point(70, 40), 15, cv::Scalar(204), -1);
        cv::Mat predicted;
        cv::compare(prob, 128, predicted, cv::CMP_GE);
        const QPolygonF area = lasso ? square(50, 20, 100, 80) : QPolygonF();
        const cv::Mat out = ::dermask::core::acceptPrediction(mask, prob, 0.5, area);
        if (lasso) {
            // The square outside the lasso stays; inside the lasso the prediction rules.
            cv::Mat expected = mask.clone();
            predicted.copyTo(expected, polygonMask(mask.size(), area));
            QCOMPARE(differing(out, expected), 0);
            QCOMPARE(out.at<uchar>(20, 20), uchar(255));
        } else {
            QCOMPARE(differing(out, predicted), 0);
            QCOMPARE(out.at<uchar>(20, 20), uchar(0));
        }
        QCOMPARE(out.at<uchar>(40, 70), uchar(255));
        QVERIFY(::dermask::core::acceptPrediction(mask, cv::Mat::zeros(10, 10, CV_8UC1), 0.5).empty());
    }
};

QTEST_GUILESS_MAIN(TestMaskOps)
#include "tst_maskops.moc"
