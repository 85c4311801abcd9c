#include "core/training/torchtrainer_p.h"

#include "core/model/modelfile_p.h"
#include "core/metrics/calibration.h"
#include "core/model/runtime.h"
#include "core/training/batch.h"
#include "core/training/checkpoint_p.h"
#include "core/training/clicktraining_p.h"
#include "core/training/loss_p.h"
#include "core/training/precision_p.h"
#include "core/training/schedule.h"
#include "core/workspace/split.h"
#include "core/util/atomicfile.h"
#include "core/util/error.h"

#include <ATen/Parallel.h>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <torch/optim/adam.h>

#include <algorithm>
#include <cmath>
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
    ModelInfo info;            // network and preprocessing; provenance filled when saving
    int threads = 1;
    bool bf16 = false;
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
    int batchesPerEpoch() const { return batchCount(draws(), cfg.batchSize); }
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

void TorchTrainer::Private::split()
{
    std::vector<SplitSide> known;
    for (const QString &id : set.ids())
        known.push_back(sides.value(id, SplitSide::Unassigned));
    const TrainingSplit parts = splitSamples(set.ids(), known, cfg.validationFraction, cfg.seed);
    trainIdx = parts.train;
    valIdx = parts.validation;
    correctedTrain = 0;
    for (int i : trainIdx)
        correctedTrain += corrected.contains(set.id(i)) ? 1 : 0;
}

std::future<Batch> TorchTrainer::Private::launch(int b)
{
    // The next batch is augmented on a helper thread (OpenCV only, no LibTorch) while the
    // network trains on this one; both threads read the TrainingSet, which changes only
    // between epochs when no batch is in flight.
    return std::async(std::launch::async, [this, idx = batchSlice(order, b, cfg.batchSize), e = epoch]() {
        return makeBatch(set, idx, cfg.augment, cfg.seed, e, info.mean, info.std, info.task);
    });
}

void TorchTrainer::Private::beginEpoch()
{
    {
        std::lock_guard<std::mutex> lock(pendingMutex);
        for (const TrainingSample &s : pending) {
            QString why;
            if (s.side != SplitSide::Unassigned)
                sides.insert(s.id, s.side);
            if (s.corrected)
                corrected.insert(s.id);
            if (set.update(s, &why))
                split();   // a new sample joins its side of the split; the others keep theirs
        }
        pending.clear();
    }
    order = epochDraws(trainIdx, [this](int i) { return corrected.contains(set.id(i)); }, cfg.correctionWeight,
                       cfg.seed, epoch);
    epochLoss = 0.0;
    epochBatches = 0;
    epochStart = elapsed();
    next = launch(0);
}

LearningSchedule TorchTrainer::Private::schedule() const
{
    return LearningSchedule{cfg.learningRate, cfg.epochs, batchesPerEpoch(), budgetSeconds(), resumedAt};
}

bool TorchTrainer::Private::trainBatch(QString *error)
{
    const double t0 = elapsed();
    Batch b = next.get();
    if (batch + 1 < batchesPerEpoch())
        next = launch(batch + 1);
    lr = schedule().rate(globalStep, elapsed(), batchSeconds);
    for (auto &group : opt->param_groups())
        static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
    try {
        net->train();
        if (info.task == ModelTask::Click)
            addSimulatedClicks(*net, b, cfg.seed * 7919ull + quint64(globalStep), bf16);
        for (auto &p : net->parameters())
            p.mutable_grad() = torch::Tensor();   // set to none: no memset per step
        torch::Tensor logits;
        {
            Autocast autocast(bf16);
            logits = net->forward(imagesTensor(b));
        }
        torch::Tensor loss = computeLoss(logits.to(torch::kFloat), masksTensor(b), cfg.loss);
        loss.backward();
        opt->step();
        const double value = loss.item<double>();
        if (!std::isfinite(value)) {
            return fail(error,
                        QStringLiteral("the loss became %1 at epoch %2; try a lower learning rate")
                            .arg(value)
                            .arg(epoch + 1));
        }
        epochLoss += value;
    } catch (const std::exception &e) {
        return fail(error, QStringLiteral("training failed: %1").arg(exceptionText(e)));
    }
    ++epochBatches;
    ++batch;
    ++globalStep;
    ++version;
    const double dt = elapsed() - t0;
    batchSeconds = batchSeconds > 0 ? 0.8 * batchSeconds + 0.2 * dt : dt;
    trainSeconds += dt;
    imagesSeen += b.count;
    return true;
}

double TorchTrainer::Private::validate()
{
    if (valIdx.empty())
        return -1.0;
    const double t0 = elapsed();
    torch::NoGradGuard noGrad;
    net->eval();
    valLogits.clear();
    valLabels.clear();
    double sum = 0.0;
    for (size_t from = 0; from < valIdx.size(); from += size_t(cfg.batchSize)) {
        const std::vector<int> idx(valIdx.begin() + long(from),
                                   valIdx.begin()
                                       + long(std::min(valIdx.size(), from + size_t(cfg.batchSize))));
        Batch b = makeBatch(set, idx, /*augment=*/false, cfg.seed, 0, info.mean, info.std, info.task);
        torch::Tensor logits;
        {
            Autocast autocast(bf16);
            logits = net->forward(imagesTensor(b));
        }
        const torch::Tensor truth = masksTensor(b);
        sum += thresholdedDice(logits, truth).sum().item<double>();
        // About 2^18 pixels of the whole set, for the calibration temperature.
        samplePixels(logits, truth, std::max<int64_t>(1, int64_t(valIdx.size()) * truth[0].numel() >> 18),
                     &valLogits, &valLabels);
    }
    net->train();
    validationSeconds = elapsed() - t0;
    return sum / double(valIdx.size());
}

bool TorchTrainer::Private::endEpoch(QString *error)
{
    if (next.valid())
        next.wait();   // a batch in flight must not outlive this epoch's data
    next = std::future<Batch>();
    ++epoch;
    batch = 0;
    lastDice = validate();
    const double loss = epochBatches ? epochLoss / epochBatches : 0.0;
    history.append(EpochRecord{epoch, loss, lastDice, elapsed() - epochStart, lr});
    const bool better = valIdx.empty() || lastDice > bestDice + 1e-4 || bestBytes.isEmpty();
    if (better) {
        if (!valLogits.empty()) {   // the best model's probabilities, calibrated
            info.temperature = fitTemperature(valLogits, valLabels);
            calibration = {calibrationError(valLogits, valLabels, 1.0),
                           calibrationError(valLogits, valLabels, info.temperature)};
        }
        bestDice = lastDice;
        bestEpoch = epoch;
        sinceBest = 0;
        QString why;
        if (!serializeNetwork(*net, infoForSave(), &bestBytes, &why))
            return fail(error, why);
        if (!cfg.outputModel.isEmpty() && !writeBest(error))
            return false;
    } else {
        ++sinceBest;
    }
    if (!cfg.checkpointPath.isEmpty()
        && !writeCheckpoint(cfg.checkpointPath, *net, *opt, state(), bestBytes, error))
        return false;
    report(/*epochEnd=*/true);
    return true;
}

void TorchTrainer::Private::finish(StopReason r)
{
    if (next.valid())
        next.wait();
    next = std::future<Batch>();
    reason = r;
}

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
    QJsonArray h;
    for (const EpochRecord &r : history)
        h.append(QJsonObject{{QStringLiteral("epoch"), r.epoch}, {QStringLiteral("loss"), r.loss},
                             {QStringLiteral("dice"), r.validationDice},
                             {QStringLiteral("seconds"), r.seconds}, {QStringLiteral("lr"), r.learningRate}});
    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("epoch"), epoch},
        {QStringLiteral("step"), double(globalStep)},
        {QStringLiteral("best_dice"), bestDice},
        {QStringLiteral("best_epoch"), bestEpoch},
        {QStringLiteral("since_best"), sinceBest},
        {QStringLiteral("schedule"), schedule().progress(globalStep, elapsed())},
        {QStringLiteral("history"), h},
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

TorchTrainer::TorchTrainer() : d(std::make_unique<Private>()) {}

std::unique_ptr<TrainerEngine> newTorchTrainer() { return std::make_unique<TorchTrainer>(); }

TorchTrainer::~TorchTrainer()
{
    if (d->next.valid())
        d->next.wait();
}

bool TorchTrainer::prepare(const TrainingConfig &config, const QVector<TrainingSample> &samples,
                      QString *error)
{
    TrainingConfig cfg = config;
    if (!cfg.validate(error))
        return false;
    d->threads = resolveThreads(cfg.threads);
    at::set_num_threads(d->threads);
    tuneAllocatorForTensors();
    torch::manual_seed(cfg.seed);

    ModelInfo info;
    NetworkPtr net = startingNetwork(&cfg, &info, error);
    if (!net)
        return false;
    if (cfg.inputSize % net->sizeDivisor() != 0)
        return fail(error, QStringLiteral("input size %1 is not a multiple of %2, which %3 needs")
                        .arg(cfg.inputSize).arg(net->sizeDivisor()).arg(cfg.network));

    d->sides.clear();
    d->corrected.clear();
    for (const TrainingSample &sample : samples) {
        if (sample.side != SplitSide::Unassigned)
            d->sides.insert(sample.id, sample.side);
        if (sample.corrected)
            d->corrected.insert(sample.id);
    }
    if (!d->set.load(samples, cfg.inputSize, d->threads, &d->cancel))
        return fail(error, QStringLiteral("cancelled while reading the images"));
    if (d->set.size() == 0) {
        QString why = samples.isEmpty() ? QStringLiteral("no sample has a mask")
                                         : QStringLiteral("no sample could be read");
        if (!d->set.failures().isEmpty())
            why += QStringLiteral(" (first problem: %1)").arg(d->set.failures().first());
        return fail(error, why);
    }
    if (cfg.initModel.isEmpty()) {
        double mean[3], sd[3];
        d->set.channelStats(mean, sd);
        for (int c = 0; c < 3; ++c) {
            info.mean[size_t(c)] = mean[c];
            info.std[size_t(c)] = sd[c];
        }
    }
    info.kind = ModelKind::Native;
    info.threshold = 0.5;

    toChannelsLast(*net);
    d->bf16 = useBf16(cfg, *net, &d->probe);
    net->train();
    d->net = net;
    d->opt = std::make_unique<torch::optim::Adam>(
        net->parameters(), torch::optim::AdamOptions(cfg.learningRate).weight_decay(cfg.weightDecay));
    d->cfg = cfg;
    d->info = info;
    d->split();
    if (d->trainIdx.empty())
        return fail(error, QStringLiteral("no sample is left for training"));
    d->prepared = true;
    return true;
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
    d->history.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("history")).toArray()) {
        const QJsonObject o = v.toObject();
        d->history.append(EpochRecord{o.value(QStringLiteral("epoch")).toInt(),
                                      o.value(QStringLiteral("loss")).toDouble(),
                                      o.value(QStringLiteral("dice")).toDouble(-1.0),
                                      o.value(QStringLiteral("seconds")).toDouble(),
                                      o.value(QStringLiteral("lr")).toDouble()});
    }
    d->lastDice = d->history.isEmpty() ? -1.0 : d->history.last().validationDice;
    return true;
}

bool TorchTrainer::step(QString *error)
{
    if (!d->prepared) {
        if (error)
            *error = QStringLiteral("the trainer is not prepared");
        d->reason = StopReason::Failed;
        return false;
    }
    if (d->reason != StopReason::None)
        return false;
    if (at::get_num_threads() != d->threads)
        at::set_num_threads(d->threads);   // per calling thread under OpenMP
    if (!d->started) {
        d->clock.start();
        d->started = true;
        if (d->cfg.epochs > 0 && d->epoch >= d->cfg.epochs) {
            d->finish(StopReason::Completed);
            return false;
        }
    }
    if (d->cancel.load()) {
        d->finish(StopReason::Cancelled);
        return false;
    }
    if (d->batch == 0)
        d->beginEpoch();

    // The budget holds: stop starting batches when one more, the validation and the
    // checkpoint would pass it, and close the epoch early (its batches are not wasted).
    if (d->cfg.minutes > 0) {
        const double valGuess = d->validationSeconds >= 0
            ? d->validationSeconds
            : d->batchSeconds * double(d->valIdx.size()) / std::max(1, d->cfg.batchSize) / 2.5;
        // Margins: batch times vary with the machine's load, and the first validation
        // time is only an estimate.
        if (d->elapsed() + 1.5 * d->batchSeconds + 1.3 * valGuess + 2.0 > d->budgetSeconds()) {
            if (d->batch > 0 && !d->endEpoch(error)) {
                d->finish(StopReason::Failed);
                return false;
            }
            d->finish(StopReason::TimeBudget);
            return false;
        }
    }

    if (!d->trainBatch(error)) {
        d->finish(StopReason::Failed);
        return false;
    }
    if (d->batch < d->batchesPerEpoch()) {
        d->report(/*epochEnd=*/false);
        return true;
    }
    d->report(/*epochEnd=*/false);
    if (!d->endEpoch(error)) {
        d->finish(StopReason::Failed);
        return false;
    }
    // Patience ends only runs planned in epochs: a run planned by the clock keeps going
    // through plateaus, since its rate is still high there (measured: README, training).
    if (d->cfg.epochs > 0 && d->epoch >= d->cfg.epochs)
        d->finish(StopReason::Completed);
    else if (d->cfg.epochs > 0 && !d->valIdx.empty() && d->sinceBest >= d->cfg.patience)
        d->finish(StopReason::EarlyStopped);
    return d->reason == StopReason::None;
}

bool TorchTrainer::run(QString *error)
{
    while (step(error)) {
    }
    return d->reason != StopReason::Failed;
}

void TorchTrainer::requestCancel()
{
    d->cancel = true;
}

void TorchTrainer::updateSample(const TrainingSample &sample)
{
    std::lock_guard<std::mutex> lock(d->pendingMutex);
    d->pending.append(sample);
}

void TorchTrainer::setProgressCallback(Trainer::ProgressCallback callback)
{
    d->callback = std::move(callback);
}

bool TorchTrainer::isFinished() const { return d->reason != StopReason::None; }
StopReason TorchTrainer::stopReason() const { return d->reason; }
TrainingProgress TorchTrainer::progress() const { return d->progress; }
QVector<EpochRecord> TorchTrainer::history() const { return d->history; }
const TrainingConfig &TorchTrainer::config() const { return d->cfg; }
int TorchTrainer::trainingSamples() const { return int(d->trainIdx.size()); }
int TorchTrainer::validationSamples() const { return int(d->valIdx.size()); }

QString TorchTrainer::arithmetic() const { return d->bf16 ? QStringLiteral("bf16") : QStringLiteral("fp32"); }

QStringList TorchTrainer::validationIds() const
{
    QStringList ids;
    for (int i : d->valIdx)
        ids.append(d->set.id(i));
    return ids;
}
QStringList TorchTrainer::failures() const { return d->set.failures(); }
std::shared_ptr<SegmentationNetworkImpl> TorchTrainer::network() const { return d->net; }
quint64 TorchTrainer::weightsVersion() const { return d->version.load(); }

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
