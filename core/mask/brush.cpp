#include "core/mask/brush.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace dermask::core {

namespace {

/// A closed interval of x (pixel-centre coordinates); empty when lo > hi.
struct Interval
{
    double lo = 1, hi = 0;
    bool empty() const { return lo > hi; }
    void unite(const Interval &o)
    {
        if (o.empty())
            return;
        if (empty()) {
            *this = o;
        } else {
            lo = std::min(lo, o.lo);
            hi = std::max(hi, o.hi);
        }
    }
    void intersect(double l, double h)
    {
        lo = std::max(lo, l);
        hi = std::min(hi, h);
    }
};

constexpr double kEps = 1e-9;
constexpr double kInf = 1e300;

/// x with c0 + c1 * x within [lo, hi].
void constrain(Interval &iv, double c0, double c1, double lo, double hi)
{
    if (std::abs(c1) < 1e-12) {
        if (c0 < lo - kEps || c0 > hi + kEps)
            iv = Interval{};
        return;
    }
    double a = (lo - c0) / c1, b = (hi - c0) / c1;
    if (a > b)
        std::swap(a, b);
    iv.intersect(a - kEps, b + kEps);
}

Interval disk(const QPointF &c, double r, double cy)
{
    const double dy = cy - c.y();
    const double h2 = r * r - dy * dy;
    if (h2 < -kEps)
        return {};
    const double h = std::sqrt(std::max(0.0, h2));
    return {c.x() - h - kEps, c.x() + h + kEps};
}

} // namespace

std::vector<BrushSpan> brushSpans(const QPointF &a, const QPointF &b, double diameter, cv::Size size)
{
    std::vector<BrushSpan> spans;
    const double r = std::max(1.0, diameter) / 2.0;
    if (size.width <= 0 || size.height <= 0 || !std::isfinite(a.x() + a.y() + b.x() + b.y()))
        return spans;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len = std::hypot(dx, dy);
    const double ux = len > 0 ? dx / len : 0, uy = len > 0 ? dy / len : 0;

    const int yMin = std::max(0, int(std::floor(std::min(a.y(), b.y()) - r - 1)));
    const int yMax = std::min(size.height - 1, int(std::ceil(std::max(a.y(), b.y()) + r + 1)));
    spans.reserve(size_t(std::max(0, yMax - yMin + 1)));
    for (int y = yMin; y <= yMax; ++y) {
        const double cy = y + 0.5;
        Interval row = disk(a, r, cy);
        row.unite(disk(b, r, cy));
        if (len > 0) {
            // The swept rectangle: 0 <= (p - a).u <= len and |(p - a) x u| <= r, linear in x.
            Interval rect{-kInf, kInf};
            constrain(rect, -a.x() * ux + (cy - a.y()) * uy, ux, 0, len);
            constrain(rect, a.x() * uy + (cy - a.y()) * ux, -uy, -r, r);
            row.unite(rect);
        }
        // Pixel x has its centre at x + 0.5.
        int x0 = row.empty() ? INT_MAX : int(std::ceil(row.lo - 0.5));
        int x1 = row.empty() ? INT_MIN : int(std::floor(row.hi - 0.5));
        // The pixels under the end points, whatever the diameter.
        for (const QPointF *p : {&a, &b}) {
            if (int(std::floor(p->y())) == y) {
                const int px = int(std::floor(p->x()));
                x0 = std::min(x0, px);
                x1 = std::max(x1, px);
            }
        }
        x0 = std::max(x0, 0);
        x1 = std::min(x1, size.width - 1);
        if (x0 <= x1)
            spans.push_back({y, x0, x1});
    }
    return spans;
}

QRect spansBounds(const std::vector<BrushSpan> &spans)
{
    if (spans.empty())
        return {};
    int x0 = INT_MAX, x1 = INT_MIN;
    for (const BrushSpan &s : spans) {
        x0 = std::min(x0, s.x0);
        x1 = std::max(x1, s.x1);
    }
    return QRect(QPoint(x0, spans.front().y), QPoint(x1, spans.back().y));
}

qint64 paintSpans(cv::Mat &mask, const std::vector<BrushSpan> &spans, uchar value, QRect *changedBounds)
{
    CV_Assert(mask.type() == CV_8UC1);
    qint64 changed = 0;
    int bx0 = INT_MAX, bx1 = INT_MIN, by0 = INT_MAX, by1 = INT_MIN;
    for (const BrushSpan &s : spans) {
        uchar *row = mask.ptr<uchar>(s.y);
        int first = -1, last = -1, count = 0;
        for (int x = s.x0; x <= s.x1; ++x) {
            if (row[x] != value) {
                if (first < 0)
                    first = x;
                last = x;
                ++count;
                row[x] = value;
            }
        }
        if (count) {
            changed += count;
            bx0 = std::min(bx0, first);
            bx1 = std::max(bx1, last);
            by0 = std::min(by0, s.y);
            by1 = std::max(by1, s.y);
        }
    }
    if (changedBounds)
        *changedBounds = changed ? QRect(QPoint(bx0, by0), QPoint(bx1, by1)) : QRect();
    return changed;
}

void paintStroke(cv::Mat &mask, const QVector<QPointF> &points, double diameter, uchar value)
{
    const cv::Size size(mask.cols, mask.rows);
    for (int i = 0; i < points.size(); ++i)
        paintSpans(mask, brushSpans(points[i > 0 ? i - 1 : 0], points[i], diameter, size), value);
}

} // namespace dermask::core
