#include "ui/tools/floodtool.h"

#include "core/editing/maskjobs.h"
#include "core/mask/maskdocument.h"
#include "core/mask/maskops.h"

#include <cmath>

namespace dermask::ui {

FloodTool::FloodTool(QObject *parent) : CanvasTool(parent), m_jobs(new core::MaskJobs(this))
{
    connect(m_jobs, &core::MaskJobs::finished, this, [this](const QString &text, bool, const QString &error) {
        if (!error.isEmpty())
            Q_EMIT message(core::MaskJobs::failureText(text, error));
    });
}

void FloodTool::press(const ToolEvent &event)
{
    core::MaskDocument *doc = document();
    if (!doc)
        return;
    const bool add = event.button != Qt::RightButton;
    const QPointF p = event.imagePos;
    if (p.x() < 0 || p.y() < 0 || p.x() >= doc->size().width || p.y() >= doc->size().height)
        return;
    const uchar value = add ? 255 : 0;
    // A region that already has the value would change nothing: say so now.
    if ((doc->mask().at<uchar>(int(std::floor(p.y())), int(std::floor(p.x()))) != 0) == add) {
        Q_EMIT message(add ? tr("Already lesion: click inside a background region (a hole) to fill it.")
                           : tr("Already background: right-click inside a lesion region to clear it."));
        return;
    }
    m_jobs->run(doc, add ? tr("Flood fill") : tr("Flood erase"),
                [p, value](const cv::Mat &mask) { return core::floodFillRegion(mask, p, value); });
}

void FloodTool::waitForIdle()
{
    m_jobs->waitForIdle();
}

} // namespace dermask::ui
