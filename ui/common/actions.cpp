#include "ui/common/actions.h"

#include <QAction>
#include <QWidget>

namespace dermask::ui {

QAction *makeAction(QWidget *window, const char *name, const QString &text, const QList<QKeySequence> &keys,
                    const QString &tip)
{
    auto *action = new QAction(text, window);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(keys);
    // Single-key shortcuts must work wherever the focus is inside the window.
    action->setShortcutContext(Qt::WindowShortcut);
    if (!tip.isEmpty()) {
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
    window->addAction(action);
    return action;
}

QString tipWithKey(const QString &tip, const QKeySequence &key)
{
    return key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText));
}

QAction *makeToggle(QWidget *window, const char *name, const QString &text, const QList<QKeySequence> &keys,
                    const QString &tip)
{
    QAction *action = makeAction(window, name, text, keys, tip);
    action->setCheckable(true);
    return action;
}

} // namespace dermask::ui
