#pragma once
// Private to core: where a training run starts from (a fresh network or its parent model's)
// and where it can resume: the checkpoint (<model>.ckpt) with weights, optimiser state, run
// state (JSON) and the best model's bytes, in one file written atomically.

#include "core/model/modelinfo.h"
#include "core/model/network_p.h"
#include "core/training/trainer.h"
#include "core/training/trainingconfig.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <torch/optim/optimizer.h>

namespace dermask::core {

/// The network run @p config starts from: with config->initModel, the parent model's
/// (fine-tuning: its network, width, input size and preprocessing win over @p config, which
/// is updated); else a fresh config->network (defaultNetwork() when empty). @p info receives
/// the model's description so far. Null with @p error naming the problem.
NetworkPtr startingNetwork(TrainingConfig *config, ModelInfo *info, QString *error);

bool writeCheckpoint(const QString &path, SegmentationNetworkImpl &network,
                     torch::optim::Optimizer &optimizer, const QJsonObject &state,
                     const QByteArray &bestModel, QString *error);

/// Reads @p path into @p network and @p optimizer (shapes checked). False with @p error
/// naming the file when it is missing, truncated or of another network.
bool readCheckpoint(const QString &path, SegmentationNetworkImpl &network,
                    torch::optim::Optimizer &optimizer, QJsonObject *state, QByteArray *bestModel,
                    QString *error);

/// A run's finished epochs as the checkpoint's state keeps them, and back.
QJsonArray historyToJson(const QVector<EpochRecord> &history);
QVector<EpochRecord> historyFromJson(const QJsonArray &array);

} // namespace dermask::core
