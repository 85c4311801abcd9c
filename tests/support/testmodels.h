#pragma once
/// @file TorchScript modules with a known answer, as a Python user would bring them: [0,1]
/// RGB images in, one channel of logits out. Tests predict with them where the point is
/// what happens around a prediction, not what a trained network makes of an image.

#include <QString>

namespace dermask::test {

/// "Bright pixels are lesion": logits r + g + b - 1.5. With @p oneChannel false the module
/// returns its three-channel input (a module for another task, which loading must refuse).
void saveBrightnessModule(const QString &path, bool oneChannel = true);

/// "Dark pixels are lesion", as the test images are drawn: grey below about 100 of 255.
void saveDarknessModule(const QString &path);

/// The same answer everywhere: @p logit (negative: "no lesion anywhere").
void saveConstantModule(const QString &path, double logit);

} // namespace dermask::test
