#pragma once
// Flood fill: a click fills the connected region of the clicked pixel's value with lesion
// (left button) or with background (right button), e.g. a hole inside the lesion.

#include "ui/common/canvastool.h"

namespace dermask::ui {

class FloodTool : public CanvasTool
{
    Q_OBJECT
public:
    explicit FloodTool(QObject *parent = nullptr);

    void press(const ToolEvent &event) override;
    void move(const ToolEvent &) override {}
    void release(const ToolEvent &) override {}
};

} // namespace dermask::ui
