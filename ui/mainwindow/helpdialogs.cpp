#include "ui/mainwindow/helpdialogs.h"

#include "ui/mainwindow/mainactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>

namespace dermask::ui {

namespace {

using Line = std::pair<QString, QString>;  ///< keys, what they do

QString cells(const QList<Line> &lines, int i)
{
    if (i >= lines.size())
        return QStringLiteral("<td></td><td></td>");
    return QStringLiteral("<td><b>%1</b></td><td>%2</td>")
        .arg(lines[i].first.toHtmlEscaped(), lines[i].second.toHtmlEscaped());
}

QList<Line> linesOf(const QList<QAction *> &actions)
{
    QList<Line> lines;
    for (QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        // "Undo Brush 12 px" names the step at hand; here only the command is meant.
        const bool namesStep =
            action->objectName() == QLatin1String("undo") || action->objectName() == QLatin1String("redo");
        lines.append({keys.join(QStringLiteral(", ")),
                      (namesStep ? action->iconText() : action->text()).remove(QLatin1Char('&'))});
    }
    return lines;
}

} // namespace

void showShortcutsDialog(QWidget *parent, const QList<QAction *> &viewing, const QList<QAction *> &editing)
{
    // Two columns, viewing and editing, so the list fits a laptop screen.
    QList<Line> view = linesOf(viewing);
    view << Line{QStringLiteral("H"), MainActions::tr("Hold to hide all overlays")}
         << Line{MainActions::tr("Wheel"), MainActions::tr("Zoom at the mouse pointer")}
         << Line{MainActions::tr("Drag"), MainActions::tr("Pan: middle button or Space + drag; the left button with Pan/View")}
         << Line{MainActions::tr("Double click"), MainActions::tr("Switch between fitted and 1:1")};
    QList<Line> edit = linesOf(editing);
    if (!edit.isEmpty())
        edit << Line{MainActions::tr("Ctrl+Wheel"), MainActions::tr("Brush size")};
    QString rows;
    for (int i = 0; i < std::max(view.size(), edit.size()); ++i)
        rows += QStringLiteral("<tr>%1<td width=\"24\"></td>%2</tr>").arg(cells(view, i), cells(edit, i));
    auto *box = new QMessageBox(QMessageBox::NoIcon, MainActions::tr("Keyboard Shortcuts"),
                                QStringLiteral("<table cellspacing=\"6\">%1</table>").arg(rows),
                                QMessageBox::Close, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // QMessageBox keeps its text narrow; two columns need the room.
    box->setStyleSheet(QStringLiteral("QLabel { min-width: 760px; }"));
    box->open();
}

void showAboutDialog(QWidget *parent)
{
    QMessageBox::about(parent, MainActions::tr("About Dermask"),
                       MainActions::tr("<p><b>Dermask</b> %1</p><p>Browse dermoscopy datasets, inspect "
                                       "nevus masks and predictions, and find the images where they "
                                       "disagree.</p><p>Original dataset files are never written: "
                                       "corrected masks, statuses and predictions live in the dataset's "
                                       "workspace.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace dermask::ui
