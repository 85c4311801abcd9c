#include "core/training/torchtrainerstate_p.h"

#include "core/model/modelfile_p.h"
#include "core/training/checkpoint_p.h"
#include "core/util/atomicfile.h"
#include "core/util/error.h"

#include <algorithm>

namespace dermask::core {

void TorchTrainer::Private::report(bool epochEnd)
{
    TrainingProgress &p = progress;
    p.epoch = epochEnd ? epoch : epoch + 1;
    p.epochs = cfg.epochs;
    p.batch = epochEnd ? batchesPerEpoch() : batch;
    p.batches = batchesPerEpoch();
    p.loss = epochBatches ? epochLoss / epochBatches : 0.0;
    p.validationDice = lastDice;
    p.bestDice = bestDice;
    p.bestEpoch = bestEpoch;
    p.imagesPerSecond = trainSeconds > 0 ? imagesSeen / trainSeconds : 0.0;
    p.elapsedSeconds = elapsed();
    p.learningRate = lr;
    p.epochEnd = epochEnd;
    if (dp) {
        p.ranks = dp->ranks();
        p.gradientBytes = dp->gradientBytes();
        p.allReduceSeconds = dp->allReduceSeconds();
        p.waitSeconds = dp->waitSecondsPerStep();
    }
    p.etaSeconds = -1.0;
    if (p.imagesPerSecond > 0) {
        const double perEpoch = draws() / p.imagesPerSecond + std::max(0.0, validationSeconds);
        const double remainingEpochs =
            (cfg.epochs - epoch) - (epochEnd ? 0.0 : double(batch) / batchesPerEpoch());
        p.etaSeconds = cfg.epochs > 0 ? remainingEpochs * perEpoch : budgetSeconds();
        if (cfg.minutes > 0)
            p.etaSeconds = std::min(p.etaSeconds, std::max(0.0, budgetSeconds() - p.elapsedSeconds));
    }
    if (callback)
        callback(p);
}

QJsonObject TorchTrainer::Private::state() const
{
    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("epoch"), epoch},
        {QStringLiteral("step"), double(globalStep)},
        {QStringLiteral("best_dice"), bestDice},
        {QStringLiteral("best_epoch"), bestEpoch},
        {QStringLiteral("since_best"), sinceBest},
        {QStringLiteral("schedule"), schedule().progress(globalStep, elapsed())},
        {QStringLiteral("history"), historyToJson(history)},
        {QStringLiteral("model"), info.toJson()},
        {QStringLiteral("config"), cfg.toJson()},
    };
}

ModelInfo TorchTrainer::Private::infoForSave() const
{
    ModelInfo m = info;
    m.created = QDateTime::currentDateTimeUtc();
    m.validationDice = bestDice;
    m.epochs = epoch;
    QJsonObject t = cfg.toJson();
    t[QStringLiteral("dataset")] = cfg.dataset;
    t[QStringLiteral("train_samples")] = int(trainIdx.size());
    t[QStringLiteral("validation_samples")] = int(valIdx.size());
    t[QStringLiteral("corrected_samples")] = correctedTrain;
    t[QStringLiteral("seconds")] = trainSeconds;
    t[QStringLiteral("arithmetic")] = bf16 ? QStringLiteral("bf16") : QStringLiteral("fp32");   // as resolved
    if (probe.fp32Seconds > 0)
        t[QStringLiteral("precision_probe_ms")] =
            QJsonObject{{QStringLiteral("fp32"), probe.fp32Seconds * 1e3},
                        {QStringLiteral("bf16"), probe.bf16Seconds * 1e3}};
    t[QStringLiteral("unreadable_samples")] = set.failures().size();
    t[QStringLiteral("best_epoch")] = epoch;
    if (calibration.first >= 0)   // on the validation pixels: expected calibration error at T = 1 and at T
        t[QStringLiteral("calibration_error")] =
            QJsonObject{{QStringLiteral("uncalibrated"), calibration.first},
                        {QStringLiteral("calibrated"), calibration.second}};
    m.training = t;
    return m;
}

bool TorchTrainer::Private::writeBest(QString *error)
{
    // The bytes carry their own description; the sidecar repeats it for people and the UI.
    if (!writeFileAtomically(cfg.outputModel, bestBytes, error))
        return false;
    ModelInfo m = infoForSave();
    m.epochs = bestEpoch;
    m.validationDice = bestDice;
    return writeSidecar(cfg.outputModel, m, error);
}

bool TorchTrainer::resume(const QString &checkpointPath, QString *error)
{
    if (!d->prepared) {
        return fail(error, QStringLiteral("resume() needs prepare() first"));
    }
    QJsonObject state;
    QByteArray best;
    if (!readCheckpoint(checkpointPath, *d->net, *d->opt, &state, &best, error))
        return false;
    ModelInfo saved;
    QString why;
    if (!ModelInfo::fromJson(state.value(QStringLiteral("model")).toObject(), &saved, &why)
        || saved.network != d->info.network || saved.inputSize != d->info.inputSize
        || !qFuzzyCompare(saved.width, d->info.width)) {
        return fail(error,
                    QStringLiteral("%1: the checkpoint is of another network or input size (%2)")
                        .arg(checkpointPath, why.isEmpty() ? saved.network : why));
    }
    toChannelsLast(*d->net);
    d->info.mean = saved.mean;   // keep the run's normalisation, not a recomputed one
    d->info.std = saved.std;
    d->info.parent = saved.parent;
    d->epoch = state.value(QStringLiteral("epoch")).toInt();
    d->globalStep = qint64(state.value(QStringLiteral("step")).toDouble());
    d->bestDice = state.value(QStringLiteral("best_dice")).toDouble(-1.0);
    d->bestEpoch = state.value(QStringLiteral("best_epoch")).toInt();
    d->sinceBest = state.value(QStringLiteral("since_best")).toInt();
    d->resumedAt = std::clamp(state.value(QStringLiteral("schedule")).toDouble(), 0.0, 0.99);
    d->bestBytes = best;
    d->history = historyFromJson(state.value(QStringLiteral("history")).toArray());
    d->lastDice = d->history.isEmpty() ? -1.0 : d->history.last().validationDice;
    return true;
}

ModelInfo TorchTrainer::modelInfo() const
{
    ModelInfo m = d->infoForSave();
    if (!d->bestBytes.isEmpty()) {
        m.epochs = d->bestEpoch;
        m.validationDice = d->bestDice;
    }
    return m;
}

bool TorchTrainer::saveBestModel(const QString &path, QString *error) const
{
    QByteArray bytes = d->bestBytes;
    if (bytes.isEmpty() && !serializeNetwork(*d->net, d->infoForSave(), &bytes, error))
        return false;
    return writeFileAtomically(path, bytes, error) && writeSidecar(path, modelInfo(), error);
}

} // namespace dermask::core
