#pragma once
// A small button showing a colour; clicking it opens the colour dialog. Its owner gives it a
// tooltip (tr("Choose a colour") when nothing more specific).

#include <QColor>
#include <QToolButton>

namespace dermask::ui {

class ColorButton : public QToolButton
{
    Q_OBJECT
public:
    explicit ColorButton(QWidget *parent = nullptr);

    QColor color() const { return m_color; }
    void setColor(const QColor &color);

Q_SIGNALS:
    void colorChanged(const QColor &color);

private:
    void choose();
    void updateIcon();

    QColor m_color = Qt::white;
};

} // namespace dermask::ui
