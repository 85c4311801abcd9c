#include "core/training/schedule.h"

#include <algorithm>
#include <cmath>

namespace dermask::core {

double LearningSchedule::progress(qint64 step, double seconds) const
{
    double p = 0.0;
    if (epochs > 0)
        p = double(step) / std::max(1.0, double(epochs) * batchesPerEpoch);
    if (budgetSeconds > 0)
        p = std::max(p, resumedAt + (1.0 - resumedAt) * seconds / budgetSeconds);
    return std::clamp(p, 0.0, 1.0);
}

double LearningSchedule::rate(qint64 step, double seconds, double secondsPerBatch) const
{
    double planned = epochs > 0 ? double(epochs) * batchesPerEpoch : 0.0;
    if (budgetSeconds > 0 && secondsPerBatch > 0) {
        const double byClock = budgetSeconds * (1.0 - resumedAt) / secondsPerBatch + double(step);
        planned = planned > 0 ? std::min(planned, byClock) : byClock;
    }
    const double warmup = planned > 0 ? std::min(50.0, 0.05 * planned) : 50.0;
    if (double(step) < warmup)
        return peak * (0.1 + 0.9 * double(step) / warmup);
    return peak * (0.01 + 0.99 * 0.5 * (1.0 + std::cos(M_PI * progress(step, seconds))));
}

} // namespace dermask::core
