#pragma once
// Help ▸ Keyboard Shortcuts and Help ▸ About, built from the actions so they never go stale.

#include <QList>

class QAction;
class QWidget;

namespace dermask::ui {

/// Two columns: the commands for @p viewing and for @p editing, each with its keys.
void showShortcutsDialog(QWidget *parent, const QList<QAction *> &viewing, const QList<QAction *> &editing);
void showAboutDialog(QWidget *parent);

} // namespace dermask::ui
