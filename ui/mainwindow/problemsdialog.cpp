#include "ui/mainwindow/problemsdialog.h"

#include "ui/common/retranslate.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dermask::ui {

int ProblemsDialog::problemCount(const core::Dataset &dataset)
{
    return int(dataset.refused.size() + dataset.masksWithoutImage.size());
}

ProblemsDialog::ProblemsDialog(const core::Dataset &dataset, QWidget *parent)
    : QDialog(parent), m_root(dataset.root), m_withoutMask(dataset.imagesWithoutMask())
{
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    const QDir root(dataset.root);
    for (const core::RefusedFile &file : dataset.refused)
        new QTreeWidgetItem(m_tree, {QDir::toNativeSeparators(root.relativeFilePath(file.file)), file.reason});
    for (const QString &mask : dataset.masksWithoutImage)
        m_masksWithoutImage.append(
            new QTreeWidgetItem(m_tree, {QDir::toNativeSeparators(root.relativeFilePath(mask)), QString()}));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setVisible(m_withoutMask > 0);
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

void ProblemsDialog::retranslate()
{
    setWindowTitle(tr("Dataset problems"));
    m_intro->setText(tr("Files in %1 that Dermask could not pair or read. They are listed here and never "
                        "changed.")
                         .arg(QDir::toNativeSeparators(m_root)));
    m_tree->setHeaderLabels({tr("File"), tr("Problem")});
    // The reasons the scan gave stay in the language of the scan.
    for (QTreeWidgetItem *item : std::as_const(m_masksWithoutImage))
        item->setText(1, tr("mask without an image"));
    m_note->setText(tr("%n image(s) have no mask; they are in the browser with the "
                       "status \"No mask\".", nullptr, m_withoutMask));
}

} // namespace dermask::ui
