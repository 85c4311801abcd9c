#include "ui/common/actions.h"

#include <QAction>
#include <QWidget>

namespace dermask::ui {

QAction *makeAction(QWidget *window, const char *name, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(window);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(keys);
    // Single-key shortcuts must work wherever the focus is inside the window.
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}

void setActionTexts(QAction *action, const QString &text, const QString &tip)
{
    action->setText(text);
    // An empty tooltip makes QAction show its text.
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

QString tipWithKey(const QString &tip, const QKeySequence &key)
{
    return key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText));
}

QAction *makeToggle(QWidget *window, const char *name, const QList<QKeySequence> &keys)
{
    QAction *action = makeAction(window, name, keys);
    action->setCheckable(true);
    return action;
}

} // namespace dermask::ui
