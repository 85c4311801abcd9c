#pragma once
// How every command of the window is made: a QAction with its text, keys and tooltip, added
// to the window so single-key shortcuts work wherever the focus is.
// Each feature makes its own commands with it; the window puts them into menus.

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace dermask::ui {

/// A command of @p window called @p name (its objectName, which tests use to find it).
QAction *makeAction(QWidget *window, const char *name, const QString &text,
                    const QList<QKeySequence> &keys = {}, const QString &tip = QString());
/// The same, checkable.
QAction *makeToggle(QWidget *window, const char *name, const QString &text,
                    const QList<QKeySequence> &keys = {}, const QString &tip = QString());
/// "Brush (B)": @p tip followed by the key that runs it.
QString tipWithKey(const QString &tip, const QKeySequence &key);

} // namespace dermask::ui
