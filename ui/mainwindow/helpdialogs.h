#pragma once
// Help ▸ Keyboard Shortcuts and Help ▸ About, built from the actions so they never go stale.

class QWidget;

namespace dermask::ui {

struct MainActions;

void showShortcutsDialog(QWidget *parent, const MainActions &actions);
void showAboutDialog(QWidget *parent);

} // namespace dermask::ui
