#include "ui/panels/colorbutton.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace dermask::ui {

ColorButton::ColorButton(QWidget *parent) : QToolButton(parent)
{
    setIconSize(QSize(28, 16));
    connect(this, &QToolButton::clicked, this, &ColorButton::choose);
    updateIcon();
}

void ColorButton::setColor(const QColor &color)
{
    if (!color.isValid() || color == m_color)
        return;
    m_color = color;
    updateIcon();
    Q_EMIT colorChanged(m_color);
}

void ColorButton::choose()
{
    const QColor chosen = QColorDialog::getColor(m_color, this, tr("Overlay colour"));
    if (chosen.isValid())
        setColor(chosen);
}

void ColorButton::updateIcon()
{
    QPixmap pixmap(iconSize());
    pixmap.fill(m_color);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 120));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    painter.end();
    setIcon(QIcon(pixmap));
}

} // namespace dermask::ui
