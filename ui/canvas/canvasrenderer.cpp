#include "ui/canvas/canvasrenderer.h"

#include "core/mask/maskdocument.h"
#include "ui/canvas/compositor.h"

#include <QPainter>
#include <QtConcurrent/qtconcurrentrun.h>

namespace dermask::ui {

namespace {

// Levels up to this many pixels are blended on the GUI thread (a few ms); bigger ones in
// the background while a coarser level stands in.
constexpr qint64 kSyncComposePixels = 2'500'000;

std::vector<QRectF> boundsOf(const QVector<QPolygonF> &polygons)
{
    std::vector<QRectF> bounds;
    bounds.reserve(size_t(polygons.size()));
    for (const QPolygonF &p : polygons)
        bounds.push_back(p.boundingRect().adjusted(-1, -1, 1, 1));
    return bounds;
}

/// Strokes the parts of @p line that cross @p area, dropping points closer than @p step to the
/// last one drawn: a brush event repaints a few pixels, and a 6000x4000 mask's outline has
/// thousands of points that the stroker would otherwise join one by one on every repaint.
void drawPolylineIn(QPainter &painter, const QPolygonF &line, const QRectF &area, double step)
{
    QPolygonF run;
    const double step2 = step * step;
    auto flush = [&] {
        if (run.size() >= 2)
            painter.drawPolyline(run);
        run.clear();
    };
    for (int i = 0; i + 1 < line.size(); ++i) {
        const QPointF &a = line[i];
        const QPointF &b = line[i + 1];
        const QRectF segment = QRectF(a, b).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
        if (!segment.intersects(area)) {
            if (!run.isEmpty()) {
                run.append(a);  // finish the run at the point where it leaves the area
                flush();
            }
            continue;
        }
        if (run.isEmpty()) {
            run.append(a);
        } else {
            const QPointF d = a - run.last();
            if (d.x() * d.x() + d.y() * d.y() >= step2)
                run.append(a);
        }
        if (i + 2 == line.size())
            run.append(b);
    }
    if (!run.isEmpty() && run.last() != line.last() && line.size() >= 2)
        run.append(line.last());
    flush();
}

} // namespace

CanvasRenderer::CanvasRenderer(QObject *parent) : QObject(parent)
{
    connect(&m_composeWatcher, &QFutureWatcher<QImage>::finished, this, [this] {
        const int level = m_composingLevel;
        m_composingLevel = -1;
        if (m_composeWatcher.future().resultCount() == 0)
            return;
        // A result for other settings or another sample is recognised by the generation.
        if (m_composeWatcher.property("generation").toULongLong() != m_composeGeneration)
            return;
        if (level >= 0 && level < int(m_composed.size()))
            m_composed[size_t(level)] = m_composeWatcher.result();
        Q_EMIT repaintNeeded();
    });
}

CanvasRenderer::~CanvasRenderer()
{
    m_composeWatcher.disconnect(this);
    m_composeWatcher.waitForFinished();
}

void CanvasRenderer::setSample(LoadedSamplePtr sample)
{
    m_sample = std::move(sample);
    m_staleComposed.clear();
    resetComposed();
    updateContourBounds();
}

void CanvasRenderer::refreshSample(LoadedSamplePtr sample)
{
    m_sample = std::move(sample);
    updateContourBounds();
    // Only the difference view blends the truth in: the other levels are still right.
    if (m_settings.difference) {
        m_staleComposed = m_composed;
        resetComposed();
    }
}

void CanvasRenderer::setSettings(const OverlaySettings &settings)
{
    m_settings = settings;
    m_staleComposed.clear();
    resetComposed();
}

void CanvasRenderer::setOverlaysHidden(bool hidden)
{
    m_hidden = hidden;
}

void CanvasRenderer::setDocument(core::MaskDocument *document)
{
    m_live.setDocument(document);
    // The truth fill moves between the blended levels and the live layer.
    m_staleComposed.clear();
    resetComposed();
}

core::MaskDocument *CanvasRenderer::document() const
{
    return m_live.document();
}

bool CanvasRenderer::setPreviewContours(const QVector<QPolygonF> &contours)
{
    if (contours.isEmpty() && m_preview.isEmpty())
        return false;
    m_preview = contours;
    return true;
}

void CanvasRenderer::resetComposed()
{
    ++m_composeGeneration;
    m_composed.assign(m_sample ? size_t(m_sample->levelCount()) : 0, QImage());
}

void CanvasRenderer::updateContourBounds()
{
    m_truthBounds = m_sample ? boundsOf(m_sample->truth.contours) : std::vector<QRectF>();
    m_predictionBounds = m_sample ? boundsOf(m_sample->prediction.contours) : std::vector<QRectF>();
}

int CanvasRenderer::levelFor(double scale, qreal devicePixelRatio) const
{
    if (!m_sample)
        return 0;
    const double deviceScale = scale * devicePixelRatio;
    int level = 0;
    // The coarsest level that still has at least one pixel per screen pixel.
    while (level + 1 < m_sample->levelCount() && m_sample->levelScale(level + 1) >= deviceScale * 0.999)
        ++level;
    return level;
}

void CanvasRenderer::startCompose(int level)
{
    if (m_composingLevel >= 0)
        return;  // one at a time; the next paint asks again
    m_composingLevel = level;
    const LoadedSamplePtr sample = m_sample;
    const OverlaySettings settings = composeSettings();
    m_composeWatcher.setProperty("generation", QVariant::fromValue(m_composeGeneration));
    m_composeWatcher.setFuture(core::runInBackground(QThreadPool::globalInstance(), [sample, level, settings] {
        return composeLevel(*sample, level, settings);
    }));
}

QImage CanvasRenderer::imageFor(int level, int *drawnLevel, bool *exact)
{
    *drawnLevel = level;
    *exact = true;
    const OverlaySettings settings = composeSettings();
    if (m_hidden || !settings.needsComposite())
        return m_sample->levels[size_t(level)];
    if (!m_composed[size_t(level)].isNull())
        return m_composed[size_t(level)];
    const QImage &base = m_sample->levels[size_t(level)];
    if (qint64(base.width()) * base.height() <= kSyncComposePixels) {
        m_composed[size_t(level)] = composeLevel(*m_sample, level, settings);
        return m_composed[size_t(level)];
    }
    startCompose(level);
    *exact = false;
    // After an edit the previous blend stands in until the new one is ready.
    if (level < int(m_staleComposed.size()) && !m_staleComposed[size_t(level)].isNull())
        return m_staleComposed[size_t(level)];
    for (int coarser = level + 1; coarser < m_sample->levelCount(); ++coarser) {
        const QImage &candidate = m_sample->levels[size_t(coarser)];
        if (m_composed[size_t(coarser)].isNull()
            && qint64(candidate.width()) * candidate.height() <= kSyncComposePixels)
            m_composed[size_t(coarser)] = composeLevel(*m_sample, coarser, settings);
        if (!m_composed[size_t(coarser)].isNull()) {
            *drawnLevel = coarser;
            return m_composed[size_t(coarser)];
        }
    }
    return base;
}

OverlaySettings CanvasRenderer::composeSettings() const
{
    OverlaySettings settings = m_settings;
    if (m_live.document())
        settings.truth.mode = LayerStyle::Mode::Contour;
    return settings;
}

bool CanvasRenderer::liveFillShown(bool editing) const
{
    if (!m_live.document() || m_hidden || !m_settings.truth.visible || m_settings.difference)
        return false;
    return m_settings.truth.mode == LayerStyle::Mode::Fill || editing;
}

bool CanvasRenderer::paint(QPainter &painter, const QRect &widget, const QRect &exposed, const View &view)
{
    if (!m_sample || !m_sample->imageOk())
        return true;
    const int level = levelFor(view.scale, view.devicePixelRatio);
    int drawnLevel = level;
    bool exact = true;
    const QImage image = imageFor(level, &drawnLevel, &exact);
    m_lastLevel = drawnLevel;
    // A preview is the picture the user asked for only while it has a pixel per screen pixel;
    // zoomed in further, the full read that follows is.
    if (m_sample->isPreview() && m_sample->levelScale(level) < view.scale * view.devicePixelRatio * 0.999)
        exact = false;

    const QRectF target(view.offset, QSizeF(m_sample->size) * view.scale);
    const QRectF visible = target.intersected(QRectF(widget));
    if (!visible.isEmpty()) {
        const double levelScale = m_sample->levelScale(drawnLevel);
        const double k = levelScale / view.scale;  // level pixels per widget pixel
        QRectF source((visible.left() - view.offset.x()) * k, (visible.top() - view.offset.y()) * k,
                      visible.width() * k, visible.height() * k);
        source = source.intersected(QRectF(image.rect()));
        // Smooth while shrinking; square pixels when magnified, so a mask border can be
        // checked pixel by pixel.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, view.scale * view.devicePixelRatio < 2.0);
        painter.drawImage(visible, image, source);
        paintLiveMask(painter, visible, view);
    }
    if (!m_hidden)
        paintContours(painter, QRectF(exposed), view);
    return exact;
}

void CanvasRenderer::paintLiveMask(QPainter &painter, const QRectF &visible, const View &view)
{
    if (!liveFillShown(view.editing))
        return;
    const core::MaskDocument *document = m_live.document();
    if (document->size().width != m_sample->size.width() || document->size().height != m_sample->size.height())
        return;
    QColor color = m_settings.truth.color;
    const int opacity = m_settings.truth.mode == LayerStyle::Mode::Fill ? m_settings.truth.opacity
                                                                          : kEditFillOpacity;
    color.setAlpha(std::clamp(opacity, 0, 100) * 255 / 100);
    const QRectF source((visible.left() - view.offset.x()) / view.scale,
                        (visible.top() - view.offset.y()) / view.scale, visible.width() / view.scale,
                        visible.height() / view.scale);
    // Square pixels when magnified (a border checked pixel by pixel), smooth when shrunk.
    m_live.paint(painter, visible, source, color, view.scale * view.devicePixelRatio < 1.0);
}

void CanvasRenderer::paintContours(QPainter &painter, const QRectF &exposed, const View &view)
{
    struct Outline
    {
        const MaskLayer *layer;
        const LayerStyle *style;
        const std::vector<QRectF> *bounds;
    };
    const Outline outlines[] = {{&m_sample->truth, &m_settings.truth, &m_truthBounds},
                                {&m_sample->prediction, &m_settings.prediction, &m_predictionBounds}};
    // Only outlines crossing the repainted area are stroked: a brush event repaints a few
    // pixels, and a large mask has thousands of outline points.
    const QRectF area = QRectF((exposed.topLeft() - view.offset) / view.scale, exposed.size() / view.scale)
                            .adjusted(-2, -2, 2, 2);
    // Points closer than half a screen pixel add nothing to a 2 px line.
    const double step = 0.5 / (view.scale * view.devicePixelRatio);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(QTransform(view.scale, 0, 0, view.scale, view.offset.x(), view.offset.y()));
    auto stroke = [&](const QColor &color, bool dashed) {
        QPen pen(color, 2.0);
        pen.setCosmetic(true);  // two screen pixels wide at every zoom
        pen.setJoinStyle(Qt::RoundJoin);
        if (dashed)
            pen.setDashPattern({4, 3});
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
    };
    for (const Outline &outline : outlines) {
        if (!outline.style->visible || outline.style->mode != LayerStyle::Mode::Contour
            || !outline.layer->present())
            continue;
        QColor color = outline.style->color;
        color.setAlphaF(outline.style->outlineAlpha());
        stroke(color, false);
        const QVector<QPolygonF> &contours = outline.layer->contours;
        for (int i = 0; i < contours.size(); ++i) {
            if (size_t(i) < outline.bounds->size() && !(*outline.bounds)[size_t(i)].intersects(area))
                continue;
            drawPolylineIn(painter, contours[i], area, step);
        }
    }
    if (!m_preview.isEmpty()) {
        stroke(m_settings.prediction.color, true);
        for (const QPolygonF &polygon : std::as_const(m_preview))
            drawPolylineIn(painter, polygon, area, step);
    }
    painter.restore();
}

} // namespace dermask::ui
