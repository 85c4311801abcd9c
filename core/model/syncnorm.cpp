#include "core/model/syncnorm_p.h"

#include <torch/torch.h>

namespace dermask::core {

namespace {

thread_local NormSync *t_sync = nullptr;

/// BatchNorm over every rank's batch, with its gradient written out (as torch's SyncBatchNorm
/// does on CUDA): one all-reduce of the statistics forward, one of two gradient sums backward,
/// and LibTorch's own fused kernel for the normalisation.
struct SyncBatchNorm : torch::autograd::Function<SyncBatchNorm>
{
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x,
                                 const torch::Tensor &weight, const torch::Tensor &bias,
                                 torch::nn::BatchNorm2dImpl *bn, NormSync *sync)
    {
        const torch::Tensor xf = x.to(torch::kFloat);
        const int64_t c = xf.size(1);
        const double n = double(xf.numel() / c);
        // Each rank's exact mean and variance, combined in double: a one-pass E[x^2] - mean^2
        // in float loses digits to cancellation and drifts from one process's BatchNorm.
        const auto [varLocal, meanLocal] = torch::var_mean(xf, {0, 2, 3}, /*unbiased=*/false);
        const torch::Tensor m = meanLocal.to(torch::kDouble);
        torch::Tensor stats = torch::cat({m * n, m * m * n, varLocal.to(torch::kDouble) * n,
                                          torch::full({1}, n, torch::kDouble)});
        sync->sumInPlace(stats);
        const double count = stats[3 * c].item<double>();
        const torch::Tensor mean = stats.narrow(0, 0, c) / count;
        const torch::Tensor var =
            ((stats.narrow(0, 2 * c, c) + stats.narrow(0, c, c)) / count - mean * mean).clamp_min(0.0);
        const double momentum = bn->options.momentum().value_or(0.1), eps = bn->options.eps();
        bn->running_mean.mul_(1.0 - momentum).add_(mean.to(torch::kFloat) * momentum);
        const double unbiased = count / std::max(1.0, count - 1.0);
        bn->running_var.mul_(1.0 - momentum).add_(var.to(torch::kFloat) * (momentum * unbiased));
        bn->num_batches_tracked.add_(1);

        const torch::Tensor meanF = mean.to(torch::kFloat), varF = var.to(torch::kFloat);
        const torch::Tensor y = torch::batch_norm(xf, weight, bias, meanF, varF, /*training=*/false, 0.0, eps,
                                                  /*cudnn_enabled=*/false);
        ctx->save_for_backward({xf, weight, meanF, torch::rsqrt(varF + eps)});
        ctx->saved_data["count"] = count;
        ctx->saved_data["sync"] = reinterpret_cast<int64_t>(sync);
        ctx->saved_data["type"] = int64_t(x.scalar_type());
        return y.to(x.scalar_type());
    }

    static torch::autograd::tensor_list backward(torch::autograd::AutogradContext *ctx,
                                                 torch::autograd::tensor_list grads)
    {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &xf = saved[0], &weight = saved[1], &mean = saved[2], &invstd = saved[3];
        const double count = ctx->saved_data["count"].toDouble();
        auto *sync = reinterpret_cast<NormSync *>(ctx->saved_data["sync"].toInt());
        const int64_t c = xf.size(1);
        const torch::Tensor dy = grads[0].to(torch::kFloat);
        const torch::Tensor sumDy = dy.sum({0, 2, 3});
        const torch::Tensor sumDyXmu = ((xf - mean.view({1, c, 1, 1})) * dy).sum({0, 2, 3});
        torch::Tensor both = torch::cat({sumDy, sumDyXmu}).to(torch::kDouble);
        sync->sumInPlace(both);
        // dx = w invstd (dy - sum(dy)/N - (x - mean) invstd^2 sum(dy (x - mean))/N), with the
        // sums over every rank, as dx = a dy + b x + k per channel.
        const torch::Tensor a = weight * invstd;
        const torch::Tensor b = -a * invstd * invstd * both.narrow(0, c, c).to(torch::kFloat) / count;
        const torch::Tensor k = -a * both.narrow(0, 0, c).to(torch::kFloat) / count - b * mean;
        const torch::Tensor dx = torch::addcmul(dy * a.view({1, c, 1, 1}) + k.view({1, c, 1, 1}), xf,
                                                b.view({1, c, 1, 1}));
        // The weight's and bias's gradients are this rank's; data-parallel training averages
        // them with the other parameters'.
        return {dx.to(torch::ScalarType(ctx->saved_data["type"].toInt())), sumDyXmu * invstd, sumDy,
                torch::Tensor(), torch::Tensor()};
    }
};

} // namespace

NormSyncScope::NormSyncScope(NormSync *sync) : m_previous(t_sync) { t_sync = sync; }
NormSyncScope::~NormSyncScope() { t_sync = m_previous; }

torch::Tensor batchNorm(torch::nn::BatchNorm2dImpl &bn, const torch::Tensor &x)
{
    if (!t_sync || !bn.is_training())
        return bn.forward(x);
    return SyncBatchNorm::apply(x, bn.weight, bn.bias, &bn, t_sync);
}

} // namespace dermask::core
