#include "ui/mainwindow/problemsdialog.h"

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

ProblemsDialog::ProblemsDialog(const core::Dataset &dataset, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Dataset problems"));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Files in %1 that Dermask could not pair or read. They are listed here and never "
           "changed.")
            .arg(QDir::toNativeSeparators(dataset.root)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *tree = new QTreeWidget(this);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("File"), tr("Problem")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    const QDir root(dataset.root);
    for (const core::RefusedFile &file : dataset.refused)
        new QTreeWidgetItem(tree, {QDir::toNativeSeparators(root.relativeFilePath(file.file)), file.reason});
    for (const QString &mask : dataset.masksWithoutImage)
        new QTreeWidgetItem(tree, {QDir::toNativeSeparators(root.relativeFilePath(mask)),
                                   tr("mask without an image")});
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(tree, 1);

    const int withoutMask = dataset.imagesWithoutMask();
    if (withoutMask > 0) {
        auto *note = new QLabel(tr("%n image(s) have no mask; they are in the browser with the "
                                   "status \"No mask\".", nullptr, withoutMask),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace dermask::ui
