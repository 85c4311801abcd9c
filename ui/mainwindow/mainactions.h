#pragma once
// The window's own commands as QActions (text, shortcut, tooltip): opening datasets, the
// dataset's problems, quitting, zoom and help. The features bring their
// own (Go, Edit, Tools, the overlay switches, Review, Predict, Train); the window puts them all into the menus.
// The window calls retranslate() when the language changes.

#include <QCoreApplication>

class QAction;
class QMainWindow;
class QMenu;

namespace dermask::ui {

struct MainActions
{
    Q_DECLARE_TR_FUNCTIONS(MainActions)

public:
    explicit MainActions(QMainWindow *window);
    /// Sets the texts and tooltips in the current language.
    void retranslate();

    // File
    QAction *open = nullptr;
    QAction *openSample = nullptr;
    QAction *problems = nullptr;
    QAction *quit = nullptr;
    // View
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *fit = nullptr;
    QAction *actualSize = nullptr;
    // Help
    QAction *shortcuts = nullptr;
    QAction *about = nullptr;
};

} // namespace dermask::ui
