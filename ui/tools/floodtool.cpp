#include "ui/tools/floodtool.h"

#include "core/mask/maskdocument.h"

namespace dermask::ui {

FloodTool::FloodTool(QObject *parent) : CanvasTool(parent) {}

void FloodTool::press(const ToolEvent &event)
{
    core::MaskDocument *doc = document();
    if (!doc)
        return;
    const bool add = event.button != Qt::RightButton;
    const QPointF p = event.imagePos;
    if (p.x() < 0 || p.y() < 0 || p.x() >= doc->size().width || p.y() >= doc->size().height)
        return;
    if (doc->floodFill(p, add) == core::MaskDocument::EditResult::Unchanged)
        Q_EMIT message(add ? tr("Already lesion: click inside a background region (a hole) to fill it.")
                           : tr("Already background: right-click inside a lesion region to clear it."));
}

} // namespace dermask::ui
