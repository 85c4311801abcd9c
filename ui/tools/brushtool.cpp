#include "ui/tools/brushtool.h"

#include "core/mask/maskdocument.h"
#include "ui/common/toolsettings.h"

#include <QPainter>
#include <QWheelEvent>

namespace dermask::ui {

BrushTool::BrushTool(Kind kind, ToolSettings *settings, QObject *parent)
    : CanvasTool(parent), m_kind(kind), m_settings(settings)
{
    connect(settings, &ToolSettings::brushSizeChanged, this, [this] { moveOutline(m_hover, m_hoverInside); });
}

void BrushTool::press(const ToolEvent &event)
{
    core::MaskDocument *doc = document();
    if (!doc)
        return;
    // The right button does the opposite of the left: erasing with the brush, painting with
    // the eraser, without switching tools.
    const bool paint = (m_kind == Kind::Brush) == (event.button != Qt::RightButton);
    doc->beginStroke(paint ? core::MaskDocument::BrushMode::Paint : core::MaskDocument::BrushMode::Erase,
                     m_settings->brushSize(), event.imagePos);
    m_stroking = true;
}

void BrushTool::move(const ToolEvent &event)
{
    core::MaskDocument *doc = document();
    if (!m_stroking || !doc)
        return;
    if (!doc->isStroking()) {
        // An undo in the middle of the drag ended the stroke; the rest of the drag is ignored.
        m_stroking = false;
        return;
    }
    doc->continueStroke(event.imagePos);
}

void BrushTool::release(const ToolEvent &event)
{
    if (!m_stroking)
        return;
    move(event);
    m_stroking = false;
    if (core::MaskDocument *doc = document())
        doc->endStroke();
}

bool BrushTool::cancel()
{
    // A stroke is never half undone: what was painted stays, as one step.
    if (m_stroking) {
        m_stroking = false;
        if (core::MaskDocument *doc = document())
            doc->endStroke();
    }
    return false;
}

void BrushTool::hover(const QPointF &widgetPos, bool inside)
{
    CanvasTool::hover(widgetPos, inside);
    moveOutline(widgetPos, inside);
}

void BrushTool::moveOutline(const QPointF &widgetPos, bool inside)
{
    if (!m_canvas)
        return;
    const QRectF next = inside ? brushOutlineRect(widgetPos, m_settings->brushSize()) : QRectF();
    if (next == m_outline)
        return;
    updateArea(m_outline);
    updateArea(next);
    m_outline = next;
}

bool BrushTool::wheel(QWheelEvent *event)
{
    // Whole notches only (touchpads send fractions): one notch, one size step.
    m_wheelRest += event->angleDelta().y();
    const int steps = m_wheelRest / 120;
    m_wheelRest -= steps * 120;
    if (steps != 0)
        m_settings->setBrushSize(ToolSettings::steppedSize(m_settings->brushSize(), steps));
    return true;
}

void BrushTool::paint(QPainter &painter)
{
    if (m_hoverInside)
        paintBrushOutline(painter, m_hover, m_settings->brushSize());
}

} // namespace dermask::ui
