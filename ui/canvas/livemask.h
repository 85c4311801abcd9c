#pragma once
// The mask under edit as the canvas draws it: an indexed QImage over the MaskDocument's own
// pixels (0 -> transparent, 255 -> the mask colour), so a brush event costs no conversion at
// all, only the repaint of its dirty rectangle. QPainter reads indexed images through their
// colour table span by span, clipped to what is repainted.

#include <QColor>
#include <QImage>
#include <QPointer>
#include <QRectF>

class QPainter;

namespace dermask::core {
class MaskDocument;
}

namespace dermask::ui {

class LiveMask
{
public:
    LiveMask();
    ~LiveMask();

    void setDocument(core::MaskDocument *document);
    core::MaskDocument *document() const;

    /// Draws the mask in @p color (alpha = opacity) into @p target (widget coordinates) from
    /// @p source (image pixels). Painted only inside the painter's clip.
    void paint(QPainter &painter, const QRectF &target, const QRectF &source, const QColor &color,
               bool smooth);

    /// The wrapper image (tests): Format_Indexed8, sharing the document's pixels.
    const QImage &image(const QColor &color);

private:
    QPointer<core::MaskDocument> m_document;
    QImage m_image;
    const uchar *m_data = nullptr;  ///< the pixels m_image wraps
    QRgb m_color = 0;
};

} // namespace dermask::ui
