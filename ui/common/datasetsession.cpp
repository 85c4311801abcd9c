#include "ui/common/datasetsession.h"

#include "core/image/imageio.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <atomic>

namespace dermask::ui {

namespace {

quint64 nextSerial()
{
    static std::atomic<quint64> serial{0};
    return ++serial;
}

} // namespace

DatasetSession::DatasetSession(core::Dataset dataset)
    : m_dataset(std::move(dataset)), m_serial(nextSerial())
{
}

DatasetSession::~DatasetSession() = default;

std::shared_ptr<DatasetSession> DatasetSession::open(const QString &dir, const QString &workspaceDir,
                                                     QString *error, QStringList *warnings)
{
    core::Dataset dataset;
    if (!core::scanDataset(dir, &dataset, error))
        return {};
    auto session = std::make_shared<DatasetSession>(dataset);
    auto workspace = std::make_unique<core::Workspace>();
    QString workspaceError;
    QString warning;
    const bool opened = workspaceDir.isEmpty()
                            ? workspace->open(dataset, &workspaceError, &warning)
                            : workspace->openAt(dataset, workspaceDir, &workspaceError, &warning);
    if (opened) {
        session->m_workspace = std::move(workspace);
    } else if (warnings) {
        warnings->append(QCoreApplication::translate("DatasetSession",
                                                     "No workspace could be created, so "
                                                     "statuses and predictions are unavailable: %1")
                             .arg(workspaceError));
    }
    if (!warning.isEmpty() && warnings)
        warnings->append(warning);
    return session;
}

QString DatasetSession::workspacePath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

QString DatasetSession::effectiveMaskPath(int index) const
{
    const core::Sample &s = sample(index);
    return m_workspace ? m_workspace->effectiveMaskPath(s) : s.maskPath;
}

bool DatasetSession::hasAnnotation(int index) const
{
    return m_workspace && m_workspace->hasAnnotation(sample(index).id);
}

cv::Mat DatasetSession::effectiveMask(int index, cv::Size expected, QString *error) const
{
    const QString path = effectiveMaskPath(index);
    if (path.isEmpty())
        return {};
    return core::readMask(path, error, expected);
}

core::SampleStatus DatasetSession::status(int index) const
{
    const core::Sample &s = sample(index);
    if (m_workspace)
        return m_workspace->status(s.id);
    return s.hasMask() ? core::SampleStatus::Source : core::SampleStatus::Unlabeled;
}

QStringList DatasetSession::predictionModels() const
{
    if (!m_workspace)
        return {};
    const QDir dir(QDir(m_workspace->path()).filePath(QStringLiteral("predictions")));
    QFileInfoList folders = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
    QStringList names;
    for (const QFileInfo &folder : folders)
        names.append(folder.fileName());
    return names;
}

QString DatasetSession::defaultPredictionModel() const
{
    if (!m_workspace)
        return {};
    const QString active = m_workspace->activeModel();
    const QStringList models = predictionModels();
    if (!active.isEmpty() && models.contains(active))
        return active;
    return models.isEmpty() ? active : models.first();
}

QString DatasetSession::predictionsFolder(const QString &model) const
{
    if (!m_workspace || model.isEmpty())
        return {};
    return m_workspace->predictionsDir(model);
}

QString DatasetSession::predictionPath(int index, const QString &model) const
{
    if (!m_workspace || model.isEmpty())
        return {};
    return QDir(m_workspace->predictionsDir(model)).filePath(sample(index).id + QLatin1String(".png"));
}

QString DatasetSession::probabilityPath(int index, const QString &model) const
{
    if (!m_workspace || model.isEmpty())
        return {};
    return QDir(m_workspace->predictionsDir(model))
        .filePath(sample(index).id + QLatin1String("_prob.png"));
}

} // namespace dermask::ui
