#include "ui/canvas/imagecanvas.h"

#include "ui/canvas/compositor.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWheelEvent>
#include <QtConcurrent/qtconcurrentrun.h>

#include <cmath>

namespace dermask::ui {

namespace {

constexpr double kMaxScale = 32.0;
constexpr double kStep = 1.25;
// Levels up to this many pixels are blended on the GUI thread (a few ms); bigger ones in
// the background while a coarser level stands in.
constexpr qint64 kSyncComposePixels = 2'500'000;
const QColor kBackground(0x2a, 0x2c, 0x2f);

bool typingInto(QWidget *widget)
{
    if (!widget)
        return false;
    if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
        || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget))
        return true;
    auto *combo = qobject_cast<QComboBox *>(widget);
    return combo && combo->isEditable();
}

} // namespace

ImageCanvas::ImageCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_loadingDelay.setSingleShot(true);
    m_loadingDelay.setInterval(150);
    connect(&m_loadingDelay, &QTimer::timeout, this, [this] {
        m_showLoading = true;
        update();
    });
    connect(&m_composeWatcher, &QFutureWatcher<QImage>::finished, this, [this] {
        const int level = m_composingLevel;
        m_composingLevel = -1;
        if (m_composeWatcher.future().resultCount() == 0)
            return;
        const QImage image = m_composeWatcher.result();
        // A result for other settings or another sample is recognised by the generation.
        if (m_composeWatcher.property("generation").toULongLong() != m_composeGeneration)
            return;
        if (level >= 0 && level < int(m_composed.size()))
            m_composed[size_t(level)] = image;
        update();
    });
    // The hold-to-hide and space keys act wherever the focus is (the browser usually has it).
    qApp->installEventFilter(this);
}

ImageCanvas::~ImageCanvas()
{
    if (qApp)
        qApp->removeEventFilter(this);
    m_composeWatcher.disconnect(this);
    m_composeWatcher.waitForFinished();
}

void ImageCanvas::setSample(LoadedSamplePtr sample)
{
    m_loadingDelay.stop();
    m_showLoading = false;
    m_loadingId.clear();
    m_loadingPreview = QPixmap();
    m_message.clear();
    const bool sameSize = m_sample && sample && m_sample->size == sample->size;
    m_sample = std::move(sample);
    resetComposed();
    // Same-sized images keep the zoom and position, so a region can be compared across
    // images; anything else starts fitted.
    if (!sameSize || m_fit)
        fitToWindow();
    update();
}

void ImageCanvas::setLoading(const QString &id, const QPixmap &preview)
{
    m_loadingId = id;
    m_loadingPreview = preview;
    if (!m_sample) {
        m_showLoading = true;
        update();
        return;
    }
    if (!m_loadingDelay.isActive() && !m_showLoading)
        m_loadingDelay.start();
    else if (m_showLoading)
        update();
}

void ImageCanvas::clear(const QString &message)
{
    m_loadingDelay.stop();
    m_showLoading = false;
    m_loadingId.clear();
    m_sample.reset();
    resetComposed();
    m_message = message;
    update();
}

void ImageCanvas::setOverlaySettings(const OverlaySettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    resetComposed();
    update();
}

void ImageCanvas::setOverlaysHidden(bool hidden)
{
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    update();
}

void ImageCanvas::resetComposed()
{
    ++m_composeGeneration;
    m_composed.assign(m_sample ? size_t(m_sample->levelCount()) : 0, QImage());
}

double ImageCanvas::fitScale() const
{
    if (!m_sample || !m_sample->imageOk())
        return 1.0;
    const QSizeF size = m_sample->size;
    const double margin = 8.0;
    const double sx = (width() - 2 * margin) / size.width();
    const double sy = (height() - 2 * margin) / size.height();
    return std::max(1e-3, std::min(sx, sy));
}

void ImageCanvas::fitToWindow()
{
    m_fit = true;
    if (!m_sample || !m_sample->imageOk()) {
        update();
        return;
    }
    m_scale = fitScale();
    const QSizeF shown = QSizeF(m_sample->size) * m_scale;
    m_offset = QPointF((width() - shown.width()) / 2.0, (height() - shown.height()) / 2.0);
    update();
    Q_EMIT zoomChanged(m_scale);
}

void ImageCanvas::actualSize()
{
    setZoom(1.0, QPointF(width() / 2.0, height() / 2.0));
}

void ImageCanvas::zoomIn()
{
    setZoom(m_scale * kStep, QPointF(width() / 2.0, height() / 2.0));
}

void ImageCanvas::zoomOut()
{
    setZoom(m_scale / kStep, QPointF(width() / 2.0, height() / 2.0));
}

void ImageCanvas::setZoom(double scale, const QPointF &anchor)
{
    if (!m_sample || !m_sample->imageOk())
        return;
    const double minScale = std::min(fitScale(), 1.0) / 2.0;
    scale = std::clamp(scale, minScale, kMaxScale);
    const QPointF imagePoint = toImage(anchor);
    m_scale = scale;
    m_offset = anchor - imagePoint * m_scale;
    m_fit = false;
    clampOffset();
    update();
    Q_EMIT zoomChanged(m_scale);
}

QPointF ImageCanvas::toImage(const QPointF &pos) const
{
    return (pos - m_offset) / m_scale;
}

void ImageCanvas::clampOffset()
{
    if (!m_sample || !m_sample->imageOk())
        return;
    // The image may not leave the window entirely: its centre stays inside.
    const QSizeF shown = QSizeF(m_sample->size) * m_scale;
    const double cx = std::clamp(m_offset.x() + shown.width() / 2.0, 0.0, double(width()));
    const double cy = std::clamp(m_offset.y() + shown.height() / 2.0, 0.0, double(height()));
    m_offset = QPointF(cx - shown.width() / 2.0, cy - shown.height() / 2.0);
}

int ImageCanvas::levelFor(double scale) const
{
    if (!m_sample)
        return 0;
    const double deviceScale = scale * devicePixelRatioF();
    int level = 0;
    // The coarsest level that still has at least one pixel per screen pixel.
    while (level + 1 < m_sample->levelCount() && m_sample->levelScale(level + 1) >= deviceScale * 0.999)
        ++level;
    return level;
}

void ImageCanvas::startCompose(int level)
{
    if (m_composingLevel >= 0)
        return;  // one at a time; the next paint asks again
    m_composingLevel = level;
    const LoadedSamplePtr sample = m_sample;
    const OverlaySettings settings = m_settings;
    m_composeWatcher.setProperty("generation", QVariant::fromValue(m_composeGeneration));
    m_composeWatcher.setFuture(QtConcurrent::run([sample, level, settings] {
        return composeLevel(*sample, level, settings);
    }));
}

QImage ImageCanvas::imageFor(int level, int *drawnLevel, bool *exact)
{
    *drawnLevel = level;
    *exact = true;
    if (m_hidden || !m_settings.needsComposite())
        return m_sample->levels[size_t(level)];
    if (!m_composed[size_t(level)].isNull())
        return m_composed[size_t(level)];
    const QImage &base = m_sample->levels[size_t(level)];
    if (qint64(base.width()) * base.height() <= kSyncComposePixels) {
        m_composed[size_t(level)] = composeLevel(*m_sample, level, m_settings);
        return m_composed[size_t(level)];
    }
    startCompose(level);
    *exact = false;
    for (int coarser = level + 1; coarser < m_sample->levelCount(); ++coarser) {
        const QImage &candidate = m_sample->levels[size_t(coarser)];
        if (m_composed[size_t(coarser)].isNull()
            && qint64(candidate.width()) * candidate.height() <= kSyncComposePixels)
            m_composed[size_t(coarser)] = composeLevel(*m_sample, coarser, m_settings);
        if (!m_composed[size_t(coarser)].isNull()) {
            *drawnLevel = coarser;
            return m_composed[size_t(coarser)];
        }
    }
    return base;
}

void ImageCanvas::paintEvent(QPaintEvent *)
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
    }
    if (!m_hidden)
        paintContours(painter);
    if (exact)
        Q_EMIT framePainted(m_sample->id);
}

void ImageCanvas::paintContours(QPainter &painter)
{
    struct Outline
    {
        const MaskLayer *layer;
        const LayerStyle *style;
    };
    const Outline outlines[] = {{&m_sample->truth, &m_settings.truth},
                                {&m_sample->prediction, &m_settings.prediction}};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(QTransform(m_scale, 0, 0, m_scale, m_offset.x(), m_offset.y()));
    for (const Outline &outline : outlines) {
        if (!outline.style->visible || outline.style->mode != LayerStyle::Mode::Contour
            || !outline.layer->present())
            continue;
        QColor color = outline.style->color;
        color.setAlphaF(outline.style->outlineAlpha());
        QPen pen(color, 2.0);
        pen.setCosmetic(true);  // two screen pixels wide at every zoom
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        for (const QPolygonF &polygon : outline.layer->contours)
            painter.drawPolyline(polygon);
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

void ImageCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        fitToWindow();
    else
        clampOffset();
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        event->ignore();
        return;
    }
    // 120 units (one notch of a common wheel) zoom by about 20 %; touchpads send less.
    const double factor = std::pow(1.2, delta.y() / 120.0);
    setZoom(m_scale * factor, event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    // Middle drag, space+drag, and plain left drag while no editing tool exists.
    if (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton) {
        m_panning = true;
        m_panStart = event->position();
        m_panOffsetStart = m_offset;
        updateCursor();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning && m_sample) {
        m_offset = m_panOffsetStart + (event->position() - m_panStart);
        m_fit = false;
        clampOffset();
        update();
    }
    if (m_sample && m_sample->imageOk()) {
        const QPointF p = toImage(event->position());
        const QPoint pixel(int(std::floor(p.x())), int(std::floor(p.y())));
        const bool inside = pixel.x() >= 0 && pixel.y() >= 0 && pixel.x() < m_sample->size.width()
                            && pixel.y() < m_sample->size.height();
        Q_EMIT cursorMoved(inside ? pixel : QPoint(-1, -1));
    }
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        updateCursor();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Double click toggles between fitted and 1:1 at the clicked point.
    if (event->button() == Qt::LeftButton) {
        if (m_fit)
            setZoom(1.0, event->position());
        else
            fitToWindow();
        event->accept();
    }
}

void ImageCanvas::leaveEvent(QEvent *event)
{
    Q_EMIT cursorMoved(QPoint(-1, -1));
    QWidget::leaveEvent(event);
}

bool ImageCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    QWidget *active = QApplication::activeWindow();
    if (!isVisible() || typingInto(QApplication::focusWidget()) || (active && active != window()))
        return false;
    const bool press = event->type() == QEvent::KeyPress;
    if (key->key() == holdToHideKey()) {
        if (!key->isAutoRepeat())
            setOverlaysHidden(press);
        return true;  // neither the browser's type-ahead nor anyone else sees it
    }
    if (key->key() == Qt::Key_Space && (underMouse() || hasFocus())) {
        if (!key->isAutoRepeat()) {
            m_spaceHeld = press;
            updateCursor();
        }
        return true;
    }
    return false;
}

void ImageCanvas::updateCursor()
{
    if (m_panning)
        setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        setCursor(Qt::OpenHandCursor);
    else
        setCursor(Qt::CrossCursor);
}

} // namespace dermask::ui
