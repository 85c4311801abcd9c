#include "ui/canvas/livemask.h"

#include "core/mask/maskdocument.h"

#include <QPainter>

namespace dermask::ui {

LiveMask::LiveMask() = default;
LiveMask::~LiveMask() = default;

void LiveMask::setDocument(core::MaskDocument *document)
{
    m_document = document;
    m_image = QImage();
    m_data = nullptr;
}

core::MaskDocument *LiveMask::document() const
{
    return m_document;
}

const QImage &LiveMask::image(const QColor &color)
{
    if (!m_document) {
        m_image = QImage();
        m_data = nullptr;
        return m_image;
    }
    const cv::Mat &mask = m_document->mask();
    const QRgb rgba = color.rgba();
    if (m_data != mask.data || m_image.isNull()) {
        // The document never reallocates its mask, but a new one would show here at once.
        // Non-const data: QImage would otherwise copy all of it when the colour table is set.
        m_image = QImage(const_cast<uchar *>(mask.data), mask.cols, mask.rows, int(mask.step),
                         QImage::Format_Indexed8);
        m_data = mask.data;
        m_color = ~rgba;  // force the table below
    }
    if (m_color != rgba) {
        QList<QRgb> table(256, 0u);
        table[255] = rgba;
        // Anything else non-zero (never in a 0/255 mask) counts as lesion too.
        for (int i = 1; i < 255; ++i)
            table[i] = rgba;
        m_image.setColorTable(table);
        m_color = rgba;
    }
    return m_image;
}

void LiveMask::paint(QPainter &painter, const QRectF &target, const QRectF &source, const QColor &color,
                     bool smooth)
{
    const QImage &img = image(color);
    if (img.isNull())
        return;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
    painter.drawImage(target, img, source);
    painter.restore();
}

} // namespace dermask::ui
