#include "core/learning/predictionbackend.h"

#include "core/engine/modelworker.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <condition_variable>
#include <mutex>

namespace dermask::core {

namespace {

// Hours are not a reasonable wait for one image or one model file: something is stuck.
constexpr auto kTimeout = std::chrono::minutes(10);

/// Turns the ModelWorker's signals into blocking calls for the prediction thread. The
/// signals arrive on the worker's thread (direct connections); the state is shared so a late
/// signal after a timeout finds it still alive.
class WorkerBackend : public PredictionBackend
{
public:
    explicit WorkerBackend(ModelWorker *worker) : m_worker(worker), m_state(std::make_shared<State>())
    {
        const std::shared_ptr<State> state = m_state;
        m_connections = {
            QObject::connect(worker, &ModelWorker::modelLoaded, worker,
                             [state](const QString &path, const ModelInfo &) {
                                 state->finishLoad(path, QString());
                             }, Qt::DirectConnection),
            QObject::connect(worker, &ModelWorker::modelLoadFailed, worker,
                             [state](const QString &path, const QString &error) {
                                 state->finishLoad(path, error.isEmpty() ? QStringLiteral("?") : error);
                             }, Qt::DirectConnection),
            QObject::connect(worker, &ModelWorker::predictionReady, worker,
                             [state](quint64, const QString &id, const Prediction &p) {
                                 state->finishPrediction(id, p, QString());
                             }, Qt::DirectConnection),
            QObject::connect(worker, &ModelWorker::predictionFailed, worker,
                             [state](quint64, const QString &id, const QString &error) {
                                 state->finishPrediction(id, Prediction(),
                                                         error.isEmpty() ? QStringLiteral("?") : error);
                             }, Qt::DirectConnection),
        };
    }

    ~WorkerBackend() override
    {
        for (const QMetaObject::Connection &c : m_connections)
            QObject::disconnect(c);
    }

    bool load(const QString &modelPath, QString *error) override
    {
        std::unique_lock<std::mutex> lock(m_state->mutex);
        m_state->loads.remove(modelPath);
        lock.unlock();
        m_worker->loadModel(modelPath);
        lock.lock();
        if (!m_state->done.wait_for(lock, kTimeout, [&] { return m_state->loads.contains(modelPath); })) {
            *error = QCoreApplication::translate("PredictionBackend", "%1: the model did not load in time")
                         .arg(modelPath);
            return false;
        }
        const QString failure = m_state->loads.take(modelPath);
        if (!failure.isEmpty())
            *error = failure;
        return failure.isEmpty();
    }

    bool predict(const cv::Mat &rgb, Prediction *out, QString *error) override
    {
        // A request id of our own: results for others (the training view) are not kept.
        const QString request = m_state->prefix + QString::number(++m_requests);
        {
            std::lock_guard<std::mutex> lock(m_state->mutex);
            m_state->waiting.insert(request);
        }
        m_worker->requestPrediction(request, rgb);
        std::unique_lock<std::mutex> lock(m_state->mutex);
        if (!m_state->done.wait_for(lock, kTimeout, [&] { return m_state->results.contains(request); })) {
            m_state->waiting.remove(request);
            *error = QCoreApplication::translate("PredictionBackend", "the prediction did not finish in time");
            return false;
        }
        m_state->waiting.remove(request);
        const State::Result result = m_state->results.take(request);
        if (!result.error.isEmpty()) {
            *error = result.error;
            return false;
        }
        *out = result.prediction;
        return true;
    }

private:
    struct State
    {
        struct Result
        {
            Prediction prediction;
            QString error;
        };
        std::mutex mutex;
        std::condition_variable done;
        const QString prefix = QStringLiteral("ui-predict-%1-").arg(quintptr(this), 0, 16);
        QHash<QString, QString> loads;     ///< path -> error (empty: loaded)
        QSet<QString> waiting;             ///< our requests not answered yet
        QHash<QString, Result> results;

        void finishLoad(const QString &path, const QString &error)
        {
            {
                std::lock_guard<std::mutex> lock(mutex);
                loads.insert(path, error);
            }
            done.notify_all();
        }
        void finishPrediction(const QString &request, const Prediction &p, const QString &error)
        {
            {
                std::lock_guard<std::mutex> lock(mutex);
                if (!waiting.contains(request))
                    return;
                results.insert(request, {p, error});
            }
            done.notify_all();
        }
    };

    ModelWorker *m_worker;
    std::shared_ptr<State> m_state;
    quint64 m_requests = 0;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace

PredictionBackendFactory workerBackendFactory(ModelWorker *worker)
{
    return [worker]() -> std::unique_ptr<PredictionBackend> { return std::make_unique<WorkerBackend>(worker); };
}

} // namespace dermask::core
