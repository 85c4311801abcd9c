#pragma once
// Where "next unreviewed", "next most uncertain" and "next largest disagreement" go. Pure
// functions over the order the browser shows, so filters and sorting are respected.

#include <QVector>
#include <functional>
#include <optional>

namespace dermask::ui {

/// The first sample after @p current in @p order (wrapping round) that @p accept takes;
/// -1 when none does. @p current may be -1 or absent from @p order: the search starts at the top.
int nextMatching(const QVector<int> &order, int current, const std::function<bool(int)> &accept);

/// Walks the samples from the highest @p key down: the sample ranked right after @p current
/// (ties broken by their position in @p order). Samples without a key are skipped. When
/// @p current has no key, the highest-ranked sample; -1 when no sample has a key or
/// @p current is the last one.
int nextByRank(const QVector<int> &order, int current,
               const std::function<std::optional<double>(int)> &key);

/// The sample @p step places from @p current in @p order, clamped to the ends; the first
/// (or last, for a negative step) when @p current is not in @p order; -1 for an empty order.
int neighbourOf(const QVector<int> &order, int current, int step);

} // namespace dermask::ui
