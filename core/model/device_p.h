#pragma once
// Private to the network part: which device a run computes on. Debian's LibTorch is CPU-only;
// built against a CUDA LibTorch (README, "Scale out"), the same code trains and predicts on a
// GPU: every tensor the network sees is moved to the run's device, and results come back to
// the CPU.

#include <QString>
#include <c10/core/Device.h>

namespace dermask::core {

/// The device @p name means: "cpu", "cuda" or "cuda:N"; empty picks CUDA when this LibTorch
/// has it and a GPU is present, else the CPU. False with @p error for another name, or a GPU
/// that this LibTorch or this machine does not have.
bool resolveDevice(const QString &name, c10::Device *device, QString *error);

} // namespace dermask::core
