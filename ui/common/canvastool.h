#pragma once
// The contract between the canvas and the editing tools. A tool gets the mouse (left and right
// button; middle drag and space+drag stay panning), may draw over the image (an outline, a
// lasso, a box) and changes the mask only through the canvas's MaskDocument, whose changed()
// signal repaints. What a tool may ask of the canvas is ToolCanvas: the tools know no widget,
// and the canvas knows no tool but this interface.

#include "ui/common/loadedsample.h"

#include <QColor>
#include <QObject>
#include <QPointF>
#include <QRect>
#include <QRectF>

class QKeyEvent;
class QPainter;
class QWheelEvent;

namespace dermask::core {
class MaskDocument;
}

namespace dermask::ui {

/// What a tool may ask of the canvas it is attached to (ImageCanvas implements it).
class ToolCanvas
{
public:
    virtual ~ToolCanvas() = default;
    /// The document being edited, or nullptr (no image, or it could not be decoded).
    virtual core::MaskDocument *document() const = 0;
    /// The sample shown, with its prediction layers.
    virtual LoadedSamplePtr sample() const = 0;
    /// Screen pixels per image pixel.
    virtual double zoom() const = 0;
    /// Widget coordinates of an image point and of an image rectangle.
    virtual QPointF toWidget(const QPointF &imagePoint) const = 0;
    virtual QRectF toWidget(const QRectF &imageRect) const = 0;
    /// Repaints @p widgetRect (a tool's marks moved).
    virtual void repaintWidgetArea(const QRect &widgetRect) = 0;
};

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
    explicit CanvasTool(QObject *parent = nullptr);
    ~CanvasTool() override;

    /// The tool is now @p canvas's active tool (or, with nullptr, no longer).
    void setCanvas(ToolCanvas *canvas);
    ToolCanvas *canvas() const { return m_canvas; }
    /// The document being edited, or nullptr (no image, or it could not be decoded).
    core::MaskDocument *document() const;

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
    /// A dragged box (image pixels) as the box tools draw it: dashed boxColour() over a dark edge.
    void paintBox(QPainter &painter, const QRectF &imageRect) const;
    /// The amber of the box tools' boxes and their labels.
    static QColor boxColour() { return QColor(0xff, 0xd0, 0x40); }

    ToolCanvas *m_canvas = nullptr;
    QPointF m_hover;
    bool m_hoverInside = false;
};

} // namespace dermask::ui
