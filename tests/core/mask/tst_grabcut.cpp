#include "core/mask/brush.h"
#include "core/mask/grabcut.h"
#include "core/metrics/metrics.h"
#include "core/synthetic/generator.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace dermask::core;

namespace {

/// The lesion's bounding box grown by 10% on each side, as a user would draw it.
QRect boxAround(const cv::Mat &mask)
{
    const cv::Rect b = cv::boundingRect(mask);
    const QRect box(b.x - b.width / 10, b.y - b.height / 10, b.width * 12 / 10, b.height * 12 / 10);
    return box & QRect(0, 0, mask.cols, mask.rows);
}

cv::Rect toCv(const QRect &r) { return cv::Rect(r.x(), r.y(), r.width(), r.height()); }

} // namespace

class TestGrabCut : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boxAlone_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("refine");
        QTest::newRow("seed 1") << quint64(1) << true;
        QTest::newRow("seed 3") << quint64(3) << true;
        QTest::newRow("seed 5 coarse only") << quint64(5) << false;
    }
    void boxAlone()
    {
        QFETCH(quint64, seed);
        QFETCH(bool, refine);
        const SyntheticSample s = generateSample(seed, cv::Size(768, 576));
        const QRect box = boxAround(s.mask);
        QString error;
        GrabCutOptions options;
        options.refineBorder = refine;
        const cv::Mat out = grabCutMask(s.image, box, cv::Mat(), &error, options);
        QVERIFY2(!out.empty(), qPrintable(error));
        QCOMPARE(out.type(), CV_8UC1);
        QCOMPARE(out.size(), s.mask.size());
        const double dice = compareMasks(s.mask, out).dice;
        QVERIFY2(dice > 0.8, qPrintable(QStringLiteral("Dice %1").arg(dice)));
        // Nothing outside the box, and only 0 and 255.
        cv::Mat outside = out.clone();
        outside(toCv(box)).setTo(0);
        QCOMPARE(cv::countNonZero(outside), 0);
        QCOMPARE(cv::countNonZero((out != 0) & (out != 255)), 0);
    }

    void hintsAreObeyed()
    {
        const SyntheticSample s = generateSample(2, cv::Size(768, 576));
        const QRect box = boxAround(s.mask);
        // A background scribble across the lesion's middle and a foreground one on skin
        // inside the box: the user's word beats the colour model.
        cv::Mat hints = cv::Mat::zeros(s.mask.size(), CV_8UC1);
        const cv::Rect b = cv::boundingRect(s.mask);
        const QPointF mid(b.x + b.width / 2.0, b.y + b.height / 2.0);
        paintStroke(hints, {mid - QPointF(20, 0), mid + QPointF(20, 0)}, 6, kGrabCutBackground);
        cv::Mat insideBox = cv::Mat::zeros(s.mask.size(), CV_8UC1);
        insideBox(toCv(box.adjusted(6, 6, -6, -6))).setTo(255);
        cv::Mat candidates = (s.mask == 0) & insideBox;
        cv::erode(candidates, candidates, cv::Mat(), cv::Point(-1, -1), 4);
        std::vector<cv::Point> skin;
        cv::findNonZero(candidates, skin);
        QVERIFY(!skin.empty());
        const cv::Point fg = skin.front();
        paintStroke(hints, {QPointF(fg.x + 0.5, fg.y + 0.5)}, 3, kGrabCutForeground);

        QString error;
        const cv::Mat out = grabCutMask(s.image, box, hints, &error);
        QVERIFY2(!out.empty(), qPrintable(error));
        QCOMPARE(cv::countNonZero(out & (hints == kGrabCutBackground)), 0);
        QCOMPARE(out.at<uchar>(fg), uchar(255));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<int>("imageType");
        QTest::addColumn<QRect>("box");
        QTest::addColumn<bool>("badHints");
        QTest::addColumn<QString>("message");
        QTest::newRow("grey image") << int(CV_8UC1) << QRect(10, 10, 50, 50) << false << QStringLiteral("8-bit RGB");
        QTest::newRow("tiny box") << int(CV_8UC3) << QRect(10, 10, 3, 50) << false << QStringLiteral("too small");
        QTest::newRow("box outside") << int(CV_8UC3) << QRect(500, 10, 50, 50) << false << QStringLiteral("outside");
        QTest::newRow("hints of another size") << int(CV_8UC3) << QRect(10, 10, 50, 50) << true << QStringLiteral("hints");
    }
    void refusesBadInput()
    {
        QFETCH(int, imageType);
        QFETCH(QRect, box);
        QFETCH(bool, badHints);
        QFETCH(QString, message);
        const cv::Mat image(100, 120, imageType, cv::Scalar::all(90));
        const cv::Mat hints = badHints ? cv::Mat::zeros(10, 10, CV_8UC1) : cv::Mat();
        QString error;
        QVERIFY(grabCutMask(image, box, hints, &error).empty());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void boxCoveringTheImage()
    {
        // No skin outside the box: the image's frame stands in for it instead of failing.
        const SyntheticSample s = generateSample(4, cv::Size(320, 240));
        QString error;
        const cv::Mat out = grabCutMask(s.image, QRect(0, 0, 320, 240), cv::Mat(), &error);
        QVERIFY2(!out.empty(), qPrintable(error));
        QVERIFY(compareMasks(s.mask, out).dice > 0.5);
    }
};

QTEST_GUILESS_MAIN(TestGrabCut)
#include "tst_grabcut.moc"
