#pragma once
/// @file Training a segmentation network (no widgets, no Qt event loop): prepare, then
/// step() batch by batch or run() to the end. The ModelWorker drives step() so it can
/// answer predictions between batches. The work is done by the network part
/// (core/model/netpart_p.h), loaded when the first Trainer is made.

#include "core/model/modelinfo.h"
#include "core/training/trainingconfig.h"
#include "core/training/trainingset.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

namespace dermask::core {

class SegmentationNetworkImpl;
class TrainerEngine;

/// Where a training run stands; reported after every batch.
struct TrainingProgress
{
    int epoch = 0;                ///< 1-based epoch running (or just finished)
    int epochs = 0;               ///< maximum epochs
    int batch = 0;                ///< batches done in this epoch
    int batches = 0;              ///< batches per epoch
    double loss = 0.0;            ///< mean training loss of this epoch so far
    double validationDice = -1.0; ///< of the last finished epoch; -1 before the first
    double bestDice = -1.0;       ///< best so far; -1 before the first
    int bestEpoch = 0;
    double imagesPerSecond = 0.0; ///< training throughput of this run
    double elapsedSeconds = 0.0;
    double etaSeconds = -1.0;     ///< until the run ends (budget, epochs); -1 unknown
    double learningRate = 0.0;
    bool epochEnd = false;        ///< true for the report that closes an epoch
    /// A data-parallel run (TrainingConfig::distributed): its ranks, the gradients' size, one
    /// blocking all-reduce of all of them, and what a step waited for them after its backward
    /// pass (the communication the backward pass did not hide). imagesPerSecond counts every
    /// rank's images.
    int ranks = 1;
    double gradientBytes = 0.0;
    double allReduceSeconds = 0.0;
    double waitSeconds = 0.0;
};

/// One finished epoch.
struct EpochRecord
{
    int epoch = 0;
    double loss = 0.0;
    double validationDice = -1.0;
    double seconds = 0.0;         ///< wall time of the epoch including validation
    double learningRate = 0.0;    ///< at its end
};

class Trainer
{
public:
    using ProgressCallback = std::function<void(const TrainingProgress &)>;

    Trainer();
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    /// Decodes the data, splits it (a fixed fraction chosen by a hash of seed and id), builds
    /// the network (or loads config.initModel to fine-tune) and the optimiser. False with
    /// @p error when the configuration is invalid, no sample can be read, or the init model
    /// cannot be loaded.
    bool prepare(const TrainingConfig &config, const QVector<TrainingSample> &samples,
                 QString *error);
    /// Continues the run saved in @p checkpointPath (call after prepare() with the same
    /// network): weights, optimiser, epoch count and best model come back.
    bool resume(const QString &checkpointPath, QString *error);

    /// Runs one batch; at the end of an epoch also validates, keeps the best model and writes
    /// the checkpoint. Returns false once the run has ended (see stopReason()).
    bool step(QString *error);
    /// step() until the run ends. True unless it failed.
    bool run(QString *error);

    /// Thread-safe: the run stops before its next batch and keeps the last checkpoint.
    void requestCancel();
    /// Thread-safe: a new or corrected sample, applied at the next epoch start.
    void updateSample(const TrainingSample &sample);

    void setProgressCallback(ProgressCallback callback);

    bool isFinished() const;
    StopReason stopReason() const;
    TrainingProgress progress() const;
    QVector<EpochRecord> history() const;
    const TrainingConfig &config() const;    ///< as resolved (network, size of an init model)
    /// "bf16" or "fp32": what the run computes in, as config().precision resolved on this CPU.
    QString arithmetic() const;
    int trainingSamples() const;
    int validationSamples() const;
    /// The ids measured on: the samples' own sides (the workspace's fixed split) where they
    /// have one, the hashed split for the others.
    QStringList validationIds() const;
    QStringList failures() const;            ///< samples that could not be decoded

    /// The model as it would be saved now (info of the best epoch when there is one).
    ModelInfo modelInfo() const;
    /// Writes the best model (or the current one when nothing was validated) to @p path.
    bool saveBestModel(const QString &path, QString *error) const;

    /// The network being trained. Only for the thread that calls step(): the ModelWorker
    /// uses it to predict with the current weights between two batches.
    std::shared_ptr<SegmentationNetworkImpl> network() const;
    /// Increases with every optimiser step, so a predictor knows its copy is stale.
    quint64 weightsVersion() const;

private:
    std::unique_ptr<TrainerEngine> d;  ///< in the network part; null when it cannot be loaded
    QString m_unavailable;              ///< why it cannot
};

} // namespace dermask::core
