#include "ui/mainwindow/windowdocks.h"

#include "ui/common/retranslate.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

namespace dermask::ui {

namespace {

QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

WindowDocks::WindowDocks(QMainWindow *window, const Contents &contents) : QObject(window), m_window(window)
{
    // In a right-to-left layout the browser, where reading starts, goes to the right.
    const bool rtl = window->layoutDirection() == Qt::RightToLeft;
    const Qt::DockWidgetArea start = rtl ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    const Qt::DockWidgetArea end = rtl ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
    QDockWidget *browser = add(contents.browser, "browserDock", start);
    QDockWidget *info = add(scrolling(contents.info, window), "infoDock", end);
    QDockWidget *overlays = add(scrolling(contents.overlays, window), "overlayDock", end);
    // Editing and overlay settings share the space under the image facts as tabs, the Edit
    // tab in front: the right column cannot hold both in full at 1400x900.
    QDockWidget *edit = add(scrolling(contents.edit, window), "editDock", end);
    window->tabifyDockWidget(overlays, edit);
    // Training, an occasional task, is a third tab there, shown on demand (Ctrl+T).
    window->addDockWidget(end, contents.training);
    window->tabifyDockWidget(overlays, contents.training);
    contents.training->hide();
    // The models table wants width: under the image, shown on demand (Ctrl+M).
    window->addDockWidget(Qt::BottomDockWidgetArea, contents.models);
    contents.models->hide();
    m_viewer = {browser, info, edit, overlays};
    // Until a dataset is open the welcome page has the window to itself: empty panels would
    // only distract from the two ways in.
    setViewerVisible(false);
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

QDockWidget *WindowDocks::add(QWidget *content, const char *name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(QLatin1String(name));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(content);
    m_window->addDockWidget(area, dock);
    return dock;
}

void WindowDocks::retranslate()
{
    // The window's words since the docks were its own: the translations keep their context.
    static const char *const context = "dermask::ui::MainWindow";
    const char *const titles[] = {QT_TRANSLATE_NOOP("dermask::ui::MainWindow", "Images"),
                                  QT_TRANSLATE_NOOP("dermask::ui::MainWindow", "Image"),
                                  QT_TRANSLATE_NOOP("dermask::ui::MainWindow", "Edit"),
                                  QT_TRANSLATE_NOOP("dermask::ui::MainWindow", "Overlays")};
    for (int i = 0; i < m_viewer.size(); ++i)
        m_viewer[i]->setWindowTitle(QCoreApplication::translate(context, titles[i]));
}

void WindowDocks::showViewer(bool keepSizes)
{
    if (m_viewer.first()->isVisible())
        return;
    setViewerVisible(true);
    // Sizes only take on visible docks.
    if (!keepSizes) {
        m_window->resizeDocks({m_viewer[0], m_viewer[1]}, {400, 350}, Qt::Horizontal);
        m_window->resizeDocks({m_viewer[1], m_viewer[2]}, {230, 640}, Qt::Vertical);
        m_viewer[2]->raise();
    }
}

void WindowDocks::setViewerVisible(bool visible)
{
    for (QDockWidget *dock : std::as_const(m_viewer))
        dock->setVisible(visible);
}

} // namespace dermask::ui
