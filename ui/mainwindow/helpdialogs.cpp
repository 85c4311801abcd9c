#include "ui/mainwindow/helpdialogs.h"

#include "ui/editing/editactions.h"
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
        lines.append({keys.join(QStringLiteral(", ")), action->text().remove(QLatin1Char('&'))});
    }
    return lines;
}

} // namespace

void showShortcutsDialog(QWidget *parent, const MainActions &a, const EditActions *edit)
{
    // Two columns, viewing and editing, so the list fits a laptop screen.
    QList<Line> view = linesOf({a.next, a.previous, a.nextUnreviewed, a.nextDisagreement, a.nextUncertain,
                                a.approve, a.showTruth, a.truthFill, a.showPrediction, a.difference,
                                a.heatMap, a.zoomIn, a.zoomOut, a.fit, a.actualSize, a.predictOne, a.open});
    view << Line{QStringLiteral("H"), MainActions::tr("Hold to hide all overlays")}
         << Line{MainActions::tr("Wheel"), MainActions::tr("Zoom at the mouse pointer")}
         << Line{MainActions::tr("Drag"), MainActions::tr("Pan: middle button or Space + drag; the left button with Pan/View")}
         << Line{MainActions::tr("Double click"), MainActions::tr("Switch between fitted and 1:1")};
    QList<Line> editing;
    if (edit) {
        editing = linesOf(QList<QAction *>{edit->undo, edit->redo} + edit->tools
                          + QList<QAction *>{edit->escape, edit->brushSmaller, edit->brushBigger}
                          + edit->maskActions + QList<QAction *>{edit->exportData});
        editing << Line{MainActions::tr("Ctrl+Wheel"), MainActions::tr("Brush size")};
        // "Undo Brush 12 px" names the step at hand; here only the command is meant.
        editing[0].second = edit->undo->iconText();
        editing[1].second = edit->redo->iconText();
    }
    QString rows;
    for (int i = 0; i < std::max(view.size(), editing.size()); ++i)
        rows += QStringLiteral("<tr>%1<td width=\"24\"></td>%2</tr>").arg(cells(view, i), cells(editing, i));
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
