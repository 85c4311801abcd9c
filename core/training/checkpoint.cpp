#include "core/training/checkpoint_p.h"

#include "core/model/modelfile_p.h"
#include "core/model/networks.h"
#include "core/model/zipcheck.h"
#include "core/util/atomicfile.h"
#include "core/util/error.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <torch/serialize.h>

namespace dermask::core {

namespace {
const char *const kStateKey = "dermask_checkpoint";
}

NetworkPtr startingNetwork(TrainingConfig *config, ModelInfo *info, QString *error)
{
    TrainingConfig &cfg = *config;
    if (cfg.initModel.isEmpty()) {
        if (cfg.network.isEmpty())
            cfg.network = defaultNetwork();
        info->task = cfg.task;
        QString why;
        NetworkPtr net = createNetwork(cfg.network, cfg.width, info->inputChannels(), &why);
        if (!net)
            return fail<NetworkPtr>(error, why);
        info->network = cfg.network;
        info->width = cfg.width;
        info->inputSize = cfg.inputSize;
        return net;
    }
    ModelInfo parent;
    NetworkPtr net = loadModelFile(cfg.initModel, &parent, error);
    if (!net)
        return nullptr;
    if (parent.kind != ModelKind::Native)
        return fail<NetworkPtr>(error, QStringLiteral("%1: a TorchScript module cannot be fine-tuned; "
                                                      "start from a Dermask model").arg(cfg.initModel));
    if (parent.task != cfg.task)
        return fail<NetworkPtr>(error, QStringLiteral("%1 is a %2 model; it cannot initialise a %3 model")
                                           .arg(cfg.initModel, taskName(parent.task), taskName(cfg.task)));
    if (!cfg.network.isEmpty() && cfg.network != parent.network)
        return fail<NetworkPtr>(error, QStringLiteral("%1 is a %2 model; it cannot initialise a %3")
                                           .arg(cfg.initModel, parent.network, cfg.network));
    cfg.network = parent.network;
    cfg.width = parent.width;
    cfg.inputSize = parent.inputSize;
    *info = parent;
    info->parent = QFileInfo(cfg.initModel).fileName();
    return net;
}

bool writeCheckpoint(const QString &path, SegmentationNetworkImpl &network,
                     torch::optim::Optimizer &optimizer, const QJsonObject &state,
                     const QByteArray &bestModel, QString *error)
{
    QByteArray bytes;
    try {
        torch::serialize::OutputArchive archive, model, optim;
        network.save(model);
        optimizer.save(optim);
        archive.write("model", model);
        archive.write("optimizer", optim);
        archive.write(kStateKey, c10::IValue(QJsonDocument(state).toJson().toStdString()));
        torch::Tensor best = torch::empty({qint64(bestModel.size())}, torch::kUInt8);
        if (bestModel.size())
            std::memcpy(best.data_ptr(), bestModel.constData(), size_t(bestModel.size()));
        archive.write("best", best);
        archive.save_to([&bytes](const void *data, size_t size) -> size_t {
            bytes.append(static_cast<const char *>(data), qsizetype(size));
            return size;
        });
    } catch (const std::exception &e) {
        return fail(error,
                    QStringLiteral("%1: cannot serialise the checkpoint: %2").arg(path, exceptionText(e)));
    }
    return writeFileAtomically(path, bytes, error);
}

bool readCheckpoint(const QString &path, SegmentationNetworkImpl &network,
                    torch::optim::Optimizer &optimizer, QJsonObject *state, QByteArray *bestModel,
                    QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            error, fileError(path, QStringLiteral("cannot open the checkpoint: %1").arg(file.errorString())));
    const QByteArray bytes = file.readAll();
    // LibTorch can crash on a damaged archive instead of throwing (core/model/zipcheck.h).
    const QString damage = zipDamage(bytes);
    if (!damage.isEmpty())
        return fail(error, fileError(path, QStringLiteral("cannot read the checkpoint: %1").arg(damage)));
    try {
        torch::serialize::InputArchive archive, model, optim;
        archive.load_from(bytes.constData(), size_t(bytes.size()));
        c10::IValue meta;
        if (!archive.try_read(kStateKey, meta) || !meta.isString())
            return fail(error, fileError(path, QStringLiteral("not a Dermask training checkpoint")));
        *state = QJsonDocument::fromJson(QByteArray::fromStdString(meta.toStringRef())).object();
        QString why;
        if (!archive.try_read("model", model) || !readModuleWeights(network, model, &why))
            return fail(error, fileError(path, QStringLiteral("does not fit the network: %1").arg(why)));
        if (!archive.try_read("optimizer", optim))
            return fail(error, fileError(path, QStringLiteral("has no optimiser state")));
        optimizer.load(optim);
        torch::Tensor best;
        if (archive.try_read("best", best) && best.numel() > 0)
            *bestModel = QByteArray(static_cast<const char *>(best.data_ptr()), qsizetype(best.numel()));
        else
            bestModel->clear();
    } catch (const std::exception &e) {
        return fail(error,
                    fileError(path,
                              QStringLiteral("cannot read the checkpoint (truncated or not a checkpoint): %1")
                                  .arg(exceptionText(e))));
    }
    return true;
}

QJsonArray historyToJson(const QVector<EpochRecord> &history)
{
    QJsonArray h;
    for (const EpochRecord &r : history)
        h.append(QJsonObject{{QStringLiteral("epoch"), r.epoch}, {QStringLiteral("loss"), r.loss},
                             {QStringLiteral("dice"), r.validationDice},
                             {QStringLiteral("seconds"), r.seconds}, {QStringLiteral("lr"), r.learningRate}});
    return h;
}

QVector<EpochRecord> historyFromJson(const QJsonArray &array)
{
    QVector<EpochRecord> history;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        history.append(EpochRecord{o.value(QStringLiteral("epoch")).toInt(),
                                   o.value(QStringLiteral("loss")).toDouble(),
                                   o.value(QStringLiteral("dice")).toDouble(-1.0),
                                   o.value(QStringLiteral("seconds")).toDouble(),
                                   o.value(QStringLiteral("lr")).toDouble()});
    }
    return history;
}

} // namespace dermask::core
