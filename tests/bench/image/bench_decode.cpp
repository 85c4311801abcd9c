// Decodes the PNG layers of a 6000x4000 photo, a mask and a probability map, each written the
// two ways Dermask meets them: by OpenCV (datasets, `dermask-cli predict`; Sub filter on every
// row) and by Qt (the app's corrections; libpng's adaptive filters). Each is decoded by
// core::decodeImage() (the decoder in core/image/pngdecode.h) and by cv::imdecode (libpng
// with zlib), one thread each, median of 7. Prints one JSON line, e.g.
//   {"mask_opencv_ms": 40, "mask_opencv_libpng_ms": 145, ...}
// Usage: bench_decode [width height]

#include "core/image/codecs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

/// The median time of @p decode, or -1 when it does not give @p expected.
double medianMs(const std::function<cv::Mat()> &decode, const cv::Mat &expected)
{
    std::vector<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer clock;
        clock.start();
        const cv::Mat m = decode();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (m.size() != expected.size() || m.type() != expected.type()
            || cv::norm(m, expected, cv::NORM_INF) != 0)
            return -1;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/// @p grey as the app writes it: core::encodeImage(), Qt's PNG writer.
std::vector<uchar> writtenByQt(const cv::Mat &grey)
{
    std::vector<uchar> png;
    QString error;
    dermask::core::encodeImage(".png", grey, &png, &error);
    return png;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const cv::Size size(args.size() > 2 ? args[1].toInt() : 6000, args.size() > 2 ? args[2].toInt() : 4000);
    cv::Mat mask = cv::Mat::zeros(size, CV_8UC1);
    cv::ellipse(mask, cv::Point(size.width / 2, size.height / 2), cv::Size(size.width / 5, size.height / 4),
                30, 0, 360, cv::Scalar(255), cv::FILLED);
    cv::Mat probability;
    cv::GaussianBlur(mask, probability, cv::Size(0, 0), std::max(2.0, size.width / 200.0));

    QJsonObject out{{QStringLiteral("width"), size.width}, {QStringLiteral("height"), size.height}};
    bool ok = true;
    for (const auto &[name, layer] : {std::pair{"mask", mask}, std::pair{"probability", probability}}) {
        std::vector<uchar> byOpenCv;
        cv::imencode(".png", layer, byOpenCv);
        for (const auto &[writer, png] : {std::pair{"opencv", byOpenCv}, std::pair{"qt", writtenByQt(layer)}}) {
            const QString key = QStringLiteral("%1_%2").arg(QLatin1String(name), QLatin1String(writer));
            const double ours = medianMs(
                [&] {
                    QString error;
                    return dermask::core::decodeImage(reinterpret_cast<const char *>(png.data()), png.size(),
                                                      cv::IMREAD_UNCHANGED, &error);
                },
                layer);
            const double libpng = medianMs([&] { return cv::imdecode(png, cv::IMREAD_UNCHANGED); }, layer);
            ok = ok && ours > 0 && libpng > 0;
            out.insert(key + QStringLiteral("_ms"), std::round(ours * 10) / 10);
            out.insert(key + QStringLiteral("_libpng_ms"), std::round(libpng * 10) / 10);
        }
    }
    out.insert(QStringLiteral("ok"), ok);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return ok ? 0 : 1;
}
