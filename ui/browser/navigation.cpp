#include "ui/browser/navigation.h"

#include <algorithm>

namespace dermask::ui {

int nextMatching(const QVector<int> &order, int current, const std::function<bool(int)> &accept)
{
    const int n = int(order.size());
    const int start = int(order.indexOf(current));  // -1 when absent: start at the top
    for (int step = 1; step <= n; ++step) {
        const int candidate = order.at((start + step + n) % n);
        if (candidate != current && accept(candidate))
            return candidate;
    }
    return -1;
}

int nextByRank(const QVector<int> &order, int current,
               const std::function<std::optional<double>(int)> &key)
{
    struct Ranked
    {
        double key;
        int position;
        int index;
    };
    QVector<Ranked> ranked;
    for (int position = 0; position < order.size(); ++position) {
        if (const std::optional<double> k = key(order.at(position)))
            ranked.append({*k, position, order.at(position)});
    }
    if (ranked.isEmpty())
        return -1;
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return a.key != b.key ? a.key > b.key : a.position < b.position;
    });
    for (int i = 0; i < ranked.size(); ++i) {
        if (ranked.at(i).index == current)
            return i + 1 < ranked.size() ? ranked.at(i + 1).index : -1;
    }
    return ranked.first().index;
}

int neighbourOf(const QVector<int> &order, int current, int step)
{
    if (order.isEmpty())
        return -1;
    const int position = int(order.indexOf(current));
    if (position < 0)
        return step >= 0 ? order.first() : order.last();
    return order.at(std::clamp(position + step, 0, int(order.size()) - 1));
}

} // namespace dermask::ui
