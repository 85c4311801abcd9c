#include "core/engine/modelworker.h"

#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace dermask::core {

namespace {

struct PredictJob
{
    quint64 request = 0;
    QString id;
    cv::Mat image;
    PredictOptions options;
};

struct TrainJob
{
    TrainingConfig config;
    QVector<TrainingSample> samples;
    QString resume;
};

} // namespace

struct ModelWorker::Private
{
    ModelWorker *q = nullptr;
    QThread *thread = nullptr;
    mutable std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    std::deque<PredictJob> predictions;
    std::deque<TrainJob> trainJobs;
    QString modelToLoad;
    quint64 nextRequest = 1;
    int threads = 0;
    std::atomic_bool training{false};
    std::atomic_bool loaded{false};

    // Owned by the worker thread only.
    std::unique_ptr<Trainer> trainer;
    Predictor predictor;

    void loop();
    void serve(PredictJob job);
    void runTrainJob(TrainJob job);
    void finishTraining(const QString &stepError);
    std::atomic_bool cancelled{false};
};

void ModelWorker::Private::loop()
{
    for (;;) {
        std::optional<PredictJob> predict;
        std::optional<TrainJob> train;
        QString load;
        {
            std::unique_lock<std::mutex> lock(mutex);
            wake.wait(lock, [&] {
                return stopping || !predictions.empty() || !trainJobs.empty()
                       || !modelToLoad.isEmpty() || trainer;
            });
            if (stopping)
                return;
            // Predictions first: they are what the user is looking at.
            if (!predictions.empty()) {
                predict = std::move(predictions.front());
                predictions.pop_front();
            } else if (!modelToLoad.isEmpty()) {
                load = modelToLoad;
                modelToLoad.clear();
            } else if (!trainer && !trainJobs.empty()) {
                train = std::move(trainJobs.front());
                trainJobs.pop_front();
            }
        }
        if (predict) {
            serve(std::move(*predict));
        } else if (!load.isEmpty()) {
            QString error;
            predictor.setThreads(threads);
            if (predictor.load(load, &error)) {
                loaded = true;
                Q_EMIT q->modelLoaded(load, predictor.info());
            } else {
                Q_EMIT q->modelLoadFailed(load, error);
            }
        } else if (train) {
            runTrainJob(std::move(*train));
        } else if (trainer) {
            QString error;
            if (!trainer->step(&error))
                finishTraining(error);
        }
    }
}

void ModelWorker::Private::serve(PredictJob job)
{
    if (trainer)   // the current weights, refreshed only when a batch changed them
        predictor.useLiveNetwork(trainer->network(), trainer->modelInfo(), trainer->weightsVersion());
    if (!predictor.isLoaded()) {
        Q_EMIT q->predictionFailed(job.request, job.id, QStringLiteral("no model is loaded or training"));
        return;
    }
    predictor.setThreads(threads);
    predictor.setOptions(job.options);
    Prediction out;
    QString error;
    if (predictor.predict(job.image, &out, &error))
        Q_EMIT q->predictionReady(job.request, job.id, out);
    else
        Q_EMIT q->predictionFailed(job.request, job.id, error);
}

void ModelWorker::Private::runTrainJob(TrainJob job)
{
    auto t = std::make_unique<Trainer>();
    job.config.threads = job.config.threads ? job.config.threads : threads;
    t->setProgressCallback([this](const TrainingProgress &p) { Q_EMIT q->trainingProgress(p); });
    Trainer *raw = t.get();
    {
        // Visible to cancelTraining() while the images are decoded.
        std::lock_guard<std::mutex> lock(mutex);
        trainer = std::move(t);
        cancelled = false;
    }
    training = true;
    QString error;
    if (!raw->prepare(job.config, job.samples, &error)
        || (!job.resume.isEmpty() && !raw->resume(job.resume, &error))) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            trainer.reset();
        }
        training = false;
        Q_EMIT q->trainingFinished(cancelled ? StopReason::Cancelled : StopReason::Failed, error, QString());
        return;
    }
    Q_EMIT q->trainingStarted(raw->trainingSamples(), raw->validationSamples());
}

void ModelWorker::Private::finishTraining(const QString &stepError)
{
    const StopReason reason = trainer->stopReason();
    const QString path = trainer->config().outputModel;
    QString error;
    if (reason == StopReason::Failed)
        error = stepError.isEmpty() ? QStringLiteral("training failed") : stepError;
    bool saved = false;
    if (reason != StopReason::Failed && !path.isEmpty())
        saved = trainer->saveBestModel(path, &error);
    {
        std::lock_guard<std::mutex> lock(mutex);
        trainer.reset();
    }
    training = false;
    if (saved) {
        // The best model becomes the active one; predictions stop following live weights.
        QString loadError;
        predictor.setThreads(threads);
        if (predictor.load(path, &loadError)) {
            loaded = true;
            Q_EMIT q->modelLoaded(path, predictor.info());
        }
    }
    Q_EMIT q->trainingFinished(reason, error, saved ? path : QString());
}

ModelWorker::ModelWorker(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<TrainingProgress>();
    qRegisterMetaType<StopReason>();
    qRegisterMetaType<ModelInfo>();
    qRegisterMetaType<Prediction>();
    d->q = this;
    d->thread = QThread::create([this] { d->loop(); });
    d->thread->setObjectName(QStringLiteral("dermask-model-worker"));
    d->thread->start();
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
    d->thread->requestInterruption();
    d->thread->wait();
    delete d->thread;
}

void ModelWorker::startTraining(const TrainingConfig &config, const QVector<TrainingSample> &samples,
                                const QString &resumeCheckpoint)
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->trainJobs.push_back(TrainJob{config, samples, resumeCheckpoint});
    }
    d->wake.notify_all();
}

void ModelWorker::cancelTraining()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->trainJobs.clear();
    d->cancelled = true;
    if (d->trainer)
        d->trainer->requestCancel();
}

void ModelWorker::updateSample(const TrainingSample &sample)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    if (d->trainer)
        d->trainer->updateSample(sample);
}

void ModelWorker::loadModel(const QString &path)
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->modelToLoad = path;
    }
    d->wake.notify_all();
}

quint64 ModelWorker::requestPrediction(const QString &id, const cv::Mat &rgb,
                                       const PredictOptions &options)
{
    quint64 request;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        request = d->nextRequest++;
        // The replaced request gets no answer: the newer one supersedes it.
        for (auto it = d->predictions.begin(); it != d->predictions.end(); ++it)
            if (it->id == id) {
                d->predictions.erase(it);
                break;
            }
        d->predictions.push_back(PredictJob{request, id, rgb.clone(), options});
    }
    d->wake.notify_all();
    return request;
}

void ModelWorker::setThreads(int threads)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->threads = threads;
}

bool ModelWorker::isTraining() const { return d->training.load(); }
bool ModelWorker::hasModel() const { return d->loaded.load(); }

} // namespace dermask::core
