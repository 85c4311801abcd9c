#pragma once
/// @file The models of a workspace (models/<name>.pt with its sidecar) as the Models panel
/// shows them, and what can be done with them: make active, rename, delete, import, export.
/// A model's files, its predictions folder and what project.json records of it move together.
/// Plain file work without widgets, safe on any thread; ModelScorer measures, on the model
/// worker, the models whose score on the fixed validation set is missing or out of date.

#include "core/engine/modelworker.h"
#include "core/session/datasetsession.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

namespace dermask::core {

/// One model as listed.
struct ModelEntry
{
    QString name;             ///< file stem: models/<name>.pt, predictions/<name>/
    QString path;
    QString network;          ///< networkNames() entry, or "torchscript"
    ModelTask task = ModelTask::Segment;  ///< a click model corrects masks; it predicts none
    QDateTime created;        ///< from the sidecar, else the file's time (UTC)
    ModelScore score;         ///< on the fixed validation set, as last measured
    int trainImages = -1;     ///< images it learnt from (-1: unknown)
    int corrections = -1;     ///< of those, masks the user had corrected
    QString parent;           ///< the model it was fine-tuned from (file name), or empty
    double seconds = -1.0;    ///< time spent training
    bool active = false;
    QString problem;          ///< why its description cannot be read, empty when fine
};

class ModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ModelCatalog)
public:
    /// Every models/*.pt of @p workspace, newest first.
    static QVector<ModelEntry> list(const Workspace &workspace);
    /// The newest click model of @p workspace that can be read, or "" when there is none.
    static QString newestClickModel(const Workspace &workspace);
    /// Renames model @p from to @p to: its .pt, sidecar, checkpoint and predictions folder,
    /// what project.json records (active, score) and the parent named by its fine-tunes.
    /// Nothing moves when any part cannot (a name taken, a file that cannot be renamed).
    static bool rename(Workspace &workspace, const QString &from, const QString &to, QString *error);
    /// Deletes model @p name with its files and predictions. The active model cannot go.
    static bool remove(Workspace &workspace, const QString &name, QString *error);
    /// Copies the model file @p file (a Dermask model with its sidecar, or a TorchScript
    /// module) into models/ under its own name (made unique), after checking it loads.
    /// @p name receives the name it got.
    static bool import(Workspace &workspace, const QString &file, QString *name, QString *error);
    /// A name for a model to come from @p stem: @p stem, or "<stem>-2", "-3"... when taken.
    static QString freeName(const Workspace &workspace, const QString &stem);
};

/// Measures models on the workspace's fixed validation set, one evaluate() job at a time on
/// the model worker, and stores each score in project.json.
class ModelScorer : public QObject
{
    Q_OBJECT
public:
    explicit ModelScorer(ModelWorker *worker, QObject *parent = nullptr);
    ~ModelScorer() override;

    /// Measures every model of @p entries whose score is missing or was measured on another
    /// validation set (replacing what was queued before).
    void measure(SessionPtr session, const QVector<ModelEntry> &entries);
    void cancel();
    bool isBusy() const { return m_job != 0; }

Q_SIGNALS:
    /// Model @p name has a new score in the workspace.
    void scored(const QString &name, const dermask::core::ModelScore &score);

private:
    void next();
    void onJobEnded(JobId job, const JobResult &result);

    QPointer<ModelWorker> m_worker;
    SessionPtr m_session;
    QVector<PredictionInput> m_inputs;
    QString m_set;
    QStringList m_queue;
    QString m_current;
    JobId m_job = 0;
};

} // namespace dermask::core
