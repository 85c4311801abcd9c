#pragma once
// An open dataset as the UI uses it: the scan result plus its workspace, shared (read-only
// apart from the thread-safe workspace calls) between the GUI thread and the loader threads.

#include "core/dataset/dataset.h"
#include "core/workspace/workspace.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <opencv2/core.hpp>

namespace dermask::ui {

class DatasetSession
{
public:
    /// Scans @p dir and opens its workspace (at @p workspaceDir when given). Slow on big
    /// folders: call it off the GUI thread. Returns null with @p error when the folder cannot
    /// be read; a workspace that cannot be created only adds a @p warning (viewing still works).
    static std::shared_ptr<DatasetSession> open(const QString &dir, const QString &workspaceDir,
                                                QString *error, QStringList *warnings);

    /// A session over an already scanned dataset, no workspace (tests).
    explicit DatasetSession(core::Dataset dataset);
    ~DatasetSession();
    DatasetSession(const DatasetSession &) = delete;
    DatasetSession &operator=(const DatasetSession &) = delete;

    const core::Dataset &dataset() const { return m_dataset; }
    int count() const { return int(m_dataset.samples.size()); }
    const core::Sample &sample(int index) const { return m_dataset.samples.at(index); }
    /// Unique per opened session, so late results of an older session are recognised.
    quint64 serial() const { return m_serial; }
    /// The workspace, or null when none could be opened.
    core::Workspace *workspace() const { return m_workspace.get(); }
    QString workspacePath() const;

    /// The user's correction if any, else the dataset's mask, else empty.
    QString effectiveMaskPath(int index) const;
    bool hasAnnotation(int index) const;
    /// The effective mask decoded at the image's size (@p expected), or empty (+ @p error).
    cv::Mat effectiveMask(int index, cv::Size expected, QString *error) const;
    core::SampleStatus status(int index) const;

    /// Names of the models with a predictions/<model>/ folder, newest first.
    QStringList predictionModels() const;
    /// The model whose predictions to show first: the active one if it has predictions, else
    /// the newest prediction folder, else the active model (predictions may come later).
    QString defaultPredictionModel() const;
    /// predictions/<model>/ of the workspace; empty without a workspace or model.
    QString predictionsFolder(const QString &model) const;
    QString predictionPath(int index, const QString &model) const;   ///< <dir>/<id>.png
    QString probabilityPath(int index, const QString &model) const;  ///< <dir>/<id>_prob.png

private:
    core::Dataset m_dataset;
    std::unique_ptr<core::Workspace> m_workspace;
    quint64 m_serial = 0;
};

using SessionPtr = std::shared_ptr<const DatasetSession>;

} // namespace dermask::ui
