#include "ui/common/toolicons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace dermask::ui {

namespace {

const QColor kInk(0x37, 0x41, 0x51);
const QColor kLesion(0x00, 0xb8, 0x5e);
const QColor kPrediction(0xd9, 0x2c, 0xd9);
const QColor kBox(0xe0, 0xa0, 0x00);

QPainterPath loop()
{
    QPainterPath path;
    path.moveTo(10, 24);
    path.cubicTo(8, 10, 30, 4, 38, 14);
    path.cubicTo(44, 22, 36, 34, 24, 34);
    path.cubicTo(14, 34, 11, 30, 10, 24);
    return path;
}

void arrowHead(QPainter &p, QPointF tip, double angle)
{
    const double a = 0.6, len = 9;
    QPolygonF head;
    head << tip << tip - QPointF(len * std::cos(angle - a), len * std::sin(angle - a))
         << tip - QPointF(len * std::cos(angle + a), len * std::sin(angle + a));
    p.setBrush(p.pen().color());
    p.drawPolygon(head);
}

void draw(QPainter &p, const QString &name)
{
    QPen ink(kInk, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(ink);
    p.setBrush(Qt::NoBrush);
    if (name == QLatin1String("pan")) {
        p.drawLine(QPointF(24, 6), QPointF(24, 42));
        p.drawLine(QPointF(6, 24), QPointF(42, 24));
        arrowHead(p, {24, 4}, -M_PI / 2);
        arrowHead(p, {24, 44}, M_PI / 2);
        arrowHead(p, {4, 24}, M_PI);
        arrowHead(p, {44, 24}, 0);
    } else if (name == QLatin1String("brush")) {
        p.setBrush(kLesion);
        p.setPen(QPen(kInk, 2.5));
        p.drawEllipse(QPointF(24, 24), 15, 15);
    } else if (name == QLatin1String("eraser")) {
        p.setPen(QPen(kInk, 2.5, Qt::DashLine));
        p.drawEllipse(QPointF(24, 24), 15, 15);
        p.setPen(QPen(QColor(0xd0, 0x30, 0x30), 3.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(15, 15), QPointF(33, 33));
        p.drawLine(QPointF(33, 15), QPointF(15, 33));
    } else if (name == QLatin1String("lasso") || name == QLatin1String("predictionlasso")) {
        const QColor fill = name == QLatin1String("lasso") ? kLesion : kPrediction;
        QColor translucent = fill;
        translucent.setAlpha(110);
        p.setBrush(translucent);
        p.setPen(QPen(kInk, 2.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(loop());
        p.setPen(QPen(kInk, 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(10, 26), QPointF(16, 42));
    } else if (name == QLatin1String("flood")) {
        p.setPen(QPen(kInk, 2.5));
        p.drawRoundedRect(QRectF(6, 6, 36, 36), 4, 4);
        p.setPen(Qt::NoPen);
        p.setBrush(kLesion);
        QPainterPath blob;
        blob.addEllipse(QPointF(24, 26), 12, 10);
        p.drawPath(blob);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(28, 24), 3, 3);
    } else if (name == QLatin1String("grabcut")) {
        p.setPen(QPen(kBox, 2.5, Qt::DashLine));
        p.drawRect(QRectF(5, 7, 38, 34));
        p.setPen(QPen(kInk, 2));
        p.setBrush(kLesion);
        p.drawEllipse(QPointF(24, 24), 11, 9);
    } else if (name == QLatin1String("click")) {
        p.setPen(QPen(kInk, 2));
        p.setBrush(kLesion);
        p.drawEllipse(QPointF(21, 22), 14, 12);
        p.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(15, 22), QPointF(27, 22));
        p.drawLine(QPointF(21, 16), QPointF(21, 28));
        QPolygonF pointer;  // the mouse pointer that clicked
        pointer << QPointF(30, 28) << QPointF(30, 45) << QPointF(34, 41) << QPointF(38, 47) << QPointF(41, 45)
                << QPointF(37, 39) << QPointF(43, 38);
        p.setPen(QPen(kInk, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::white);
        p.drawPolygon(pointer);
    } else if (name == QLatin1String("undo") || name == QLatin1String("redo")) {
        p.save();
        if (name == QLatin1String("redo")) {
            p.translate(48, 0);
            p.scale(-1, 1);
        }
        QPainterPath curve;
        curve.moveTo(12, 20);
        curve.cubicTo(22, 10, 40, 12, 40, 28);
        curve.cubicTo(40, 36, 34, 40, 26, 40);
        p.drawPath(curve);
        arrowHead(p, {9, 22}, M_PI * 0.8);
        p.restore();
    }
}

/// Draws another icon mirrored: every size and mode of it, as it is asked for.
class MirroredIconEngine : public QIconEngine
{
public:
    explicit MirroredIconEngine(const QIcon &icon) : m_icon(icon) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size() * painter->device()->devicePixelRatio(), mode, state));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return QPixmap::fromImage(m_icon.pixmap(size, mode, state).toImage().mirrored(true, false));
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.availableSizes(mode, state);
    }
    QIconEngine *clone() const override { return new MirroredIconEngine(m_icon); }

private:
    QIcon m_icon;
};

} // namespace

QIcon mirroredIcon(const QIcon &icon)
{
    return QIcon(new MirroredIconEngine(icon));
}

QIcon directionalIcon(const QIcon &icon, Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? mirroredIcon(icon) : icon;
}

QIcon toolIcon(const QString &name)
{
    QIcon icon;
    for (int size : {24, 48}) {
        QPixmap pixmap(48, 48);
        pixmap.fill(Qt::transparent);
        {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            draw(p, name);
        }
        icon.addPixmap(pixmap.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    return icon;
}

} // namespace dermask::ui
