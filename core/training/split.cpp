#include "core/training/split.h"

#include <algorithm>
#include <cmath>

namespace dermask::core {

namespace {

/// FNV-1a over the id's UTF-16, mixed with the seed: a split that never changes for a
/// sample, whatever else is added to the dataset.
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

TrainingSplit splitSamples(const QStringList &ids, double validationFraction, quint64 seed)
{
    std::vector<std::pair<quint64, int>> keyed;
    for (int i = 0; i < ids.size(); ++i)
        keyed.emplace_back(splitHash(ids.at(i), seed), i);
    std::sort(keyed.begin(), keyed.end());
    const int count = int(ids.size());
    int validation = int(std::lround(validationFraction * count));
    if (validationFraction > 0 && count >= 2)
        validation = std::clamp(validation, 1, count - 1);
    else
        validation = 0;
    TrainingSplit split;
    for (int k = 0; k < int(keyed.size()); ++k)
        (k < validation ? split.validation : split.train).push_back(keyed[size_t(k)].second);
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.validation.begin(), split.validation.end());
    return split;
}

} // namespace dermask::core
