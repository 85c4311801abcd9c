#pragma once
// Icons of the editing tools, drawn in code (no icon theme is shipped): "pan", "brush",
// "eraser", "lasso", "flood", "grabcut", "predictionlasso", "undo", "redo".

#include <QIcon>
#include <QString>

namespace dermask::ui {

QIcon toolIcon(const QString &name);

} // namespace dermask::ui
