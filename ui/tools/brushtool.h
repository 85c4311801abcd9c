#pragma once
// Brush and eraser: a round brush of the size in ToolSettings. Left drag paints (the eraser:
// erases), right drag does the opposite; one drag is one undo step. The outline under the
// mouse shows the size; [ and ] or Ctrl+wheel change it.

#include "ui/common/canvastool.h"

namespace dermask::ui {

class ToolSettings;

class BrushTool : public CanvasTool
{
    Q_OBJECT
public:
    enum class Kind { Brush, Eraser };

    BrushTool(Kind kind, ToolSettings *settings, QObject *parent = nullptr);
    Kind kind() const { return m_kind; }

    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    void hover(const QPointF &widgetPos, bool inside) override;
    bool wheel(QWheelEvent *event) override;
    bool cancel() override;
    bool isBusy() const override { return m_stroking; }
    void paint(QPainter &painter) override;

private:
    void moveOutline(const QPointF &widgetPos, bool inside);

    Kind m_kind;
    bool m_stroking = false;
    QRectF m_outline;  ///< where the outline was last drawn (widget coordinates)
    ToolSettings *m_settings;
    int m_wheelRest = 0;
};

} // namespace dermask::ui
