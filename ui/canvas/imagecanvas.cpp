#include "ui/canvas/imagecanvas.h"

#include "core/mask/maskdocument.h"
#include "ui/tools/canvastool.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWheelEvent>

#include <cmath>

namespace dermask::ui {

namespace {

constexpr double kMaxScale = 32.0;
constexpr double kStep = 1.25;

std::vector<QRectF> boundsOf(const QVector<QPolygonF> &polygons)
{
    std::vector<QRectF> bounds;
    bounds.reserve(size_t(polygons.size()));
    for (const QPolygonF &p : polygons)
        bounds.push_back(p.boundingRect().adjusted(-1, -1, 1, 1));
    return bounds;
}

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
    updateCursor();
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
    if (!sample || !m_sample || sample->id != m_sample->id) {
        if (m_tool)
            m_tool->cancel();  // a lasso or box of the previous image means nothing on this one
        if (m_live.document() && (!sample || m_live.document()->sampleId() != sample->id))
            setDocument(nullptr);
    }
    m_sample = std::move(sample);
    m_staleComposed.clear();
    resetComposed();
    updateContourBounds();
    // Same-sized images keep the zoom and position, so a region can be compared across
    // images; anything else starts fitted.
    if (!sameSize || m_fit)
        fitToWindow();
    update();
}

void ImageCanvas::refreshSample(LoadedSamplePtr sample)
{
    if (!m_sample || !sample || sample->id != m_sample->id || sample->size != m_sample->size) {
        setSample(std::move(sample));
        return;
    }
    m_sample = std::move(sample);
    updateContourBounds();
    // Only the difference view blends the truth in: the other levels are still right.
    if (m_settings.difference) {
        m_staleComposed = m_composed;
        resetComposed();
    }
    update();
}

void ImageCanvas::updateContourBounds()
{
    m_truthBounds = m_sample ? boundsOf(m_sample->truth.contours) : std::vector<QRectF>();
    m_predictionBounds = m_sample ? boundsOf(m_sample->prediction.contours) : std::vector<QRectF>();
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
    m_staleComposed.clear();
    resetComposed();
    updateContourBounds();
    setDocument(nullptr);
    m_message = message;
    update();
}

void ImageCanvas::setOverlaySettings(const OverlaySettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    m_staleComposed.clear();
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

QPointF ImageCanvas::toWidget(const QPointF &p) const
{
    return p * m_scale + m_offset;
}

QRectF ImageCanvas::toWidget(const QRectF &imageRect) const
{
    return QRectF(toWidget(imageRect.topLeft()), imageRect.size() * m_scale);
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
    if ((event->modifiers() & Qt::ControlModifier) && m_tool && m_tool->wheel(event)) {
        event->accept();
        return;
    }
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

ToolEvent ImageCanvas::toolEvent(QMouseEvent *event) const
{
    ToolEvent e;
    e.widgetPos = event->position();
    e.imagePos = toImage(event->position());
    e.button = event->button();
    e.modifiers = event->modifiers();
    return e;
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const bool editable = m_tool && m_sample && m_sample->imageOk();
    // Middle drag and space+drag pan always; left drag pans while no editing tool is active.
    if (m_toolButton == Qt::NoButton
        && (event->button() == Qt::MiddleButton
            || (event->button() == Qt::LeftButton && (m_spaceHeld || !m_tool)))) {
        m_panning = true;
        m_panButton = event->button();
        m_panStart = event->position();
        m_panOffsetStart = m_offset;
        updateCursor();
        event->accept();
        return;
    }
    if (editable && !m_panning && m_toolButton == Qt::NoButton
        && (event->button() == Qt::LeftButton || event->button() == Qt::RightButton)) {
        m_toolButton = event->button();
        m_tool->press(toolEvent(event));
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
    bool inside = false;
    if (m_sample && m_sample->imageOk()) {
        const QPointF p = toImage(event->position());
        const QPoint pixel(int(std::floor(p.x())), int(std::floor(p.y())));
        inside = pixel.x() >= 0 && pixel.y() >= 0 && pixel.x() < m_sample->size.width()
                 && pixel.y() < m_sample->size.height();
        Q_EMIT cursorMoved(inside ? pixel : QPoint(-1, -1));
    }
    if (m_tool && !m_panning) {
        if (m_toolButton != Qt::NoButton || m_tool->isBusy()) {
            ToolEvent e = toolEvent(event);
            e.button = Qt::NoButton;
            m_tool->move(e);
        }
        m_tool->hover(event->position(), rect().contains(event->position().toPoint()));
    }
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == m_panButton) {
        m_panning = false;
        m_panButton = Qt::NoButton;
        updateCursor();
        event->accept();
        return;
    }
    if (m_tool && m_toolButton != Qt::NoButton && event->button() == m_toolButton) {
        m_toolButton = Qt::NoButton;
        m_tool->release(toolEvent(event));
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_tool) {
        // A tool may close a polygon with it; fit/1:1 switching would only surprise while editing.
        if (m_sample && m_sample->imageOk())
            m_tool->doubleClick(toolEvent(event));
        event->accept();
        return;
    }
    // Double click toggles between fitted and 1:1 at the clicked point.
    if (event->button() == Qt::LeftButton) {
        if (m_fit)
            setZoom(1.0, event->position());
        else
            fitToWindow();
        event->accept();
    }
}

void ImageCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_tool && m_tool->key(event)) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ImageCanvas::leaveEvent(QEvent *event)
{
    Q_EMIT cursorMoved(QPoint(-1, -1));
    if (m_tool)
        m_tool->hover(QPointF(), false);
    QWidget::leaveEvent(event);
}

// ---- Editing ------------------------------------------------------------------------------

void ImageCanvas::setDocument(core::MaskDocument *document)
{
    if (document == m_live.document())
        return;
    disconnect(m_documentConnection);
    m_live.setDocument(document);
    if (document)
        m_documentConnection = connect(document, &core::MaskDocument::changed, this, &ImageCanvas::updateImageRect);
    // The truth fill moves between the blended levels and the live layer.
    m_staleComposed.clear();
    resetComposed();
    update();
}

core::MaskDocument *ImageCanvas::document() const
{
    return m_live.document();
}

CanvasTool *ImageCanvas::tool() const
{
    return m_tool;
}

void ImageCanvas::setTool(CanvasTool *tool)
{
    if (tool == m_tool)
        return;
    if (m_tool) {
        m_toolButton = Qt::NoButton;
        m_tool->setCanvas(nullptr);
    }
    m_tool = tool;
    if (m_tool)
        m_tool->setCanvas(this);
    updateCursor();
    update();
}

void ImageCanvas::updateImageRect(const QRect &imageRect)
{
    if (imageRect.isEmpty() || !m_sample)
        return;
    // One widget pixel of margin for the smoothing of scaled drawing, plus the outline pen.
    update(toWidget(QRectF(imageRect)).toAlignedRect().adjusted(-3, -3, 3, 3));
}

void ImageCanvas::setPreviewContours(const QVector<QPolygonF> &contours, const QColor &color)
{
    if (contours.isEmpty() && m_preview.isEmpty())
        return;
    m_preview = contours;
    m_previewColor = color;
    update();
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
    else if (m_spaceHeld || !m_tool)
        setCursor(Qt::OpenHandCursor);
    else
        setCursor(Qt::CrossCursor);
}

} // namespace dermask::ui
