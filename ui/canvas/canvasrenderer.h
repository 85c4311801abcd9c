#pragma once
// What the canvas draws, apart from how the user moves it: the image from the pyramid level
// the zoom asks for, blended with the raster overlays (in the background for big levels, a
// coarser level standing in meanwhile), the mask being edited drawn live over it (livemask.h),
// and the outlines as vectors. The canvas owns one and hands it the view at each paint.

#include "core/util/background.h"
#include "ui/canvas/livemask.h"
#include "ui/common/loadedsample.h"
#include "ui/common/overlaysettings.h"

#include <QImage>
#include <QObject>
#include <QPolygonF>
#include <vector>

class QPainter;

namespace dermask::core {
class MaskDocument;
}

namespace dermask::ui {

class CanvasRenderer : public QObject
{
    Q_OBJECT
public:
    /// Where the image lies on the widget at this paint.
    struct View
    {
        double scale = 1.0;      ///< widget pixels per image pixel
        QPointF offset;          ///< widget position of the image's top-left corner
        qreal devicePixelRatio = 1.0;
        bool editing = false;    ///< an editing tool is active: the mask fill shows as it is painted
    };

    explicit CanvasRenderer(QObject *parent = nullptr);
    ~CanvasRenderer() override;

    /// A new picture: everything blended for the old one goes.
    void setSample(LoadedSamplePtr sample);
    /// The same picture with its truth made again from the edited mask: only what the truth
    /// changes is blended again, the old blend standing in meanwhile.
    void refreshSample(LoadedSamplePtr sample);
    const LoadedSamplePtr &sample() const { return m_sample; }

    void setSettings(const OverlaySettings &settings);
    const OverlaySettings &settings() const { return m_settings; }
    /// While true, the plain image is drawn (the "hold to hide overlays" key).
    void setOverlaysHidden(bool hidden);
    bool overlaysHidden() const { return m_hidden; }
    /// The mask being edited, drawn live; nullptr draws the loaded truth only.
    void setDocument(core::MaskDocument *document);
    core::MaskDocument *document() const;
    /// Outlines drawn dashed in the prediction's colour (the thresholded prediction while a
    /// threshold is chosen); image coordinates. Empty hides them. False when nothing changed.
    bool setPreviewContours(const QVector<QPolygonF> &contours);

    /// The pyramid level that has at least one pixel per device pixel at @p scale.
    int levelFor(double scale, qreal devicePixelRatio) const;
    /// Draws the image, the live mask and the outlines into @p exposed of a widget of size
    /// @p widget. Returns false when a coarser stand-in was drawn while the wanted level is
    /// blended (repaintNeeded() follows), or a preview has fewer pixels than the view shows.
    bool paint(QPainter &painter, const QRect &widget, const QRect &exposed, const View &view);
    /// The pyramid level the last paint drew from (0 = full resolution).
    int lastLevel() const { return m_lastLevel; }

    /// Opacity of the mask fill while an editing tool is active and the mask is outlined: the
    /// painted area must be visible as it is painted.
    static constexpr int kEditFillOpacity = 35;

Q_SIGNALS:
    /// A level blended in the background is ready: paint again.
    void repaintNeeded();

private:
    /// The image to draw for @p level; @p exact is false when a coarser stand-in is used.
    QImage imageFor(int level, int *drawnLevel, bool *exact);
    void startCompose(int level);
    void resetComposed();
    void updateContourBounds();
    /// The overlay settings the blended levels use: with a document, the truth fill is drawn
    /// live instead of blended.
    OverlaySettings composeSettings() const;
    bool liveFillShown(bool editing) const;
    void paintLiveMask(QPainter &painter, const QRectF &visible, const View &view);
    void paintContours(QPainter &painter, const QRectF &exposed, const View &view);

    LoadedSamplePtr m_sample;
    OverlaySettings m_settings;
    bool m_hidden = false;
    int m_lastLevel = 0;

    std::vector<QImage> m_composed;       ///< blended levels for m_sample and m_settings
    std::vector<QImage> m_staleComposed;  ///< stand-ins while levels are blended again
    quint64 m_composeGeneration = 0;
    int m_composingLevel = -1;
    core::Watcher<QImage> m_composeWatcher;

    std::vector<QRectF> m_truthBounds;    ///< bounding boxes of the truth contours
    std::vector<QRectF> m_predictionBounds;
    LiveMask m_live;
    QVector<QPolygonF> m_preview;
};

} // namespace dermask::ui
