// ImageCanvas, continued: drawing. The image from the pyramid level the zoom asks for (blended
// with the raster overlays, in the background for big levels), the mask being edited drawn
// live over it, the outlines as vectors, then the active tool's marks.

#include "ui/canvas/imagecanvas.h"

#include "core/mask/maskdocument.h"
#include "ui/canvas/compositor.h"
#include "ui/tools/canvastool.h"

#include <QPaintEvent>
#include <QPainter>
#include <QtConcurrent/qtconcurrentrun.h>

namespace dermask::ui {

namespace {

// Levels up to this many pixels are blended on the GUI thread (a few ms); bigger ones in
// the background while a coarser level stands in.
constexpr qint64 kSyncComposePixels = 2'500'000;
const QColor kBackground(0x2a, 0x2c, 0x2f);

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

void ImageCanvas::startCompose(int level)
{
    if (m_composingLevel >= 0)
        return;  // one at a time; the next paint asks again
    m_composingLevel = level;
    const LoadedSamplePtr sample = m_sample;
    const OverlaySettings settings = composeSettings();
    m_composeWatcher.setProperty("generation", QVariant::fromValue(m_composeGeneration));
    m_composeWatcher.setFuture(QtConcurrent::run([sample, level, settings] {
        return composeLevel(*sample, level, settings);
    }));
}

QImage ImageCanvas::imageFor(int level, int *drawnLevel, bool *exact)
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

OverlaySettings ImageCanvas::composeSettings() const
{
    OverlaySettings settings = m_settings;
    if (m_live.document())
        settings.truth.mode = LayerStyle::Mode::Contour;
    return settings;
}

bool ImageCanvas::liveFillShown() const
{
    if (!m_live.document() || m_hidden || !m_settings.truth.visible || m_settings.difference)
        return false;
    return m_settings.truth.mode == LayerStyle::Mode::Fill || m_tool;
}

void ImageCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);

    const bool showLoading = m_showLoading && !m_loadingId.isEmpty();
    if (showLoading || !m_sample) {
        if (showLoading) {
            if (!m_loadingPreview.isNull()) {
                const QSize size = m_loadingPreview.size().scaled(this->size() * 0.9, Qt::KeepAspectRatio);
                const QRect target(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
                painter.setRenderHint(QPainter::SmoothPixmapTransform);
                painter.setOpacity(0.5);
                painter.drawPixmap(target, m_loadingPreview);
                painter.setOpacity(1.0);
            }
            paintMessage(painter, tr("Loading %1…").arg(m_loadingId), QString());
        } else if (!m_message.isEmpty()) {
            paintMessage(painter, m_message, QString());
        }
        return;
    }
    if (!m_sample->imageOk()) {
        paintMessage(painter, tr("Cannot show %1").arg(m_sample->id), m_sample->imageError);
        Q_EMIT framePainted(m_sample->id);  // what there is to show of it is shown
        return;
    }

    const int level = levelFor(m_scale);
    int drawnLevel = level;
    bool exact = true;
    const QImage image = imageFor(level, &drawnLevel, &exact);
    m_lastLevel = drawnLevel;

    const QRectF target(m_offset, QSizeF(m_sample->size) * m_scale);
    const QRectF visible = target.intersected(QRectF(rect()));
    if (!visible.isEmpty()) {
        const double levelScale = m_sample->levelScale(drawnLevel);
        const double k = levelScale / m_scale;  // level pixels per widget pixel
        QRectF source((visible.left() - m_offset.x()) * k, (visible.top() - m_offset.y()) * k,
                      visible.width() * k, visible.height() * k);
        source = source.intersected(QRectF(image.rect()));
        // Smooth while shrinking; square pixels when magnified, so a mask border can be
        // checked pixel by pixel.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_scale * devicePixelRatioF() < 2.0);
        painter.drawImage(visible, image, source);
        paintLiveMask(painter, visible);
    }
    if (!m_hidden)
        paintContours(painter, QRectF(event->rect()));
    if (m_tool)
        m_tool->paint(painter);
    if (exact)
        Q_EMIT framePainted(m_sample->id);
}

void ImageCanvas::paintLiveMask(QPainter &painter, const QRectF &visible)
{
    if (!liveFillShown())
        return;
    const core::MaskDocument *document = m_live.document();
    if (document->size().width != m_sample->size.width() || document->size().height != m_sample->size.height())
        return;
    QColor color = m_settings.truth.color;
    const int opacity = m_settings.truth.mode == LayerStyle::Mode::Fill ? m_settings.truth.opacity
                                                                          : kEditFillOpacity;
    color.setAlpha(std::clamp(opacity, 0, 100) * 255 / 100);
    const QRectF source((visible.left() - m_offset.x()) / m_scale, (visible.top() - m_offset.y()) / m_scale,
                        visible.width() / m_scale, visible.height() / m_scale);
    // Square pixels when magnified (a border checked pixel by pixel), smooth when shrunk.
    m_live.paint(painter, visible, source, color, m_scale * devicePixelRatioF() < 1.0);
}

void ImageCanvas::paintContours(QPainter &painter, const QRectF &exposed)
{
    struct Outline
    {
        const MaskLayer *layer;
        const LayerStyle *style;
        const std::vector<QRectF> *bounds;
        bool dashed;
    };
    const Outline outlines[] = {{&m_sample->truth, &m_settings.truth, &m_truthBounds, false},
                                {&m_sample->prediction, &m_settings.prediction, &m_predictionBounds, false}};
    // Only outlines crossing the repainted area are stroked: a brush event repaints a few
    // pixels, and a large mask has thousands of outline points.
    const QRectF area = QRectF(toImage(exposed.topLeft()), exposed.size() / m_scale).adjusted(-2, -2, 2, 2);
    // Points closer than half a screen pixel add nothing to a 2 px line.
    const double step = 0.5 / (m_scale * devicePixelRatioF());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(QTransform(m_scale, 0, 0, m_scale, m_offset.x(), m_offset.y()));
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
        stroke(color, outline.dashed);
        const QVector<QPolygonF> &contours = outline.layer->contours;
        for (int i = 0; i < contours.size(); ++i) {
            if (size_t(i) < outline.bounds->size() && !(*outline.bounds)[size_t(i)].intersects(area))
                continue;
            drawPolylineIn(painter, contours[i], area, step);
        }
    }
    if (!m_preview.isEmpty()) {
        stroke(m_previewColor, true);
        for (const QPolygonF &polygon : std::as_const(m_preview))
            drawPolylineIn(painter, polygon, area, step);
    }
    painter.restore();
}

void ImageCanvas::paintMessage(QPainter &painter, const QString &title, const QString &detail)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    painter.setFont(font);
    painter.setPen(QColor(0xe0, 0xe0, 0xe0));
    const QRect area = rect().adjusted(24, 24, -24, -24);
    QRect titleRect = area;
    if (!detail.isEmpty())
        titleRect.setBottom(area.center().y());
    painter.drawText(titleRect, Qt::AlignHCenter | (detail.isEmpty() ? Qt::AlignVCenter : Qt::AlignBottom)
                                    | Qt::TextWordWrap, title);
    if (!detail.isEmpty()) {
        font.setPointSizeF(font.pointSizeF() / 1.4);
        painter.setFont(font);
        painter.setPen(QColor(0xff, 0x9a, 0x9a));
        QRect detailRect = area;
        detailRect.setTop(area.center().y() + 12);
        painter.drawText(detailRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, detail);
    }
    painter.restore();
}

} // namespace dermask::ui
