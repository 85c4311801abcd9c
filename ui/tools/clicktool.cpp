#include "ui/tools/clicktool.h"

#include "core/click/clickinput.h"
#include "core/learning/modelcatalog.h"
#include "core/mask/maskdocument.h"
#include "ui/common/currentsample.h"

#include <QFileInfo>
#include <QKeyEvent>
#include <QLineF>
#include <QPainter>
#include <opencv2/imgproc.hpp>

namespace dermask::ui {

namespace {

const QString kTag = QStringLiteral("click-tool");
constexpr double kMarkRadius = 7.0;  ///< screen pixels

} // namespace

ClickTool::ClickTool(CurrentSample *current, QObject *parent) : CanvasTool(parent), m_current(current) {}

ClickTool::~ClickTool() = default;

void ClickTool::setWorker(core::ModelWorker *worker)
{
    if (m_worker)
        m_worker->disconnect(this);
    m_worker = worker;
    if (!worker)
        return;
    connect(worker, &core::ModelWorker::correctionReady, this, &ClickTool::onReady);
    connect(worker, &core::ModelWorker::jobEnded, this, &ClickTool::onEnded);
}

QString ClickTool::noModelMessage() const
{
    return tr("No click model yet: train one in the Training panel (Model: Click correction), then click "
              "on the lesion here.");
}

QString ClickTool::modelPath()
{
    if (!m_model.isEmpty())
        return m_model;
    const core::SessionPtr session = m_current->session();
    return session && session->workspace() ? core::ModelCatalog::newestClickModel(*session->workspace())
                                            : QString();
}

void ClickTool::activated()
{
    if (modelPath().isEmpty())
        Q_EMIT message(noModelMessage());
}

void ClickTool::deactivated()
{
    clear();  // another tool: the mask as it is now is kept
}

bool ClickTool::canClick(const ToolEvent &event)
{
    core::MaskDocument *doc = document();
    const LoadedSamplePtr sample = m_canvas ? m_canvas->sample() : nullptr;
    if (!doc || !sample || !sample->imageOk())
        return false;
    if (event.button != Qt::LeftButton && event.button != Qt::RightButton)
        return false;
    if (!m_worker)
        return false;
    if (modelPath().isEmpty()) {
        Q_EMIT message(noModelMessage());
        return false;
    }
    if (sample->isPreview() || sample->levels[0].width() != doc->size().width) {
        Q_EMIT message(tr("The image is still loading: click again in a moment."));
        return false;
    }
    if (doc->sampleId() != m_sampleId) {
        clear();
        m_sampleId = doc->sampleId();
        const QImage &image = sample->levels[0];
        const cv::Mat bgra(image.height(), image.width(), CV_8UC4, const_cast<uchar *>(image.constBits()),
                           size_t(image.bytesPerLine()));
        // Into a new buffer: the worker may still hold the last image, and it knows an image by
        // its address (a same-sized image written over it would pass for the old one).
        m_rgb.release();
        cv::cvtColor(bgra, m_rgb, cv::COLOR_BGRA2RGB);
    }
    return true;
}

void ClickTool::press(const ToolEvent &event)
{
    if (!canClick(event))
        return;
    forgetUndone();
    if (m_clicks.empty() && event.button == Qt::LeftButton) {
        // A click or a box: the release or a drag decides.
        m_pressed = true;
        m_pressAt = event.imagePos;
        m_pressWidget = event.widgetPos;
        return;
    }
    addClick(cv::Point(int(event.imagePos.x()), int(event.imagePos.y())), event.button == Qt::LeftButton);
}

void ClickTool::move(const ToolEvent &event)
{
    if (!m_pressed)
        return;
    constexpr double kDragPixels = 6.0;  ///< screen pixels before a press becomes a box
    if (!m_boxing && QLineF(m_pressWidget, event.widgetPos).length() < kDragPixels)
        return;
    m_boxing = true;
    m_dragBox = QRectF(m_pressAt, event.imagePos).normalized();
    repaintMarks();
}

void ClickTool::release(const ToolEvent &event)
{
    if (!m_pressed)
        return;
    move(event);
    m_pressed = false;
    core::MaskDocument *doc = document();
    if (!doc || doc->sampleId() != m_sampleId)
        return;
    if (!m_boxing) {
        addClick(cv::Point(int(m_pressAt.x()), int(m_pressAt.y())), true);
        return;
    }
    m_boxing = false;
    const QRect r = m_dragBox.toAlignedRect() & QRect(0, 0, doc->size().width, doc->size().height);
    m_dragBox = QRectF();
    repaintMarks();
    if (r.width() < 4 || r.height() < 4) {
        Q_EMIT message(tr("The box must be at least 4 × 4 image pixels: drag around the lesion, or click on it."));
        return;
    }
    const cv::Rect box(r.x(), r.y(), r.width(), r.height());
    addClick(core::boxCentre(box).point, true, box);
}

void ClickTool::addClick(const cv::Point &at, bool positive, const cv::Rect &box)
{
    core::MaskDocument *doc = document();
    if (!doc)
        return;
    m_clicks.push_back(core::Click{cv::Point(std::clamp(at.x, 0, doc->size().width - 1),
                                             std::clamp(at.y, 0, doc->size().height - 1)),
                                   positive});
    m_steps.push_back(-1);
    m_box = box;
    repaintMarks();
    if (m_job)
        m_again = true;
    else
        request();
}

void ClickTool::request()
{
    core::MaskDocument *doc = document();
    if (!doc || !m_worker || m_clicks.empty())
        return;
    m_again = false;
    // The worker corrects this copy in place; no request is sent while one runs, so the buffer is
    // free again here.
    doc->copyMaskTo(m_mask);
    // The box starts the mask only while its click is the one click: later clicks correct.
    m_job = m_worker->correct(modelPath(), kTag, m_rgb, m_mask, m_clicks,
                              m_clicks.size() == 1 ? m_box : cv::Rect());
    Q_EMIT message(tr("The click model is redrawing the mask…"));
}

void ClickTool::onReady(core::JobId job, const QString &, const core::ClickCorrection &correction)
{
    if (job != m_job)
        return;
    core::MaskDocument *doc = document();
    if (!doc || doc->sampleId() != m_sampleId || m_clicks.empty() || m_again)
        return;  // another image, dropped clicks, or newer clicks: the next answer counts
    const bool positive = m_clicks.back().positive;
    QString error;
    const cv::Rect &c = correction.changed;   // the box of what changed; empty when nothing did
    const auto result = c.empty() ? core::MaskDocument::EditResult::Unchanged
                                  : doc->applyMask(correction.mask, positive ? tr("Click: lesion") : tr("Click: skin"),
                                                   QRect(c.x, c.y, c.width, c.height), &error);
    if (result == core::MaskDocument::EditResult::Invalid) {
        Q_EMIT message(error);
        return;
    }
    m_steps.back() = doc->undoStack()->index();
    Q_EMIT message(result == core::MaskDocument::EditResult::Changed
                       ? tr("%n click(s). Left: lesion, right: skin; Backspace drops the last; Enter keeps the mask.",
                            nullptr, int(m_clicks.size()))
                       : tr("The click model left the mask as it was: click where it is still wrong."));
}

void ClickTool::onEnded(core::JobId job, const core::JobResult &result)
{
    if (job != m_job)
        return;
    m_job = 0;
    if (result.end == core::JobEnd::Failed)
        Q_EMIT message(tr("The click model failed: %1").arg(result.error));
    if (m_again && result.end != core::JobEnd::Failed)
        request();
    else
        Q_EMIT corrected();
}

void ClickTool::forgetUndone()
{
    core::MaskDocument *doc = document();
    if (!doc)
        return;
    const int index = doc->undoStack()->index();
    while (!m_steps.empty() && m_steps.back() > index) {
        m_steps.pop_back();
        m_clicks.pop_back();
    }
}

bool ClickTool::key(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Backspace && !m_clicks.empty()) {
        core::MaskDocument *doc = document();
        forgetUndone();
        if (!m_clicks.empty()) {
            const int step = m_steps.back();
            m_clicks.pop_back();
            m_steps.pop_back();
            if (doc && step >= 0 && step == doc->undoStack()->index() && doc->undoStack()->canUndo())
                doc->undoStack()->undo();
        }
        m_again = m_job != 0 && !m_clicks.empty();
        repaintMarks();
        Q_EMIT message(tr("Last click dropped."));
        return true;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_clicks.empty()) {
        clear();
        Q_EMIT message(tr("Mask kept."));
        return true;
    }
    return false;
}

bool ClickTool::cancel()
{
    const bool had = !m_clicks.empty() || m_pressed;
    clear();
    return had;
}

void ClickTool::clear()
{
    m_clicks.clear();
    m_steps.clear();
    m_again = false;
    m_box = cv::Rect();
    m_pressed = m_boxing = false;
    m_dragBox = QRectF();
    repaintMarks();
}

void ClickTool::repaintMarks()
{
    if (!m_canvas)
        return;
    QRectF next;
    for (const core::Click &c : m_clicks) {
        const QPointF p = m_canvas->toWidget(QPointF(c.point.x + 0.5, c.point.y + 0.5));
        next |= QRectF(p, QSizeF()).adjusted(-kMarkRadius - 3, -kMarkRadius - 3, kMarkRadius + 3, kMarkRadius + 3);
    }
    if (m_boxing)
        next |= m_canvas->toWidget(m_dragBox).adjusted(-3, -3, 3, 3);
    updateArea(m_drawn);
    updateArea(next);
    m_drawn = next;
}

void ClickTool::paint(QPainter &painter)
{
    if (!m_canvas || document() == nullptr || document()->sampleId() != m_sampleId)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_boxing)
        paintBox(painter, m_dragBox);
    for (const core::Click &c : m_clicks) {
        const QPointF p = m_canvas->toWidget(QPointF(c.point.x + 0.5, c.point.y + 0.5));
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(c.positive ? QColor(0x00, 0xb8, 0x5e) : QColor(0xd0, 0x30, 0x30));
        painter.drawEllipse(p, kMarkRadius, kMarkRadius);
        painter.drawLine(p - QPointF(3.5, 0), p + QPointF(3.5, 0));
        if (c.positive)
            painter.drawLine(p - QPointF(0, 3.5), p + QPointF(0, 3.5));
    }
}

} // namespace dermask::ui
