#pragma once
/// @file Which samples a run learns from and which it is measured on: a fixed fraction chosen
/// by a hash of the seed and each sample's id, so a sample keeps its side whatever else is
/// added to the dataset.

#include <QStringList>
#include <QtGlobal>
#include <vector>

namespace dermask::core {

struct TrainingSplit
{
    std::vector<int> train;       ///< indices into the ids given, ascending
    std::vector<int> validation;
};

/// Splits @p ids: about @p validationFraction of them (at least one, and never all, when
/// there are two or more and the fraction is above 0) go to validation.
TrainingSplit splitSamples(const QStringList &ids, double validationFraction, quint64 seed);

} // namespace dermask::core
