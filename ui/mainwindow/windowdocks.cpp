#include "ui/mainwindow/windowdocks.h"

#include "ui/common/retranslate.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QHash>
#include <QLayout>
#include <QMainWindow>
#include <QScrollArea>

#include <algorithm>

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
    m_tabOrder = {overlays, edit, contents.training};
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

void WindowDocks::mirror()
{
    // Each side's docks as tab groups from top to bottom, with the tab in front and its size.
    struct Group
    {
        QList<QDockWidget *> docks;
        int top = 0;
        QDockWidget *front = nullptr;  ///< the tab shown, if any
        QRect shown;                   ///< where it was
    };
    struct Side
    {
        Qt::DockWidgetArea from, to;
        QList<Group> groups;
    };
    Side sides[] = {{Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea, {}},
                    {Qt::RightDockWidgetArea, Qt::LeftDockWidgetArea, {}}};
    const auto docked = [this](QDockWidget *dock, Qt::DockWidgetArea area) {
        return !dock->isFloating() && m_window->dockWidgetArea(dock) == area;
    };
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    // What shows now. A tab behind another is "visible" but moved out of the window.
    QHash<QDockWidget *, QRect> shown;
    QList<QDockWidget *> closed;
    for (QDockWidget *dock : docks) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            shown.insert(dock, dock->geometry());
        if (dock->isHidden() && (docked(dock, Qt::LeftDockWidgetArea) || docked(dock, Qt::RightDockWidgetArea)))
            closed.append(dock);
    }
    // A closed dock tells its tab group only while open: the closed ones open for the move, unseen.
    const auto setOpen = [&closed](bool open) {
        for (QDockWidget *dock : std::as_const(closed)) {
            const QSignalBlocker block(dock);
            dock->setVisible(open);
        }
    };
    m_window->setUpdatesEnabled(false);
    setOpen(true);
    m_window->layout()->activate();
    for (Side &side : sides) {
        QList<QDockWidget *> placed;
        for (QDockWidget *dock : docks) {
            if (!docked(dock, side.from) || placed.contains(dock))
                continue;
            Group group;
            group.docks.append(dock);
            for (QDockWidget *tab : m_window->tabifiedDockWidgets(dock))
                if (docked(tab, side.from))
                    group.docks.append(tab);
            // The tabs in the order they were made (the public API does not say theirs).
            std::stable_sort(group.docks.begin(), group.docks.end(), [this](QDockWidget *a, QDockWidget *b) {
                return uint(m_tabOrder.indexOf(a)) < uint(m_tabOrder.indexOf(b));
            });
            for (QDockWidget *member : std::as_const(group.docks)) {
                if (shown.contains(member)) {
                    group.front = member;
                    group.shown = shown.value(member);
                }
                // All open now, the group's tab in front is in its place, also in a window not
                // shown yet; QMainWindow moves the tabs behind it out of the window.
                if (member->x() >= 0 && member->y() >= 0)
                    group.top = member->y();
            }
            placed += group.docks;
            side.groups.append(group);
        }
        std::stable_sort(side.groups.begin(), side.groups.end(),
                         [](const Group &a, const Group &b) { return a.top < b.top; });
    }
    for (const Side &side : sides) {
        for (const Group &group : side.groups) {
            m_window->addDockWidget(side.to, group.docks.first(), Qt::Vertical);
            for (int i = 1; i < group.docks.size(); ++i)
                m_window->tabifyDockWidget(group.docks.first(), group.docks[i]);
        }
    }
    setOpen(false);
    m_window->setUpdatesEnabled(true);
    for (const Side &side : sides) {
        QList<QDockWidget *> fronts;
        QList<int> heights;
        for (const Group &group : side.groups) {
            if (!group.front)
                continue;
            group.front->raise();
            fronts.append(group.front);
            heights.append(group.shown.height());
        }
        if (fronts.isEmpty())
            continue;
        m_window->resizeDocks(fronts, heights, Qt::Vertical);
        m_window->resizeDocks({fronts.first()}, {shown.value(fronts.first()).width()}, Qt::Horizontal);
    }
}

} // namespace dermask::ui
