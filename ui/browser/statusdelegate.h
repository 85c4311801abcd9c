#pragma once
// Paints a sample's review status as a small coloured badge, readable at a glance while
// scrolling through thousands of rows.

#include <QStyledItemDelegate>

namespace dermask::ui {

class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dermask::ui
