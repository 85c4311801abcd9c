#pragma once
// The parts of a MainWindow that a test drives, found the way Qt's own tests find them: the
// features by their type among the window's children, the commands by their object name. The
// window hands none of its parts out; it only composes them.

#include <QAction>
#include <QWidget>
#include <QtTest>

namespace uitest {

/// The window's one child of type T (a feature, a panel, a controller).
template <typename T>
T *part(QWidget *window)
{
    const QList<T *> found = window->findChildren<T *>();
    if (found.size() != 1)
        qFatal("the window has %d parts of the type asked for, not one", int(found.size()));
    return found.first();
}

/// The command called @p name (its QAction's objectName).
inline QAction *command(QWidget *window, const char *name)
{
    QAction *action = window->findChild<QAction *>(QLatin1String(name));
    if (!action)
        qFatal("the window has no command called %s", name);
    return action;
}

} // namespace uitest
