#include "core/image/imageheader.h"

#include "testimages.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace dermask::core;
using namespace testimages;

Q_DECLARE_METATYPE(ImageHeader::Format)

namespace {

cv::Mat grey(int w, int h, int depth = CV_8U)
{
    return cv::Mat(h, w, CV_MAKETYPE(depth, 1), cv::Scalar(depth == CV_16U ? 40000 : 100));
}

cv::Mat colour(int w, int h, int depth = CV_8U)
{
    return cv::Mat(h, w, CV_MAKETYPE(depth, 3), cv::Scalar(10, 20, 30));
}

QByteArray palettePng(int w, int h)
{
    QImage img(w, h, QImage::Format_Indexed8);
    img.setColorTable({qRgb(0, 0, 0), qRgb(40, 0, 0)});
    img.fill(1);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestImageHeader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsHeader_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ImageHeader::Format>("format");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("bitDepth");
        QTest::addColumn<int>("channels");
        QTest::addColumn<bool>("palette");
        QTest::addColumn<bool>("topDown");
        using F = ImageHeader::Format;

        QTest::newRow("png grey 8") << "a.png" << encode(".png", grey(37, 21)) << F::Png << 37 << 21 << 8 << 1 << false << false;
        QTest::newRow("png grey 16") << "b.png" << encode(".png", grey(5, 300, CV_16U)) << F::Png << 5 << 300 << 16 << 1 << false << false;
        QTest::newRow("png rgb 8") << "c.png" << encode(".png", colour(640, 480)) << F::Png << 640 << 480 << 8 << 3 << false << false;
        QTest::newRow("png rgb 16") << "d.png" << encode(".png", colour(3, 2, CV_16U)) << F::Png << 3 << 2 << 16 << 3 << false << false;
        QTest::newRow("png rgba") << "e.png" << encode(".png", cv::Mat(4, 7, CV_8UC4, cv::Scalar::all(9))) << F::Png << 7 << 4 << 8 << 4 << false << false;
        QTest::newRow("png palette") << "f.png" << palettePng(13, 11) << F::Png << 13 << 11 << 8 << 3 << true << false;
        QTest::newRow("bmp 24 bottom-up") << "g.bmp" << encode(".bmp", colour(33, 17)) << F::Bmp << 33 << 17 << 8 << 3 << false << false;
        QTest::newRow("bmp 24 top-down") << "h.bmp" << bmp24TopDown(colour(9, 5)) << F::Bmp << 9 << 5 << 8 << 3 << false << true;
        QTest::newRow("bmp 8 palette") << "i.bmp" << encode(".bmp", grey(31, 7)) << F::Bmp << 31 << 7 << 8 << 3 << true << false;
        QTest::newRow("bmp 1 bit") << "j.bmp" << bmp1Bit(grey(70, 3)) << F::Bmp << 70 << 3 << 1 << 3 << true << false;
        QTest::newRow("jpeg colour") << "k.jpg" << encode(".jpg", colour(600, 450)) << F::Jpeg << 600 << 450 << 8 << 3 << false << false;
        QTest::newRow("jpeg grey") << "l.jpeg" << encode(".jpg", grey(17, 9)) << F::Jpeg << 17 << 9 << 8 << 1 << false << false;
        QTest::newRow("jpeg progressive") << "m.jpg" << encode(".jpg", colour(50, 60), {cv::IMWRITE_JPEG_PROGRESSIVE, 1}) << F::Jpeg << 50 << 60 << 8 << 3 << false << false;
        // A 60 KB APP1 segment before the frame header: the walk must seek past it.
        QTest::newRow("jpeg big exif") << "n.jpg" << withBigAppSegment(encode(".jpg", colour(123, 45)), 60000) << F::Jpeg << 123 << 45 << 8 << 3 << false << false;
        QTest::newRow("tiff rgb 8") << "o.tif" << encode(".tif", colour(19, 23)) << F::Tiff << 19 << 23 << 8 << 3 << false << false;
        QTest::newRow("tiff grey 16") << "p.tiff" << encode(".tiff", grey(301, 2, CV_16U)) << F::Tiff << 301 << 2 << 16 << 1 << false << false;
        QTest::newRow("tiff MM palette") << "q.tif" << tiffBigEndianPaletteHeader(1000, 70000) << F::Tiff << 1000 << 70000 << 4 << 3 << true << false;
        // The magic bytes decide, not the extension.
        QTest::newRow("png named jpg") << "r.JPG" << encode(".png", grey(8, 8)) << F::Png << 8 << 8 << 8 << 1 << false << false;
        QTest::newRow("jpeg named bmp") << "s.bmp" << encode(".jpg", grey(8, 16)) << F::Jpeg << 8 << 16 << 8 << 1 << false << false;
    }
    void readsHeader()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QVERIFY(!bytes.isEmpty());
        const QString path = m_dir.filePath(fileName);
        QVERIFY(writeBytes(path, bytes));

        ImageHeader h;
        QString error;
        QVERIFY2(readImageHeader(path, &h, &error), qPrintable(error));
        QTEST(h.format, "format");
        QTEST(h.width, "width");
        QTEST(h.height, "height");
        QTEST(h.bitDepth, "bitDepth");
        QTEST(h.channels, "channels");
        QTEST(h.palette, "palette");
        QTEST(h.topDown, "topDown");
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray png = encode(".png", grey(4, 4));
        const QByteArray jpg = encode(".jpg", grey(4, 4));
        QTest::newRow("text as png") << "notes.png" << QByteArray("just some text\n") << "unknown format";
        QTest::newRow("empty") << "empty.png" << QByteArray() << "empty file";
        QTest::newRow("png first 10 bytes") << "cut.png" << png.left(10) << "truncated header";
        QTest::newRow("png signature only") << "sig.png" << png.left(8) << "truncated header";
        QTest::newRow("jpeg first 5 bytes") << "cut.jpg" << jpg.left(5) << "truncated header";
        QTest::newRow("bmp first 20 bytes") << "cut.bmp" << encode(".bmp", grey(4, 4)).left(20) << "truncated header";
        QTest::newRow("png 0x0") << "zero.png" << withIhdrSize(png, 0, 0) << "invalid dimensions 0x0";
        QTest::newRow("bmp 0 wide") << "zero.bmp" << bmpHeader(0, 5, 24, {}, 0) << "invalid dimensions 0x5";
        // Found by fuzz_imageheader: a 64-bit offset at the end of the range overflowed.
        QTest::newRow("bigtiff directory at 2^63-1")
            << "far.tif" << QByteArray("II\x2b\0\x08\0\0\0\xff\xff\xff\xff\xff\xff\xff\x7f", 16)
            << "truncated header";
    }
    void refuses()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(fileName);
        QVERIFY(writeBytes(path, bytes));
        ImageHeader h;
        QString error;
        QVERIFY(!readImageHeader(path, &h, &error));
        QCOMPARE(error, reason);
        QCOMPARE(h.format, ImageHeader::Format::Unknown); // untouched on failure
    }

    void missingFileNamesTheCause()
    {
        ImageHeader h;
        QString error;
        QVERIFY(!readImageHeader(m_dir.filePath("does-not-exist.png"), &h, &error));
        QVERIFY2(error.startsWith("cannot open: "), qPrintable(error));
        QVERIFY2(!error.contains("does-not-exist"), qPrintable(error)); // reason only
    }

    void limits_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ordinary") << 6000 << 4000 << QString();
        // 20000 x 20000 is also exactly the 400 MP limit: the largest image accepted.
        QTest::newRow("side at limit") << 20000 << 20000 << QString();
        QTest::newRow("long strip") << 20000 << 1 << QString();
        QTest::newRow("too wide") << 30000 << 200 << "dimensions 30000x200 exceed the limit of 20000 px a side";
        QTest::newRow("too tall") << 10 << 20001 << "dimensions 10x20001 exceed the limit of 20000 px a side";
        QTest::newRow("zero") << 0 << 0 << "invalid dimensions 0x0";
    }
    void limits()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        ImageHeader h;
        h.width = width;
        h.height = height;
        QTEST(checkImageLimits(h), "reason");
    }

    void hostileHeaderIsReadButRefusedByLimits()
    {
        const QString path = m_dir.filePath("huge.png");
        QVERIFY(writeBytes(path, withIhdrSize(encode(".png", grey(4, 4)), 30000, 30000)));
        ImageHeader h;
        QString error;
        QVERIFY2(readImageHeader(path, &h, &error), qPrintable(error));
        QCOMPARE(h.width, 30000);
        QCOMPARE(h.height, 30000);
        QCOMPARE(checkImageLimits(h), "dimensions 30000x30000 exceed the limit of 20000 px a side");
    }

    void extensions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        for (const char *n : {"a.bmp", "a.png", "a.jpg", "a.jpeg", "a.tif", "a.tiff", "IMD002.BMP",
                              "x.JPeG", "/data/set.v2/ISIC_0000000.jpg", "C:\\x\\y.TIFF"})
            QTest::newRow(n) << QString(n) << true;
        for (const char *n : {"a.gif", "a.txt", "png", "a.png.bak", "a.", "", "/data/set.png/readme",
                              "a.jp", "a.tiffx"})
            QTest::newRow(*n ? n : "empty") << QString(n) << false;
    }
    void extensions()
    {
        QFETCH(QString, name);
        QTEST(hasImageExtension(name), "accepted");
    }

    void formatNames()
    {
        QCOMPARE(formatName(ImageHeader::Format::Bmp), "BMP");
        QCOMPARE(formatName(ImageHeader::Format::Png), "PNG");
        QCOMPARE(formatName(ImageHeader::Format::Jpeg), "JPEG");
        QCOMPARE(formatName(ImageHeader::Format::Tiff), "TIFF");
        QCOMPARE(formatName(ImageHeader::Format::Unknown), "unknown");
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImageHeader)
#include "tst_imageheader.moc"
