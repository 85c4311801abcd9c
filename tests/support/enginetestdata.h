#pragma once
// Tiny data for the engine suites: dark blobs on noisy skin-coloured backgrounds, written as
// a paired dataset (images/ + masks/), small enough to train in a second.

#include "core/image/imageio.h"
#include "core/training/trainer.h"
#include "core/training/trainingset.h"

#include <QDir>
#include <QVector>
#include <opencv2/imgproc.hpp>
#include <random>

namespace enginetest {

/// A blob image and its mask, deterministic for @p seed.
inline void makeBlob(quint64 seed, int width, int height, cv::Mat *image, cv::Mat *mask)
{
    std::mt19937_64 rng(seed);
    auto uni = [&](int lo, int hi) { return lo + int(rng() % quint64(hi - lo + 1)); };
    *image = cv::Mat(height, width, CV_8UC3, cv::Scalar(200, 160, 140));
    cv::Mat noise(height, width, CV_8UC3);
    cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(30));
    *image += noise;
    *mask = cv::Mat::zeros(height, width, CV_8UC1);
    const cv::Point centre(uni(width / 4, 3 * width / 4), uni(height / 4, 3 * height / 4));
    const cv::Size axes(uni(width / 8, width / 4), uni(height / 8, height / 4));
    const double angle = uni(0, 179);
    cv::ellipse(*image, centre, axes, angle, 0, 360, cv::Scalar(90, 50, 40), cv::FILLED);
    cv::ellipse(*mask, centre, axes, angle, 0, 360, cv::Scalar(255), cv::FILLED);
}

/// Writes @p count blob samples (@p width x @p height) under @p dir and returns them as
/// training samples with file paths.
inline QVector<dermask::core::TrainingSample> writeBlobDataset(const QString &dir, int count,
                                                               int width = 64, int height = 64)
{
    QDir().mkpath(dir + "/images");
    QDir().mkpath(dir + "/masks");
    QVector<dermask::core::TrainingSample> samples;
    for (int i = 0; i < count; ++i) {
        cv::Mat image, mask;
        makeBlob(quint64(i) + 1, width, height, &image, &mask);
        const QString id = QStringLiteral("blob_%1").arg(i, 3, 10, QLatin1Char('0'));
        const QString imagePath = dir + "/images/" + id + ".png";
        const QString maskPath = dir + "/masks/" + id + ".png";
        dermask::core::writePng(imagePath, image, nullptr);
        dermask::core::writePng(maskPath, mask, nullptr);
        samples.append(dermask::core::TrainingSample{id, imagePath, maskPath, cv::Mat()});
    }
    return samples;
}

/// Trains the tiny click model the click suites play with: 48 blob samples under @p dataDir,
/// fastunet width 0.25 at 64 px, 14 epochs, written to @p modelPath. @p untrainedPath, when
/// given, receives the same network before its first step.
inline bool trainTinyClickModel(const QString &dataDir, const QString &modelPath, QString *error,
                                const QString &untrainedPath = QString())
{
    dermask::core::TrainingConfig c;
    c.task = dermask::core::ModelTask::Click;
    c.width = 0.25;
    c.inputSize = 64;
    c.batchSize = 8;
    c.epochs = 14;
    c.learningRate = 5e-3;
    c.threads = 2;
    c.precision = dermask::core::Precision::Fp32;
    c.outputModel = modelPath;
    dermask::core::Trainer t;
    return t.prepare(c, writeBlobDataset(dataDir, 48), error)
           && (untrainedPath.isEmpty() || t.saveBestModel(untrainedPath, error)) && t.run(error);
}

} // namespace enginetest
