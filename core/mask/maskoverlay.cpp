#include "core/mask/maskoverlay.h"

namespace dermask::core {

QImage maskOverlay(const cv::Mat &mask, const QColor &color)
{
    QImage overlay(mask.cols, mask.rows, QImage::Format_ARGB32_Premultiplied);
    if (overlay.isNull())
        return overlay;
    updateMaskOverlay(mask, QRect(0, 0, mask.cols, mask.rows), color, &overlay);
    return overlay;
}

bool updateMaskOverlay(const cv::Mat &mask, const QRect &rect, const QColor &color, QImage *overlay)
{
    if (!overlay || mask.type() != CV_8UC1 || overlay->width() != mask.cols
        || overlay->height() != mask.rows || overlay->format() != QImage::Format_ARGB32_Premultiplied)
        return false;
    const QRect r = rect & QRect(0, 0, mask.cols, mask.rows);
    if (r.isEmpty())
        return true;
    const QRgb lut[2] = {0u, qPremultiply(color.rgba())};
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar *m = mask.ptr<uchar>(y) + r.left();
        // scanLine() of a non-const QImage detaches once if shared; the canvas owns its overlay.
        QRgb *o = reinterpret_cast<QRgb *>(overlay->scanLine(y)) + r.left();
        for (int x = 0; x < r.width(); ++x)
            o[x] = lut[m[x] != 0];
    }
    return true;
}

} // namespace dermask::core
