#pragma once
// Help ▸ Keyboard Shortcuts and Help ▸ About, built from the actions so they never go stale.

class QWidget;

namespace dermask::ui {

struct EditActions;
struct MainActions;

void showShortcutsDialog(QWidget *parent, const MainActions &actions, const EditActions *edit = nullptr);
void showAboutDialog(QWidget *parent);

} // namespace dermask::ui
