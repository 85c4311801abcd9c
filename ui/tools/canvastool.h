#pragma once
// What an editing tool is to the canvas: it gets the mouse (left and right button; middle drag
// and space+drag stay panning), may draw over the image (an outline, a lasso, a box), and
// changes the mask only through the canvas's MaskDocument, whose changed() signal repaints.

#include <QObject>
#include <QPointF>
#include <QRectF>

class QKeyEvent;
class QPainter;
class QWheelEvent;

namespace dermask::core {
class MaskDocument;
}

namespace dermask::ui {

class ImageCanvas;
class ToolSettings;

/// A mouse event as a tool sees it: where, in widget and image coordinates.
struct ToolEvent
{
    QPointF widgetPos;
    QPointF imagePos;
    Qt::MouseButton button = Qt::NoButton;  ///< the button pressed or released (moves: none)
    Qt::KeyboardModifiers modifiers;
};

class CanvasTool : public QObject
{
    Q_OBJECT
public:
    CanvasTool(ToolSettings *settings, QObject *parent = nullptr);
    ~CanvasTool() override;

    /// The tool is now the canvas's active tool (or, with nullptr, no longer).
    void setCanvas(ImageCanvas *canvas);
    ImageCanvas *canvas() const { return m_canvas; }
    /// The document being edited, or nullptr (no image, or it could not be decoded).
    core::MaskDocument *document() const;
    ToolSettings *settings() const { return m_settings; }

    virtual void press(const ToolEvent &event) = 0;
    virtual void move(const ToolEvent &event) = 0;
    virtual void release(const ToolEvent &event) = 0;
    /// Returns true when the tool used the double click.
    virtual bool doubleClick(const ToolEvent &) { return false; }
    /// The mouse moved with no button held (@p inside: over the canvas).
    virtual void hover(const QPointF &widgetPos, bool inside);
    /// Ctrl+wheel and keys while the canvas has the focus; true when used.
    virtual bool wheel(QWheelEvent *) { return false; }
    virtual bool key(QKeyEvent *) { return false; }
    /// Drops what is half done (a lasso being drawn, a GrabCut box). True if there was some.
    virtual bool cancel() { return false; }
    /// True while a gesture is under way (the canvas keeps sending moves).
    virtual bool isBusy() const { return false; }
    /// Draws the tool's marks in widget coordinates over the image.
    virtual void paint(QPainter &) {}

Q_SIGNALS:
    /// A line for the status bar (what happened, or why nothing did).
    void message(const QString &text);

protected:
    /// Called when the tool is activated/deactivated (after/before m_canvas changes).
    virtual void activated() {}
    virtual void deactivated() { cancel(); }
    /// Repaints the widget area @p widgetRect (tool marks).
    void updateArea(const QRectF &widgetRect);
    /// The widget rectangle of the outline of a round brush of @p diameter image pixels at
    /// @p widgetPos, as drawn by paintBrushOutline().
    QRectF brushOutlineRect(const QPointF &widgetPos, double diameter) const;
    void paintBrushOutline(QPainter &painter, const QPointF &widgetPos, double diameter) const;

    ToolSettings *m_settings;
    ImageCanvas *m_canvas = nullptr;
    QPointF m_hover;
    bool m_hoverInside = false;
};

} // namespace dermask::ui
