// core/image/codecs.h: PNG decoded by pngdecode.h and written by Qt gives exactly what
// OpenCV's codecs give, and every kind the fast decoder leaves alone still decodes as OpenCV
// does.

#include "core/image/codecs.h"
#include "core/image/pngdecode.h"
#include "testimages.h"

#include <QBuffer>
#include <QImage>
#include <QTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace dermask::core;

Q_DECLARE_METATYPE(cv::Mat)

namespace {

cv::Mat randomMat(int type, int seed)
{
    cv::Mat m(37, 53, type);  // odd sizes: row padding differs between Qt and OpenCV
    cv::RNG rng(seed);
    rng.fill(m, cv::RNG::UNIFORM, 0, CV_MAT_DEPTH(type) == CV_16U ? 65536 : 256);
    return m;
}

QByteArray opencvPng(const cv::Mat &m)
{
    std::vector<uchar> bytes;
    cv::imencode(".png", m, bytes);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), int(bytes.size()));
}

QByteArray qtPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage palette()
{
    QImage image(29, 17, QImage::Format_Indexed8);
    image.setColorTable({qRgb(0, 0, 0), qRgb(200, 30, 10), qRgb(10, 250, 99)});
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, uint((x * 7 + y) % 3));
    return image;
}

bool identical(const cv::Mat &a, const cv::Mat &b)
{
    return a.type() == b.type() && a.size() == b.size()
        && (a.empty() || cv::norm(a.reshape(1), b.reshape(1), cv::NORM_INF) == 0);
}

} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAsOpenCV_data()
    {
        QTest::addColumn<QByteArray>("png");
        QTest::addColumn<int>("flags");
        QTest::addColumn<bool>("plain");  // taken by the fast decoder
        using testimages::pngWithEveryFilter;
        const int unchanged = cv::IMREAD_UNCHANGED, grey = cv::IMREAD_GRAYSCALE | cv::IMREAD_ANYDEPTH;
        QTest::newRow("grey 8-bit") << opencvPng(randomMat(CV_8UC1, 1)) << unchanged << true;
        QTest::newRow("grey 8-bit as grey") << opencvPng(randomMat(CV_8UC1, 2)) << grey << true;
        QTest::newRow("grey 16-bit") << opencvPng(randomMat(CV_16UC1, 3)) << unchanged << true;
        QTest::newRow("grey 16-bit as grey") << opencvPng(randomMat(CV_16UC1, 4)) << grey << true;
        QTest::newRow("RGB") << opencvPng(randomMat(CV_8UC3, 5)) << unchanged << true;
        QTest::newRow("RGB as grey") << opencvPng(randomMat(CV_8UC3, 6)) << grey << false;
        QTest::newRow("RGBA") << opencvPng(randomMat(CV_8UC4, 7)) << unchanged << true;
        QTest::newRow("RGB 16-bit") << opencvPng(randomMat(CV_16UC3, 8)) << unchanged << false;
        QTest::newRow("palette") << qtPng(palette()) << unchanged << false;
        QTest::newRow("1-bit") << qtPng(palette().convertToFormat(QImage::Format_Mono)) << unchanged << false;
        QTest::newRow("not a PNG") << QByteArray("\x89PNG\r\n\x1a\n garbage") << unchanged << false;
        // Every row filter, for each kind the fast decoder takes.
        QTest::newRow("every filter, grey") << pngWithEveryFilter(randomMat(CV_8UC1, 9)) << unchanged << true;
        QTest::newRow("every filter, grey 16-bit")
            << pngWithEveryFilter(randomMat(CV_16UC1, 10)) << grey << true;
        QTest::newRow("every filter, RGB") << pngWithEveryFilter(randomMat(CV_8UC3, 11)) << unchanged << true;
        const cv::Mat fewLevels = randomMat(CV_8UC1, 15) / 64;  // 0-3: ties in the Paeth predictor
        QTest::newRow("every filter, few levels") << pngWithEveryFilter(fewLevels) << unchanged << true;
        QTest::newRow("every filter, narrow")
            << pngWithEveryFilter(randomMat(CV_8UC1, 16).colRange(0, 9).clone()) << unchanged << true;
        QTest::newRow("every filter, RGBA") << pngWithEveryFilter(randomMat(CV_8UC4, 12)) << unchanged << true;
        // What it must leave to OpenCV: transparency, damage.
        QByteArray transparent;
        testimages::putBe16(transparent, 7);
        QTest::newRow("grey with tRNS")
            << pngWithEveryFilter(randomMat(CV_8UC1, 13), testimages::pngChunk("tRNS", transparent))
            << unchanged << false;
        const QByteArray whole = pngWithEveryFilter(randomMat(CV_8UC1, 14));
        QTest::newRow("truncated") << whole.left(whole.size() - 30) << unchanged << false;
        QByteArray badCrc = whole;
        badCrc[46] = char(badCrc[46] ^ 0x55);  // inside the first IDAT's data
        QTest::newRow("corrupt IDAT") << badCrc << unchanged << false;
    }

    void decodesAsOpenCV()
    {
        QFETCH(QByteArray, png);
        QFETCH(int, flags);
        QFETCH(bool, plain);
        const auto *bytes = reinterpret_cast<const unsigned char *>(png.constData());
        QCOMPARE(!decodePlainPng(bytes, size_t(png.size()), flags).empty(), plain);
        QString error;
        const cv::Mat ours = decodeImage(png.constData(), size_t(png.size()), flags, &error);
        const cv::Mat theirs =
            cv::imdecode(cv::Mat(1, int(png.size()), CV_8UC1, const_cast<char *>(png.constData())), flags);
        QVERIFY2(identical(ours, theirs), qPrintable(QStringLiteral("type %1 vs %2, %3x%4 vs %5x%6")
                                                         .arg(ours.type())
                                                         .arg(theirs.type())
                                                         .arg(ours.cols)
                                                         .arg(ours.rows)
                                                         .arg(theirs.cols)
                                                         .arg(theirs.rows)));
    }

    void writesWhatOpenCVReads_data()
    {
        QTest::addColumn<cv::Mat>("image");
        QTest::newRow("mask") << randomMat(CV_8UC1, 11);
        QTest::newRow("BGR") << randomMat(CV_8UC3, 12);
        QTest::newRow("BGRA") << randomMat(CV_8UC4, 13);
        QTest::newRow("16-bit") << randomMat(CV_16UC1, 14);
        QTest::newRow("a view into a wider image") << cv::Mat(randomMat(CV_8UC3, 15), cv::Rect(3, 2, 20, 30));
    }

    void writesJpegAsOpenCVWould()
    {
        cv::Mat bgr(120, 160, CV_8UC3);
        cv::RNG(21).fill(bgr, cv::RNG::UNIFORM, 60, 200);
        cv::GaussianBlur(bgr, bgr, cv::Size(9, 9), 3);  // photo-like: JPEG's loss stays small
        std::vector<uchar> ours, theirs;
        QString error;
        QVERIFY2(encodeImage(".jpg", bgr, &ours, &error, {cv::IMWRITE_JPEG_QUALITY, 95}), qPrintable(error));
        QVERIFY(cv::imencode(".jpg", bgr, theirs, {cv::IMWRITE_JPEG_QUALITY, 95}));
        const cv::Mat a = cv::imdecode(ours, cv::IMREAD_UNCHANGED),
                      b = cv::imdecode(theirs, cv::IMREAD_UNCHANGED);
        QCOMPARE(a.type(), CV_8UC3);
        QCOMPARE(a.size(), bgr.size());
        // Same library, same quality: the decoded pixels agree with OpenCV's file and the source.
        QVERIFY2(cv::norm(a, b, cv::NORM_L1) / double(a.total() * 3) < 0.5, "not OpenCV's JPEG");
        QVERIFY(cv::norm(a, bgr, cv::NORM_L1) / double(a.total() * 3) < 2.0);
    }

    void writesWhatOpenCVReads()
    {
        QFETCH(cv::Mat, image);
        std::vector<uchar> png;
        QString error;
        QVERIFY2(encodeImage(".png", image, &png, &error), qPrintable(error));
        QVERIFY(identical(cv::imdecode(png, cv::IMREAD_UNCHANGED), image));
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
