#include "ui/canvas/heldgesture.h"

#include <QPainter>
#include <QPolygonF>

namespace dermask::ui {

void HeldGesture::hold(const QString &id, Step step, const ToolEvent &event)
{
    if (id != m_id)
        m_steps.clear();
    m_id = id;
    m_steps.append(Held{step, event});
}

void HeldGesture::clear()
{
    m_steps.clear();
    m_id.clear();
}

void HeldGesture::replay(CanvasTool *tool, const ToolCanvas &canvas)
{
    const QVector<Held> steps = std::exchange(m_steps, {});
    m_id.clear();
    if (!tool)
        return;
    for (Held held : steps) {
        // The view may have moved since (it does not on the swap to full resolution).
        held.event.widgetPos = canvas.toWidget(held.event.imagePos);
        switch (held.step) {
        case Step::Press: tool->press(held.event); break;
        case Step::Move: tool->move(held.event); break;
        case Step::Release: tool->release(held.event); break;
        case Step::DoubleClick: tool->doubleClick(held.event); break;
        }
    }
}

void HeldGesture::paint(QPainter &painter, const ToolCanvas &canvas) const
{
    if (m_steps.isEmpty())
        return;
    QPolygonF trail;
    for (const Held &held : m_steps)
        trail.append(canvas.toWidget(held.event.imagePos));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(Qt::white, 2.0);
    pen.setDashPattern({3, 3});
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    if (trail.size() == 1)
        painter.drawEllipse(trail.first(), 3.0, 3.0);
    else
        painter.drawPolyline(trail);
    painter.restore();
}

} // namespace dermask::ui
