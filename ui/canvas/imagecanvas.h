#pragma once
// The image with its overlays, as the user moves it: zoom (wheel, keys, fit, 1:1) and pan
// (middle drag, space+drag, and left drag while no editing tool is active). What is drawn is
// the CanvasRenderer's (pyramid levels, blended overlays, the mask being edited, outlines);
// while an editing tool is active it gets the left and right button (ui/common/canvastool.h).

#include "ui/canvas/canvasrenderer.h"
#include "ui/canvas/heldgesture.h"
#include "ui/common/canvastool.h"
#include "ui/common/loadedsample.h"
#include "ui/common/overlaysettings.h"

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace dermask::core {
class MaskDocument;
}

namespace dermask::ui {

class ImageCanvas : public QWidget, public ToolCanvas
{
    Q_OBJECT
public:
    explicit ImageCanvas(QWidget *parent = nullptr);
    ~ImageCanvas() override;

    /// Shows @p sample fitted to the window (a sample of the same size keeps the view: the
    /// full read that replaces a preview shows in the same place).
    void setSample(LoadedSamplePtr sample);
    /// The same sample with its truth made again from the edited mask: the view, and the
    /// blended levels that do not depend on the truth, stay.
    void refreshSample(LoadedSamplePtr sample);
    LoadedSamplePtr sample() const override { return m_renderer.sample(); }
    /// The sample @p id is on its way: the current picture stays briefly (most loads are
    /// quicker than the eye), then @p preview (a thumbnail) is shown with a "Loading" note.
    void setLoading(const QString &id, const QPixmap &preview);
    /// Shows nothing but @p message (no dataset, empty dataset).
    void clear(const QString &message = QString());

    void setOverlaySettings(const OverlaySettings &settings);
    const OverlaySettings &overlaySettings() const { return m_renderer.settings(); }
    /// While true, the plain image is shown (the "hold to hide overlays" key).
    void setOverlaysHidden(bool hidden);
    bool overlaysHidden() const { return m_renderer.overlaysHidden(); }

    double zoom() const override { return m_scale; }
    bool isFitted() const { return m_fit; }
    /// Image coordinates under widget position @p pos.
    QPointF toImage(const QPointF &pos) const;
    /// The pyramid level the last paint drew from (0 = full resolution).
    int lastLevel() const { return m_renderer.lastLevel(); }
    /// Widget coordinates of image point @p p, and of an image rectangle.
    QPointF toWidget(const QPointF &p) const override;
    QRectF toWidget(const QRectF &imageRect) const override;

    // ---- Editing ---------------------------------------------------------------------------
    /// The mask being edited (of the sample shown); nullptr shows the loaded truth only.
    void setDocument(core::MaskDocument *document);
    core::MaskDocument *document() const override { return m_renderer.document(); }
    /// The active tool (owned elsewhere); nullptr is Pan/View: left drag pans.
    void setTool(CanvasTool *tool);
    CanvasTool *tool() const { return m_tool; }
    /// Repaints the widget area that shows image pixels @p imageRect.
    void updateImageRect(const QRect &imageRect);
    void repaintWidgetArea(const QRect &widgetRect) override { update(widgetRect); }
    /// Outlines drawn dashed in the prediction's colour over the image (the thresholded
    /// prediction while choosing a threshold); image coordinates. Empty hides them.
    void setPreviewContours(const QVector<QPolygonF> &contours);
    /// True while an edit made on a preview waits for the full read (heldgesture.h).
    bool isHoldingEdit() const { return !m_held.isEmpty(); }

    /// The key that hides every overlay while held.
    static Qt::Key holdToHideKey() { return Qt::Key_H; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();
    /// Sets the zoom keeping the image point under @p anchor (widget coordinates) in place.
    void setZoom(double scale, const QPointF &anchor);

Q_SIGNALS:
    void zoomChanged(double scale);
    /// A paint showed sample @p id with its overlays at the quality its zoom asks for (a
    /// preview, when it has a pixel for every screen pixel of the view).
    void framePainted(const QString &id);
    /// The image pixel under the mouse, or (-1, -1) outside the image.
    void cursorMoved(const QPoint &pixel);
    /// An edit was begun on a preview: the full read is wanted now, not after a pause.
    void fullResolutionWanted();
    /// A line for the status bar.
    void message(const QString &text, int timeoutMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool hasImage() const;
    void clampOffset();
    double fitScale() const;
    void paintMessage(QPainter &painter, const QString &title, const QString &detail);
    void updateCursor();
    ToolEvent toolEvent(QMouseEvent *event) const;
    /// True when a tool's event must be held: only a preview is shown (nothing to edit yet).
    bool editsWait() const;
    /// Hands a held edit to the tool once the full read and its document are there.
    void replayHeldEdit();

    CanvasRenderer m_renderer;
    double m_scale = 1.0;
    QPointF m_offset;           ///< widget position of the image's top-left corner
    bool m_fit = true;

    QString m_message;
    QString m_loadingId;
    QPixmap m_loadingPreview;
    bool m_showLoading = false;
    QTimer m_loadingDelay;

    bool m_spaceHeld = false;
    bool m_panning = false;
    Qt::MouseButton m_panButton = Qt::NoButton;
    QPointF m_panStart;
    QPointF m_panOffsetStart;

    QMetaObject::Connection m_documentConnection;
    QPointer<CanvasTool> m_tool;
    Qt::MouseButton m_toolButton = Qt::NoButton;  ///< the button of the gesture under way
    HeldGesture m_held;
};

} // namespace dermask::ui
