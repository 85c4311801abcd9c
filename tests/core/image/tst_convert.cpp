#include "core/image/convert.h"

#include <QTest>

#include <opencv2/core.hpp>

using namespace dermask::core;

namespace {

cv::Mat randomMat(int rows, int cols, int type)
{
    cv::Mat m(rows, cols, type);
    cv::RNG rng(uint64(rows * 1000 + cols * 10 + type));
    rng.fill(m, cv::RNG::UNIFORM, 0, 256);
    return m;
}

} // namespace

class TestConvert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QImage::Format>("format");
        // Odd widths: QImage pads rows to 4 bytes, a continuous Mat does not.
        for (int w : {1, 3, 5, 37, 641}) {
            const QByteArray suffix = " w" + QByteArray::number(w);
            QTest::newRow("8UC1" + suffix) << int(CV_8UC1) << w << 7 << QImage::Format_Grayscale8;
            QTest::newRow("8UC3" + suffix) << int(CV_8UC3) << w << 5 << QImage::Format_RGB888;
        }
        QTest::newRow("8UC4 w3") << int(CV_8UC4) << 3 << 4 << QImage::Format_RGBA8888;
        QTest::newRow("8UC4 w37") << int(CV_8UC4) << 37 << 9 << QImage::Format_RGBA8888;
    }
    void roundTrip()
    {
        QFETCH(int, type);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QImage::Format, format);
        const cv::Mat mat = randomMat(height, width, type);
        const QImage img = matToQImage(mat);
        QCOMPARE(img.format(), format);
        QCOMPARE(img.width(), width);
        QCOMPARE(img.height(), height);
        // Pixel values in QImage terms, channel order included (Mat RGB(A) = QImage RGB(A)).
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                const QRgb px = img.pixel(x, y);
                const uchar *m = mat.ptr(y) + x * mat.elemSize();
                if (type == CV_8UC1) {
                    QCOMPARE(qRed(px), int(m[0]));
                    QCOMPARE(qBlue(px), int(m[0]));
                } else {
                    QCOMPARE(qRed(px), int(m[0]));
                    QCOMPARE(qGreen(px), int(m[1]));
                    QCOMPARE(qBlue(px), int(m[2]));
                    if (type == CV_8UC4)
                        QCOMPARE(qAlpha(px), int(m[3]));
                }
            }
        }
        const cv::Mat back = qImageToMat(img);
        if (type == CV_8UC4) { // qImageToMat drops alpha: compare RGB
            QCOMPARE(back.type(), CV_8UC3);
            cv::Mat mixed(mat.size(), CV_8UC3);
            const int fromTo[] = {0, 0, 1, 1, 2, 2};
            cv::mixChannels(&mat, 1, &mixed, 1, fromTo, 3);
            QCOMPARE(cv::norm(back, mixed, cv::NORM_INF), 0.0);
        } else {
            QCOMPARE(back.type(), type);
            QCOMPARE(cv::norm(back, mat, cv::NORM_INF), 0.0);
        }
    }

    void roiWithItsOwnStep()
    {
        const cv::Mat big = randomMat(20, 30, CV_8UC3);
        const cv::Mat roi = big(cv::Rect(3, 2, 11, 9)); // step is 90 bytes, rows 33 wide
        QVERIFY(!roi.isContinuous());
        const QImage img = matToQImage(roi);
        QCOMPARE(img.size(), QSize(11, 9));
        const cv::Vec3b last = roi.at<cv::Vec3b>(8, 10);
        QCOMPARE(img.pixel(10, 8), qRgb(last[0], last[1], last[2]));
        QCOMPARE(cv::norm(qImageToMat(img), roi, cv::NORM_INF), 0.0);
    }

    void deepCopies()
    {
        cv::Mat mat(3, 5, CV_8UC3, cv::Scalar(10, 20, 30));
        const QImage img = matToQImage(mat);
        mat.setTo(cv::Scalar(99, 99, 99));
        QCOMPARE(img.pixel(2, 1), qRgb(10, 20, 30));

        QImage source(5, 3, QImage::Format_RGB888);
        source.fill(qRgb(1, 2, 3));
        const cv::Mat fromImage = qImageToMat(source);
        source.fill(qRgb(200, 200, 200));
        QCOMPARE(fromImage.at<cv::Vec3b>(1, 2), cv::Vec3b(1, 2, 3));

        QImage grey(7, 2, QImage::Format_Grayscale8);
        grey.fill(40);
        const cv::Mat fromGrey = qImageToMat(grey);
        grey.fill(0);
        QCOMPARE(fromGrey.at<uchar>(1, 6), uchar(40));
    }

    void otherQImageFormats_data()
    {
        QTest::addColumn<QImage::Format>("format");
        QTest::newRow("ARGB32") << QImage::Format_ARGB32;
        QTest::newRow("ARGB32 premultiplied") << QImage::Format_ARGB32_Premultiplied;
        QTest::newRow("RGB32") << QImage::Format_RGB32;
        QTest::newRow("RGBA8888") << QImage::Format_RGBA8888;
        QTest::newRow("RGB16") << QImage::Format_RGB16;
        QTest::newRow("Indexed8") << QImage::Format_Indexed8;
    }
    void otherQImageFormats()
    {
        QFETCH(QImage::Format, format);
        QImage img(9, 4, QImage::Format_RGB32);
        img.fill(qRgb(255, 0, 0));
        img.setPixel(8, 3, qRgb(0, 0, 255));
        img = img.convertToFormat(format);
        const cv::Mat mat = qImageToMat(img);
        QCOMPARE(mat.type(), CV_8UC3);
        QCOMPARE(mat.cols, 9);
        QCOMPARE(mat.rows, 4);
        QCOMPARE(mat.at<cv::Vec3b>(0, 0), cv::Vec3b(255, 0, 0));
        QCOMPARE(mat.at<cv::Vec3b>(3, 8), cv::Vec3b(0, 0, 255));
    }

    void unsupportedGiveNull()
    {
        QVERIFY(matToQImage(cv::Mat()).isNull());
        QVERIFY(matToQImage(cv::Mat(2, 2, CV_16UC1, cv::Scalar(1))).isNull());
        QVERIFY(matToQImage(cv::Mat(2, 2, CV_32FC3, cv::Scalar::all(1))).isNull());
        QVERIFY(matToQImage(cv::Mat(2, 2, CV_8UC2, cv::Scalar::all(1))).isNull());
        QVERIFY(qImageToMat(QImage()).empty());
    }
};

QTEST_GUILESS_MAIN(TestConvert)
#include "tst_convert.moc"
