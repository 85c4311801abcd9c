#pragma once
// Private to the network part: BatchNorm whose training statistics may come from every rank of
// a data-parallel run (synchronised BatchNorm). The networks' blocks normalise through
// batchNorm(); data-parallel training (core/training/dataparallel_p.h) opens a NormSyncScope
// around its forward and backward pass, so that ranks x B images are normalised as one batch of
// ranks x B would be. Everywhere else (inference, the app's one-process training) it is the
// module's own BatchNorm.

#include <torch/nn.h>

namespace dermask::core {

/// Sums a small tensor over every rank, in place, blocking.
class NormSync
{
public:
    virtual ~NormSync() = default;
    virtual void sumInPlace(torch::Tensor &t) = 0;
};

/// Makes @p sync the one this thread's batchNorm() uses, until the scope ends.
class NormSyncScope
{
public:
    explicit NormSyncScope(NormSync *sync);
    ~NormSyncScope();
    NormSyncScope(const NormSyncScope &) = delete;
    NormSyncScope &operator=(const NormSyncScope &) = delete;

private:
    NormSync *m_previous;
};

/// bn(x), with the batch statistics summed over the ranks when a NormSyncScope is open and
/// @p bn is training. The running statistics follow the ranks' statistics, as torch's
/// SyncBatchNorm does, so every rank keeps the same buffers.
torch::Tensor batchNorm(torch::nn::BatchNorm2dImpl &bn, const torch::Tensor &x);

} // namespace dermask::core
