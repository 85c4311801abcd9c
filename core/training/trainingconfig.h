#pragma once
/// @file How a training run is configured, and why one ended. Torch-free; the defaults are
/// the measured best for a 2-core CPU (see the README's engine section).

#include "core/model/modelinfo.h"
#include "core/training/distributed.h"

#include <QJsonObject>
#include <QString>

namespace dermask::core {

/// The loss the network is trained with (on logits).
enum class LossKind {
    Bce,      ///< binary cross-entropy with logits
    Dice,     ///< soft Dice, per image
    BceDice,  ///< the sum of both
    Focal,    ///< normalised focal loss (RITM): each image's hard pixels weigh most
};

/// "bce", "dice", "bce+dice", "focal".
QString lossName(LossKind loss);
/// Parses lossName(); false for anything else.
bool parseLoss(const QString &name, LossKind *loss);

/// Why a run ended.
enum class StopReason {
    None,          ///< still running (or not started)
    Completed,     ///< all epochs done
    EarlyStopped,  ///< patience ran out
    TimeBudget,    ///< the wall-clock budget was reached
    Cancelled,     ///< requestCancel()
    Failed,        ///< an error (see the error message)
};
/// "running", "completed", "early stop", "time budget", "cancelled", "failed".
QString stopReasonName(StopReason reason);

/// The arithmetic of training. bf16 is autocast (convolutions in bfloat16; master weights,
/// loss and BatchNorm statistics in fp32), and only ever where the CPU computes it natively.
enum class Precision {
    Auto,  ///< bf16 where native and a probe of the network at start shows it faster
    Fp32,
    Bf16,  ///< bf16 where native, without probing
};
/// "auto", "fp32", "bf16".
QString precisionName(Precision precision);
/// Parses precisionName(); false for anything else.
bool parsePrecision(const QString &name, Precision *precision);

/// Everything a training run needs besides its data.
struct TrainingConfig
{
    ModelTask task = ModelTask::Segment;  ///< a segmentation model, or a click model
    QString network;                 ///< empty: defaultNetwork() (or the --init model's)
    double width = 1.0;              ///< width multiplier
    int inputSize = 256;             ///< images and masks are resized to inputSize x inputSize
    /// Maximum epochs. 0: no epoch count; the time budget alone plans the run (the
    /// learning rate follows the clock to its end, and no plateau stops it early).
    int epochs = 40;
    int batchSize = 16;
    double learningRate = 2e-3;      ///< peak rate of the warm-up + cosine schedule
    double weightDecay = 1e-6;       ///< Adam's L2 penalty, as in the lesson
    LossKind loss = LossKind::BceDice;
    bool augment = true;
    double validationFraction = 0.2; ///< of the samples, chosen by a hash of (seed, id)
    quint64 seed = 42;
    int threads = 0;                 ///< intra-op threads; 0: the machine's cores
    double minutes = 0.0;            ///< wall-clock budget; 0: none
    int patience = 12;               ///< early stop after this many epochs without a better Dice (epochs > 0)
    /// A training sample marked corrected (TrainingSample::corrected) is drawn this many times
    /// per epoch, the others once: a fine-tune learns what the user just fixed.
    int correctionWeight = 1;
    Precision precision = Precision::Auto;
    QString initModel;               ///< fine-tune from this model file (its network wins)
    QString outputModel;             ///< best model written here (.pt + .json) on each improvement
    QString checkpointPath;          ///< written atomically at each epoch end; empty: none
    QString dataset;                 ///< where the samples came from (recorded in the sidecar)
    /// "cpu", "cuda" or "cuda:N"; empty: CUDA when LibTorch has it and a GPU is present, else
    /// the CPU. On a GPU the forward pass runs under bf16 autocast unless precision is Fp32.
    QString device;
    /// This process's place in a data-parallel run (core/training/distributed.h): batchSize is
    /// then each rank's, and only rank 0 writes outputModel and checkpointPath.
    DistributedConfig distributed;

    /// The defaults of a run for @p task. A click model looks at 128 x 128 (every click must
    /// answer within 100 ms on 2 cores, and its view closes in on the lesion after the first
    /// click), at width 0.5 (measured on ISIC 2018: in the same 20 minutes it trains 46 epochs
    /// against width 1's 11, and needs fewer clicks), and trains for 20 minutes by default.
    static TrainingConfig defaults(ModelTask task);

    /// The configuration as recorded in a model's sidecar.
    QJsonObject toJson() const;
    /// Checks ranges; false with @p error naming the bad setting.
    bool validate(QString *error) const;
};

/// The checkpoint path that goes with a model path: "<dir>/<stem>.ckpt".
QString defaultCheckpointPath(const QString &modelPath);

} // namespace dermask::core
