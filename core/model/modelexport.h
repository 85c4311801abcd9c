#pragma once
/// @file Models leaving Dermask: a TorchScript file that plain Python runs.

#include <QString>

namespace dermask::core {

/// Writes the model at @p modelPath as a TorchScript module at @p outPath (with its sidecar)
/// that maps Nx3xSxS float RGB images in [0,1] to Nx1xSxS logits, S the model's input size:
/// the normalisation is recorded inside, so in Python
///     m = torch.jit.load("model.pt"); logits = m(images)
/// is all it takes. A Dermask network is traced (LibTorch's tracer records its forward with
/// the weights as constants); a TorchScript module is copied. Dermask loads the result like
/// any TorchScript module. False with @p error naming the file.
bool exportTorchScript(const QString &modelPath, const QString &outPath, QString *error);

} // namespace dermask::core
