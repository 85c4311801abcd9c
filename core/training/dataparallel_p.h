#pragma once
// Private to the network part: data-parallel training over LibTorch's c10d (the engine under
// torch.distributed): a TCPStore where the ranks meet, a Gloo process group that carries the
// collectives. Each rank trains on its share of every batch; gradients are summed over the
// ranks in buckets that start as soon as the backward pass has filled them, so the
// communication overlaps the rest of the backward pass; BatchNorm's statistics are summed
// too (core/model/syncnorm_p.h). Every call throws, naming this rank, when a peer fails,
// leaves or does not answer within the timeout.

#include "core/model/syncnorm_p.h"
#include "core/training/distributed.h"

#include <QString>
#include <memory>

namespace dermask::core {

class DataParallel final : public NormSync
{
public:
    /// Meets the other ranks at @p config's address (rank 0 listens there) within its timeout.
    /// Null with @p error naming the address when they do not all arrive.
    static std::unique_ptr<DataParallel> join(const DistributedConfig &config, QString *error);
    ~DataParallel() override;

    int rank() const;
    int ranks() const;

    /// Rank 0's parameters and buffers, to every rank.
    void broadcast(torch::nn::Module &module);
    /// Hooks every parameter of @p module that trains: from now on the gradients of a backward
    /// pass between beginStep() and averageGradients() are summed over the ranks as it runs.
    void attach(torch::nn::Module &module);
    void beginStep();
    /// Waits for the buckets and leaves each parameter's gradient the mean over the ranks.
    void averageGradients();

    /// The largest of @p value over the ranks.
    int maxOverRanks(int value);
    /// The sums of @p values over the ranks.
    std::vector<double> sumOverRanks(std::vector<double> values);
    /// Rank 0's @p flag.
    bool fromRankZero(bool flag);

    /// The gradients' size, a blocking all-reduce of all of them (timed at attach()), and the
    /// time steps waited for their buckets after the backward pass, per step so far.
    double gradientBytes() const;
    double allReduceSeconds() const;
    double waitSecondsPerStep() const;

    void sumInPlace(torch::Tensor &t) override;

private:
    DataParallel();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dermask::core
