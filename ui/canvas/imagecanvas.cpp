#include "ui/canvas/imagecanvas.h"

#include "core/mask/maskdocument.h"
#include "ui/common/canvastool.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWheelEvent>

#include <cmath>

namespace dermask::ui {

namespace {

constexpr double kMaxScale = 32.0;
constexpr double kStep = 1.25;
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
    updateCursor();
    m_loadingDelay.setSingleShot(true);
    m_loadingDelay.setInterval(150);
    connect(&m_loadingDelay, &QTimer::timeout, this, [this] {
        m_showLoading = true;
        update();
    });
    connect(&m_renderer, &CanvasRenderer::repaintNeeded, this, qOverload<>(&QWidget::update));
    // The hold-to-hide and space keys act wherever the focus is (the browser usually has it).
    qApp->installEventFilter(this);
}

ImageCanvas::~ImageCanvas()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

bool ImageCanvas::hasImage() const
{
    const LoadedSamplePtr &shown = m_renderer.sample();
    return shown && shown->imageOk();
}

void ImageCanvas::setSample(LoadedSamplePtr sample)
{
    m_loadingDelay.stop();
    m_showLoading = false;
    m_loadingId.clear();
    m_loadingPreview = QPixmap();
    m_message.clear();
    const LoadedSamplePtr &shown = m_renderer.sample();
    const bool sameSize = shown && sample && shown->size == sample->size;
    if (!sample || !shown || sample->id != shown->id) {
        if (m_tool)
            m_tool->cancel();  // a lasso or box of the previous image means nothing on this one
        if (document() && (!sample || document()->sampleId() != sample->id))
            setDocument(nullptr);
    }
    if (!m_held.isEmpty() && (!sample || sample->id != m_held.sampleId())) {
        // Left before its full read came: the edit was never made, and is not made elsewhere.
        Q_EMIT message(tr("The edit on %1 was not applied: you left the image before its full "
                          "resolution was read.").arg(m_held.sampleId()),
                       10000);
        m_held.clear();
    }
    m_renderer.setSample(std::move(sample));
    // Same-sized images keep the zoom and position, so a region can be compared across
    // images; anything else starts fitted.
    if (!sameSize || m_fit)
        fitToWindow();
    replayHeldEdit();
    update();
}

bool ImageCanvas::editsWait() const
{
    const LoadedSamplePtr &shown = m_renderer.sample();
    return shown && shown->isPreview();
}

void ImageCanvas::replayHeldEdit()
{
    const LoadedSamplePtr &shown = m_renderer.sample();
    if (m_held.isEmpty() || !m_tool || !shown || shown->isPreview() || !document()
        || document()->sampleId() != m_held.sampleId() || shown->id != m_held.sampleId())
        return;
    m_held.replay(m_tool, *this);
    update();
}

void ImageCanvas::refreshSample(LoadedSamplePtr sample)
{
    const LoadedSamplePtr &shown = m_renderer.sample();
    if (!shown || !sample || sample->id != shown->id || sample->size != shown->size) {
        setSample(std::move(sample));
        return;
    }
    m_renderer.refreshSample(std::move(sample));
    update();
}

void ImageCanvas::setLoading(const QString &id, const QPixmap &preview)
{
    m_loadingId = id;
    m_loadingPreview = preview;
    if (!m_renderer.sample()) {
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
    m_renderer.setSample(nullptr);
    setDocument(nullptr);
    m_message = message;
    update();
}

void ImageCanvas::setOverlaySettings(const OverlaySettings &settings)
{
    if (settings == m_renderer.settings())
        return;
    m_renderer.setSettings(settings);
    update();
}

void ImageCanvas::setOverlaysHidden(bool hidden)
{
    if (hidden == m_renderer.overlaysHidden())
        return;
    m_renderer.setOverlaysHidden(hidden);
    update();
}

double ImageCanvas::fitScale() const
{
    if (!hasImage())
        return 1.0;
    const QSizeF size = m_renderer.sample()->size;
    const double margin = 8.0;
    const double sx = (width() - 2 * margin) / size.width();
    const double sy = (height() - 2 * margin) / size.height();
    return std::max(1e-3, std::min(sx, sy));
}

void ImageCanvas::fitToWindow()
{
    m_fit = true;
    if (!hasImage()) {
        update();
        return;
    }
    m_scale = fitScale();
    const QSizeF shown = QSizeF(m_renderer.sample()->size) * m_scale;
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
    if (!hasImage())
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
    if (!hasImage())
        return;
    // The image may not leave the window entirely: its centre stays inside.
    const QSizeF shown = QSizeF(m_renderer.sample()->size) * m_scale;
    const double cx = std::clamp(m_offset.x() + shown.width() / 2.0, 0.0, double(width()));
    const double cy = std::clamp(m_offset.y() + shown.height() / 2.0, 0.0, double(height()));
    m_offset = QPointF(cx - shown.width() / 2.0, cy - shown.height() / 2.0);
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
    const bool editable = m_tool && hasImage();
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
        if (editsWait()) {
            m_held.hold(sample()->id, HeldGesture::Step::Press, toolEvent(event));
            Q_EMIT fullResolutionWanted();
        } else {
            m_tool->press(toolEvent(event));
        }
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning && m_renderer.sample()) {
        m_offset = m_panOffsetStart + (event->position() - m_panStart);
        m_fit = false;
        clampOffset();
        update();
    }
    if (hasImage()) {
        const QPointF p = toImage(event->position());
        const QPoint pixel(int(std::floor(p.x())), int(std::floor(p.y())));
        const QSize size = m_renderer.sample()->size;
        const bool inside =
            pixel.x() >= 0 && pixel.y() >= 0 && pixel.x() < size.width() && pixel.y() < size.height();
        Q_EMIT cursorMoved(inside ? pixel : QPoint(-1, -1));
    }
    if (m_tool && !m_panning) {
        if (m_toolButton != Qt::NoButton || m_tool->isBusy()) {
            ToolEvent e = toolEvent(event);
            e.button = Qt::NoButton;
            if (!editsWait()) {
                m_tool->move(e);
            } else if (m_toolButton != Qt::NoButton) {
                m_held.hold(sample()->id, HeldGesture::Step::Move, e);
                update();
            }
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
        if (editsWait())
            m_held.hold(sample()->id, HeldGesture::Step::Release, toolEvent(event));
        else
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
        if (hasImage() && editsWait())
            m_held.hold(sample()->id, HeldGesture::Step::DoubleClick, toolEvent(event));
        else if (hasImage())
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
    if (document == m_renderer.document())
        return;
    disconnect(m_documentConnection);
    m_renderer.setDocument(document);
    if (document)
        m_documentConnection = connect(document, &core::MaskDocument::changed, this, &ImageCanvas::updateImageRect);
    replayHeldEdit();
    update();
}

void ImageCanvas::setTool(CanvasTool *tool)
{
    if (tool == m_tool)
        return;
    if (m_tool) {
        m_toolButton = Qt::NoButton;
        m_tool->setCanvas(nullptr);
    }
    m_held.clear();  // an edit held for the previous tool is not this tool's
    m_tool = tool;
    if (m_tool)
        m_tool->setCanvas(this);
    updateCursor();
    update();
}

void ImageCanvas::updateImageRect(const QRect &imageRect)
{
    if (imageRect.isEmpty() || !m_renderer.sample())
        return;
    // One widget pixel of margin for the smoothing of scaled drawing, plus the outline pen.
    update(toWidget(QRectF(imageRect)).toAlignedRect().adjusted(-3, -3, 3, 3));
}

void ImageCanvas::setPreviewContours(const QVector<QPolygonF> &contours)
{
    if (m_renderer.setPreviewContours(contours))
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

void ImageCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    const LoadedSamplePtr &shown = m_renderer.sample();
    const bool showLoading = m_showLoading && !m_loadingId.isEmpty();
    if (showLoading || !shown) {
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
    if (!shown->imageOk()) {
        paintMessage(painter, tr("Cannot show %1").arg(shown->id), shown->imageError);
        Q_EMIT framePainted(shown->id);  // what there is to show of it is shown
        return;
    }
    CanvasRenderer::View view;
    view.scale = m_scale;
    view.offset = m_offset;
    view.devicePixelRatio = devicePixelRatioF();
    view.editing = m_tool != nullptr;
    const bool exact = m_renderer.paint(painter, rect(), event->rect(), view);
    if (m_tool)
        m_tool->paint(painter);
    m_held.paint(painter, *this);
    if (exact)
        Q_EMIT framePainted(shown->id);
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
