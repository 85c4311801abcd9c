#include "core/workspace/split.h"

#include <algorithm>
#include <cmath>

namespace dermask::core {

namespace {

/// FNV-1a over the id's UTF-16, mixed with the seed: the order in which undecided samples
/// are given a side, the same whatever else is in the dataset.
quint64 splitHash(const QString &id, quint64 seed)
{
    quint64 h = 1469598103934665603ull ^ (seed * 0x9e3779b97f4a7c15ull);
    for (QChar c : id) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

QString splitSideName(SplitSide side)
{
    switch (side) {
    case SplitSide::Train: return QStringLiteral("train");
    case SplitSide::Validation: return QStringLiteral("validation");
    case SplitSide::Unassigned: break;
    }
    return {};
}

SplitSide parseSplitSide(const QString &name)
{
    for (SplitSide side : {SplitSide::Train, SplitSide::Validation})
        if (name == splitSideName(side))
            return side;
    return SplitSide::Unassigned;
}

TrainingSplit splitSamples(const QStringList &ids, const std::vector<SplitSide> &sides,
                           double validationFraction, quint64 seed)
{
    const int count = int(ids.size());
    int target = 0;
    if (validationFraction > 0 && count >= 2)
        target = std::clamp(int(std::lround(validationFraction * count)), 1, count - 1);
    TrainingSplit split;
    std::vector<std::pair<quint64, int>> open;
    int decidedTrain = 0;
    for (int i = 0; i < count; ++i) {
        const SplitSide side = size_t(i) < sides.size() ? sides[size_t(i)] : SplitSide::Unassigned;
        if (side == SplitSide::Validation)
            split.validation.push_back(i);
        else if (side == SplitSide::Train)
            split.train.push_back(i), ++decidedTrain;
        else
            open.emplace_back(splitHash(ids.at(i), seed), i);
    }
    std::sort(open.begin(), open.end());
    int toValidation = std::max(0, target - int(split.validation.size()));
    // Never all to validation: one undecided sample learns when nothing else would.
    if (decidedTrain == 0 && toValidation >= int(open.size()) && !open.empty() && count >= 2)
        toValidation = int(open.size()) - 1;
    for (int k = 0; k < int(open.size()); ++k)
        (k < toValidation ? split.validation : split.train).push_back(open[size_t(k)].second);
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.validation.begin(), split.validation.end());
    return split;
}

TrainingSplit splitSamples(const QStringList &ids, double validationFraction, quint64 seed)
{
    return splitSamples(ids, {}, validationFraction, seed);
}

} // namespace dermask::core
