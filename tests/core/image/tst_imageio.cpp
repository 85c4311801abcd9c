#include "core/image/imageio.h"

#include "testimages.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace dermask::core;
using namespace testimages;

namespace {

constexpr int kW = 37; // odd: BMP rows are padded, QImage rows aligned
constexpr int kH = 29;

/// The truth every mask encoding below must decode to: a rectangle and a lone pixel.
cv::Mat truthMask()
{
    cv::Mat m(kH, kW, CV_8UC1, cv::Scalar(0));
    cv::rectangle(m, cv::Rect(5, 4, 20, 15), cv::Scalar(255), cv::FILLED);
    m.at<uchar>(25, 33) = 255;
    return m;
}

QByteArray toBytes(const cv::Mat &mask)
{
    const cv::Mat continuous = mask.clone();
    return QByteArray(reinterpret_cast<const char *>(continuous.data), int(continuous.total()));
}

/// Anti-aliased grey: border values on both sides of 128, and where they should end up.
void antiAliased(cv::Mat *raw, cv::Mat *expected)
{
    *raw = truthMask();
    *expected = truthMask();
    raw->at<uchar>(4, 5) = 128;   // lesion corner, exactly half range: lesion
    raw->at<uchar>(4, 6) = 200;
    raw->at<uchar>(3, 10) = 127;  // just outside: background
    expected->at<uchar>(3, 10) = 0;
    raw->at<uchar>(19, 10) = 60;
    raw->at<uchar>(10, 25) = 129; // just outside, above half: lesion
    expected->at<uchar>(10, 25) = 255;
}

QByteArray palettePng(const cv::Mat &mask, QRgb lesion)
{
    QImage img(mask.cols, mask.rows, QImage::Format_Indexed8);
    img.setColorTable({qRgb(0, 0, 0), lesion});
    for (int y = 0; y < mask.rows; ++y)
        for (int x = 0; x < mask.cols; ++x)
            img.scanLine(y)[x] = mask.at<uchar>(y, x) ? 1 : 0;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

cv::Mat solid(int w, int h, cv::Scalar bgr, int type = CV_8UC3)
{
    return cv::Mat(h, w, type, bgr);
}

} // namespace

class TestImageIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readMask_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expected"); // kW x kH, 0/255, row-major

        const cv::Mat truth = truthMask();
        const QByteArray t = toBytes(truth);
        cv::Mat aa, aaExpected;
        antiAliased(&aa, &aaExpected);

        QTest::newRow("png 8-bit 0/255") << "m1.png" << encode(".png", truth) << t;
        QTest::newRow("png anti-aliased") << "m2.png" << encode(".png", aa) << toBytes(aaExpected);
        // BMP stores grey only as a grey palette: still a grey mask, thresholded.
        QTest::newRow("bmp 8-bit grey anti-aliased") << "m3.bmp" << encode(".bmp", aa) << toBytes(aaExpected);

        cv::Mat sixteen;
        aa.convertTo(sixteen, CV_16U, 257);
        sixteen.at<quint16>(3, 10) = 32767; // background
        sixteen.at<quint16>(10, 25) = 32768; // lesion
        QTest::newRow("png 16-bit") << "m4.png" << encode(".png", sixteen) << toBytes(aaExpected);
        QTest::newRow("tiff 16-bit") << "m5.tif" << encode(".tif", sixteen) << toBytes(aaExpected);

        cv::Mat rgb;
        cv::cvtColor(truth, rgb, cv::COLOR_GRAY2BGR);
        QTest::newRow("png rgb white on black") << "m6.png" << encode(".png", rgb) << t;
        cv::Mat tinted = rgb.clone();
        tinted.setTo(cv::Scalar(0, 0, 200), truth); // red lesion: brightest channel counts
        tinted.at<cv::Vec3b>(0, 0) = cv::Vec3b(100, 100, 100); // dim grey: background
        QTest::newRow("png rgb red on black") << "m7.png" << encode(".png", tinted) << t;

        QTest::newRow("png palette dark index 1") << "m8.png" << palettePng(truth, qRgb(40, 0, 0)) << t;
        QTest::newRow("bmp 1-bit") << "m9.bmp" << bmp1Bit(truth) << t;
        QTest::newRow("bmp 24-bit top-down") << "m10.bmp" << bmp24TopDown(rgb) << t;
        QTest::newRow("bmp 24-bit bottom-up") << "m11.bmp" << encode(".bmp", rgb) << t;
        QTest::newRow("tiff 8-bit") << "m12.tiff" << encode(".tiff", truth) << t;

        // 0/1 label masks: thresholding at 128 would leave them empty.
        QTest::newRow("png 0/1 labels") << "m13.png" << encode(".png", truth / 255) << t;

        cv::Mat inkOnly(kH, kW, CV_8UC4, cv::Scalar(0, 0, 0, 0)); // black ink, shape in alpha
        inkOnly.setTo(cv::Scalar(0, 0, 0, 255), truth);
        QTest::newRow("png alpha-only") << "m14.png" << encode(".png", inkOnly) << t;
        cv::Mat opaque;
        cv::cvtColor(rgb, opaque, cv::COLOR_BGR2BGRA); // alpha 255 everywhere: ignored
        QTest::newRow("png rgba opaque") << "m15.png" << encode(".png", opaque) << t;
        cv::Mat halfTransparent = opaque.clone();
        halfTransparent.setTo(cv::Scalar(0, 0, 0, 10), ~truth); // alpha varies, colour decides
        QTest::newRow("png rgba colour decides") << "m16.png" << encode(".png", halfTransparent) << t;
    }
    void readMask()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expected);
        QVERIFY(!bytes.isEmpty());
        const QString path = m_dir.filePath(fileName);
        QVERIFY(writeBytes(path, bytes));

        QString error;
        const cv::Mat mask = dermask::core::readMask(path, &error, cv::Size(kW, kH));
        QVERIFY2(!mask.empty(), qPrintable(error));
        QCOMPARE(mask.type(), CV_8UC1);
        QCOMPARE(mask.cols, kW);
        QCOMPARE(mask.rows, kH);
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x)
                QVERIFY2(mask.at<uchar>(y, x) == uchar(expected.at(y * kW + x)),
                         qPrintable(QStringLiteral("pixel (%1,%2) is %3").arg(x).arg(y).arg(mask.at<uchar>(y, x))));
    }

    void jpegMaskWithCompressionNoise()
    {
        cv::Mat truth(240, 320, CV_8UC1, cv::Scalar(0));
        cv::ellipse(truth, {160, 120}, {90, 60}, 20, 0, 360, cv::Scalar(255), cv::FILLED);
        const QString path = m_dir.filePath("noisy_segmentation.jpg");
        QVERIFY(writeBytes(path, encode(".jpg", truth, {cv::IMWRITE_JPEG_QUALITY, 40})));
        // The file really is noisy: values other than 0 and 255 on both sides of the border.
        const cv::Mat raw = cv::imread(path.toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(raw.size(), truth.size());
        cv::Mat lowNoise;
        cv::inRange(raw, 1, 40, lowNoise);
        QVERIFY(cv::countNonZero(lowNoise) > 100);

        QString error;
        const cv::Mat mask = dermask::core::readMask(path, &error);
        QVERIFY2(!mask.empty(), qPrintable(error));
        cv::Mat diff;
        cv::compare(mask, truth, diff, cv::CMP_NE);
        // Only pixels on the border may flip ("any non-zero" would flood the background).
        QVERIFY2(cv::countNonZero(diff) < 150, qPrintable(QString::number(cv::countNonZero(diff))));
        QCOMPARE(mask.at<uchar>(120, 160), uchar(255));
        QCOMPARE(mask.at<uchar>(5, 5), uchar(0));
        QCOMPARE(mask.at<uchar>(230, 310), uchar(0));
    }

    void wrongSizeRefused()
    {
        const QString path = m_dir.filePath("IMD003_lesion.bmp");
        QVERIFY(writeBytes(path, encode(".bmp", truthMask())));
        QString error;
        const cv::Mat mask = dermask::core::readMask(path, &error, cv::Size(40, 30));
        QVERIFY(mask.empty());
        QCOMPARE(error, QStringLiteral("%1: mask is 37x29 but its image is 40x30").arg(QDir::toNativeSeparators(path)));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");

        cv::Mat photo(120, 160, CV_8UC3);
        cv::randu(photo, 0, 256);
        const QByteArray jpg = encode(".jpg", photo);
        const QByteArray png = encode(".png", photo);
        const QByteArray bmp = encode(".bmp", photo);
        QTest::newRow("jpeg cut in half") << "cut.jpg" << jpg.left(jpg.size() / 2) << "truncated file";
        QTest::newRow("jpeg without EOI") << "noeoi.jpg" << jpg.left(jpg.size() - 2) << "truncated file";
        QTest::newRow("png cut in half") << "cut.png" << png.left(png.size() / 2) << "truncated file";
        QTest::newRow("png without IEND") << "noiend.png" << png.left(png.size() - 12) << "truncated file";
        QTest::newRow("bmp cut") << "cut.bmp" << bmp.left(bmp.size() - 100) << "truncated file";
        QByteArray corrupt = png;
        for (int i = 100; i < corrupt.size() - 100; i += 7)
            corrupt[i] = char(corrupt[i] ^ 0x5a);
        QTest::newRow("png corrupt bytes") << "corrupt.png" << corrupt << "cannot decode PNG data (corrupt or unsupported)";
        QTest::newRow("text") << "notes.png" << QByteArray("hello") << "unknown format";
        QTest::newRow("empty") << "empty.jpg" << QByteArray() << "empty file";
        // 30000 x 30000 would need 900 MB (2.7 GB in colour): refused from the header alone.
        QTest::newRow("oversized header") << "huge.png" << withIhdrSize(encode(".png", cv::Mat(4, 4, CV_8UC1, cv::Scalar(0))), 30000, 30000)
                                          << "dimensions 30000x30000 exceed the limit of 20000 px a side";
    }
    void refusals()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(fileName);
        QVERIFY(writeBytes(path, bytes));
        const QString expected = QDir::toNativeSeparators(path) + QStringLiteral(": ") + reason;
        QString error;
        QVERIFY(dermask::core::readImageRgb(path, &error).empty());
        QCOMPARE(error, expected);
        error.clear();
        QVERIFY(dermask::core::readMask(path, &error).empty());
        QCOMPARE(error, expected);
    }

    void readImageRgb_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("g");
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("tolerance");
        const cv::Mat red = solid(31, 17, cv::Scalar(0, 0, 255)); // BGR, as OpenCV writes
        QTest::newRow("png red") << "red.png" << encode(".png", red) << 255 << 0 << 0 << 0;
        QTest::newRow("bmp red") << "red.bmp" << encode(".bmp", red) << 255 << 0 << 0 << 0;
        QTest::newRow("bmp red top-down") << "redtd.bmp" << bmp24TopDown(red) << 255 << 0 << 0 << 0;
        QTest::newRow("jpeg red") << "red.jpg" << encode(".jpg", red, {cv::IMWRITE_JPEG_QUALITY, 95}) << 255 << 0 << 0 << 3;
        QTest::newRow("tiff red") << "red.tif" << encode(".tif", red) << 255 << 0 << 0 << 0;
        QTest::newRow("png blue") << "blue.png" << encode(".png", solid(8, 8, cv::Scalar(255, 0, 0))) << 0 << 0 << 255 << 0;
        QTest::newRow("png grey") << "grey.png" << encode(".png", solid(9, 5, cv::Scalar(100), CV_8UC1)) << 100 << 100 << 100 << 0;
        QTest::newRow("jpeg grey") << "grey.jpg" << encode(".jpg", solid(9, 5, cv::Scalar(100), CV_8UC1)) << 100 << 100 << 100 << 2;
        QTest::newRow("png 16-bit grey") << "g16.png" << encode(".png", solid(6, 6, cv::Scalar(51400), CV_16UC1)) << 200 << 200 << 200 << 0;
        QTest::newRow("png 16-bit red") << "r16.png" << encode(".png", solid(6, 6, cv::Scalar(0, 0, 65535), CV_16UC3)) << 255 << 0 << 0 << 0;
        QTest::newRow("tiff 16-bit red") << "r16.tif" << encode(".tif", solid(6, 6, cv::Scalar(0, 0, 65535), CV_16UC3)) << 255 << 0 << 0 << 0;
        QTest::newRow("png rgba red") << "rgba.png" << encode(".png", solid(6, 6, cv::Scalar(0, 0, 255, 128), CV_8UC4)) << 255 << 0 << 0 << 0;
        QTest::newRow("png palette red") << "pal.png" << palettePng(cv::Mat(5, 5, CV_8UC1, cv::Scalar(1)), qRgb(255, 0, 0)) << 255 << 0 << 0 << 0;
    }
    void readImageRgb()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(int, r);
        QFETCH(int, g);
        QFETCH(int, b);
        QFETCH(int, tolerance);
        const QString path = m_dir.filePath(fileName);
        QVERIFY(writeBytes(path, bytes));
        QString error;
        const cv::Mat img = dermask::core::readImageRgb(path, &error);
        QVERIFY2(!img.empty(), qPrintable(error));
        QCOMPARE(img.type(), CV_8UC3);
        for (const cv::Point p : {cv::Point(0, 0), cv::Point(img.cols - 1, img.rows - 1), cv::Point(img.cols / 2, img.rows / 2)}) {
            const cv::Vec3b px = img.at<cv::Vec3b>(p);
            QVERIFY2(std::abs(px[0] - r) <= tolerance && std::abs(px[1] - g) <= tolerance && std::abs(px[2] - b) <= tolerance,
                     qPrintable(QStringLiteral("(%1,%2,%3)").arg(px[0]).arg(px[1]).arg(px[2])));
        }
    }

    // A reduced read is the picture a full read averaged down gives: the right size (rounded
    // up, as libjpeg scales), the right colours (RGB, not BGR), the same detail within JPEG's
    // noise. A JPEG takes libjpeg's DCT scaling, the others a full decode averaged down.
    void reducedRead_data()
    {
        QTest::addColumn<QString>("ext");
        QTest::addColumn<int>("reduction");
        QTest::addColumn<double>("tolerance");
        for (int reduction : {2, 4, 8}) {
            QTest::addRow("jpeg 1/%d", reduction) << ".jpg" << reduction << 3.0;
            QTest::addRow("png 1/%d", reduction) << ".png" << reduction << 0.5;
        }
        QTest::addRow("tiff 1/4") << ".tif" << 4 << 0.5;
    }
    void reducedRead()
    {
        QFETCH(QString, ext);
        QFETCH(int, reduction);
        QFETCH(double, tolerance);
        // Odd sides (1003 / 8 is not whole), a gradient, a dark blob and a red corner.
        cv::Mat bgr(757, 1003, CV_8UC3);
        for (int y = 0; y < bgr.rows; ++y)
            for (int x = 0; x < bgr.cols; ++x)
                bgr.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(120 + y / 10), uchar(140 + x / 20), uchar(200));
        cv::ellipse(bgr, cv::Point(480, 350), cv::Size(220, 160), 20, 0, 360, cv::Scalar(50, 60, 90), cv::FILLED);
        bgr(cv::Rect(0, 0, 200, 150)).setTo(cv::Scalar(0, 0, 255));
        const QString path = m_dir.filePath(QStringLiteral("photo%1%2").arg(reduction).arg(ext));
        QVERIFY(writeBytes(path, encode(ext.toLatin1().constData(), bgr, {cv::IMWRITE_JPEG_QUALITY, 95})));
        QString error;
        const cv::Mat full = dermask::core::readImageRgb(path, &error);
        QVERIFY2(!full.empty(), qPrintable(error));
        const cv::Mat reduced = dermask::core::readImageRgb(path, &error, reduction);
        QVERIFY2(!reduced.empty(), qPrintable(error));
        const cv::Size expected((1003 + reduction - 1) / reduction, (757 + reduction - 1) / reduction);
        QCOMPARE(dermask::core::reducedSize(full.size(), reduction), expected);
        QCOMPARE(reduced.size(), expected);
        QCOMPARE(reduced.type(), CV_8UC3);
        cv::Mat resized;
        cv::resize(full, resized, expected, 0, 0, cv::INTER_AREA);
        cv::Mat diff;
        cv::absdiff(reduced, resized, diff);
        const cv::Scalar mean = cv::mean(diff);
        const double meanDiff = (mean[0] + mean[1] + mean[2]) / 3.0;
        QVERIFY2(meanDiff < tolerance, qPrintable(QString::number(meanDiff)));
        const cv::Vec3b corner = reduced.at<cv::Vec3b>(2, 2);  // RGB order
        QVERIFY2(corner[0] > 240 && corner[1] < 15 && corner[2] < 15,
                 qPrintable(QStringLiteral("(%1,%2,%3)").arg(corner[0]).arg(corner[1]).arg(corner[2])));
    }

    void reductionRule()
    {
        using dermask::core::reductionFor;
        QCOMPARE(reductionFor(cv::Size(6000, 4000), 1400), 4);   // 1500x1000
        QCOMPARE(reductionFor(cv::Size(4000, 6000), 1400), 4);
        QCOMPARE(reductionFor(cv::Size(3000, 2000), 1400), 2);
        QCOMPARE(reductionFor(cv::Size(2700, 1800), 1400), 1);
        QCOMPARE(reductionFor(cv::Size(768, 560), 1400), 1);
        QCOMPARE(reductionFor(cv::Size(20000, 100), 1400), 8);   // never past 1/8
        QCOMPARE(dermask::core::reducedSize(cv::Size(6000, 4000), 1), cv::Size(6000, 4000));
    }

    void unicodePath()
    {
        const QString path = m_dir.filePath(QStringLiteral("mélanome_病变_ñ.png"));
        QVERIFY(writeBytes(path, encode(".png", truthMask())));
        QString error;
        const cv::Mat mask = dermask::core::readMask(path, &error, cv::Size(kW, kH));
        QVERIFY2(!mask.empty(), qPrintable(error));
        QCOMPARE(cv::countNonZero(mask), 20 * 15 + 1);
        QVERIFY2(!dermask::core::readImageRgb(path, &error).empty(), qPrintable(error));
    }

    void missingFile()
    {
        const QString path = m_dir.filePath("nope.png");
        QString error;
        QVERIFY(dermask::core::readImageRgb(path, &error).empty());
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + ": cannot open: "), qPrintable(error));
    }

    void binarize_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("below");
        QTest::addColumn<double>("atHalf");
        QTest::addColumn<bool>("anyNonZero");
        QTest::addColumn<int>("expectedBelow");
        QTest::addColumn<int>("expectedAtHalf");
        QTest::newRow("8u threshold") << int(CV_8UC1) << 127.0 << 128.0 << false << 0 << 255;
        QTest::newRow("8u any") << int(CV_8UC1) << 1.0 << 128.0 << true << 255 << 255;
        QTest::newRow("16u threshold") << int(CV_16UC1) << 32767.0 << 32768.0 << false << 0 << 255;
        QTest::newRow("16u any") << int(CV_16UC1) << 1.0 << 0.0 << true << 255 << 0;
        QTest::newRow("8uc3 brightest") << int(CV_8UC3) << 127.0 << 128.0 << false << 0 << 255;
        QTest::newRow("32f") << int(CV_32FC1) << 0.49 << 0.5 << false << 0 << 255;
    }
    void binarize()
    {
        QFETCH(int, type);
        QFETCH(double, below);
        QFETCH(double, atHalf);
        QFETCH(bool, anyNonZero);
        // Colour: the value sits in the last channel only (the brightest channel decides).
        cv::Scalar b = cv::Scalar::all(0), h = cv::Scalar::all(0);
        b[CV_MAT_CN(type) - 1] = below;
        h[CV_MAT_CN(type) - 1] = atHalf;
        cv::Mat raw;
        cv::hconcat(cv::Mat(1, 1, type, b), cv::Mat(1, 1, type, h), raw);
        const cv::Mat mask = binarizeMask(raw, anyNonZero);
        QCOMPARE(mask.type(), CV_8UC1);
        QTEST(int(mask.at<uchar>(0, 0)), "expectedBelow");
        QTEST(int(mask.at<uchar>(0, 1)), "expectedAtHalf");
    }

    void writePngRoundTrip()
    {
        cv::Mat rgb(7, 11, CV_8UC3, cv::Scalar(255, 0, 0)); // RGB red
        rgb.at<cv::Vec3b>(3, 4) = cv::Vec3b(1, 2, 3);
        const QString path = m_dir.filePath("out/sub/red.png");
        QString error;
        const cv::Mat before = rgb.clone();
        QVERIFY2(writePng(path, rgb, &error), qPrintable(error));
        QCOMPARE(cv::norm(rgb, before, cv::NORM_INF), 0.0); // the caller's image is untouched
        // On disk it is red for any reader, not blue.
        const QImage q(path);
        QCOMPARE(q.pixel(0, 0), qRgb(255, 0, 0));
        QCOMPARE(q.pixel(4, 3), qRgb(1, 2, 3));
        const cv::Mat back = dermask::core::readImageRgb(path, &error);
        QVERIFY2(!back.empty(), qPrintable(error));
        QCOMPARE(cv::norm(back, rgb, cv::NORM_INF), 0.0);

        const cv::Mat mask = truthMask();
        const QString maskPath = m_dir.filePath("out/mask.png");
        QVERIFY2(writePng(maskPath, mask, &error), qPrintable(error));
        const cv::Mat maskBack = dermask::core::readMask(maskPath, &error, mask.size());
        QVERIFY2(!maskBack.empty(), qPrintable(error));
        QCOMPARE(cv::norm(maskBack, mask, cv::NORM_INF), 0.0);
    }

    void writePngRefusals()
    {
        QString error;
        QVERIFY(!writePng(m_dir.filePath("f.png"), cv::Mat(2, 2, CV_32FC1, cv::Scalar(0)), &error));
        QVERIFY2(error.contains("f.png"), qPrintable(error));
        QVERIFY(!writePng(m_dir.filePath("e.png"), cv::Mat(), &error));
        QVERIFY(!QFile::exists(m_dir.filePath("f.png")));
        QVERIFY(writeBytes(m_dir.filePath("blocker"), "x"));
        QVERIFY(!writePng(m_dir.filePath("blocker/m.png"), truthMask(), &error));
        QVERIFY2(error.contains("m.png"), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImageIo)
#include "tst_imageio.moc"
