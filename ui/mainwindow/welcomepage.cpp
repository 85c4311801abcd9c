#include "ui/mainwindow/welcomepage.h"

#include "ui/common/retranslate.h"

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
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_open = new QPushButton(this);
    m_open->setDefault(true);
    m_sample = new QPushButton(this);
    for (QPushButton *button : {m_open, m_sample})
        button->setMinimumHeight(36);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_sample);
    buttons->addStretch(1);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_note->hide();

    m_recentTitle = new QLabel(this);
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    m_recent = new QListWidget(this);
    m_recent->setMaximumHeight(180);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/dermask.svg")).pixmap(QSize(56, 56)));
    auto *heading = new QHBoxLayout;
    heading->addWidget(logo);
    heading->addWidget(m_title, 1);

    auto *column = new QVBoxLayout;
    column->addLayout(heading);
    column->addWidget(m_intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addWidget(m_note);
    column->addSpacing(8);
    column->addWidget(m_hint);
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

    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
    setRecent({});
    retranslateNowAndOnChange(this, [this] { retranslate(); });
    alignTitle();
    onLayoutDirectionChange(this, [this] { alignTitle(); });
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Dermask"));
    m_intro->setText(tr("Browse dermoscopy datasets, find the images where masks and "
                        "predictions disagree, and correct the masks with the brush, lasso, "
                        "fill and GrabCut tools. Every correction is saved by itself."));
    m_open->setText(tr("Open Dataset Folder…"));
    m_sample->setText(tr("Open Sample Dataset"));
    m_sample->setToolTip(tr("24 synthetic images with exact masks, generated on first use"));
    m_hint->setText(tr("Recognised layouts: PH2, ISIC (images with _segmentation masks), "
                       "images/ + masks/ folders, or any folder of images. You can also "
                       "drop a folder on this window."));
    m_recentTitle->setText(tr("Recent datasets"));
    setRecent(m_folders);
}

void WelcomePage::alignTitle()
{
    // The name reads left to right, but sits where the language starts a line.
    m_title->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter
                          | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
}

void WelcomePage::setRecent(const QStringList &folders)
{
    m_folders = folders;
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

void WelcomePage::setNote(std::function<QString()> text)
{
    m_note->setVisible(text != nullptr);
    setTranslatedText(m_note, std::move(text));
}

} // namespace dermask::ui
