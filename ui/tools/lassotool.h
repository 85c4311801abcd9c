#pragma once
// Lasso and polygon: drag to draw a free lasso, or click corner after corner and close the
// polygon with a double click, Enter or a click on its first corner (Backspace removes the
// last corner, Esc drops it). Fill: the inside becomes lesion, or with the right button (or
// Alt) background. Prediction: the thresholded prediction replaces the mask inside.

#include "ui/common/canvastool.h"

#include <QPolygonF>

namespace dermask::ui {

class ToolSettings;

class LassoTool : public CanvasTool
{
    Q_OBJECT
public:
    enum class Kind { Fill, Prediction };

    LassoTool(Kind kind, ToolSettings *settings, QObject *parent = nullptr);
    Kind kind() const { return m_kind; }

    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    bool doubleClick(const ToolEvent &event) override;
    void hover(const QPointF &widgetPos, bool inside) override;
    bool key(QKeyEvent *event) override;
    bool cancel() override;
    bool isBusy() const override { return m_dragging || m_clicking; }
    void paint(QPainter &painter) override;

    /// Corners so far (image coordinates), for tests.
    QPolygonF points() const { return m_points; }

private:
    void finish();
    void clear();
    QRectF widgetBounds() const;
    void repaint();

    Kind m_kind;
    ToolSettings *m_settings;
    QPolygonF m_points;        ///< image coordinates
    bool m_dragging = false;   ///< a free lasso is being drawn
    bool m_clicking = false;   ///< a polygon is being clicked corner by corner
    bool m_subtract = false;
    QPointF m_pressWidget;
    QPointF m_lastWidget;
    QRectF m_drawn;            ///< widget area painted last
};

} // namespace dermask::ui
