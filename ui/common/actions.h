#pragma once
// How every command of the window is made: a QAction with its keys, added to the window so
// single-key shortcuts work wherever the focus is, and its words (text, tooltip) set apart, in
// the function that sets them again when the language changes.
// Each feature makes its own commands with it; the window puts them into menus.

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace dermask::ui {

/// A command of @p window called @p name (its objectName, which tests use to find it).
QAction *makeAction(QWidget *window, const char *name, const QList<QKeySequence> &keys = {});
/// The same, checkable.
QAction *makeToggle(QWidget *window, const char *name, const QList<QKeySequence> &keys = {});
/// Sets @p action's words: @p text, and @p tip as its tooltip and status tip (none when empty).
void setActionTexts(QAction *action, const QString &text, const QString &tip = QString());
/// "Brush (B)": @p tip followed by the key that runs it.
QString tipWithKey(const QString &tip, const QKeySequence &key);

} // namespace dermask::ui
