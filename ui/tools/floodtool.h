#pragma once
// Flood fill: a click fills the connected region of the clicked pixel's value with lesion
// (left button) or with background (right button), e.g. a hole inside the lesion. The fill
// runs off the GUI thread (core::MaskJobs); its result becomes one undo step on the GUI thread.

#include "ui/common/canvastool.h"

namespace dermask::core {
class MaskJobs;
}

namespace dermask::ui {

class FloodTool : public CanvasTool
{
    Q_OBJECT
public:
    explicit FloodTool(QObject *parent = nullptr);

    void press(const ToolEvent &event) override;
    void move(const ToolEvent &) override {}
    void release(const ToolEvent &) override {}
    /// Blocks until every fill clicked so far is applied (tests).
    void waitForIdle();

private:
    core::MaskJobs *m_jobs;
};

} // namespace dermask::ui
