#pragma once
/// @file Which arithmetic a training run uses: fp32, or bfloat16 autocast with fp32 master
/// weights, loss and BatchNorm statistics. Machines disagree (bf16 pays only where the CPU
/// computes it natively, and by how much depends on the network), so Precision::Auto times
/// both on the network at hand before the run. Private to core/training (LibTorch).

#include "core/training/trainingconfig.h"

namespace dermask::core {

class SegmentationNetworkImpl;

/// What a probe measured: seconds per training step (forward, loss, backward) in each
/// precision, and the choice.
struct PrecisionProbe
{
    double fp32Seconds = 0.0;
    double bf16Seconds = 0.0;
    bool bf16 = false;   ///< bf16 was at least 10% faster
};

/// Times @p steps training steps of @p net (channels-last, in training mode) in fp32 and
/// under bf16 autocast on a random batch of @p batch images of @p size pixels, after one
/// warm-up step each. The network's weights, buffers and gradients are as before.
PrecisionProbe probePrecision(SegmentationNetworkImpl &net, int batch, int size, LossKind loss, int steps = 2);

/// Whether a run with @p config trains @p net under bf16 autocast: never without native
/// bf16; Auto probes once per network, width and input size in this process.
/// @p probe, if given, receives the probe's figures (zero when none ran).
bool useBf16(const TrainingConfig &config, SegmentationNetworkImpl &net, PrecisionProbe *probe = nullptr);

} // namespace dermask::core
