#pragma once
// Images for the benchmarks: blobs on noisy backgrounds written to a temporary folder (the
// content does not matter for speed, only the sizes).

#include "core/image/imageio.h"
#include "core/training/trainingset.h"

#include <QDir>
#include <opencv2/imgproc.hpp>

namespace benchdata {

inline QVector<dermask::core::TrainingSample> writeImages(const QString &dir, int count, int size)
{
    QDir().mkpath(dir);
    QVector<dermask::core::TrainingSample> samples;
    cv::RNG rng(12345);
    for (int i = 0; i < count; ++i) {
        cv::Mat image(size, size, CV_8UC3), mask = cv::Mat::zeros(size, size, CV_8UC1);
        rng.fill(image, cv::RNG::UNIFORM, cv::Scalar::all(120), cv::Scalar::all(220));
        const cv::Point c(rng.uniform(size / 4, 3 * size / 4), rng.uniform(size / 4, 3 * size / 4));
        cv::circle(image, c, size / 5, cv::Scalar(90, 50, 40), cv::FILLED);
        cv::circle(mask, c, size / 5, cv::Scalar(255), cv::FILLED);
        const QString id = QStringLiteral("b%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString img = dir + "/" + id + ".png", msk = dir + "/" + id + "_mask.png";
        dermask::core::writePng(img, image, nullptr);
        dermask::core::writePng(msk, mask, nullptr);
        samples.append({id, img, msk, cv::Mat()});
    }
    return samples;
}

} // namespace benchdata
