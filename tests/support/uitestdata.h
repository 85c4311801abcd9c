#pragma once
// Small datasets for the ui tests, written into a QTemporaryDir: images with a dark lesion on
// skin, rectangular masks and predictions whose Dice against the mask is known exactly.

#include "core/image/imageio.h"
#include "core/session/predictionstore.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace uitest {

/// An RGB image with a soft skin gradient and a dark blob inside @p lesion.
inline cv::Mat skinImage(cv::Size size, cv::Rect lesion)
{
    cv::Mat rgb(size, CV_8UC3);
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x)
            rgb.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(200 + 30 * x / std::max(1, size.width)),
                                                uchar(150 + 20 * y / std::max(1, size.height)), 130);
    }
    cv::ellipse(rgb, (lesion.tl() + lesion.br()) / 2, lesion.size() / 2, 0, 0, 360,
                cv::Scalar(90, 60, 50), cv::FILLED);
    return rgb;
}

inline cv::Mat rectMask(cv::Size size, cv::Rect rect)
{
    cv::Mat mask = cv::Mat::zeros(size, CV_8UC1);
    mask(rect & cv::Rect(0, 0, size.width, size.height)).setTo(255);
    return mask;
}

/// DIR/images/<id>.png + DIR/masks/<id>.png (the paired layout).
inline bool writeSample(const QString &dir, const QString &id, cv::Size size, cv::Rect truth)
{
    QDir().mkpath(dir + QStringLiteral("/images"));
    QDir().mkpath(dir + QStringLiteral("/masks"));
    return dermask::core::writePng(dir + QStringLiteral("/images/") + id + QStringLiteral(".png"),
                                   skinImage(size, truth), nullptr)
           && dermask::core::writePng(dir + QStringLiteral("/masks/") + id + QStringLiteral(".png"),
                                      rectMask(size, truth), nullptr);
}

/// DIR/images/<id>.jpg + DIR/masks/<id>.png: a photo in the format read reduced by DCT scaling.
inline bool writeJpegSample(const QString &dir, const QString &id, cv::Size size, cv::Rect truth)
{
    QDir().mkpath(dir + QStringLiteral("/images"));
    QDir().mkpath(dir + QStringLiteral("/masks"));
    cv::Mat bgr;
    cv::cvtColor(skinImage(size, truth), bgr, cv::COLOR_RGB2BGR);
    return cv::imwrite((dir + QStringLiteral("/images/") + id + QStringLiteral(".jpg")).toStdString(), bgr)
           && dermask::core::writePng(dir + QStringLiteral("/masks/") + id + QStringLiteral(".png"),
                                      rectMask(size, truth), nullptr);
}

/// <predictions>/<id>.png and <id>_prob.png: the rectangle @p rect, probability 230 inside
/// and 10 outside (a confident model), or 128 inside when @p unsure.
inline bool writePrediction(const QString &predictionsDir, const QString &id, cv::Size size,
                            cv::Rect rect, bool unsure = false)
{
    cv::Mat prob(size, CV_8UC1, cv::Scalar(10));
    prob(rect).setTo(unsure ? 128 : 230);
    return dermask::core::PredictionStore(predictionsDir).write(id, rectMask(size, rect), prob, nullptr);
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Cuts the file at @p path in half: for an image, a header the scan accepts and pixels that
/// cannot be decoded.
inline bool truncate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    file.close();
    return writeBytes(path, bytes.left(bytes.size() / 2));
}

} // namespace uitest
