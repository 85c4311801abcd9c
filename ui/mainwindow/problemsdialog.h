#pragma once
// Lists what the dataset scan could not use (refused files with the reason, masks without
// an image), so nothing is dropped silently.

#include "core/dataset/dataset.h"

#include <QDialog>

namespace dermask::ui {

class ProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProblemsDialog(const core::Dataset &dataset, QWidget *parent = nullptr);

    /// Number of problems in @p dataset (refused files + masks without image + images without mask).
    static int problemCount(const core::Dataset &dataset);
};

} // namespace dermask::ui
