#include "core/training/loss_p.h"

namespace dermask::core {

torch::Tensor imagesTensor(Batch &b, c10::Device device)
{
    // N x H x W x C in memory, seen as N x C x H x W: channels-last, no copy on the CPU.
    return torch::from_blob(b.images.data(), {b.count, b.size, b.size, b.channels}).permute({0, 3, 1, 2}).to(device);
}

torch::Tensor masksTensor(Batch &b, c10::Device device)
{
    return torch::from_blob(b.masks.data(), {b.count, 1, b.size, b.size}).to(device);
}

namespace {

/// RITM's normalised focal loss (Sofiiuk et al. 2022), gamma 2, alpha 0.5: a focal loss whose
/// weights (1 - p_t)^2 are scaled to average 1 over each image, so an image that is nearly
/// right still learns from its few wrong pixels at full strength. The scale is not
/// differentiated, as in RITM.
torch::Tensor normalisedFocal(const torch::Tensor &logits, const torch::Tensor &truth)
{
    const torch::Tensor p = torch::sigmoid(logits);
    const torch::Tensor pt = 1 - (truth - p).abs();
    torch::Tensor beta = (1 - pt).pow(2);
    const torch::Tensor scale = (double(beta[0].numel()) / (beta.sum({1, 2, 3}, true) + 1e-8)).detach();
    beta = beta * scale;
    // log(p_t) from the logits: -BCE, stable where the sigmoid saturates.
    const torch::Tensor logPt = -torch::binary_cross_entropy_with_logits(logits, truth, {}, {}, at::Reduction::None);
    return (-0.5 * beta * logPt).mean();
}

} // namespace

torch::Tensor computeLoss(const torch::Tensor &logits, const torch::Tensor &truth, LossKind kind)
{
    if (kind == LossKind::Focal)
        return normalisedFocal(logits, truth);
    torch::Tensor loss;
    if (kind != LossKind::Dice)
        loss = torch::binary_cross_entropy_with_logits(logits, truth);
    if (kind != LossKind::Bce) {
        const torch::Tensor p = torch::sigmoid(logits).flatten(1), t = truth.flatten(1);
        const torch::Tensor dice =
            (2 * (p * t).sum(1) + 1) / (p.sum(1) + t.sum(1) + 1);
        const torch::Tensor diceLoss = 1 - dice.mean();
        loss = loss.defined() ? loss + diceLoss : diceLoss;
    }
    return loss;
}

torch::Tensor thresholdedDice(const torch::Tensor &logits, const torch::Tensor &truth)
{
    const torch::Tensor pred = (logits.to(torch::kFloat) > 0).to(torch::kFloat).flatten(1);
    const torch::Tensor t = truth.flatten(1);
    const torch::Tensor inter = (pred * t).sum(1), total = pred.sum(1) + t.sum(1);
    return torch::where(total > 0, 2 * inter / total.clamp_min(1), torch::ones_like(total));
}

void samplePixels(const torch::Tensor &logits, const torch::Tensor &truth, int64_t stride,
                  std::vector<float> *z, std::vector<uint8_t> *y)
{
    const torch::Tensor l =
        logits.to(torch::kCPU, torch::kFloat).contiguous().flatten().slice(0, 0, c10::nullopt, stride).contiguous();
    const torch::Tensor t =
        (truth.to(torch::kCPU).contiguous().flatten().slice(0, 0, c10::nullopt, stride) > 0.5).to(torch::kUInt8).contiguous();
    z->insert(z->end(), l.data_ptr<float>(), l.data_ptr<float>() + l.numel());
    y->insert(y->end(), t.data_ptr<uint8_t>(), t.data_ptr<uint8_t>() + t.numel());
}

} // namespace dermask::core
