#pragma once
// Private to core: the training checkpoint (<model>.ckpt): weights, optimiser state, run
// state (JSON) and the best model's bytes, in one file written atomically.

#include "core/model/network_p.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <torch/optim/optimizer.h>

namespace dermask::core {

bool writeCheckpoint(const QString &path, SegmentationNetworkImpl &network,
                     torch::optim::Optimizer &optimizer, const QJsonObject &state,
                     const QByteArray &bestModel, QString *error);

/// Reads @p path into @p network and @p optimizer (shapes checked). False with @p error
/// naming the file when it is missing, truncated or of another network.
bool readCheckpoint(const QString &path, SegmentationNetworkImpl &network,
                    torch::optim::Optimizer &optimizer, QJsonObject *state, QByteArray *bestModel,
                    QString *error);

} // namespace dermask::core
