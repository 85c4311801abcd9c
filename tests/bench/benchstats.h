#pragma once
// What the benchmarks report about a series of timings.

#include <algorithm>
#include <cmath>
#include <vector>

namespace benchstats {

/// The @p p quantile of @p v (0.5: the median), the nearest sample by rounding; 0 when empty.
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(std::min<double>(double(v.size() - 1), std::floor(p * double(v.size() - 1) + 0.5)))];
}

} // namespace benchstats
