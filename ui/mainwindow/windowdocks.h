#pragma once
// The docks of the main window and where they go: the image list where reading starts (left,
// or right in a right-to-left layout), the image's facts above the Edit, Overlays and Training
// tabs on the other side, the Models table under the image. QMainWindow does not mirror its
// dock areas, so when the layout direction changes every dock moves to the other side with its
// tabs, order and sizes. Until a dataset is open the viewer's docks are hidden.

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace dermask::ui {

class WindowDocks : public QObject
{
    Q_OBJECT
public:
    /// What goes into the docks (the Training and Models docks come made).
    struct Contents
    {
        QWidget *browser;
        QWidget *info;
        QWidget *overlays;
        QWidget *edit;
        QDockWidget *training;
        QDockWidget *models;
    };

    WindowDocks(QMainWindow *window, const Contents &contents);

    /// Shows the viewer's docks (a dataset is open), the first time at their default sizes
    /// unless @p keepSizes (a layout restored from the settings).
    void showViewer(bool keepSizes);
    /// Shows or hides the viewer's docks at once.
    void setViewerVisible(bool visible);
    /// Moves every dock on the left to the right and back.
    void mirror();

private:
    void retranslate();
    QDockWidget *add(QWidget *content, const char *name, Qt::DockWidgetArea area);

    QMainWindow *m_window;
    QList<QDockWidget *> m_viewer;  ///< browser, image facts, edit, overlays
    QList<QDockWidget *> m_tabOrder;  ///< the tabs under the image facts, as made
};

} // namespace dermask::ui
