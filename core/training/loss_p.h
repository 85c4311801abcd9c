#pragma once
/// @file What one training step computes, apart from the loop around it: a batch seen as
/// tensors (channels-last, no copy), the loss on logits (BCE, Dice, both, or the normalised
/// focal loss), and the bfloat16 autocast scope. Private to core/training (LibTorch).

#include "core/training/batch.h"
#include "core/training/trainingconfig.h"

#include <ATen/autocast_mode.h>
#include <torch/types.h>

namespace dermask::core {

/// bfloat16 autocast for the forward pass (convolutions in bf16, reductions in fp32), on the
/// CPU or on a GPU. Thread-local in LibTorch, so it is set and reset around each use.
class Autocast
{
public:
    explicit Autocast(bool on, c10::Device device = c10::kCPU) : m_on(on), m_gpu(device.is_cuda())
    {
        if (!m_on)
            return;
        if (m_gpu) {
            at::autocast::set_enabled(true);
            at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        } else {
            at::autocast::set_cpu_enabled(true);
            at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
        }
        at::autocast::increment_nesting();
    }
    ~Autocast()
    {
        if (!m_on)
            return;
        if (at::autocast::decrement_nesting() == 0)
            at::autocast::clear_cache();
        if (m_gpu)
            at::autocast::set_enabled(false);
        else
            at::autocast::set_cpu_enabled(false);
    }

private:
    bool m_on, m_gpu;
};

/// The images of @p batch as N x 3 x H x W (channels-last in memory) and its masks as
/// N x 1 x H x W, on @p device; on the CPU both share the batch's buffers.
torch::Tensor imagesTensor(Batch &batch, c10::Device device = c10::kCPU);
torch::Tensor masksTensor(Batch &batch, c10::Device device = c10::kCPU);

/// The loss of @p logits against @p truth (0/1): BCE with logits, soft Dice (1 - Dice), their
/// sum, or RITM's normalised focal loss.
torch::Tensor computeLoss(const torch::Tensor &logits, const torch::Tensor &truth, LossKind kind);

/// The Dice of each image's prediction (logits above 0) against @p truth; 1 when both are
/// empty. An N-vector.
torch::Tensor thresholdedDice(const torch::Tensor &logits, const torch::Tensor &truth);

/// Every @p stride-th pixel of @p logits (N x 1 x H x W) with its label in @p truth, appended
/// to @p z and @p y: the sample a calibration temperature is fitted on.
void samplePixels(const torch::Tensor &logits, const torch::Tensor &truth, int64_t stride,
                  std::vector<float> *z, std::vector<uint8_t> *y);

} // namespace dermask::core
