#pragma once
/// @file Which samples a run learns from and which it is measured on. A workspace decides
/// each sample's side once and keeps it (Workspace::assignSplit()), so every run of the
/// workspace is measured on the same images and validation Dice compares models. Samples
/// without a side yet are given one by a hash of the seed and their id, as many to
/// validation as keep its share near the fraction asked; a side once given never moves.

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <vector>

namespace dermask::core {

enum class SplitSide { Unassigned, Train, Validation };

/// "train", "validation"; empty for Unassigned.
QString splitSideName(SplitSide side);
/// Parses splitSideName(); Unassigned for anything else.
SplitSide parseSplitSide(const QString &name);

struct TrainingSplit
{
    std::vector<int> train;       ///< indices into the ids given, ascending
    std::vector<int> validation;
};

/// Splits @p ids. Those with a side in @p sides (same order; missing entries count as
/// Unassigned) keep it. The others go to validation, in the order of their hash, until the
/// validation share reaches @p validationFraction of all ids (at least one, and never all,
/// when there are two or more and the fraction is above 0), and to training after that.
TrainingSplit splitSamples(const QStringList &ids, const std::vector<SplitSide> &sides,
                           double validationFraction, quint64 seed);
/// As above with no side decided yet.
TrainingSplit splitSamples(const QStringList &ids, double validationFraction, quint64 seed);

} // namespace dermask::core
