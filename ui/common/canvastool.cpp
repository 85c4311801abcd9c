#include "ui/common/canvastool.h"

#include <QPainter>

namespace dermask::ui {

CanvasTool::CanvasTool(QObject *parent) : QObject(parent) {}

CanvasTool::~CanvasTool() = default;

void CanvasTool::setCanvas(ToolCanvas *canvas)
{
    if (canvas == m_canvas)
        return;
    if (m_canvas)
        deactivated();
    m_canvas = canvas;
    m_hoverInside = false;
    if (m_canvas)
        activated();
}

core::MaskDocument *CanvasTool::document() const
{
    return m_canvas ? m_canvas->document() : nullptr;
}

void CanvasTool::hover(const QPointF &widgetPos, bool inside)
{
    m_hover = widgetPos;
    m_hoverInside = inside;
}

void CanvasTool::updateArea(const QRectF &widgetRect)
{
    if (m_canvas && !widgetRect.isEmpty())
        m_canvas->repaintWidgetArea(widgetRect.toAlignedRect().adjusted(-2, -2, 2, 2));
}

QRectF CanvasTool::brushOutlineRect(const QPointF &widgetPos, double diameter) const
{
    const double r = std::max(3.0, diameter * (m_canvas ? m_canvas->zoom() : 1.0) / 2.0) + 2.0;
    return QRectF(widgetPos - QPointF(r, r), QSizeF(2 * r, 2 * r));
}

void CanvasTool::paintBrushOutline(QPainter &painter, const QPointF &widgetPos, double diameter) const
{
    if (!m_canvas)
        return;
    // The true size, never smaller than a few pixels so the cursor stays findable; a dark and
    // a light ring so it shows on skin and on lesion alike.
    const double r = std::max(3.0, diameter * m_canvas->zoom() / 2.0);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0, 0, 0, 160), 3.0));
    painter.drawEllipse(widgetPos, r, r);
    painter.setPen(QPen(QColor(255, 255, 255, 230), 1.2));
    painter.drawEllipse(widgetPos, r, r);
    painter.restore();
}

void CanvasTool::paintBox(QPainter &painter, const QRectF &imageRect) const
{
    if (!m_canvas)
        return;
    const QRectF r = m_canvas->toWidget(imageRect);
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0, 0, 0, 150), 3.0));
    painter.drawRect(r);
    painter.setPen(QPen(boxColour(), 1.5, Qt::DashLine));
    painter.drawRect(r);
    painter.restore();
}

} // namespace dermask::ui
