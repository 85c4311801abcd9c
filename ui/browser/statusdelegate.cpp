#include "ui/browser/statusdelegate.h"

#include "ui/browser/samplemodel.h"
#include "ui/common/samplelabels.h"

#include <QApplication>
#include <QPainter>

namespace dermask::ui {

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    // The row background (selection, alternate colour) first, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto status = core::SampleStatus(index.data(SampleModel::StatusRole).toInt());
    const QString text = SampleLabels::statusText(status);
    const bool error = !index.data(SampleModel::ErrorRole).toString().isEmpty();
    const QColor color = error ? QColor(0xc0, 0x20, 0x20) : SampleLabels::statusColor(status);
    // A dot before the status: this image has edits that are not on disk yet.
    const bool unsaved = index.data(SampleModel::UnsavedRole).toBool();
    const QString label = (error ? QStringLiteral("⚠ ") : QString()) + (unsaved ? QStringLiteral("● ") : QString()) + text;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int w = std::min(option.rect.width() - 6, metrics.horizontalAdvance(label) + 12);
    const int h = metrics.height() + 4;
    QRect badge(0, 0, w, h);
    badge.moveCenter(option.rect.center());
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(label, Qt::ElideRight, w - 8));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 16);
    return size;
}

} // namespace dermask::ui
