#include "core/mask/brush.h"

#include <QTest>

#include <cmath>

using namespace dermask::core;

namespace {

/// The definition, pixel by pixel: centre within d/2 of the segment, or under an end point.
cv::Mat reference(const QPointF &a, const QPointF &b, double diameter, cv::Size size)
{
    cv::Mat out = cv::Mat::zeros(size, CV_8UC1);
    const double r = std::max(1.0, diameter) / 2;
    const double dx = b.x() - a.x(), dy = b.y() - a.y(), len2 = dx * dx + dy * dy;
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            const double px = x + 0.5, py = y + 0.5;
            double t = len2 > 0 ? ((px - a.x()) * dx + (py - a.y()) * dy) / len2 : 0;
            t = std::clamp(t, 0.0, 1.0);
            const double ex = px - (a.x() + t * dx), ey = py - (a.y() + t * dy);
            if (ex * ex + ey * ey <= r * r + 1e-9)
                out.at<uchar>(y, x) = 255;
        }
    }
    for (const QPointF &p : {a, b}) {
        const cv::Point c(int(std::floor(p.x())), int(std::floor(p.y())));
        if (cv::Rect(0, 0, size.width, size.height).contains(c))
            out.at<uchar>(c) = 255;
    }
    return out;
}

cv::Mat rasterize(const QPointF &a, const QPointF &b, double diameter, cv::Size size)
{
    cv::Mat out = cv::Mat::zeros(size, CV_8UC1);
    paintSpans(out, brushSpans(a, b, diameter, size), 255);
    return out;
}

} // namespace

class TestBrush : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesDefinition_data()
    {
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<double>("diameter");
        QTest::newRow("horizontal d9") << QPointF(10.5, 20.5) << QPointF(50.5, 20.5) << 9.0;
        QTest::newRow("vertical d12") << QPointF(30, 5) << QPointF(30, 60) << 12.0;
        QTest::newRow("diagonal d7") << QPointF(3.2, 4.9) << QPointF(70.1, 55.3) << 7.0;
        QTest::newRow("steep d4.5") << QPointF(40.7, 2.2) << QPointF(44.1, 75.8) << 4.5;
        QTest::newRow("dot d25") << QPointF(50.5, 40.5) << QPointF(50.5, 40.5) << 25.0;
        QTest::newRow("dot d2 at corner") << QPointF(20, 20) << QPointF(20, 20) << 2.0;
        QTest::newRow("thin d1 diagonal") << QPointF(5.3, 5.1) << QPointF(60.8, 33.4) << 1.0;
        QTest::newRow("clipped at the border") << QPointF(-10, -10) << QPointF(30, 90) << 15.0;
        QTest::newRow("entirely outside") << QPointF(-40, -40) << QPointF(-20, -60) << 10.0;
    }
    void matchesDefinition()
    {
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        QFETCH(double, diameter);
        const cv::Size size(90, 80);
        const cv::Mat got = rasterize(a, b, diameter, size);
        const cv::Mat want = reference(a, b, diameter, size);
        QCOMPARE(cv::countNonZero(got != want), 0);
    }

    void strokeArea_data()
    {
        QTest::addColumn<double>("diameter");
        for (double d : {1.0, 4.0, 9.0, 12.0, 25.0})
            QTest::newRow(qPrintable(QStringLiteral("d%1").arg(d))) << d;
    }
    void strokeArea()
    {
        // A horizontal stroke from (10,20) to (50,20) through pixel centres: a 40 px long
        // capsule, area 40 d + pi d^2 / 4, within half the outline's length.
        QFETCH(double, diameter);
        const cv::Mat m = rasterize(QPointF(10.5, 20.5), QPointF(50.5, 20.5), diameter, cv::Size(80, 60));
        const double area = 40 * diameter + M_PI * diameter * diameter / 4;
        const double outline = 80 + M_PI * diameter;
        QVERIFY2(std::abs(cv::countNonZero(m) - area) <= outline / 2,
                 qPrintable(QStringLiteral("%1 px painted, %2 expected").arg(cv::countNonZero(m)).arg(area)));
        QCOMPARE(m.at<uchar>(20, 30), uchar(255));
        QCOMPARE(m.at<uchar>(30, 30), uchar(diameter >= 20 ? 255 : 0));
        QCOMPARE(m.at<uchar>(20 + int(diameter / 2) + 1, 30), uchar(0));
        QCOMPARE(m.at<uchar>(20, 10), uchar(255));
    }

    void spansStayInTheSegmentsBounds()
    {
        // Per mouse event the work is the segment's footprint: on a 6000x4000 mask a short
        // segment yields a handful of rows, all inside its bounding box.
        const std::vector<BrushSpan> spans = brushSpans(QPointF(3000, 2000), QPointF(3010, 2004), 12, cv::Size(6000, 4000));
        QVERIFY(spans.size() <= 18);
        const QRect bounds = spansBounds(spans);
        QVERIFY(QRect(2993, 1993, 25, 19).contains(bounds));
        QCOMPARE(bounds, QRect(QPoint(2994, 1994), QPoint(3015, 2009)));
    }

    void paintSpansReportsChanges()
    {
        cv::Mat m = cv::Mat::zeros(40, 40, CV_8UC1);
        const std::vector<BrushSpan> spans = brushSpans(QPointF(20.5, 20.5), QPointF(20.5, 20.5), 5, m.size());
        QRect changed;
        const qint64 n = paintSpans(m, spans, 255, &changed);
        QCOMPARE(n, qint64(cv::countNonZero(m)));
        QCOMPARE(changed, QRect(18, 18, 5, 5));
        QCOMPARE(paintSpans(m, spans, 255, &changed), qint64(0));
        QVERIFY(changed.isEmpty());
    }

    void paintStrokeJoinsPoints()
    {
        cv::Mat m = cv::Mat::zeros(50, 50, CV_8UC1);
        paintStroke(m, {QPointF(5.5, 5.5), QPointF(40.5, 5.5), QPointF(40.5, 40.5)}, 3, 255);
        for (int x = 5; x <= 40; ++x)
            QCOMPARE(m.at<uchar>(5, x), uchar(255));
        for (int y = 5; y <= 40; ++y)
            QCOMPARE(m.at<uchar>(y, 40), uchar(255));
        QCOMPARE(m.at<uchar>(30, 20), uchar(0));
    }
};

QTEST_GUILESS_MAIN(TestBrush)
#include "tst_brush.moc"
