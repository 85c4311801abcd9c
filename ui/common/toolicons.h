#pragma once
// Icons of the editing tools, drawn in code (no icon theme is shipped): "pan", "brush",
// "eraser", "lasso", "flood", "grabcut", "predictionlasso", "undo", "redo"; and the mirror
// image of an icon that points the way a language reads (back, forward, undo, redo).

#include <QIcon>
#include <QString>

namespace dermask::ui {

QIcon toolIcon(const QString &name);

/// @p icon mirrored left to right, at every size and in every mode.
QIcon mirroredIcon(const QIcon &icon);
/// @p icon, drawn for a left-to-right layout, as it shows in a layout of @p direction: mirrored
/// for right to left, where "back" points right and "forward" left.
QIcon directionalIcon(const QIcon &icon, Qt::LayoutDirection direction);

} // namespace dermask::ui
