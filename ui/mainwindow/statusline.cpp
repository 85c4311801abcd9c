#include "ui/mainwindow/statusline.h"

#include "core/dataset/dataset.h"
#include "ui/common/retranslate.h"
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
    m_summary->setObjectName(QStringLiteral("datasetSummary"));
    m_summary->setTextFormat(Qt::RichText);
    connect(m_summary, &QLabel::linkActivated, this, &StatusLine::problemsRequested);
    m_position = new QLabel(bar);
    m_position->setObjectName(QStringLiteral("position"));
    m_zoom = new QLabel(bar);
    m_zoom->setObjectName(QStringLiteral("zoom"));
    m_cursor = new QLabel(bar);
    m_cursor->setMinimumWidth(QFontMetrics(m_cursor->font()).horizontalAdvance(QStringLiteral("x 0000, y 0000")));
    m_progress = new QProgressBar(bar);
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_cancel = new QToolButton(bar);
    m_cancel->setDefaultAction(cancel);
    m_cancel->hide();
    bar->addPermanentWidget(m_save);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_summary);
    bar->addPermanentWidget(m_position);
    bar->addPermanentWidget(m_zoom);
    bar->addPermanentWidget(m_cursor);
    // The save state comes in words from the editor, which says it again in a new language.
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

void StatusLine::retranslate()
{
    // The button shows the action's short name; set there, a new text of the action keeps it.
    m_cancel->defaultAction()->setIconText(tr("Cancel"));
    updateSummary();
    updatePosition();
    updateZoom();
    updateCursor();
}

void StatusLine::setDataset(const core::Dataset *d)
{
    m_dataset.reset();
    if (d)
        m_dataset = Summary{d->layout, int(d->samples.size()), d->pairs(),
                            ProblemsDialog::problemCount(*d)};
    updateSummary();
}

void StatusLine::updateSummary()
{
    if (!m_dataset) {
        m_summary->clear();
        return;
    }
    const Summary &d = *m_dataset;
    QString layout;
    switch (d.layout) {
    case core::Layout::Ph2: layout = QStringLiteral("PH2"); break;    // names, not words
    case core::Layout::Isic: layout = QStringLiteral("ISIC"); break;
    case core::Layout::Paired: layout = tr("paired", "dataset layout: images and masks in two folders"); break;
    case core::Layout::Images: layout = tr("images only", "dataset layout: no masks"); break;
    case core::Layout::Empty: layout = tr("empty", "dataset layout"); break;
    }
    QString text = tr("%1 layout", "dataset layout, e.g. PH2 layout").arg(layout);
    text += QStringLiteral(" · ") + tr("%n image(s)", nullptr, d.images);
    text += QStringLiteral(" · ") + tr("%n mask(s)", nullptr, d.masks);
    if (d.problems > 0)
        text += QStringLiteral(" · <a href=\"problems\">%1</a>").arg(tr("%n problem(s)", nullptr, d.problems));
    m_summary->setText(text);
}

void StatusLine::setPosition(int position, int total)
{
    m_positionIndex = position;
    m_total = total;
    updatePosition();
}

void StatusLine::updatePosition()
{
    if (m_total < 0)
        m_position->clear();
    else
        m_position->setText(m_positionIndex < 0
                                ? tr("not in the filtered list")
                                : tr("%1 of %2", "position in the image list").arg(m_positionIndex + 1).arg(m_total));
}

void StatusLine::setSaveState(const QString &text, const QString &shortText, bool problem)
{
    m_save->setText(shortText);
    m_save->setToolTip(text);
    m_save->setStyleSheet(problem ? QStringLiteral("color: #c02020; font-weight: bold;") : QString());
}

void StatusLine::setZoom(double scale)
{
    m_scale = scale;
    updateZoom();
}

void StatusLine::updateZoom()
{
    if (m_scale)
        m_zoom->setText(tr("Zoom %1 %").arg(QLocale().toString(*m_scale * 100.0, 'f', *m_scale < 0.1 ? 1 : 0)));
}

void StatusLine::setCursor(const QPoint &p)
{
    m_pixel = p;
    updateCursor();
}

void StatusLine::updateCursor()
{
    m_cursor->setText(m_pixel.x() < 0 ? QString() : tr("x %1, y %2").arg(m_pixel.x()).arg(m_pixel.y()));
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

void StatusLine::setProgressFormat(const QString &format)
{
    m_progress->setFormat(format);
}

void StatusLine::hideProgress()
{
    m_progress->hide();
    m_cancel->hide();
}

} // namespace dermask::ui
