#include "core/learning/modelcatalog.h"

#include "core/inference/predictor.h"
#include "core/learning/modelgate.h"
#include "core/model/modelinfo.h"
#include "core/training/trainingconfig.h"
#include "core/util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>

namespace dermask::core {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// The files of model @p path that exist: the model, its sidecar and its checkpoint.
QStringList modelFiles(const QString &path)
{
    QStringList files;
    for (const QString &file : {path, sidecarPath(path), defaultCheckpointPath(path)})
        if (QFileInfo::exists(file))
            files.append(file);
    return files;
}

/// @p file with the stem of model @p from replaced by @p to.
QString renamedFile(const QString &file, const QString &from, const QString &to)
{
    const QFileInfo info(file);
    return info.dir().filePath(to + info.fileName().mid(from.size()));
}

} // namespace

QVector<ModelEntry> ModelCatalog::list(const Workspace &workspace)
{
    QVector<ModelEntry> entries;
    const QString active = workspace.activeModel();
    const QFileInfoList files =
        QDir(workspace.modelsDir()).entryInfoList({QStringLiteral("*.pt")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        ModelEntry e;
        e.name = file.completeBaseName();
        e.path = file.absoluteFilePath();
        e.active = e.name == active;
        e.score = workspace.modelScore(e.name);
        e.created = file.lastModified().toUTC();
        ModelInfo info;
        if (!QFileInfo::exists(sidecarPath(e.path))) {
            e.network = QStringLiteral("torchscript");   // a module brought from elsewhere
        } else if (!readSidecar(e.path, &info, &e.problem)) {
            e.network = QStringLiteral("?");
        } else {
            e.network = info.network;
            e.task = info.task;
            if (info.created.isValid())
                e.created = info.created;
            e.parent = info.parent;
            e.trainImages = info.training.value(QStringLiteral("train_samples")).toInt(-1);
            e.corrections = info.training.value(QStringLiteral("corrected_samples")).toInt(-1);
            e.seconds = info.training.value(QStringLiteral("seconds")).toDouble(-1.0);
        }
        entries.append(e);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ModelEntry &a, const ModelEntry &b) { return a.created > b.created; });
    return entries;
}

QString ModelCatalog::newestClickModel(const Workspace &workspace)
{
    for (const ModelEntry &e : list(workspace))
        if (e.task == ModelTask::Click && e.problem.isEmpty())
            return e.path;
    return QString();
}

QString ModelCatalog::freeName(const Workspace &workspace, const QString &stem)
{
    QString name = stem;
    for (int n = 2; QFileInfo::exists(workspace.modelPath(name))
                    || QFileInfo::exists(defaultCheckpointPath(workspace.modelPath(name)));
         ++n)
        name = stem + QLatin1Char('-') + QString::number(n);
    return name;
}

bool ModelCatalog::rename(Workspace &workspace, const QString &from, const QString &to, QString *error)
{
    const QString source = workspace.modelPath(from);
    if (!QFileInfo::exists(source))
        return fail(error, tr("%1: no such model.").arg(native(source)));
    if (!Workspace::isValidModelName(to) || to.startsWith(QLatin1Char('.')))
        return fail(error, tr("\"%1\" cannot be a model name: it becomes a file name, so it cannot "
                              "contain / or \\ or start with a dot.").arg(to));
    if (to == from)
        return true;
    const QString target = workspace.modelPath(to);
    // Everything that moves, checked before anything does.
    QVector<QPair<QString, QString>> moves;
    for (const QString &file : modelFiles(source))
        moves.append({file, renamedFile(file, from, to)});
    const QString predictions = workspace.predictionsDir(from);
    if (QFileInfo::exists(predictions))
        moves.append({predictions, workspace.predictionsDir(to)});
    for (const auto &[a, b] : moves)
        if (QFileInfo::exists(b))
            return fail(error, tr("%1 already exists: choose another name.").arg(native(b)));
    for (int i = 0; i < moves.size(); ++i) {
        if (QDir().rename(moves[i].first, moves[i].second))
            continue;
        for (int j = i - 1; j >= 0; --j)   // put back what moved
            QDir().rename(moves[j].second, moves[j].first);
        return fail(error, tr("%1: cannot rename to %2.").arg(native(moves[i].first), native(moves[i].second)));
    }
    if (!workspace.renameModelRecord(from, to, error))
        return false;
    // Fine-tunes of this model name it as their parent.
    for (const ModelEntry &e : list(workspace)) {
        ModelInfo info;
        if (e.parent == QFileInfo(source).fileName() && readSidecar(e.path, &info, nullptr)) {
            info.parent = QFileInfo(target).fileName();
            writeSidecar(e.path, info, nullptr);
        }
    }
    return true;
}

bool ModelCatalog::remove(Workspace &workspace, const QString &name, QString *error)
{
    const QString path = workspace.modelPath(name);
    if (workspace.activeModel() == name)
        return fail(error, tr("%1 is the active model and cannot be deleted: make another model active first.")
                               .arg(name));
    for (const QString &file : modelFiles(path))
        if (!QFile::remove(file))
            return fail(error, tr("%1: cannot delete the file.").arg(native(file)));
    QDir predictions(workspace.predictionsDir(name));
    if (predictions.exists() && !predictions.removeRecursively())
        return fail(error, tr("%1: cannot delete the predictions folder.").arg(native(predictions.path())));
    return workspace.renameModelRecord(name, QString(), error);
}

bool ModelCatalog::import(Workspace &workspace, const QString &file, QString *name, QString *error)
{
    // Only what loads comes in: a broken file is refused here, with its reason.
    Predictor check;
    if (!check.load(file, error))
        return false;
    if (!QDir().mkpath(workspace.modelsDir()))
        return fail(error, tr("%1: cannot create the models folder.").arg(native(workspace.modelsDir())));
    const QString chosen = freeName(workspace, QFileInfo(file).completeBaseName());
    const QString target = workspace.modelPath(chosen);
    QStringList copies{file};
    if (QFileInfo::exists(sidecarPath(file)))
        copies.append(sidecarPath(file));
    QStringList written;
    for (const QString &source : copies) {
        const QString destination = source == file ? target : sidecarPath(target);
        // Copied beside the destination, then renamed: never half a model under its name.
        const QString partial = destination + QStringLiteral(".part");
        QFile::remove(partial);
        if (!QFile::copy(source, partial) || !QFile::rename(partial, destination)) {
            QFile::remove(partial);
            for (const QString &done : written)
                QFile::remove(done);
            return fail(error, tr("%1: cannot copy to %2.").arg(native(source), native(destination)));
        }
        written.append(destination);
    }
    if (name)
        *name = chosen;
    return true;
}

// ---- Scores on the fixed validation set ---------------------------------------------------

ModelScorer::ModelScorer(ModelWorker *worker, QObject *parent) : QObject(parent), m_worker(worker)
{
    connect(worker, &ModelWorker::jobEnded, this, &ModelScorer::onJobEnded);
}

ModelScorer::~ModelScorer()
{
    cancel();
}

void ModelScorer::measure(SessionPtr session, const QVector<ModelEntry> &entries)
{
    cancel();
    m_session = std::move(session);
    if (!m_session || !m_session->workspace())
        return;
    m_inputs = validationInputs(*m_session->workspace());
    if (m_inputs.isEmpty())
        return;   // no fixed validation set yet: nothing to measure on
    m_set = validationSetKey(m_inputs);
    for (const ModelEntry &e : entries)
        if (e.problem.isEmpty() && e.task == ModelTask::Segment
            && (e.score.dice < 0 || e.score.validationSet != m_set))
            m_queue.append(e.name);
    next();
}

void ModelScorer::cancel()
{
    m_queue.clear();
    if (m_job && m_worker)
        m_worker->cancel(m_job);
    m_job = 0;
}

void ModelScorer::next()
{
    if (m_job || m_queue.isEmpty() || !m_worker || !m_session)
        return;
    m_current = m_queue.takeFirst();
    m_job = m_worker->evaluate(m_session->workspace()->modelPath(m_current), m_inputs);
}

void ModelScorer::onJobEnded(JobId job, const JobResult &result)
{
    if (!job || job != m_job)
        return;
    m_job = 0;
    if (result.end == JobEnd::Finished && result.scored > 0) {
        const ModelScore score{result.dice, result.scored, m_set};
        if (m_session->workspace()->setModelScore(m_current, score, nullptr))
            Q_EMIT scored(m_current, score);
    }
    next();
}

} // namespace dermask::core
