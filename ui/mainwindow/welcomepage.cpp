#include "ui/mainwindow/welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dermask::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Dermask"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    // The name reads left to right, but sits where the language starts a line.
    title->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter
                        | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));

    auto *intro = new QLabel(tr("Browse dermoscopy datasets, find the images where masks and "
                                "predictions disagree, and correct the masks with the brush, lasso, "
                                "fill and GrabCut tools. Every correction is saved by itself."),
                             this);
    intro->setWordWrap(true);

    auto *open = new QPushButton(tr("Open Dataset Folder…"), this);
    open->setDefault(true);
    auto *sample = new QPushButton(tr("Open Sample Dataset"), this);
    sample->setToolTip(tr("24 synthetic images with exact masks, generated on first use"));
    for (QPushButton *button : {open, sample})
        button->setMinimumHeight(36);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(sample);
    buttons->addStretch(1);

    auto *hint = new QLabel(tr("Recognised layouts: PH2, ISIC (images with _segmentation masks), "
                               "images/ + masks/ folders, or any folder of images. You can also "
                               "drop a folder on this window."),
                            this);
    hint->setWordWrap(true);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_note->hide();

    m_recentTitle = new QLabel(tr("Recent datasets"), this);
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    m_recent = new QListWidget(this);
    m_recent->setMaximumHeight(180);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/dermask.svg")).pixmap(QSize(56, 56)));
    auto *heading = new QHBoxLayout;
    heading->addWidget(logo);
    heading->addWidget(title, 1);

    auto *column = new QVBoxLayout;
    column->addLayout(heading);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addWidget(m_note);
    column->addSpacing(8);
    column->addWidget(hint);
    column->addSpacing(16);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent);

    auto *box = new QWidget(this);
    box->setLayout(column);
    box->setMaximumWidth(620);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(box, 4);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
    setRecent({});
}

void WelcomePage::setRecent(const QStringList &folders)
{
    m_recent->clear();
    for (const QString &folder : folders) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(folder).fileName(), QDir::toNativeSeparators(folder)), m_recent);
        item->setData(Qt::UserRole, folder);
        item->setToolTip(QDir::toNativeSeparators(folder));
    }
    m_recent->setVisible(!folders.isEmpty());
    m_recentTitle->setVisible(!folders.isEmpty());
}

void WelcomePage::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

} // namespace dermask::ui
