#pragma once
// A dataset salted with every kind of bad input, generated on the spot (never copies of real
// data): good samples with awkward names beside zero-byte, truncated and garbage files of every
// image format, odd masks, absurd headers, a PNG with a huge declared chunk, a folder posing
// as an image, dangling and looping symlinks and an unreadable folder.
//
// Each file is listed with what must become of it: a good sample (browsed, edited, exported),
// a file the scan refuses (with a reason naming the problem), or a sample the scan keeps
// (its header is fine) whose pixels fail to decode when opened.

#include "tests/core/image/testimages.h"
#include "tests/support/uitestdata.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QString>
#include <QStringList>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace salted {

const cv::Size kSize(160, 120);
const cv::Rect kLesion(50, 35, 60, 45);

struct SaltedDataset
{
    QString root;
    QStringList good;                  ///< ids that open, show and export like any other
    QMap<QString, QString> refused;    ///< file (relative to root) -> words its reason has
    QStringList withoutMask;           ///< ids whose mask was refused: shown without one
    QStringList undecodable;           ///< ids the scan keeps whose image does not decode
};

inline QByteArray encoded(const char *ext, const cv::Mat &m)
{
    std::vector<uchar> bytes;
    cv::imencode(ext, m, bytes);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), int(bytes.size()));
}

/// A whole PNG header declaring @p width x @p height (8-bit RGB, CRCs right), then a data chunk
/// that declares @p chunkLength bytes and holds 64.
inline QByteArray pngHeader(quint32 width, quint32 height, quint32 chunkLength = 0)
{
    QByteArray ihdr;
    for (quint32 v : {width, height})
        ihdr += QByteArray(1, char(v >> 24)) + char(v >> 16) + char(v >> 8) + char(v);
    ihdr += QByteArray("\x08\x02\x00\x00\x00", 5);
    QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + testimages::pngChunk("IHDR", ihdr);
    if (chunkLength) {
        QByteArray idat = testimages::pngChunk("IDAT", QByteArray(64, '\x11'));
        idat[0] = char(chunkLength >> 24);
        idat[1] = char(chunkLength >> 16);
        idat[2] = char(chunkLength >> 8);
        idat[3] = char(chunkLength);
        png += idat;
    }
    return png;
}

inline SaltedDataset writeSaltedDataset(const QString &root)
{
    SaltedDataset d;
    d.root = root;
    QDir().mkpath(root + QStringLiteral("/images"));
    QDir().mkpath(root + QStringLiteral("/masks"));
    const cv::Mat rgb = uitest::skinImage(kSize, kLesion);
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    const cv::Mat mask = uitest::rectMask(kSize, kLesion);
    auto image = [&](const QString &name, const QByteArray &bytes) {
        uitest::writeBytes(root + QStringLiteral("/images/") + name, bytes);
    };
    auto maskFile = [&](const QString &name, const QByteArray &bytes) {
        uitest::writeBytes(root + QStringLiteral("/masks/") + name, bytes);
    };
    auto goodPair = [&](const QString &id, const char *ext, const QByteArray &maskBytes) {
        image(id + QLatin1String(ext), encoded(ext, bgr));
        maskFile(id + QStringLiteral(".png"), maskBytes);
        d.good << id;
    };

    // Good samples, names with spaces, Hebrew and other non-ASCII letters, and odd masks that
    // still say which pixels are lesion.
    goodPair(QStringLiteral("good png"), ".png", encoded(".png", mask));
    goodPair(QStringLiteral("good_jpeg"), ".jpg", encoded(".png", mask));
    goodPair(QStringLiteral("נבוס_עברית"), ".png", encoded(".png", mask));
    goodPair(QStringLiteral("naïve_ß_é"), ".bmp", encoded(".png", mask));
    goodPair(QStringLiteral("mask_all_skin"), ".png", encoded(".png", cv::Mat::zeros(kSize, CV_8UC1)));
    goodPair(QStringLiteral("mask_all_lesion"), ".png",
             encoded(".png", cv::Mat(kSize, CV_8UC1, cv::Scalar(255))));
    cv::Mat mask16;
    mask.convertTo(mask16, CV_16U, 257);
    goodPair(QStringLiteral("mask_16bit"), ".png", encoded(".png", mask16));
    cv::Mat maskRgb;
    cv::cvtColor(mask, maskRgb, cv::COLOR_GRAY2BGR);
    goodPair(QStringLiteral("mask_rgb"), ".png", encoded(".png", maskRgb));
    goodPair(QStringLiteral("tiff_image"), ".tif", encoded(".png", mask));
    QImage palette(kSize.width, kSize.height, QImage::Format_Indexed8);
    palette.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    for (int y = 0; y < kSize.height; ++y) {
        for (int x = 0; x < kSize.width; ++x)
            palette.setPixel(x, y, mask.at<uchar>(y, x) ? 1 : 0);
    }
    QByteArray paletteBytes;
    QBuffer buffer(&paletteBytes);
    buffer.open(QIODevice::WriteOnly);
    palette.save(&buffer, "PNG");
    goodPair(QStringLiteral("mask_palette"), ".png", paletteBytes);

    // Images the scan refuses: nothing in them, garbage, absurd or impossible headers.
    for (const char *ext : {".png", ".jpg", ".bmp", ".tif"}) {
        const QString zero = QStringLiteral("zero_bytes") + QLatin1String(ext);
        image(zero, QByteArray());
        d.refused.insert(QStringLiteral("images/") + zero, QStringLiteral("empty file"));
        const QString garbage = QStringLiteral("garbage") + QLatin1String(ext);
        image(garbage, QByteArray("this is not an image, only words and \x01\x02\x03 bytes", 47).repeated(20));
        d.refused.insert(QStringLiteral("images/") + garbage, QStringLiteral("unknown format"));
    }
    image(QStringLiteral("huge_header.png"), pngHeader(100000, 100000) + QByteArray(200, '\0'));
    d.refused.insert(QStringLiteral("images/huge_header.png"), QStringLiteral("100000"));
    // A folder named like an image, and links that lead nowhere or to themselves.
    QDir().mkpath(root + QStringLiteral("/images/folder.png"));
    QFile::link(root + QStringLiteral("/images/missing_target.png"),
                root + QStringLiteral("/images/dangling.png"));
    QFile::link(root + QStringLiteral("/images/loop.png"), root + QStringLiteral("/images/loop.png"));
    d.refused.insert(QStringLiteral("images/dangling.png"), QStringLiteral("missing_target.png"));
    d.refused.insert(QStringLiteral("images/loop.png"), QStringLiteral("leads back to itself"));
    // A folder nobody may read (root still can: then it is only empty).
    QDir().mkpath(root + QStringLiteral("/locked"));
    QFile::setPermissions(root + QStringLiteral("/locked"), QFileDevice::Permissions());

    // Kept by the scan, refused when decoded: the header is fine, the pixels are not. A cut
    // TIFF loses its header (OpenCV writes the directory last): refused, and its mask with it.
    for (const char *ext : {".png", ".jpg", ".bmp", ".tif"}) {
        const QString id = QStringLiteral("truncated_") + QLatin1String(ext + 1);
        QByteArray bytes = encoded(ext, bgr);
        image(id + QLatin1String(ext), bytes.left(std::max<int>(bytes.size() / 3, 120)));
        maskFile(id + QStringLiteral(".png"), encoded(".png", mask));
        if (qstrcmp(ext, ".tif") != 0) {
            d.undecodable << id;
            continue;
        }
        d.refused.insert(QStringLiteral("images/") + id + QLatin1String(ext), QStringLiteral("truncated"));
        d.refused.insert(QStringLiteral("masks/") + id + QStringLiteral(".png"), QStringLiteral("was refused"));
    }
    // A PNG whose first data chunk declares 2 GB.
    image(QStringLiteral("huge_chunk.png"), pngHeader(kSize.width, kSize.height, 0x7fffff00u));
    maskFile(QStringLiteral("huge_chunk.png"), encoded(".png", mask));
    d.undecodable << QStringLiteral("huge_chunk");

    // Masks the scan refuses: of another size than their image, or not an image at all.
    image(QStringLiteral("mask_wrong_size.png"), encoded(".png", bgr));
    maskFile(QStringLiteral("mask_wrong_size.png"), encoded(".png", cv::Mat::zeros(40, 30, CV_8UC1)));
    d.refused.insert(QStringLiteral("masks/mask_wrong_size.png"), QStringLiteral("30x40"));
    image(QStringLiteral("mask_garbage.png"), encoded(".png", bgr));
    maskFile(QStringLiteral("mask_garbage.png"), QByteArray("garbage, not a PNG at all").repeated(10));
    d.refused.insert(QStringLiteral("masks/mask_garbage.png"), QStringLiteral("unknown format"));
    d.withoutMask << QStringLiteral("mask_garbage") << QStringLiteral("mask_wrong_size");
    return d;
}

} // namespace salted
