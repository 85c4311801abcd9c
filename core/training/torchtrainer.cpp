#include "core/training/torchtrainerstate_p.h"

#include "core/model/modelfile_p.h"
#include "core/metrics/calibration.h"
#include "core/model/device_p.h"
#include "core/model/runtime.h"
#include "core/training/checkpoint_p.h"
#include "core/training/clicktraining_p.h"
#include "core/training/loss_p.h"
#include "core/util/error.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>

namespace dermask::core {


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
    const std::vector<int> global = batchSlice(order, b, cfg.batchSize * ranks());
    return std::async(std::launch::async, [this, idx = rankShare(global, dp ? dp->rank() : 0, ranks()), e = epoch]() {
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
        NormSyncScope sync(dp.get());             // BatchNorm over every rank's share
        if (dp)
            dp->beginStep();
        torch::Tensor logits;
        {
            Autocast autocast(bf16, device);
            logits = net->forward(imagesTensor(b, device));
        }
        torch::Tensor loss = computeLoss(logits.to(torch::kFloat), masksTensor(b, device), cfg.loss);
        loss.backward();
        if (dp)
            dp->averageGradients();
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
    imagesSeen += b.count * ranks();
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
    std::vector<int> mine;   // a data-parallel run measures each image once, on one rank
    for (int i : rankStride(int(valIdx.size()), dp ? dp->rank() : 0, ranks()))
        mine.push_back(valIdx[size_t(i)]);
    for (size_t from = 0; from < mine.size(); from += size_t(cfg.batchSize)) {
        const std::vector<int> idx(mine.begin() + long(from),
                                   mine.begin() + long(std::min(mine.size(), from + size_t(cfg.batchSize))));
        Batch b = makeBatch(set, idx, /*augment=*/false, cfg.seed, 0, info.mean, info.std, info.task);
        torch::Tensor logits;
        {
            Autocast autocast(bf16, device);
            logits = net->forward(imagesTensor(b, device));
        }
        const torch::Tensor truth = masksTensor(b, device);
        sum += thresholdedDice(logits, truth).sum().item<double>();
        // About 2^18 pixels of the whole set, for the calibration temperature.
        samplePixels(logits, truth, std::max<int64_t>(1, int64_t(valIdx.size()) * truth[0].numel() >> 18),
                     &valLogits, &valLabels);
    }
    net->train();
    if (dp)
        sum = dp->sumOverRanks(std::vector<double>{sum})[0];
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
    if (cfg.distributed.enabled() && !(d->dp = DataParallel::join(cfg.distributed, error)))
        return false;
    if (cfg.distributed.rank > 0) {   // rank 0 writes for everyone
        cfg.outputModel.clear();
        cfg.checkpointPath.clear();
    }
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
    if (!resolveDevice(cfg.device, &d->device, error))
        return false;
    net->to(d->device);
    // bf16 autocast on a GPU unless fp32 is asked for; on the CPU where native and faster.
    d->bf16 = d->device.is_cuda() ? cfg.precision != Precision::Fp32 : useBf16(cfg, *net, &d->probe);
    net->train();
    if (d->dp) {
        try {
            d->bf16 = d->dp->fromRankZero(d->bf16);
            d->dp->broadcast(*net);
            d->dp->attach(*net);
        } catch (const std::exception &e) {
            return fail(error, exceptionText(e));
        }
    }
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
    // The budget holds: stop starting batches when one more, the validation and the
    // checkpoint would pass it, and close the epoch early (its batches are not wasted).
    // Margins: batch times vary with the machine's load, and the first validation time is
    // only an estimate. In a data-parallel run every rank stops when one does.
    const double valGuess = d->validationSeconds >= 0
        ? d->validationSeconds
        : d->batchSeconds * double(d->valIdx.size()) / std::max(1, d->cfg.batchSize) / 2.5;
    const bool overBudget = d->cfg.minutes > 0
        && d->elapsed() + 1.5 * d->batchSeconds + 1.3 * valGuess + 2.0 > d->budgetSeconds();
    enum { Go, Budget, Cancel };
    int stop = d->cancel.load() ? Cancel : overBudget ? Budget : Go;
    try {
        stop = d->dp ? d->dp->maxOverRanks(stop) : stop;
    } catch (const std::exception &e) {
        d->finish(StopReason::Failed);
        return fail(error, exceptionText(e));
    }
    if (stop == Cancel) {
        d->finish(StopReason::Cancelled);
        return false;
    }
    if (stop == Budget) {
        if (d->batch > 0 && !d->endEpoch(error)) {
            d->finish(StopReason::Failed);
            return false;
        }
        d->finish(StopReason::TimeBudget);
        return false;
    }
    if (d->batch == 0)
        d->beginEpoch();

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


} // namespace dermask::core
