#include "core/learning/trainingcontroller.h"

#include "core/util/background.h"

#include "core/engine/modelworker.h"
#include "core/image/imageio.h"
#include "core/inference/prediction.h"
#include "core/learning/modelcatalog.h"
#include "core/model/modelinfo.h"
#include "core/model/networks.h"
#include "core/training/trainingset.h"
#include "core/util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/qtconcurrentrun.h>

namespace dermask::core {

namespace {

// The tag of our live predictions: a newer one replaces a queued older one in the worker.
const QString kLiveTag = QStringLiteral("training-live");

struct WriteResult
{
    bool ok = false;
    QString error;
    SampleScore score;
};

} // namespace

TrainingController::TrainingController(ModelWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker), m_threads(defaultThreads())
{
    qRegisterMetaType<EpochPoint>();
    m_base.epochs = 0;   // the user's time budget plans every run of the app
    // One thread: decodes, prediction writes and the project write happen in the order asked.
    m_pool.setMaxThreadCount(1);
    // Every job is answered by the worker exactly once: the ids say which answers are ours.
    connect(worker, &ModelWorker::trainingStarted, this, &TrainingController::onStarted);
    connect(worker, &ModelWorker::trainingProgress, this, &TrainingController::onProgress);
    connect(worker, &ModelWorker::jobEnded, this, &TrainingController::onJobEnded);
    m_gate = new ModelGate(worker, this);
    connect(m_gate, &ModelGate::decided, this, &TrainingController::onVerdict);
    connect(worker, &ModelWorker::predictionReady, this,
            [this](JobId job, const QString &, const Prediction &prediction, const WeightsId &) {
                onPrediction(job, prediction);
            });
}

int TrainingController::defaultThreads()
{
    // libgomp reads these once, when it loads: what the environment says is what it does.
    const QByteArray policy = qgetenv("OMP_WAIT_POLICY").trimmed().toUpper();
    const bool passive = policy == "PASSIVE" || qgetenv("GOMP_SPINCOUNT").trimmed() == "0";
    return passive ? 0 : 1;
}

TrainingController::~TrainingController()
{
    m_pool.waitForDone();
    if (!isRunning() || !m_runSession || !m_runSession->workspace())
        return;
    // The window is closing in the middle of a run: the worker stops it (or already has, when
    // it went first) and keeps the best model written at its last improvement. There is no
    // time left to measure it against the active model, so it becomes the active one only
    // when there is none; otherwise it is kept for the Models panel.
    if (m_worker)
        m_worker->cancel(m_job);
    m_gate->cancel();
    if (!m_history.isEmpty() && QFileInfo::exists(m_runPath) && m_rivalPath.isEmpty() && !m_clickRun)
        m_runSession->workspace()->setActiveModel(m_runName, nullptr);
}

void TrainingController::setSession(SessionPtr session)
{
    if (session == m_session)
        return;
    m_session = std::move(session);
    m_currentId.clear();
    m_imageId.clear();
    m_image.release();
    refresh();
}

void TrainingController::refresh()
{
    Workspace *workspace = m_session ? m_session->workspace() : nullptr;
    m_masked = workspace ? int(collectTrainingSamples(*workspace).size()) : 0;
    m_activePath.clear();
    m_activeNetwork.clear();
    m_activeDice = -1.0;
    if (workspace && !workspace->activeModel().isEmpty()) {
        const QString path = workspace->modelPath(workspace->activeModel());
        ModelInfo info;
        if (QFileInfo::exists(path)) {
            m_activePath = path;
            if (readSidecar(path, &info, nullptr)) {
                m_activeDice = info.validationDice;
                if (info.kind == ModelKind::Native)
                    m_activeNetwork = info.network;
            }
        }
    }
    Q_EMIT changed();
}

QString TrainingController::activeModelPath() const
{
    return m_activePath;
}

QString TrainingController::activeModelNetwork() const
{
    return m_activeNetwork;
}

QString TrainingController::blocker() const
{
    if (!m_worker)
        return tr("Training is not available: the model worker has stopped.");
    if (!m_session)
        return tr("Open a dataset to train on its masks.");
    if (!m_session->workspace())
        return tr("This dataset has no workspace, so a trained model could not be saved.");
    if (m_masked < kMinimumSamples) {
        const int missing = kMinimumSamples - m_masked;
        return tr("Training needs at least %1 images with a mask; this dataset has %2. Draw masks "
                  "on %n more image(s) with the Edit tools, then start again.", nullptr, missing)
            .arg(kMinimumSamples)
            .arg(m_masked);
    }
    return {};
}

QString TrainingController::uniqueModelName(const QString &modelsDir, const QString &network,
                                            const QDateTime &when)
{
    const QString base = network + QLatin1Char('-') + when.toString(QStringLiteral("yyyyMMdd-hhmm"));
    const QDir dir(modelsDir);
    // Taken by a model, or by the checkpoint of a run that was stopped before it wrote one.
    const auto taken = [&dir](const QString &name) {
        const QString model = dir.filePath(name + QStringLiteral(".pt"));
        return QFileInfo::exists(model) || QFileInfo::exists(defaultCheckpointPath(model));
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

bool TrainingController::start(const TrainingChoice &choice, QString *error)
{
    if (isRunning())
        return fail(error, tr("A training run is already going on."));
    refresh();
    if (const QString why = blocker(); !why.isEmpty())
        return fail(error, why);

    Workspace *workspace = m_session->workspace();
    TrainingConfig config = m_base;
    config.task = choice.task;
    if (choice.task == ModelTask::Click)
        config.inputSize = TrainingConfig::defaults(ModelTask::Click).inputSize;
    const bool click = choice.task == ModelTask::Click;
    const QString clickParent = click ? ModelCatalog::newestClickModel(*workspace) : QString();
    config.minutes = choice.minutes;
    config.threads = m_threads;
    config.dataset = m_session->dataset().root;
    QString network;
    if (click && choice.fineTune && !clickParent.isEmpty()) {
        config.initModel = clickParent;
        config.network.clear();   // the parent's network and preprocessing win
        network = QStringLiteral("click");
    } else if (choice.fineTune && !click) {
        if (m_activePath.isEmpty())
            return fail(error, tr("There is no active model to fine-tune: train one first."));
        if (m_activeNetwork.isEmpty())
            return fail(error, tr("%1 is not a Dermask model (a TorchScript module, or its description is "
                                  "missing), so it cannot be fine-tuned.")
                                   .arg(QFileInfo(m_activePath).fileName()));
        config.initModel = m_activePath;
        config.network.clear();   // the parent's network and preprocessing win
        network = m_activeNetwork;
    } else {
        network = !choice.network.isEmpty() ? choice.network
                  : !m_base.network.isEmpty() ? m_base.network
                                              : defaultNetwork();
        if (!isNetworkName(network))
            return fail(error, tr("Unknown network \"%1\".").arg(network));
        config.network = network;
        config.initModel.clear();
        if (click)
            network = QStringLiteral("click-") + network;
    }
    const QString modelsDir = workspace->modelsDir();
    if (!QDir().mkpath(modelsDir))
        return fail(error, tr("%1: cannot create the models folder.").arg(QDir::toNativeSeparators(modelsDir)));
    const QString name = uniqueModelName(modelsDir, network, QDateTime::currentDateTime());
    config.outputModel = workspace->modelPath(name);
    config.checkpointPath = defaultCheckpointPath(config.outputModel);
    if (QString why; !config.validate(&why))
        return fail(error, why);
    // Every run of the workspace is measured on the same images: its fixed validation set.
    QVector<TrainingSample> samples;
    if (QString why; !collectSplitSamples(*workspace, config.validationFraction, config.seed, &samples, &why))
        return fail(error, why);
    if (!config.initModel.isEmpty()) {
        // What the parent has not seen yet is what the user came to teach it.
        keepCorrectionsSince(&samples, QFileInfo(config.initModel).lastModified());
        config.correctionWeight = kFineTuneCorrectionWeight;
    }

    m_runSession = m_session;
    m_runName = name;
    m_runPath = config.outputModel;
    m_rivalPath = click ? QString() : m_activePath;
    m_clickRun = click;
    m_history.clear();
    m_progress = TrainingProgress();
    m_corrections = 0;
    m_trainSamples = m_validationSamples = 0;
    setState(State::Preparing);
    m_job = m_worker->train(config, samples);
    return true;
}

void TrainingController::stop()
{
    if ((m_state != State::Preparing && m_state != State::Training) || !m_worker)
        return;
    // Queued or running, the worker answers the job (jobEnded), and the run ends there.
    m_worker->cancel(m_job);
    setState(State::Stopping);
}

void TrainingController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT changed();
}

void TrainingController::onStarted(JobId job, int trainSamples, int validationSamples)
{
    if (job != m_job || m_state == State::Idle)
        return;
    m_trainSamples = trainSamples;
    m_validationSamples = validationSamples;
    if (m_state == State::Preparing)
        setState(State::Training);
    Q_EMIT started(m_runName, trainSamples, validationSamples);
    Q_EMIT changed();
}

void TrainingController::onProgress(JobId job, const TrainingProgress &progress)
{
    if (job != m_job || m_state == State::Idle)
        return;
    if (m_state == State::Preparing)
        setState(State::Training);
    m_progress = progress;
    Q_EMIT this->progress(progress);
    if (!progress.epochEnd)
        return;
    const EpochPoint point{progress.epoch, progress.loss, progress.validationDice};
    m_history.append(point);
    Q_EMIT epochFinished(point);
    // The overlay follows the weights: the image on screen, predicted again with them.
    predictCurrent();
}

void TrainingController::onJobEnded(JobId job, const JobResult &result)
{
    if (m_requests.remove(job))
        return;   // a live prediction that failed or was replaced by a newer one
    if (job != m_job || m_state == State::Idle)
        return;
    m_job = 0;
    // A run cancelled before it started has no stop reason of its own.
    const StopReason reason = result.stopReason != StopReason::None ? result.stopReason
                              : result.end == JobEnd::Cancelled    ? StopReason::Cancelled
                                                                   : StopReason::Failed;
    onFinished(reason, result.error, result.modelPath);
}

void TrainingController::onFinished(StopReason reason, const QString &error, const QString &modelPath)
{
    setState(State::Stopping);
    const QString model = m_runName;
    const bool adopt = !modelPath.isEmpty() && !m_history.isEmpty() && m_runSession
                       && m_runSession->workspace();
    if (!adopt) {
        // A model from before the first epoch end is the random initialisation (or the
        // parent untouched): worth nothing, so its files go, and the previous model stays.
        QString kept = modelPath;
        if (!modelPath.isEmpty() && m_history.isEmpty()) {
            for (const QString &file : {modelPath, sidecarPath(modelPath), defaultCheckpointPath(modelPath)})
                QFile::remove(file);
            kept.clear();
        }
        setState(State::Idle);
        refresh();
        Q_EMIT finished(reason, finishMessage(reason, error, model, false), kept);
        return;
    }
    if (m_clickRun) {   // not a rival of the active model: the click tool takes the newest
        setState(State::Idle);
        refresh();
        Q_EMIT finished(reason,
                        finishMessage(reason, error, model, false) + QLatin1Char(' ')
                            + tr("The click tool (K) corrects masks with it now."),
                        modelPath);
        return;
    }
    // No silent regressions: measured against the model it would replace, on the same images.
    m_finish = Finish{reason, error, modelPath};
    setState(State::Comparing);
    m_gate->compare(modelPath, m_rivalPath, validationInputs(*m_runSession->workspace()));
}

void TrainingController::onVerdict(const GateVerdict &verdict)
{
    if (m_state != State::Comparing)
        return;
    const Finish finish = m_finish;
    const SessionPtr session = m_runSession;
    const QString model = m_runName;
    const QString rival = m_rivalPath.isEmpty() ? QString() : QFileInfo(m_rivalPath).completeBaseName();
    runThen<QString>(
        this, &m_pool,
        [session, model, rival, verdict] {
            Workspace *workspace = session->workspace();
            QString why;
            // Scores first: the Models panel lists them whether or not the model wins.
            if (verdict.candidateDice >= 0)
                workspace->setModelScore(
                    model, {verdict.candidateDice, verdict.images, verdict.validationSet}, &why);
            if (verdict.activeDice >= 0 && !rival.isEmpty())
                workspace->setModelScore(rival, {verdict.activeDice, verdict.images, verdict.validationSet},
                                         &why);
            if (!verdict.adopt)
                return QString();
            return workspace->setActiveModel(model, &why) ? QString() : why;
        },
        [this, finish, model, rival, verdict](const QString &activeError) {
            setState(State::Idle);
            refresh();
            const bool active = verdict.adopt && activeError.isEmpty();
            QString message = finishMessage(finish.reason, finish.error, model, active);
            message += QLatin1Char(' ') + verdictMessage(verdict, model, rival);
            if (!activeError.isEmpty())
                message += QLatin1Char(' ') + activeError;
            else if (active && m_runSession == m_session)   // not when another dataset is open by now
                Q_EMIT activeModelChanged(finish.modelPath);
            Q_EMIT finished(finish.reason, message, finish.modelPath);
            // What the run's best model, now on disk, makes of the image on screen.
            predictCurrent();
        });
}

QString TrainingController::verdictMessage(const GateVerdict &verdict, const QString &model,
                                           const QString &rival) const
{
    const QLocale locale;
    const auto dice = [&locale](double d) { return locale.toString(d, 'f', 3); };
    if (!verdict.error.isEmpty())
        return tr("It could not be measured on the validation images (%1), so the active model stays.")
            .arg(verdict.error);
    if (verdict.images == 0)
        return tr("There are no validation images to compare it on.");
    if (verdict.activeDice < 0)
        return tr("Dice %1 on the %n validation image(s).", nullptr, verdict.images)
            .arg(dice(verdict.candidateDice));
    if (verdict.adopt)
        return tr("Dice %1 on the %n validation image(s), against %2 for %3.", nullptr, verdict.images)
            .arg(dice(verdict.candidateDice), dice(verdict.activeDice), rival);
    return tr("But it is worse than the active model on the same %n validation image(s): Dice %1 against "
              "%2 (%3 less), so %4 stays active. %5 is kept: make it active in the Models panel if you "
              "want it anyway.",
              nullptr, verdict.images)
        .arg(dice(verdict.candidateDice), dice(verdict.activeDice),
             dice(verdict.activeDice - verdict.candidateDice), rival, model);
}

QString TrainingController::finishMessage(StopReason reason, const QString &error,
                                          const QString &model, bool active) const
{
    const int epochs = int(m_history.size());
    QString text;
    switch (reason) {
    case StopReason::Completed:
        text = tr("Training finished: %n epoch(s).", nullptr, epochs);
        break;
    case StopReason::EarlyStopped:
        text = tr("Training stopped early after %n epoch(s): the validation Dice had stopped improving.",
                  nullptr, epochs);
        break;
    case StopReason::TimeBudget:
        text = tr("Training used its time budget: %n epoch(s).", nullptr, epochs);
        break;
    case StopReason::Cancelled:
        text = tr("Training stopped after %n epoch(s).", nullptr, epochs);
        break;
    case StopReason::Failed:
    case StopReason::None:
        text = tr("Training failed: %1").arg(error.isEmpty() ? tr("unknown error") : error);
        break;
    }
    if (m_progress.bestDice >= 0 && epochs > 0)
        text += QLatin1Char(' ')
                + tr("Best validation Dice %1 (epoch %2).")
                      .arg(QLocale().toString(m_progress.bestDice, 'f', 3))
                      .arg(m_progress.bestEpoch);
    if (active)
        text += QLatin1Char(' ') + tr("%1 is now the active model.").arg(model);
    else if (epochs == 0 && reason != StopReason::Failed)
        text += QLatin1Char(' ') + tr("No epoch had finished: nothing was kept, the active model is unchanged.");
    return text;
}

// ---- Live predictions of the image on screen ----------------------------------------------

void TrainingController::setCurrentSample(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    // Moving to another image while the run goes on shows its prediction at once, not at the
    // next epoch end.
    if (m_state == State::Training && !m_history.isEmpty())
        predictCurrent();
}

bool TrainingController::canPredictLive() const
{
    return m_worker && m_runSession && m_session == m_runSession && !m_currentId.isEmpty()
           && !m_runName.isEmpty() && m_runSession->workspace() && !m_clickRun;
}

void TrainingController::predictCurrent()
{
    if (!canPredictLive())
        return;
    const int index = m_runSession->dataset().indexOf(m_currentId);
    if (index < 0)
        return;
    if (m_imageId == m_currentId) {
        if (!m_image.empty()) {
            // While the run goes on, its current weights; once it ended, the model it wrote.
            // Either way the prediction is filed under the run's own name, never another's.
            const QString weights = m_job ? QString() : m_runPath;
            const JobId request = m_worker->predict(weights, kLiveTag, m_image);
            m_requests.insert(request, LiveRequest{m_runSession, index, m_runName});
        }
        return;
    }
    // Decoded once per image, off the GUI thread; the request follows when it is ready.
    m_wantPrediction = true;
    if (m_decoding)
        return;
    m_decoding = true;
    const QString id = m_currentId;
    const QString path = m_runSession->sample(index).imagePath;
    runThen<cv::Mat>(
        this, &m_pool,
        [path] {
            QString why;
            return readImageRgb(path, &why);
        },
        [this, id](const cv::Mat &rgb) {
            m_decoding = false;
            m_imageId = id;   // an unreadable image is not tried again every epoch
            m_image = rgb;
            if (m_wantPrediction) {
                m_wantPrediction = false;
                predictCurrent();
            }
        });
}

void TrainingController::onPrediction(JobId job, const Prediction &prediction)
{
    if (!m_requests.contains(job))
        return;
    const LiveRequest live = m_requests.take(job);
    const PredictionStore store = live.session->predictions(live.model);
    const QString sampleId = live.session->sample(live.index).id;
    const cv::Mat mask = prediction.mask;
    const cv::Mat probability = prediction.probability;
    runThen<WriteResult>(
        this, &m_pool,
        [live, store, sampleId, mask, probability] {
            WriteResult result;
            if (store.write(sampleId, mask, probability, &result.error)) {
                result.ok = true;
                result.score = scoreSample(*live.session, live.index, live.model);
            }
            return result;
        },
        [this, live](const WriteResult &result) {
            if (result.ok && live.session == m_session)
                Q_EMIT predictionWritten(live.index, live.model, result.score);
        });
}

// ---- Corrections --------------------------------------------------------------------------

void TrainingController::sampleCorrected(const QString &id)
{
    if (m_session && m_session->workspace() && !isRunning())
        refresh();   // a new mask may be what makes training possible
    if (!isRunning() || !m_worker || !m_runSession || !m_runSession->workspace())
        return;
    const int index = m_runSession->dataset().indexOf(id);
    if (index < 0)
        return;
    Workspace *workspace = m_runSession->workspace();
    const Sample &sample = m_runSession->sample(index);
    const QString mask = workspace->effectiveMaskPath(sample);
    if (mask.isEmpty())
        return;   // the mask was removed: the run keeps what it read
    // An image masked for the first time gets its side of the fixed split now, for good.
    if (workspace->splitSide(id) == SplitSide::Unassigned) {
        QVector<TrainingSample> samples;
        collectSplitSamples(*workspace, m_base.validationFraction, m_base.seed, &samples, nullptr);
    }
    m_worker->updateSample(
        TrainingSample{sample.id, sample.imagePath, mask, cv::Mat(), workspace->splitSide(id)});
    ++m_corrections;
    refresh();
}

} // namespace dermask::core
