#pragma once
/// @file The learning-rate schedule of a training run: linear warm-up, then cosine decay to 1%
/// of the peak at the planned end. The plan is the epochs, the time budget, or whichever ends
/// first; by the clock the rate follows the budget, so a long budget is spent annealing
/// rather than stopped at the first plateau. Torch-free.

#include <QtGlobal>

namespace dermask::core {

struct LearningSchedule
{
    double peak = 2e-3;
    int epochs = 0;             ///< planned epochs; 0: the budget alone
    int batchesPerEpoch = 1;
    double budgetSeconds = 0.0; ///< 0: none
    /// How far the schedule had gone when this process resumed the run: what is left of it is
    /// spread over the new budget.
    double resumedAt = 0.0;

    /// 0 to 1 after @p step batches and @p seconds of training: the further of steps over the
    /// planned epochs and time over the budget.
    double progress(qint64 step, double seconds) const;
    /// The rate for the next batch. @p secondsPerBatch (0: not known yet) turns a budget into
    /// planned steps for the warm-up, which lasts 5% of them, at most 50.
    double rate(qint64 step, double seconds, double secondsPerBatch) const;
};

} // namespace dermask::core
