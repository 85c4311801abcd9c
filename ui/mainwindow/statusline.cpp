#include "ui/mainwindow/statusline.h"

#include "core/dataset/dataset.h"
#include "ui/mainwindow/problemsdialog.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace dermask::ui {

StatusLine::StatusLine(QStatusBar *bar, QAction *cancel) : QObject(bar)
{
    m_save = new QLabel(bar);
    m_save->setObjectName(QStringLiteral("saveIndicator"));
    m_summary = new QLabel(bar);
    m_summary->setTextFormat(Qt::RichText);
    connect(m_summary, &QLabel::linkActivated, this, &StatusLine::problemsRequested);
    m_position = new QLabel(bar);
    m_zoom = new QLabel(bar);
    m_cursor = new QLabel(bar);
    m_cursor->setMinimumWidth(QFontMetrics(m_cursor->font()).horizontalAdvance(QStringLiteral("x 0000, y 0000")));
    m_progress = new QProgressBar(bar);
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_cancel = new QToolButton(bar);
    m_cancel->setDefaultAction(cancel);
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    bar->addPermanentWidget(m_save);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_summary);
    bar->addPermanentWidget(m_position);
    bar->addPermanentWidget(m_zoom);
    bar->addPermanentWidget(m_cursor);
}

void StatusLine::setDataset(const core::Dataset *d)
{
    if (!d) {
        m_summary->clear();
        return;
    }
    QString text = tr("%1 layout", "dataset layout, e.g. PH2 layout").arg(core::layoutName(d->layout).toUpper());
    text += QStringLiteral(" · ") + tr("%n image(s)", nullptr, int(d->samples.size()));
    text += QStringLiteral(" · ") + tr("%n mask(s)", nullptr, d->pairs());
    const int problems = ProblemsDialog::problemCount(*d);
    if (problems > 0)
        text += QStringLiteral(" · <a href=\"problems\">%1</a>").arg(tr("%n problem(s)", nullptr, problems));
    m_summary->setText(text);
}

void StatusLine::setPosition(int position, int total)
{
    if (total < 0)
        m_position->clear();
    else
        m_position->setText(position < 0
                                ? tr("not in the filtered list")
                                : tr("%1 of %2", "position in the image list").arg(position + 1).arg(total));
}

void StatusLine::setSaveState(const QString &text, const QString &shortText, bool problem)
{
    m_save->setText(shortText);
    m_save->setToolTip(text);
    m_save->setStyleSheet(problem ? QStringLiteral("color: #c02020; font-weight: bold;") : QString());
}

void StatusLine::setZoom(double scale)
{
    m_zoom->setText(tr("Zoom %1 %").arg(QLocale().toString(scale * 100.0, 'f', scale < 0.1 ? 1 : 0)));
}

void StatusLine::setCursor(const QPoint &p)
{
    m_cursor->setText(p.x() < 0 ? QString() : tr("x %1, y %2").arg(p.x()).arg(p.y()));
}

void StatusLine::showBusy()
{
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->show();
}

void StatusLine::showProgress(int total, const QString &format)
{
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progress->setFormat(format);
    m_progress->setTextVisible(true);
    m_progress->show();
    m_cancel->show();
}

void StatusLine::setProgress(int done)
{
    m_progress->setValue(done);
}

void StatusLine::hideProgress()
{
    m_progress->hide();
    m_cancel->hide();
}

} // namespace dermask::ui
