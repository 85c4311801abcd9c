#pragma once
/// @file The one place where cv::Mat and QImage meet. Both directions deep-copy.

#include <QImage>
#include <opencv2/core.hpp>

namespace dermask::core {

/// CV_8UC1 -> Format_Grayscale8, CV_8UC3 (RGB) -> Format_RGB888, CV_8UC4 (RGBA) ->
/// Format_RGBA8888. Any other type gives a null QImage.
QImage matToQImage(const cv::Mat &mat);

/// Format_Grayscale8 -> CV_8UC1; every other format -> CV_8UC3 RGB (alpha dropped).
cv::Mat qImageToMat(const QImage &image);

} // namespace dermask::core
