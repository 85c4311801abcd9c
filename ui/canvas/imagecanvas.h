#pragma once
// The image with its overlays: zoom (wheel, keys, fit, 1:1) and pan (middle drag,
// space+drag, and left drag while no editing tool is active). Draws from a pyramid level close
// to the zoom so a 6000x4000 image pans as smoothly as a small one; overlays are blended per
// level, contours drawn as vectors. While a MaskDocument is attached, the mask is drawn live
// from it (livemask.h) and an editing tool (ui/tools/) gets the left and right button.

#include "ui/canvas/livemask.h"
#include "ui/common/loadedsample.h"
#include "ui/common/overlaysettings.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <vector>

namespace dermask::core {
class MaskDocument;
}

namespace dermask::ui {

class CanvasTool;
struct ToolEvent;

class ImageCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit ImageCanvas(QWidget *parent = nullptr);
    ~ImageCanvas() override;

    /// Shows @p sample fitted to the window (a sample of the same size keeps the view).
    void setSample(LoadedSamplePtr sample);
    /// The same sample with its truth made again from the edited mask: the view, and the
    /// blended levels that do not depend on the truth, stay.
    void refreshSample(LoadedSamplePtr sample);
    LoadedSamplePtr sample() const { return m_sample; }
    /// The sample @p id is on its way: the current picture stays briefly (most loads are
    /// quicker than the eye), then @p preview (a thumbnail) is shown with a "Loading" note.
    void setLoading(const QString &id, const QPixmap &preview);
    /// Shows nothing but @p message (no dataset, empty dataset).
    void clear(const QString &message = QString());

    void setOverlaySettings(const OverlaySettings &settings);
    const OverlaySettings &overlaySettings() const { return m_settings; }
    /// While true, the plain image is shown (the "hold to hide overlays" key).
    void setOverlaysHidden(bool hidden);
    bool overlaysHidden() const { return m_hidden; }

    double zoom() const { return m_scale; }
    bool isFitted() const { return m_fit; }
    /// Image coordinates under widget position @p pos.
    QPointF toImage(const QPointF &pos) const;
    /// The pyramid level the last paint drew from (0 = full resolution).
    int lastLevel() const { return m_lastLevel; }

    /// Widget coordinates of image point @p p, and of an image rectangle.
    QPointF toWidget(const QPointF &p) const;
    QRectF toWidget(const QRectF &imageRect) const;

    // ---- Editing ---------------------------------------------------------------------------
    /// The mask being edited (of the sample shown); nullptr shows the loaded truth only.
    void setDocument(core::MaskDocument *document);
    core::MaskDocument *document() const;
    /// The active tool (owned elsewhere); nullptr is Pan/View: left drag pans.
    void setTool(CanvasTool *tool);
    CanvasTool *tool() const;
    /// Repaints the widget area that shows image pixels @p imageRect.
    void updateImageRect(const QRect &imageRect);
    /// Outlines drawn dashed over the image (the thresholded prediction while choosing a
    /// threshold); image coordinates. Empty hides them.
    void setPreviewContours(const QVector<QPolygonF> &contours, const QColor &color);
    /// Opacity of the mask fill while an editing tool is active and the mask is outlined: the
    /// painted area must be visible as it is painted.
    static constexpr int kEditFillOpacity = 35;

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
    /// A paint showed sample @p id with its overlays at the quality its zoom asks for.
    void framePainted(const QString &id);
    /// The image pixel under the mouse, or (-1, -1) outside the image.
    void cursorMoved(const QPoint &pixel);

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
    int levelFor(double scale) const;
    /// The image to draw for @p level; @p exact is false when a coarser stand-in is used
    /// while the wanted level is blended in the background.
    QImage imageFor(int level, int *drawnLevel, bool *exact);
    void startCompose(int level);
    void resetComposed();
    void clampOffset();
    double fitScale() const;
    void paintMessage(QPainter &painter, const QString &title, const QString &detail);
    void paintContours(QPainter &painter, const QRectF &exposed);
    void paintLiveMask(QPainter &painter, const QRectF &visible);
    void updateCursor();
    /// The overlay settings the blended levels use: with a document, the truth fill is drawn
    /// live instead of blended.
    OverlaySettings composeSettings() const;
    bool liveFillShown() const;
    void updateContourBounds();
    ToolEvent toolEvent(QMouseEvent *event) const;

    LoadedSamplePtr m_sample;
    OverlaySettings m_settings;
    bool m_hidden = false;
    double m_scale = 1.0;
    QPointF m_offset;           ///< widget position of the image's top-left corner
    bool m_fit = true;
    int m_lastLevel = 0;

    std::vector<QImage> m_composed;   ///< blended levels for m_sample and m_settings
    quint64 m_composeGeneration = 0;
    int m_composingLevel = -1;
    QFutureWatcher<QImage> m_composeWatcher;

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

    std::vector<QImage> m_staleComposed;  ///< stand-ins while levels are blended again
    std::vector<QRectF> m_truthBounds;    ///< bounding boxes of the truth contours
    std::vector<QRectF> m_predictionBounds;
    LiveMask m_live;
    QMetaObject::Connection m_documentConnection;
    QPointer<CanvasTool> m_tool;
    Qt::MouseButton m_toolButton = Qt::NoButton;  ///< the button of the gesture under way
    QVector<QPolygonF> m_preview;
    QColor m_previewColor;
};

} // namespace dermask::ui
