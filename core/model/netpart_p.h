#pragma once
// Private to core: the network part, libdermask-net.so. Every source that includes LibTorch
// is built into it (core/CMakeLists.txt lists them), and nothing else links LibTorch: the
// programs load it with the first Trainer, Predictor or export, so that a command or a
// window that runs no network starts without LibTorch's 0.8 s of loading.

#include <QString>

#include <memory>

namespace dermask::core {

class PredictorEngine;
class TrainerEngine;

struct NetPart
{
    /// kNetPartVersion of the build that made the part; another one is refused.
    int version;
    std::unique_ptr<TrainerEngine> (*newTrainer)();
    std::unique_ptr<PredictorEngine> (*newPredictor)();
    /// exportTorchScript() (core/model/modelexport.h).
    bool (*exportTorchScript)(const QString &modelPath, const QString &outPath, QString *error);
};

/// Raised whenever NetPart or the engines' interfaces change.
constexpr int kNetPartVersion = 2;

/// The network part, loaded on the first call. Null with @p error when it cannot be loaded
/// (a broken installation: the message names the file and dlopen's reason). Thread-safe.
const NetPart *netPart(QString *error);

} // namespace dermask::core

/// The part's one exported function (core/model/netpartentry.cpp).
extern "C" const dermask::core::NetPart *dermask_net_part();
