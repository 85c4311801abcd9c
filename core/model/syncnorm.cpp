#include "core/model/syncnorm_p.h"

namespace dermask::core {

namespace {
thread_local NormSync *t_sync = nullptr;
}

NormSyncScope::NormSyncScope(NormSync *sync) : m_previous(t_sync) { t_sync = sync; }
NormSyncScope::~NormSyncScope() { t_sync = m_previous; }

torch::Tensor batchNorm(torch::nn::BatchNorm2dImpl &bn, const torch::Tensor &x)
{
    if (!t_sync || !bn.is_training())
        return bn.forward(x);
    // Two all-reduces per layer, as two passes over one batch: the sums (and the count) give
    // the mean, then the squares about it give the variance (one pass, E[x^2] - mean^2,
    // loses digits to cancellation and drifts from one process's BatchNorm).
    const torch::Tensor xf = x.to(torch::kFloat);
    const int64_t channels = xf.size(1);
    const torch::Tensor sums = t_sync->sumOverRanks(
        torch::cat({xf.sum({0, 2, 3}), torch::full({1}, double(xf.numel() / channels), xf.options())}));
    const torch::Tensor count = sums.narrow(0, channels, 1);
    const torch::Tensor mean = sums.narrow(0, 0, channels) / count;
    const torch::Tensor centred = xf - mean.view({1, channels, 1, 1});
    const torch::Tensor var = t_sync->sumOverRanks((centred * centred).sum({0, 2, 3})) / count;
    {
        torch::NoGradGuard noGrad;
        const double m = bn.options.momentum().value_or(0.1);
        const double n = count.item<double>();
        bn.running_mean.mul_(1.0 - m).add_(mean.detach() * m);
        bn.running_var.mul_(1.0 - m).add_(var.detach() * (m * n / std::max(1.0, n - 1.0)));
        bn.num_batches_tracked.add_(1);
    }
    const torch::Tensor scale = bn.weight * torch::rsqrt(var + bn.options.eps());
    return (centred * scale.view({1, channels, 1, 1}) + bn.bias.view({1, channels, 1, 1})).to(x.scalar_type());
}

} // namespace dermask::core
