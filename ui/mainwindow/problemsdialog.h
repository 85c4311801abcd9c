#pragma once
// Lists what the dataset scan could not use (refused files with the reason, masks without
// an image), so nothing is dropped silently.

#include "core/dataset/dataset.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace dermask::ui {

class ProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProblemsDialog(const core::Dataset &dataset, QWidget *parent = nullptr);

    /// Number of problems in @p dataset (refused files + masks without image + images without mask).
    static int problemCount(const core::Dataset &dataset);

private:
    void retranslate();

    QString m_root;
    int m_withoutMask;
    QLabel *m_intro;
    QTreeWidget *m_tree;
    QList<QTreeWidgetItem *> m_masksWithoutImage;
    QLabel *m_note;
};

} // namespace dermask::ui
