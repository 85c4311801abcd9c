#include "ui/tools/grabcuttool.h"

#include "core/mask/brush.h"
#include "core/mask/grabcut.h"
#include "core/mask/maskdocument.h"
#include "ui/common/toolsettings.h"

#include <QPainter>
#include <QtConcurrent/qtconcurrentrun.h>
#include <opencv2/imgproc.hpp>

#include <exception>

namespace dermask::ui {

namespace {

// GrabCut looks at a margin around the box for the skin colours (GrabCutOptions::margin is
// 0.25 of the box's long side); the crop handed to the worker keeps a bit more.
constexpr double kCropMargin = 0.3;

QRect cropAround(const QRect &box, const QSize &image)
{
    const int m = int(std::ceil(std::max(box.width(), box.height()) * kCropMargin)) + 2;
    return box.adjusted(-m, -m, m, m) & QRect(QPoint(0, 0), image);
}

/// RGB cv::Mat of @p rect of an RGB32 image (a deep copy).
cv::Mat rgbCrop(const QImage &image, const QRect &rect)
{
    const QImage part = image.copy(rect).convertToFormat(QImage::Format_RGB32);
    const cv::Mat bgra(part.height(), part.width(), CV_8UC4, const_cast<uchar *>(part.constBits()),
                       size_t(part.bytesPerLine()));
    cv::Mat rgb;
    cv::cvtColor(bgra, rgb, cv::COLOR_BGRA2RGB);
    return rgb;
}

} // namespace

GrabCutTool::GrabCutTool(ToolSettings *settings, QObject *parent) : CanvasTool(parent), m_settings(settings)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &GrabCutTool::onFinished);
}

GrabCutTool::~GrabCutTool()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void GrabCutTool::press(const ToolEvent &event)
{
    core::MaskDocument *doc = document();
    if (!doc)
        return;
    if (doc->sampleId() != m_sampleId) {
        m_box = QRect();
        m_hints.release();
        m_sampleId = doc->sampleId();
    }
    const bool insideBox = !m_box.isNull() && m_box.contains(event.imagePos.toPoint());
    if (insideBox && !(event.modifiers & Qt::ShiftModifier)) {
        m_hinting = true;
        m_hintForeground = event.button != Qt::RightButton;
        m_hintPoints = QPolygonF{event.imagePos};
    } else if (event.button == Qt::LeftButton) {
        m_boxing = true;
        m_boxStart = event.imagePos;
        m_dragBox = QRectF(event.imagePos, QSizeF(0, 0));
    } else {
        Q_EMIT message(tr("Drag a box around the lesion first."));
    }
    repaint();
}

void GrabCutTool::move(const ToolEvent &event)
{
    if (m_boxing) {
        m_dragBox = QRectF(m_boxStart, event.imagePos).normalized();
        repaint();
    } else if (m_hinting) {
        m_hintPoints.append(event.imagePos);
        repaint();
    }
}

void GrabCutTool::release(const ToolEvent &event)
{
    core::MaskDocument *doc = document();
    move(event);
    if (m_boxing) {
        m_boxing = false;
        const QRect box = m_dragBox.toAlignedRect() & QRect(0, 0, doc ? doc->size().width : 0,
                                                            doc ? doc->size().height : 0);
        m_dragBox = QRectF();
        if (box.width() < 4 || box.height() < 4) {
            Q_EMIT message(tr("The GrabCut box must be at least 4 × 4 image pixels: drag around the lesion."));
            repaint();
            return;
        }
        m_box = box;
        m_hints = cv::Mat::zeros(doc->size(), CV_8UC1);
        run();
    } else if (m_hinting) {
        m_hinting = false;
        if (!m_hints.empty()) {
            QVector<QPointF> points(m_hintPoints.begin(), m_hintPoints.end());
            core::paintStroke(m_hints, points, m_settings->brushSize(),
                              m_hintForeground ? core::kGrabCutForeground : core::kGrabCutBackground);
        }
        m_hintPoints.clear();
        run();
    }
    repaint();
}

void GrabCutTool::hover(const QPointF &widgetPos, bool inside)
{
    CanvasTool::hover(widgetPos, inside);
    if (!m_box.isNull())
        repaint();  // the hint brush outline follows the mouse inside the box
}

void GrabCutTool::run()
{
    core::MaskDocument *doc = document();
    const LoadedSamplePtr sample = m_canvas ? m_canvas->sample() : nullptr;
    if (!doc || !sample || !sample->imageOk() || m_box.isNull())
        return;
    if (m_watcher.isRunning()) {
        m_rerun = true;  // the newest hints run as soon as this cut is done
        return;
    }
    const QRect crop = cropAround(m_box, sample->size);
    const QRect box = m_box.translated(-crop.topLeft());
    const cv::Mat hints = m_hints(cv::Rect(crop.x(), crop.y(), crop.width(), crop.height())).clone();
    const QImage image = sample->levels.front();
    const quint64 generation = m_generation;
    const quint64 serial = ++m_runs;
    const QRect asked = m_box;
    m_runCanvas = m_canvas;
    Q_EMIT runningChanged(true);
    Q_EMIT message(tr("GrabCut is looking for the lesion in the box…"));
    m_watcher.setFuture(core::runInBackground(QThreadPool::globalInstance(), [image, crop, box, asked, hints, generation, serial] {
        Result r;
        r.crop = crop;
        r.box = asked;
        r.generation = generation;
        r.run = serial;
        try {
            r.mask = core::grabCutMask(rgbCrop(image, crop), box, hints, &r.error);
        } catch (const std::exception &e) {
            r.error = QString::fromLocal8Bit(e.what());
        }
        return r;
    }));
    repaint();
}

void GrabCutTool::onFinished()
{
    // A late signal of a cut already taken by waitForFinished(), or none ran.
    if (m_watcher.isRunning() || m_watcher.future().resultCount() == 0)
        return;
    const Result r = m_watcher.result();
    if (r.run == m_handled)
        return;
    m_handled = r.run;
    Q_EMIT runningChanged(false);
    // The canvas it started on, even if another tool is active now.
    core::MaskDocument *doc = m_runCanvas ? m_runCanvas->document() : nullptr;
    if (r.generation == m_generation && doc && doc->sampleId() == m_sampleId) {
        if (r.mask.empty()) {
            Q_EMIT message(tr("GrabCut failed: %1").arg(r.error));
        } else {
            cv::Mat full = cv::Mat::zeros(doc->size(), CV_8UC1);
            r.mask.copyTo(full(cv::Rect(r.crop.x(), r.crop.y(), r.crop.width(), r.crop.height())));
            QString error;
            const auto result = doc->applyGrabCut(full, r.box, &error);
            if (result == core::MaskDocument::EditResult::Invalid)
                Q_EMIT message(error);
            else if (m_canvas)
                Q_EMIT message(tr("GrabCut done. Refine: paint inside the box with the left button "
                                  "for lesion, the right for skin; Shift+drag for a new box."));
            else
                Q_EMIT message(tr("GrabCut done."));
        }
    }
    repaint();
    if (m_rerun) {
        m_rerun = false;
        run();
    }
    if (!m_watcher.isRunning())
        Q_EMIT finished();
}

void GrabCutTool::waitForFinished()
{
    // onFinished() may start the next cut (hints that came in meanwhile): loop until idle.
    for (;;) {
        m_watcher.waitForFinished();
        const quint64 before = m_handled;
        onFinished();
        if (!m_watcher.isRunning() || m_handled == before)
            break;
    }
}

void GrabCutTool::deactivated()
{
    if (m_handled == m_runs) {   // no cut whose result is still to come
        cancel();
        return;
    }
    dropBox();   // the box and hints go with the tool; the cut still lands
}

bool GrabCutTool::cancel()
{
    const bool had = !m_box.isNull() || m_boxing || m_hinting || m_watcher.isRunning();
    dropBox();
    ++m_generation;
    repaint();
    return had;
}

void GrabCutTool::dropBox()
{
    m_box = QRect();
    m_hints.release();
    m_boxing = m_hinting = false;
    m_hintPoints.clear();
    m_rerun = false;
}

void GrabCutTool::repaint()
{
    if (!m_canvas)
        return;
    QRectF next;
    if (!m_box.isNull())
        next |= m_canvas->toWidget(QRectF(m_box));
    if (m_boxing)
        next |= m_canvas->toWidget(m_dragBox);
    if (!m_hintPoints.isEmpty())
        next |= m_canvas->toWidget(m_hintPoints.boundingRect());
    if (!next.isNull()) {
        const double pad = m_settings->brushSize() * m_canvas->zoom() / 2 + 24;
        next.adjust(-pad, -pad - 24, pad, pad);
    }
    if (m_hoverInside && !m_box.isNull())
        next |= brushOutlineRect(m_hover, m_settings->brushSize());
    updateArea(m_drawn);
    updateArea(next);
    m_drawn = next;
}

void GrabCutTool::paint(QPainter &painter)
{
    if (!m_canvas)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_boxing)
        paintBox(painter, m_dragBox);
    else if (!m_box.isNull())
        paintBox(painter, QRectF(m_box));
    if (m_hinting && !m_hintPoints.isEmpty()) {
        QPolygonF line;
        for (const QPointF &p : std::as_const(m_hintPoints))
            line.append(m_canvas->toWidget(p));
        QColor c = m_hintForeground ? QColor(0x00, 0xe6, 0x76) : QColor(0xff, 0x50, 0x50);
        c.setAlpha(170);
        QPen pen(c, std::max(2.0, m_settings->brushSize() * m_canvas->zoom()), Qt::SolidLine, Qt::RoundCap,
                 Qt::RoundJoin);
        painter.setPen(pen);
        painter.drawPolyline(line);
    }
    if (m_watcher.isRunning() && !m_box.isNull()) {
        const QRectF r = m_canvas->toWidget(QRectF(m_box));
        const QString text = tr("GrabCut…");
        const QRectF label(r.left(), r.top() - 22, painter.fontMetrics().horizontalAdvance(text) + 12, 20);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 170));
        painter.drawRoundedRect(label, 4, 4);
        painter.setPen(boxColour());
        painter.drawText(label, Qt::AlignCenter, text);
    }
    painter.restore();
    if (m_hoverInside && !m_box.isNull() && !m_boxing)
        paintBrushOutline(painter, m_hover, m_settings->brushSize());
}

} // namespace dermask::ui
