#include "ui/tools/lassotool.h"

#include "core/mask/maskdocument.h"
#include "ui/common/toolsettings.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace dermask::ui {

namespace {

// A press and release closer than this (widget pixels) is a click: it places a corner.
constexpr double kClickDistance = 4.0;
// A click this close to the first corner closes the polygon.
constexpr double kCloseDistance = 8.0;

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

LassoTool::LassoTool(Kind kind, ToolSettings *settings, QObject *parent)
    : CanvasTool(parent), m_kind(kind), m_settings(settings)
{
}

void LassoTool::press(const ToolEvent &event)
{
    if (!document())
        return;
    if (m_clicking) {
        if (m_points.size() >= 3 && distance(m_canvas->toWidget(m_points.first()), event.widgetPos) <= kCloseDistance) {
            finish();
            return;
        }
        m_points.append(event.imagePos);
        repaint();
        return;
    }
    m_points = QPolygonF{event.imagePos};
    m_dragging = true;
    m_subtract = m_kind == Kind::Fill
                 && (event.button == Qt::RightButton || (event.modifiers & Qt::AltModifier));
    m_pressWidget = m_lastWidget = event.widgetPos;
    repaint();
}

void LassoTool::move(const ToolEvent &event)
{
    if (m_dragging && distance(event.widgetPos, m_lastWidget) >= 2.0) {
        m_points.append(event.imagePos);
        m_lastWidget = event.widgetPos;
        repaint();
    }
}

void LassoTool::release(const ToolEvent &event)
{
    if (!m_dragging)
        return;
    move(event);
    m_dragging = false;
    bool far = false;
    for (const QPointF &p : std::as_const(m_points))
        far = far || distance(m_canvas->toWidget(p), m_pressWidget) > kClickDistance;
    if (!far) {
        // A click: the first corner of a polygon.
        m_points = QPolygonF{m_points.first()};
        m_clicking = true;
        Q_EMIT message(tr("Click the next corners; double-click, Enter or a click on the first "
                          "corner closes the polygon. Esc drops it."));
        repaint();
        return;
    }
    finish();
}

bool LassoTool::doubleClick(const ToolEvent &)
{
    if (!m_clicking)
        return false;
    finish();
    return true;
}

void LassoTool::hover(const QPointF &widgetPos, bool inside)
{
    CanvasTool::hover(widgetPos, inside);
    if (m_clicking)
        repaint();  // the rubber band to the mouse
}

bool LassoTool::key(QKeyEvent *event)
{
    if (!m_clicking)
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Backspace:
        m_points.removeLast();
        if (m_points.isEmpty())
            clear();
        repaint();
        return true;
    case Qt::Key_Escape:
        return cancel();
    default:
        return false;
    }
}

bool LassoTool::cancel()
{
    if (m_points.isEmpty() && !m_dragging && !m_clicking)
        return false;
    clear();
    return true;
}

void LassoTool::clear()
{
    m_points.clear();
    m_dragging = false;
    m_clicking = false;
    repaint();
}

void LassoTool::finish()
{
    const QPolygonF polygon = m_points;
    const bool subtract = m_subtract;
    clear();
    core::MaskDocument *doc = document();
    if (!doc)
        return;
    if (polygon.size() < 3) {
        Q_EMIT message(tr("A lasso needs at least three corners."));
        return;
    }
    if (m_kind == Kind::Fill) {
        if (doc->fillPolygon(polygon, !subtract) == core::MaskDocument::EditResult::Unchanged)
            Q_EMIT message(subtract ? tr("Nothing changed: the inside of the lasso was background already.")
                                    : tr("Nothing changed: the inside of the lasso was lesion already."));
        return;
    }
    const LoadedSamplePtr sample = m_canvas ? m_canvas->sample() : nullptr;
    const cv::Mat probability = sample ? sample->predictionMap() : cv::Mat();
    if (probability.empty()) {
        Q_EMIT message(tr("This image has no prediction to accept: use Predict ▸ Predict This Image first."));
        return;
    }
    QString error;
    const auto result = doc->acceptPrediction(probability, m_settings->threshold(), polygon, &error);
    if (result == core::MaskDocument::EditResult::Invalid)
        Q_EMIT message(error);
    else if (result == core::MaskDocument::EditResult::Unchanged)
        Q_EMIT message(tr("Nothing changed: inside the lasso the mask already equals the prediction."));
}

QRectF LassoTool::widgetBounds() const
{
    if (!m_canvas || m_points.isEmpty())
        return {};
    QRectF bounds = m_canvas->toWidget(m_points.boundingRect());
    if (m_clicking && m_hoverInside)
        bounds |= QRectF(m_hover, QSizeF(1, 1));
    return bounds.adjusted(-kCloseDistance - 2, -kCloseDistance - 2, kCloseDistance + 2, kCloseDistance + 2);
}

void LassoTool::repaint()
{
    const QRectF next = widgetBounds();
    updateArea(m_drawn);
    updateArea(next);
    m_drawn = next;
}

void LassoTool::paint(QPainter &painter)
{
    if (!m_canvas || m_points.isEmpty())
        return;
    QPolygonF shape;
    for (const QPointF &p : std::as_const(m_points))
        shape.append(m_canvas->toWidget(p));
    if (m_clicking && m_hoverInside)
        shape.append(m_hover);
    const QColor color = m_kind == Kind::Prediction ? QColor(0xff, 0x40, 0xff)
                         : m_subtract               ? QColor(0xff, 0x50, 0x50)
                                                    : QColor(0x00, 0xe6, 0x76);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(50);
    painter.setBrush(fill);
    painter.setPen(QPen(QColor(0, 0, 0, 150), 3.0));
    painter.drawPolygon(shape);
    painter.setPen(QPen(color, 1.5, Qt::DashLine));
    painter.drawPolygon(shape);
    if (m_clicking) {
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(color);
        for (int i = 0; i < m_points.size(); ++i)
            painter.drawEllipse(shape.at(i), i == 0 ? 5.0 : 3.0, i == 0 ? 5.0 : 3.0);
    }
    painter.restore();
}

} // namespace dermask::ui
