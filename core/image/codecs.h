#pragma once
/// @file OpenCV's image codecs (cv::imdecode, cv::imencode) through the codecs part,
/// libdermask-codecs.so: opencv_imgcodecs brings about 140 libraries (GDAL among them) that
/// take 0.17 s to load, so the programs load them with the first image they decode or write
/// (core/util/part.h). Every decode and encode in core goes through here.

#include <QString>
#include <opencv2/core.hpp>

#include <vector>

namespace dermask::core {

/// cv::imdecode(@p data, @p flags) (cv::IMREAD_*). An empty Mat with @p error set to the
/// decoder's message, or empty when it simply could not decode the bytes.
cv::Mat decodeImage(const char *data, size_t size, int flags, QString *error);

/// decodeImage() of the file at @p path; an unreadable file is an error naming it.
cv::Mat decodeFile(const QString &path, int flags, QString *error);

/// cv::imencode(@p extension, @p image, @p out, @p params) (".png", ".jpg"; cv::IMWRITE_*).
/// False with @p error.
bool encodeImage(const char *extension, const cv::Mat &image, std::vector<uchar> *out,
                 QString *error, const std::vector<int> &params = {});

} // namespace dermask::core
