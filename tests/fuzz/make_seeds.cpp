// Writes the seed corpus of every fuzz target into <out>/<target>/ (scripts/fuzz): small
// images of each format and kind Dermask reads, encoded here by OpenCV and Qt, and the text
// files in the shapes the parsers know. Generated, never copied from real data.

#include "core/image/codecs.h"
#include "core/model/modelinfo.h"
#include "core/model/networks.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <vector>

namespace {

QString g_out;

void write(const char *target, const QString &name, const QByteArray &data)
{
    const QString dir = QDir(g_out).filePath(QLatin1String(target));
    QDir().mkpath(dir);
    QFile file(QDir(dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
}

void writeImage(const QString &name, const std::vector<uchar> &bytes, bool png)
{
    const QByteArray data(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    for (const char *target : {"imageheader", "decode", "imageio"})
        write(target, name, data);
    if (png)
        write("pngdecode", name, data);
}

/// A lesion-like picture: a dark ellipse on a skin-coloured gradient, and its mask.
void pictures(cv::Size size, cv::Mat *colour, cv::Mat *mask)
{
    *colour = cv::Mat(size, CV_8UC3);
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x)
            colour->at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(120 + x % 50), uchar(150 + y % 40), uchar(200));
    *mask = cv::Mat::zeros(size, CV_8UC1);
    const cv::Point centre(size.width / 2, size.height / 2);
    const cv::Size axes(size.width / 3, size.height / 4);
    cv::ellipse(*colour, centre, axes, 20, 0, 360, cv::Scalar(60, 40, 90), cv::FILLED);
    cv::ellipse(*mask, centre, axes, 20, 0, 360, cv::Scalar(255), cv::FILLED);
}

void images()
{
    for (const cv::Size size : {cv::Size(17, 11), cv::Size(40, 30)}) {
        const QString tag = QStringLiteral("%1x%2").arg(size.width).arg(size.height);
        cv::Mat colour, mask;
        pictures(size, &colour, &mask);
        cv::Mat mask16, bgra, mask01;
        mask.convertTo(mask16, CV_16U, 257);
        cv::cvtColor(colour, bgra, cv::COLOR_BGR2BGRA);
        mask01 = mask / 255;
        std::vector<uchar> bytes;
        const auto encode = [&](const char *ext, const cv::Mat &m, const std::vector<int> &params,
                                const QString &name) {
            bytes.clear();
            if (cv::imencode(ext, m, bytes, params))
                writeImage(name + QLatin1String(ext), bytes, std::string(ext) == ".png");
        };
        for (int strategy : {cv::IMWRITE_PNG_STRATEGY_DEFAULT, cv::IMWRITE_PNG_STRATEGY_FILTERED}) {
            const QString s = QStringLiteral("-s%1").arg(strategy);
            encode(".png", colour, {cv::IMWRITE_PNG_STRATEGY, strategy}, QStringLiteral("rgb-") + tag + s);
            encode(".png", mask, {cv::IMWRITE_PNG_STRATEGY, strategy}, QStringLiteral("mask-") + tag + s);
        }
        encode(".png", mask16, {}, QStringLiteral("mask16-") + tag);
        encode(".png", bgra, {}, QStringLiteral("rgba-") + tag);
        encode(".png", mask01, {}, QStringLiteral("mask01-") + tag);
        encode(".png", mask, {cv::IMWRITE_PNG_BILEVEL, 1}, QStringLiteral("bilevel-") + tag);
        encode(".png", mask, {cv::IMWRITE_PNG_COMPRESSION, 0}, QStringLiteral("stored-") + tag);
        encode(".bmp", colour, {}, QStringLiteral("rgb-") + tag);
        encode(".bmp", mask, {}, QStringLiteral("mask-") + tag);
        encode(".jpg", colour, {cv::IMWRITE_JPEG_QUALITY, 80}, QStringLiteral("rgb-") + tag);
        encode(".jpg", colour, {cv::IMWRITE_JPEG_PROGRESSIVE, 1}, QStringLiteral("progressive-") + tag);
        encode(".tif", colour, {}, QStringLiteral("rgb-") + tag);
        encode(".tif", mask16, {}, QStringLiteral("mask16-") + tag);
        // Qt writes the masks the app saves (core/image/codecs.cpp).
        QString error;
        bytes.clear();
        if (dermask::core::encodeImage(".png", mask, &bytes, &error))
            writeImage(QStringLiteral("qt-mask-") + tag + QStringLiteral(".png"), bytes, true);
    }
    // Recipes for fuzz_pngdecode (see there): kind, width, height, level, then rows.
    const QByteArray recipes[] = {
        QByteArray("\x00\x0f\x07\x06", 4) + QByteArray(200, '\x01'),
        QByteArray("\x01\x05\x05\x00", 4) + QByteArray("\x04\x10\x20\x30\x40\x50\x60\x70\x80\x90\xa0\x03", 12),
        QByteArray("\x02\x08\x03\x09", 4) + QByteArray("\x02\x01\x02\x03\x04\x05\x06\x07\x08", 9),
        QByteArray("\x03\x03\x02\x01", 4) + QByteArray("\x03\xff\x00\x80\x7f", 5),
        QByteArray("\x40\x20\x01\x0c", 4) + QByteArray(64, '\x00'),
    };
    int n = 0;
    for (const QByteArray &recipe : recipes)
        write("pngdecode", QStringLiteral("recipe-%1").arg(++n), recipe);
}

void texts()
{
    write("ph2", QStringLiteral("archive.txt"),
          "|| Name || Histological Diagnosis || Clinical Diagnosis || Asymmetry ||\n"
          "|| IMD002 ||  || 1 || 0 ||\n|| IMD003 || || 0 || 0 ||\n|| IMD058 || Melanoma || 2 || 2 ||\n");
    write("ph2", QStringLiteral("spreadsheet.csv"),
          "\"Name\",\"Clinical Diagnosis\"\n\"IMD002\",\"atypical nevus\"\nimd003,Common Nevus\nIMD004,9\n");
    write("ph2", QStringLiteral("table.tsv"), "Clinical  Diagnosis\tNAME\n2\tIMD010\r\n0\tIMD011\n");
    write("ph2", QStringLiteral("semicolons.csv"), "Name;Clinical Diagnosis;x\nIMD1;melanoma;;\n;;\n");

    write("project", QStringLiteral("fresh.json"),
          "{\"schema\": 1, \"app\": \"Dermask\", \"dataset\": \"/d\", \"active_model\": \"\", \"samples\": {}}");
    write("project", QStringLiteral("used.json"),
          "{\"schema\": 1, \"active_model\": \"m\", \"samples\": {\"IMD002\": {\"status\": \"approved\", "
          "\"split\": \"validation\"}, \"a\": {\"split\": \"train\"}, \"zz\": {\"status\": \"corrected\"}},"
          " \"models\": {\"m\": {\"validation_dice\": 0.81, \"validation_images\": 12, \"validation_set\": \"k\"}},"
          " \"extra\": [1, 2, {\"x\": null}]}");
    write("project", QStringLiteral("broken.json"), "{\"schema\": 1, \"samples\": [");
    write("project", QStringLiteral("schema2.json"), "{\"schema\": 2}");

    const QStringList networks = dermask::core::networkNames();
    dermask::core::ModelInfo info;
    info.network = networks.value(0);
    info.created = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05Z"), Qt::ISODate);
    info.parent = QStringLiteral("base.pt");
    info.validationDice = 0.83;
    info.epochs = 12;
    info.training = QJsonObject{{QStringLiteral("images"), 200}, {QStringLiteral("lr"), 0.001}};
    write("sidecar", QStringLiteral("native.json"), QJsonDocument(info.toJson()).toJson());
    info.kind = dermask::core::ModelKind::TorchScript;
    info.network = QStringLiteral("torchscript");
    info.mean = {{0.485, 0.456, 0.406}};
    info.std = {{0.229, 0.224, 0.225}};
    write("sidecar", QStringLiteral("torchscript.json"), QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <corpus folder>\n", argv[0]);
        return 2;
    }
    g_out = QFile::decodeName(argv[1]);
    images();
    texts();
    return 0;
}
