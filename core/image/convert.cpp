#include "core/image/convert.h"

#include <cstring>

namespace dermask::core {

namespace {

/// Row by row: QImage rows are 4-byte aligned and a Mat may be a ROI with its own step, so a
/// single memcpy of the whole buffer would shear odd-width images.
void copyRows(const uchar *src, size_t srcStep, uchar *dst, size_t dstStep, int rows, size_t rowBytes)
{
    for (int y = 0; y < rows; ++y)
        std::memcpy(dst + size_t(y) * dstStep, src + size_t(y) * srcStep, rowBytes);
}

} // namespace

QImage matToQImage(const cv::Mat &mat)
{
    if (mat.empty() || mat.dims != 2)
        return {};
    QImage::Format format = QImage::Format_Invalid;
    switch (mat.type()) {
    case CV_8UC1: format = QImage::Format_Grayscale8; break;
    case CV_8UC3: format = QImage::Format_RGB888; break;
    case CV_8UC4: format = QImage::Format_RGBA8888; break;
    default: return {};
    }
    QImage image(mat.cols, mat.rows, format);
    if (image.isNull()) // allocation failed
        return {};
    copyRows(mat.data, mat.step[0], image.bits(), size_t(image.bytesPerLine()), mat.rows,
             size_t(mat.cols) * mat.elemSize());
    return image;
}

cv::Mat qImageToMat(const QImage &image)
{
    if (image.isNull())
        return {};
    if (image.format() == QImage::Format_Grayscale8) {
        cv::Mat mat(image.height(), image.width(), CV_8UC1);
        copyRows(image.constBits(), size_t(image.bytesPerLine()), mat.data, mat.step[0],
                 mat.rows, size_t(mat.cols));
        return mat;
    }
    // convertToFormat returns the image itself (shared) when it is already RGB888; the row
    // copy below is what makes the result independent either way.
    const QImage rgb = image.format() == QImage::Format_RGB888
                           ? image
                           : image.convertToFormat(QImage::Format_RGB888);
    if (rgb.isNull())
        return {};
    cv::Mat mat(rgb.height(), rgb.width(), CV_8UC3);
    copyRows(rgb.constBits(), size_t(rgb.bytesPerLine()), mat.data, mat.step[0], mat.rows,
             size_t(mat.cols) * 3);
    return mat;
}

} // namespace dermask::core
