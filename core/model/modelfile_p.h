#pragma once
// Private to core: saving and loading model files (<model>.pt + <model>.json sidecar).
// Included only by core/**/*.cpp (it pulls in torch through network_p.h).

#include "core/model/modelinfo.h"
#include "core/model/network_p.h"

#include <QByteArray>
#include <QString>
#include <torch/serialize/input-archive.h>

namespace dermask::core {

/// Serialises @p network's weights with @p info embedded (so a sidecar of another model is
/// caught on load) into bytes. False with @p error on a LibTorch failure.
bool serializeNetwork(SegmentationNetworkImpl &network, const ModelInfo &info, QByteArray *bytes,
                      QString *error);

/// Writes <path> (.pt) and its sidecar atomically. A Native @p info only.
bool saveModelFile(const QString &path, SegmentationNetworkImpl &network, const ModelInfo &info,
                   QString *error);

/// Loads a model file: a Dermask model (.pt with its .json sidecar; the sidecar may be
/// missing, the .pt carries its own description) or a TorchScript module (with or without a
/// sidecar of kind "torchscript"). The network is returned in eval mode. On any problem
/// (missing, truncated, another network, a sidecar that does not match, a TorchScript module
/// without forward or with the wrong output) returns nullptr and sets @p error naming the file.
NetworkPtr loadModelFile(const QString &path, ModelInfo *info, QString *error);

/// Copies weights from @p bytes (serializeNetwork()'s output) into @p network, checking
/// every name and shape. @p what names the source in error messages.
bool deserializeWeights(const QByteArray &bytes, SegmentationNetworkImpl &network,
                        const QString &what, ModelInfo *embedded, QString *error);

/// Reads every parameter and buffer of @p module from @p archive (as written by
/// Module::save), refusing missing names and other shapes, which torch's own Module::load
/// would silently accept. False with @p why.
bool readModuleWeights(torch::nn::Module &module, torch::serialize::InputArchive &archive,
                       QString *why);

/// First line of a LibTorch exception's message (the rest is a backtrace).
QString exceptionText(const std::exception &e);

/// Loads the TorchScript module at @p path as a network (torchscript.cpp), checking it maps
/// 1x3x@p probeSize x @p probeSize to 1x1 x probeSize x probeSize logits.
NetworkPtr loadTorchScript(const QString &path, int probeSize, QString *error);

/// exportTorchScript()'s work (core/model/modelexport.h), done inside the network part
/// (torchscript.cpp).
bool writeTorchScript(const QString &modelPath, const QString &outPath, QString *error);

} // namespace dermask::core
