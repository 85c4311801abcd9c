#pragma once
/// @file An open dataset as both front ends use it: the scan, its workspace, the statuses, the
/// prediction store of each model, and "the layers of one sample" (samplelayers.h). Immutable
/// once opened apart from the thread-safe workspace calls, so it is shared (SessionPtr)
/// between the GUI thread and the threads that decode, score, predict and save.

#include "core/dataset/dataset.h"
#include "core/session/predictionstore.h"
#include "core/workspace/workspace.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <opencv2/core.hpp>

namespace dermask::core {

class DatasetSession
{
public:
    /// Scans @p dir and opens its workspace (at @p workspaceDir when given). Slow on big
    /// folders: call it off the GUI thread. Returns null with @p error when the folder cannot
    /// be read; a workspace that cannot be created only adds a @p warning (viewing still works).
    static std::shared_ptr<DatasetSession> open(const QString &dir, const QString &workspaceDir,
                                                QString *error, QStringList *warnings);
    /// Scans @p dir without opening (or creating) a workspace: for commands that only read.
    static std::shared_ptr<DatasetSession> scan(const QString &dir, QString *error);

    /// A session over an already scanned dataset, no workspace (tests).
    explicit DatasetSession(Dataset dataset);
    ~DatasetSession();
    DatasetSession(const DatasetSession &) = delete;
    DatasetSession &operator=(const DatasetSession &) = delete;

    const Dataset &dataset() const { return m_dataset; }
    int count() const { return int(m_dataset.samples.size()); }
    const Sample &sample(int index) const { return m_dataset.samples.at(index); }
    /// Unique per opened session, so late results of an older session are recognised.
    quint64 serial() const { return m_serial; }
    /// The workspace, or null when none could be opened.
    Workspace *workspace() const { return m_workspace.get(); }
    QString workspacePath() const;

    /// The user's correction if any, else the dataset's mask, else empty.
    QString effectiveMaskPath(int index) const;
    bool hasAnnotation(int index) const;
    /// The effective mask decoded at the image's size (@p expected), or empty (+ @p error).
    cv::Mat effectiveMask(int index, cv::Size expected, QString *error) const;
    SampleStatus status(int index) const;

    /// Names of the models with a predictions/<model>/ folder, newest first.
    QStringList predictionModels() const;
    /// The model whose predictions to show first: the active one if it has predictions, else
    /// the newest prediction folder, else the active model (predictions may come later).
    QString defaultPredictionModel() const;
    /// The predictions of @p model (predictions/<model>/); a null store without a workspace
    /// or a model.
    PredictionStore predictions(const QString &model) const;

private:
    Dataset m_dataset;
    std::unique_ptr<Workspace> m_workspace;
    quint64 m_serial = 0;
};

using SessionPtr = std::shared_ptr<const DatasetSession>;

} // namespace dermask::core
