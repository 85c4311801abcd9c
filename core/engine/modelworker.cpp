#include "core/engine/modelworker.h"

#include "core/inference/clickcorrector.h"

#include <QDateTime>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <pthread.h>
#include <thread>

namespace dermask::core {

namespace {

struct PredictJob
{
    JobId id = 0;
    QString model;
    QString tag;
    cv::Mat image;
    PredictOptions options;
    bool click = false;          ///< correct(): a click model's correction of mask
    cv::Mat mask;
    std::vector<Click> clicks;
    cv::Rect box;                ///< correct() from a box
};

struct RunJob
{
    JobId id = 0;
    QString model;
    QVector<PredictionInput> inputs;
    PredictionStore store;
    PredictionRunOptions options;
};

struct TrainJob
{
    JobId id = 0;
    TrainingConfig config;
    QVector<TrainingSample> samples;
    QString resume;
};

template <typename Job>
bool takeOut(std::deque<Job> &queue, JobId id)
{
    for (auto it = queue.begin(); it != queue.end(); ++it) {
        if (it->id == id) {
            queue.erase(it);
            return true;
        }
    }
    return false;
}

/// A model file kept loaded; loaded again when the file on disk changes (a run rewrote it).
struct LoadedModel
{
    QDateTime modified;
    qint64 size = -1;
    std::unique_ptr<Predictor> predictor;
};

} // namespace

struct ModelWorker::Private
{
    ModelWorker *q = nullptr;
    std::thread thread;

    // Shared with the requesting threads, under the mutex.
    mutable std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    JobId nextId = 1;
    int threads = 0;
    std::deque<PredictJob> predicts;
    std::deque<RunJob> runs;
    std::deque<TrainJob> trains;
    std::vector<JobId> cancelledQueued;  ///< answered by the worker thread
    // A job is "taken" from the moment it leaves its queue, so a cancel is never lost
    // between the queue and the start.
    JobId trainJob = 0;
    bool trainCancelled = false;
    std::unique_ptr<Trainer> trainer;
    JobId runJob = 0;
    bool runCancelled = false;

    // The worker thread's own.
    std::unique_ptr<PredictionRun> run;
    Predictor live;  ///< follows the weights of the run in progress
    std::map<QString, LoadedModel> models;
    ClickCorrector corrector;  ///< keeps the last image's reduced copy between clicks

    JobId newId() { return nextId++; }
    /// Queues a single prediction or correction: first in line (DESIGN.md, Threads).
    JobId enqueue(PredictJob job);
    void loop();
    void answerAll();
    void end(JobId id, const JobResult &result) { Q_EMIT q->jobEnded(id, result); }
    void guarded(JobId id, StopReason failure, const std::function<void()> &action,
                 const std::function<void()> &cleanUp);
    Predictor *modelFile(const QString &path, int threads, QString *error);
    void serve(PredictJob job, int threads);
    void serveClick(PredictJob job, int threads);
    void startRun(RunJob job, int threads);
    void stepRun();
    void startTraining(TrainJob job, int threads);
    void stepTraining();
    void finishTraining(const QString &stepError);
};

void ModelWorker::Private::loop()
{
    for (;;) {
        std::optional<PredictJob> predict;
        std::optional<RunJob> newRun;
        std::optional<TrainJob> newTraining;
        std::vector<JobId> cancelled;
        bool stepRunNow = false;
        bool stepTrainingNow = false;
        int threadCount = 0;
        {
            std::unique_lock<std::mutex> lock(mutex);
            wake.wait(lock, [&] {
                return stopping || !cancelledQueued.empty() || !predicts.empty() || runJob || trainJob
                       || !runs.empty() || !trains.empty();
            });
            if (stopping)
                break;
            cancelled.swap(cancelledQueued);
            threadCount = threads;
            // The image the user looks at first; then one image of a run and one batch in turn.
            if (!predicts.empty()) {
                predict = std::move(predicts.front());
                predicts.pop_front();
            } else {
                stepRunNow = runJob != 0;
                stepTrainingNow = trainJob != 0;
                if (!runJob && !runs.empty()) {
                    newRun = std::move(runs.front());
                    runs.pop_front();
                    runJob = newRun->id;
                    runCancelled = false;
                }
                if (!trainJob && !trains.empty()) {
                    newTraining = std::move(trains.front());
                    trains.pop_front();
                    trainJob = newTraining->id;
                    trainCancelled = false;
                }
            }
        }
        for (JobId id : cancelled)
            end(id, JobResult{JobEnd::Cancelled});
        const auto endRun = [this] {
            run.reset();
            std::lock_guard<std::mutex> lock(mutex);
            runJob = 0;
        };
        const auto endTraining = [this] {
            std::lock_guard<std::mutex> lock(mutex);
            trainer.reset();
            trainJob = 0;
        };
        if (predict) {
            const JobId id = predict->id;
            guarded(id, StopReason::None, [&] { serve(std::move(*predict), threadCount); }, [] {});
            continue;
        }
        JobId runId = 0, trainId = 0;
        {
            std::lock_guard<std::mutex> lock(mutex);
            runId = runJob;
            trainId = trainJob;
        }
        if (newRun)
            guarded(runId, StopReason::None, [&] { startRun(std::move(*newRun), threadCount); }, endRun);
        if (newTraining) {
            guarded(trainId, StopReason::Failed, [&] { startTraining(std::move(*newTraining), threadCount); },
                    endTraining);
        }
        if (stepRunNow)
            guarded(runId, StopReason::None, [&] { stepRun(); }, endRun);
        if (stepTrainingNow)
            guarded(trainId, StopReason::Failed, [&] { stepTraining(); }, endTraining);
    }
    answerAll();
}

/// Runs @p action for job @p id. What it throws (LibTorch or OpenCV out of memory, a shape no
/// check caught) would end the worker's thread and the program: it ends that job instead, with
/// the message, after @p cleanUp forgets the job's state.
void ModelWorker::Private::guarded(JobId id, StopReason failure, const std::function<void()> &action,
                                   const std::function<void()> &cleanUp)
{
    QString what;
    try {
        action();
        return;
    } catch (const std::exception &e) {
        what = QString::fromLocal8Bit(e.what());
    } catch (...) {
        what = QStringLiteral("unknown error");
    }
    cleanUp();
    if (id)
        end(id, JobResult{JobEnd::Failed, QStringLiteral("unexpected error: %1").arg(what), failure});
}

void ModelWorker::Private::answerAll()
{
    // The worker goes: every job still waiting or running is answered.
    std::vector<JobId> ids;
    {
        std::lock_guard<std::mutex> lock(mutex);
        ids.swap(cancelledQueued);
        for (const PredictJob &j : predicts)
            ids.push_back(j.id);
        for (const RunJob &j : runs)
            ids.push_back(j.id);
        for (const TrainJob &j : trains)
            ids.push_back(j.id);
        predicts.clear();
        runs.clear();
        trains.clear();
        if (runJob)
            ids.push_back(std::exchange(runJob, 0));
        if (trainJob) {
            ids.push_back(std::exchange(trainJob, 0));
            trainer.reset();
        }
    }
    run.reset();
    for (JobId id : ids)
        end(id, JobResult{JobEnd::Cancelled, QString(), StopReason::Cancelled});
}

Predictor *ModelWorker::Private::modelFile(const QString &path, int threadCount, QString *error)
{
    const QFileInfo file(path);
    auto it = models.find(path);
    if (it != models.end() && it->second.modified == file.lastModified() && it->second.size == file.size())
        return it->second.predictor.get();
    if (it != models.end())
        models.erase(it);
    while (models.size() >= 2)  // the Predict menu's model and a run's: more are rare
        models.erase(models.begin());
    auto predictor = std::make_unique<Predictor>();
    predictor->setThreads(threadCount);
    if (!predictor->load(path, error))
        return nullptr;
    LoadedModel &entry = models[path];
    entry.modified = file.lastModified();
    entry.size = file.size();
    entry.predictor = std::move(predictor);
    return entry.predictor.get();
}

void ModelWorker::Private::serveClick(PredictJob job, int threadCount)
{
    QString error;
    Predictor *predictor = modelFile(job.model, threadCount, &error);
    if (!predictor) {
        end(job.id, JobResult{JobEnd::Failed, error});
        return;
    }
    predictor->setThreads(threadCount);
    predictor->setOptions(PredictOptions());
    corrector.setPredictor(predictor);
    corrector.setImage(job.image);
    ClickCorrection out;
    out.mask = job.mask;  // the job's own copy: corrected in place
    const bool ok = job.box.empty() ? corrector.correct(job.mask, job.clicks, &out.mask, &out.changed, &error)
                                    : corrector.startFromBox(job.mask, job.box, &out.mask, &out.changed, &error);
    if (!ok) {
        end(job.id, JobResult{JobEnd::Failed, error});
        return;
    }
    Q_EMIT q->correctionReady(job.id, job.tag, out);
    end(job.id, JobResult{JobEnd::Finished});
}

void ModelWorker::Private::serve(PredictJob job, int threadCount)
{
    if (job.click) {
        serveClick(std::move(job), threadCount);
        return;
    }
    Predictor *predictor = nullptr;
    WeightsId weights;
    QString error;
    if (job.model.isEmpty()) {
        if (!trainer || !trainer->network()) {
            end(job.id, JobResult{JobEnd::Failed, QStringLiteral("no run is training")});
            return;
        }
        // The current weights, copied only when a batch changed them.
        live.useLiveNetwork(trainer->network(), trainer->modelInfo(), trainer->weightsVersion());
        predictor = &live;
        weights = WeightsId{trainer->config().outputModel, trainer->weightsVersion(), true};
    } else {
        predictor = modelFile(job.model, threadCount, &error);
        weights = WeightsId{job.model, 0, false};
    }
    if (!predictor) {
        end(job.id, JobResult{JobEnd::Failed, error});
        return;
    }
    predictor->setThreads(threadCount);
    predictor->setOptions(job.options);
    Prediction out;
    if (!predictor->predict(job.image, &out, &error)) {
        end(job.id, JobResult{JobEnd::Failed, error});
        return;
    }
    Q_EMIT q->predictionReady(job.id, job.tag, out, weights);
    end(job.id, JobResult{JobEnd::Finished});
}

void ModelWorker::Private::startRun(RunJob job, int threadCount)
{
    QString error;
    Predictor *predictor = modelFile(job.model, threadCount, &error);
    if (!predictor) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            runJob = 0;
        }
        end(job.id, JobResult{JobEnd::Failed, error});
        return;
    }
    // Each image asks the cache again: a single prediction with another file between two
    // images may have replaced the run's model, which is then loaded again.
    const QString model = job.model;
    run = std::make_unique<PredictionRun>(
        std::move(job.inputs),
        [this, model, threadCount](const cv::Mat &rgb, Prediction *out, QString *why) {
            Predictor *p = modelFile(model, threadCount, why);
            if (!p)
                return false;
            p->setThreads(threadCount);
            p->setOptions(PredictOptions());
            return p->predict(rgb, out, why);
        },
        std::move(job.store), std::move(job.options));
}

void ModelWorker::Private::stepRun()
{
    JobId id = 0;
    bool cancelled = false;
    {
        std::lock_guard<std::mutex> lock(mutex);
        id = runJob;
        cancelled = runCancelled;
    }
    if (!id || !run)
        return;
    PredictionOutcome outcome;
    const bool more = !cancelled && run->step(&outcome);
    if (more) {
        Q_EMIT q->imagePredicted(id, outcome, run->total());
        return;
    }
    JobResult result{cancelled ? JobEnd::Cancelled : JobEnd::Finished};
    result.done = run->done();
    result.scored = run->scored();
    result.dice = run->meanDice();
    result.iou = run->meanIou();
    run.reset();
    {
        std::lock_guard<std::mutex> lock(mutex);
        runJob = 0;
    }
    end(id, result);
}

void ModelWorker::Private::startTraining(TrainJob job, int threadCount)
{
    auto t = std::make_unique<Trainer>();
    job.config.threads = job.config.threads ? job.config.threads : threadCount;
    const JobId id = job.id;
    t->setProgressCallback([this, id](const TrainingProgress &p) { Q_EMIT q->trainingProgress(id, p); });
    Trainer *raw = t.get();
    bool cancelled = false;
    {
        // Visible to cancel() while the images are decoded.
        std::lock_guard<std::mutex> lock(mutex);
        trainer = std::move(t);
        cancelled = trainCancelled;
        if (cancelled)
            trainer->requestCancel();
    }
    QString error;
    const bool ok = !cancelled && raw->prepare(job.config, job.samples, &error)
                    && (job.resume.isEmpty() || raw->resume(job.resume, &error));
    if (!ok) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            cancelled = trainCancelled;
            trainer.reset();
            trainJob = 0;
        }
        JobResult result{cancelled ? JobEnd::Cancelled : JobEnd::Failed, cancelled ? QString() : error};
        result.stopReason = cancelled ? StopReason::Cancelled : StopReason::Failed;
        end(id, result);
        return;
    }
    Q_EMIT q->trainingStarted(id, raw->trainingSamples(), raw->validationSamples());
}

void ModelWorker::Private::stepTraining()
{
    if (!trainer)
        return;
    QString error;
    if (!trainer->step(&error))
        finishTraining(error);
}

void ModelWorker::Private::finishTraining(const QString &stepError)
{
    JobResult result;
    result.stopReason = trainer->stopReason();
    const QString path = trainer->config().outputModel;
    if (result.stopReason == StopReason::Failed)
        result.error = stepError.isEmpty() ? QStringLiteral("training failed") : stepError;
    else if (!path.isEmpty() && trainer->saveBestModel(path, &result.error))
        result.modelPath = path;
    result.end = result.stopReason == StopReason::Cancelled ? JobEnd::Cancelled
                 : result.error.isEmpty()                   ? JobEnd::Finished
                                                            : JobEnd::Failed;
    JobId id = 0;
    {
        std::lock_guard<std::mutex> lock(mutex);
        trainer.reset();
        id = std::exchange(trainJob, 0);
    }
    end(id, result);
}

ModelWorker::ModelWorker(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<TrainingProgress>();
    qRegisterMetaType<StopReason>();
    qRegisterMetaType<ModelInfo>();
    qRegisterMetaType<Prediction>();
    qRegisterMetaType<ClickCorrection>();
    qRegisterMetaType<WeightsId>();
    qRegisterMetaType<JobResult>();
    qRegisterMetaType<PredictionOutcome>();
    qRegisterMetaType<JobId>("dermask::core::JobId");
    d->q = this;
    // A plain thread, joined in the destructor: the end of every job happens before it returns.
    d->thread = std::thread([this] {
        pthread_setname_np(pthread_self(), "dermask-worker");
        d->loop();
    });
}

ModelWorker::~ModelWorker()
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->stopping = true;
        if (d->trainer)
            d->trainer->requestCancel();
    }
    d->wake.notify_all();
    d->thread.join();
}

JobId ModelWorker::train(const TrainingConfig &config, const QVector<TrainingSample> &samples,
                         const QString &resumeCheckpoint)
{
    JobId id;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        id = d->newId();
        d->trains.push_back(TrainJob{id, config, samples, resumeCheckpoint});
    }
    d->wake.notify_all();
    return id;
}

JobId ModelWorker::Private::enqueue(PredictJob job)
{
    JobId id;
    {
        std::lock_guard<std::mutex> lock(mutex);
        id = job.id = newId();
        // A newer request for the same tag supersedes a queued one, which is answered.
        for (auto it = predicts.begin(); it != predicts.end(); ++it) {
            if (!job.tag.isEmpty() && it->tag == job.tag) {
                cancelledQueued.push_back(it->id);
                predicts.erase(it);
                break;
            }
        }
        predicts.push_back(std::move(job));
    }
    wake.notify_all();
    return id;
}

JobId ModelWorker::predict(const QString &modelPath, const QString &tag, const cv::Mat &rgb,
                           const PredictOptions &options)
{
    return d->enqueue(PredictJob{0, modelPath, tag, rgb.clone(), options});
}

JobId ModelWorker::correct(const QString &modelPath, const QString &tag, const cv::Mat &rgb, const cv::Mat &mask,
                           const std::vector<Click> &clicks, const cv::Rect &box)
{
    return d->enqueue(PredictJob{0, modelPath, tag, rgb, PredictOptions(), true, mask, clicks, box});
}

JobId ModelWorker::predictMany(const QString &modelPath, const QVector<PredictionInput> &inputs,
                               const PredictionStore &store, const PredictionRunOptions &options)
{
    JobId id;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        id = d->newId();
        d->runs.push_back(RunJob{id, modelPath, inputs, store, options});
    }
    d->wake.notify_all();
    return id;
}

JobId ModelWorker::evaluate(const QString &modelPath, const QVector<PredictionInput> &inputs)
{
    PredictionRunOptions options;
    options.probabilities = false;
    return predictMany(modelPath, inputs, PredictionStore(), options);
}

void ModelWorker::cancel(JobId job)
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        if (takeOut(d->predicts, job) || takeOut(d->runs, job) || takeOut(d->trains, job)) {
            d->cancelledQueued.push_back(job);
        } else if (job && job == d->trainJob) {
            d->trainCancelled = true;
            if (d->trainer)
                d->trainer->requestCancel();
        } else if (job && job == d->runJob) {
            d->runCancelled = true;
        }
    }
    d->wake.notify_all();
}

void ModelWorker::updateSample(const TrainingSample &sample)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    if (d->trainer)
        d->trainer->updateSample(sample);
}

void ModelWorker::setThreads(int threads)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->threads = threads;
}

bool ModelWorker::isTraining() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->trainJob != 0 || !d->trains.empty();
}

} // namespace dermask::core
