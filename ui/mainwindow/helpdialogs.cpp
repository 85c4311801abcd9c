#include "ui/mainwindow/helpdialogs.h"

#include "ui/mainwindow/mainactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>

namespace dermask::ui {

namespace {

QString row(const QString &keys, const QString &what)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
}

} // namespace

void showShortcutsDialog(QWidget *parent, const MainActions &a)
{
    QString rows;
    for (QAction *action : {a.next, a.previous, a.nextUnreviewed, a.nextDisagreement, a.nextUncertain,
                            a.approve, a.showTruth, a.truthFill, a.showPrediction, a.difference,
                            a.heatMap, a.zoomIn, a.zoomOut, a.fit, a.actualSize, a.predictOne, a.open}) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        rows += row(keys.join(QStringLiteral(", ")), action->text().remove(QLatin1Char('&')));
    }
    rows += row(QStringLiteral("H"), MainActions::tr("Hold to hide all overlays"));
    rows += row(MainActions::tr("Wheel"), MainActions::tr("Zoom at the mouse pointer"));
    rows += row(MainActions::tr("Drag"), MainActions::tr("Pan (left or middle button, or Space + drag)"));
    rows += row(MainActions::tr("Double click"), MainActions::tr("Switch between fitted and 1:1"));
    auto *box = new QMessageBox(QMessageBox::NoIcon, MainActions::tr("Keyboard Shortcuts"),
                                QStringLiteral("<table cellspacing=\"6\">%1</table>").arg(rows),
                                QMessageBox::Close, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void showAboutDialog(QWidget *parent)
{
    QMessageBox::about(parent, MainActions::tr("About Dermask"),
                       MainActions::tr("<p><b>Dermask</b> %1</p><p>Browse dermoscopy datasets, inspect "
                                       "nevus masks and predictions, and find the images where they "
                                       "disagree.</p><p>Original dataset files are never written: "
                                       "statuses and predictions live in the dataset's workspace.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace dermask::ui
