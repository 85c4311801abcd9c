// What a click model sees: each click a disk in its own channel and the current mask in the
// third, at the input's stride; training starts that sit where a correction would (a positive
// click inside the lesion with no mask, or a click on the largest error of a spoilt mask, both
// kinds drawn); and the part of the image the model looks at, which holds the mask and the
// clicks, keeps the image's proportions and stays inside it; a training sample zoomed to that
// part, its clicks keeping their signs and its masks their place on the image.

#include "core/click/clickinput.h"
#include "core/metrics/metrics.h"

#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace dermask::core;

class TestClickInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guidanceDrawsEachClickInItsChannelAndTheMaskInTheThird()
    {
        const int size = 64, stride = 6;
        std::vector<float> input(size_t(size * size * stride), -7.0f);
        cv::Mat previous = cv::Mat::zeros(size, size, CV_8UC1);
        cv::rectangle(previous, cv::Rect(40, 40, 10, 10), cv::Scalar(255), cv::FILLED);
        drawGuidance({Click{{10, 10}, true}, Click{{30, 50}, false}}, previous, size, input.data() + 3, stride);
        auto at = [&](int x, int y, int c) { return input[size_t((y * size + x) * stride + c)]; };
        QCOMPARE(at(10, 10, 3), 1.0f);
        QCOMPARE(at(10, 10, 4), 0.0f);
        QCOMPARE(at(10 + clickRadius(size), 10, 3), 1.0f);
        QCOMPARE(at(10 + clickRadius(size) + 2, 10, 3), 0.0f);
        QCOMPARE(at(30, 50, 4), 1.0f);
        QCOMPARE(at(30, 50, 3), 0.0f);
        QCOMPARE(at(45, 45, 5), 1.0f);
        QCOMPARE(at(10, 10, 5), 0.0f);
        QCOMPARE(at(10, 10, 0), -7.0f);  // the image's channels are left alone
        QCOMPARE(at(63, 63, 2), -7.0f);
    }

    void trainingStartsWhereACorrectionWould()
    {
        cv::Mat truth = cv::Mat::zeros(128, 128, CV_8UC1);
        cv::ellipse(truth, cv::Point(60, 70), cv::Size(35, 25), 20, 0, 360, cv::Scalar(255), cv::FILLED);
        int fromNothing = 0, fromMask = 0, negatives = 0;
        for (int seed = 0; seed < 200; ++seed) {
            std::mt19937_64 rng{quint64(seed)};
            std::vector<Click> clicks;
            cv::Mat previous;
            simulateStart(truth, rng, &clicks, &previous);
            QVERIFY(!clicks.empty());
            const Click &first = clicks.front();
            if (previous.empty()) {
                ++fromNothing;
                QVERIFY(first.positive);
                QVERIFY(truth.at<uchar>(first.point) != 0);
                for (size_t i = 1; i < clicks.size(); ++i) {
                    QVERIFY(!clicks[i].positive);
                    QVERIFY(truth.at<uchar>(clicks[i].point) == 0);
                    ++negatives;
                }
            } else {
                ++fromMask;
                QCOMPARE(previous.size(), truth.size());
                QVERIFY(compareMasks(truth, previous).iou < 1.0);
                // On the error, with the sign that corrects it.
                QCOMPARE(truth.at<uchar>(first.point) != 0, first.positive);
                QCOMPARE(previous.at<uchar>(first.point) != 0, !first.positive);
            }
        }
        QVERIFY2(fromNothing > 60 && fromMask > 60, qPrintable(QStringLiteral("%1 %2").arg(fromNothing).arg(fromMask)));
        QVERIFY(negatives > 5);
    }

    void theViewHoldsTheMaskAndTheClicksInTheImagesProportions()
    {
        const cv::Size image(6000, 4000);
        QCOMPARE(clickCrop(image, cv::Rect(), {Click{{100, 100}, true}}), cv::Rect(0, 0, 6000, 4000));
        const cv::Rect mask(2000, 1500, 800, 600);
        const std::vector<Click> clicks{Click{{3100, 1400}, false}};
        const cv::Rect view = clickCrop(image, mask, clicks);
        QVERIFY((view & mask) == mask);
        QVERIFY(view.contains(clicks[0].point));
        QVERIFY((view & cv::Rect(cv::Point(), image)) == view);
        QVERIFY(std::abs(double(view.width) / view.height - 1.5) < 0.01);
        QVERIFY(view.width >= image.width / 4);
        QVERIFY(view.width < image.width);  // it looks closer than the whole image
        // A small mask still gets a quarter of the image around it, and a mask at the corner a
        // view that stays inside.
        const cv::Rect corner = clickCrop(image, cv::Rect(0, 0, 50, 40), {});
        QCOMPARE(corner, cv::Rect(0, 0, 1500, 1000));
    }

    void aTrainingSampleIsSeenAsTheCorrectorSeesIt()
    {
        // A small lesion: with a mask, the view zooms in on it, and every click keeps its sign.
        cv::Mat image(128, 128, CV_8UC3, cv::Scalar(200, 150, 120)), truth = cv::Mat::zeros(128, 128, CV_8UC1);
        cv::circle(truth, cv::Point(40, 50), 12, cv::Scalar(255), cv::FILLED);
        image.setTo(cv::Scalar(90, 50, 40), truth);
        const cv::Mat imageBefore = image.clone();
        int zoomed = 0;
        for (int seed = 0; seed < 100; ++seed) {
            std::mt19937_64 rng{quint64(seed)};
            std::vector<Click> clicks;
            cv::Mat previous, viewImage = image, viewTruth = truth;
            simulateStart(truth, rng, &clicks, &previous);
            const bool fromMask = !previous.empty();
            zoomToView(&viewImage, &viewTruth, &previous, &clicks);
            QCOMPARE(viewImage.size(), image.size());
            QCOMPARE(viewTruth.size(), truth.size());
            QVERIFY(!clicks.empty());
            for (const Click &c : clicks)
                QCOMPARE(viewTruth.at<uchar>(c.point) != 0, c.positive);
            if (!fromMask) {
                QCOMPARE(cv::countNonZero(viewTruth), cv::countNonZero(truth));  // the whole image
                continue;
            }
            QCOMPARE(previous.size(), truth.size());
            QVERIFY(cv::countNonZero(viewTruth) >= cv::countNonZero(truth));
            zoomed += cv::countNonZero(viewTruth) > 2 * cv::countNonZero(truth) ? 1 : 0;
            // The image follows the truth: lesion colour where the truth is lesion.
            QCOMPARE(cv::norm(viewImage.at<cv::Vec3b>(clicks.front().point)),
                     cv::norm(cv::Vec3b(clicks.front().positive ? cv::Vec3b(90, 50, 40) : cv::Vec3b(200, 150, 120))));
        }
        QVERIFY2(zoomed > 20, qPrintable(QString::number(zoomed)));  // closer, unless the spoilt mask is large
        QCOMPARE(cv::norm(image, imageBefore, cv::NORM_INF), 0.0);  // the set's pixels are left alone
    }

    void aZoomedSampleKeepsItsMasksOnTheLesion_data()
    {
        QTest::addColumn<double>("radius");
        QTest::addColumn<QPointF>("centre");
        // Views zoomed 2.2x, 2.6x and 1.7x: not whole pixels of the view to one of the image.
        QTest::newRow("middle") << 14.0 << QPointF(50.3, 61.7);
        QTest::newRow("small") << 12.5 << QPointF(90.6, 33.2);
        QTest::newRow("large") << 19.0 << QPointF(64.0, 64.0);
    }

    void aZoomedSampleKeepsItsMasksOnTheLesion()
    {
        // A disk drawn at a fraction of a pixel as the truth and the mask: in the view, each
        // lies where the view's mapping puts it (the image's, bilinear), a fifth of a pixel of
        // the view off at most. The network learns whatever offset the truth has, and pays it
        // back when its answer goes back to the image.
        QFETCH(double, radius);
        QFETCH(QPointF, centre);
        const int shift = 8;  // cv::circle's sub-pixel bits
        cv::Mat truth = cv::Mat::zeros(128, 128, CV_8UC1);
        cv::circle(truth, cv::Point(int(std::lround(centre.x() * (1 << shift))), int(std::lround(centre.y() * (1 << shift)))),
                   int(std::lround(radius * (1 << shift))), cv::Scalar(255), cv::FILLED, cv::LINE_AA, shift);
        cv::threshold(truth, truth, 127, 255, cv::THRESH_BINARY);
        cv::Mat image(128, 128, CV_8UC3, cv::Scalar(220, 220, 220)), previous = truth / 255;  // 0/1 will do
        std::vector<Click> clicks{Click{cv::Point(int(centre.x()), int(centre.y())), true}};
        const cv::Rect crop = clickCrop(truth.size(), cv::boundingRect(previous), clicks);
        const double zoom = 128.0 / crop.width;
        QVERIFY(std::abs(zoom - std::round(zoom)) > 0.1);
        const auto centroid = [](const cv::Mat &m) {
            const cv::Moments mo = cv::moments(m, true);
            return cv::Point2d(mo.m10 / mo.m00, mo.m01 / mo.m00);
        };
        // Pixel centres map as (x + 0.5 - crop.x) * zoom - 0.5.
        const cv::Point2d expected = (centroid(truth) + cv::Point2d(0.5, 0.5) - cv::Point2d(crop.tl())) * zoom
                                     - cv::Point2d(0.5, 0.5);
        const double area = cv::countNonZero(truth);
        zoomToView(&image, &truth, &previous, &clicks);
        for (const cv::Mat &m : {truth, previous}) {
            const cv::Point2d off = centroid(m) - expected;
            QVERIFY2(std::hypot(off.x, off.y) < 0.2, qPrintable(QStringLiteral("%1, %2").arg(off.x).arg(off.y)));
            QVERIFY(std::abs(cv::countNonZero(m) / (area * zoom * zoom) - 1.0) < 0.03);
        }
    }

    void aReducedViewLiesWhereItsCropsMasksDo_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("radius");
        QTest::addColumn<QPointF>("centre");
        // Images reduced to a longer side of 1024 (ClickCorrector's copy), by 5.86, 4.19, 1.95.
        QTest::newRow("6000x4000") << QSize(6000, 4000) << 300.0 << QPointF(2345.6, 1789.3);
        QTest::newRow("4288x2848") << QSize(4288, 2848) << 200.0 << QPointF(1011.3, 2203.7);
        QTest::newRow("2000x1600") << QSize(2000, 1600) << 150.0 << QPointF(777.7, 555.5);
    }

    void aReducedViewLiesWhereItsCropsMasksDo()
    {
        // A large image's view is taken from its reduced copy, and its clicks and masks from the
        // crop: the two must be the same part of the image, or the answer lands off the lesion
        // (the copy's part truncated to whole pixels put it up to half a pixel of the view off).
        QFETCH(QSize, size);
        QFETCH(double, radius);
        QFETCH(QPointF, centre);
        const cv::Size imageSize(size.width(), size.height());
        const double reduction = std::max(size.width(), size.height()) / 1024.0;
        const cv::Size reducedSize(int(std::lround(size.width() / reduction)), int(std::lround(size.height() / reduction)));
        const int shift = 4;
        cv::Mat lesion = cv::Mat::zeros(imageSize, CV_8UC1);
        cv::circle(lesion, cv::Point(int(std::lround(centre.x() * (1 << shift))), int(std::lround(centre.y() * (1 << shift)))),
                   int(std::lround(radius * (1 << shift))), cv::Scalar(255), cv::FILLED, cv::LINE_8, shift);
        cv::Mat reduced;
        cv::resize(lesion, reduced, reducedSize, 0, 0, cv::INTER_AREA);
        const cv::Rect crop = clickCrop(imageSize, cv::boundingRect(lesion), {});
        QVERIFY(crop.width >= 128 * reduction);  // a view the corrector takes from the copy

        cv::Rect part;
        const cv::Rect snapped = snapToReduced(crop, imageSize, reducedSize, &part);
        QCOMPARE(snapped & crop, crop);  // it holds the crop, grown by less than a pixel of the copy
        QVERIFY(snapped.width - crop.width < 2 * reduction + 1 && snapped.height - crop.height < 2 * reduction + 1);
        QCOMPARE(part & cv::Rect(cv::Point(), reducedSize), part);
        cv::Mat view;
        cv::resize(reduced(part), view, cv::Size(128, 128), 0, 0, cv::INTER_AREA);
        const cv::Mat mask = resizeMask(lesion(snapped), cv::Size(128, 128));
        const auto centroid = [](const cv::Mat &m) {
            const cv::Moments mo = cv::moments(m);
            return cv::Point2d(mo.m10 / mo.m00, mo.m01 / mo.m00);
        };
        const cv::Point2d off = centroid(view) - centroid(mask);
        // The code before, which truncated the copy's part, was 0.45-0.77 pixel of the view off on
        // these rows.
        QVERIFY2(std::hypot(off.x, off.y) < 0.15, qPrintable(QStringLiteral("%1, %2").arg(off.x).arg(off.y)));
    }
};

QTEST_GUILESS_MAIN(TestClickInput)
#include "tst_clickinput.moc"
