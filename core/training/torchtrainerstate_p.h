#pragma once
// Private to the network part: a TorchTrainer's state. torchtrainer.cpp runs the training
// (prepare, batches, validation, the end of an epoch); trainerrecords.cpp keeps what a run
// records (progress reports, the checkpoint's state, the model's description, resume).

#include "core/model/network_p.h"
#include "core/training/batch.h"
#include "core/training/dataparallel_p.h"
#include "core/training/precision_p.h"
#include "core/training/schedule.h"
#include "core/training/torchtrainer_p.h"
#include "core/workspace/split.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <torch/optim/adam.h>

#include <atomic>
#include <future>
#include <mutex>

namespace dermask::core {

struct TorchTrainer::Private
{
    TrainingConfig cfg;
    TrainingSet set;
    QHash<QString, SplitSide> sides;  // the workspace's fixed split, by sample id
    QSet<QString> corrected;          // drawn correctionWeight times per epoch
    std::vector<int> trainIdx, valIdx;
    int correctedTrain = 0;           // corrected samples on the training side
    NetworkPtr net;
    std::unique_ptr<torch::optim::Adam> opt;
    std::unique_ptr<DataParallel> dp;  // in a data-parallel run (config.distributed)
    ModelInfo info;            // network and preprocessing; provenance filled when saving
    int threads = 1;
    bool bf16 = false;
    c10::Device device{c10::kCPU};  // config.device resolved
    PrecisionProbe probe;      // what Precision::Auto measured, if it probed
    bool prepared = false;

    // Run state.
    int epoch = 0;             // finished epochs
    int batch = 0;             // batches done in the running epoch
    qint64 globalStep = 0;
    std::vector<int> order;
    double epochLoss = 0.0;
    int epochBatches = 0;
    double epochStart = 0.0;
    QElapsedTimer clock;
    bool started = false;
    double trainSeconds = 0.0;
    qint64 imagesSeen = 0;
    double batchSeconds = 0.0; // moving average
    double validationSeconds = -1.0;
    double bestDice = -1.0;
    int bestEpoch = 0;
    int sinceBest = 0;
    double lastDice = -1.0;
    double lr = 0.0;
    double resumedAt = 0.0;    // schedule progress when this process resumed the run
    QByteArray bestBytes;
    QVector<EpochRecord> history;
    StopReason reason = StopReason::None;
    std::atomic_bool cancel{false};
    std::atomic<quint64> version{0};
    std::mutex pendingMutex;
    QVector<TrainingSample> pending;
    std::future<Batch> next;
    Trainer::ProgressCallback callback;
    std::vector<float> valLogits;      // the last validation's pixel sample
    std::vector<uint8_t> valLabels;
    std::pair<double, double> calibration{-1.0, -1.0};
    TrainingProgress progress;

    /// Samples drawn per epoch: every training sample once, corrected ones correctionWeight times.
    int draws() const { return int(trainIdx.size()) + (cfg.correctionWeight - 1) * correctedTrain; }
    int ranks() const { return dp ? dp->ranks() : 1; }
    /// Batches are global in a data-parallel run: each rank trains its share of every one.
    int batchesPerEpoch() const { return batchCount(draws(), cfg.batchSize * ranks()); }
    double elapsed() const { return started ? clock.nsecsElapsed() * 1e-9 : 0.0; }
    double budgetSeconds() const { return cfg.minutes * 60.0; }

    void split();
    std::future<Batch> launch(int b);
    void beginEpoch();
    bool trainBatch(QString *error);
    double validate();
    bool endEpoch(QString *error);
    void finish(StopReason r);
    LearningSchedule schedule() const;
    void report(bool epochEnd);
    QJsonObject state() const;
    ModelInfo infoForSave() const;
    bool writeBest(QString *error);
};

} // namespace dermask::core
