#include "core/session/datasetsession.h"

#include "core/image/imageio.h"

#include <QCoreApplication>
#include <atomic>

namespace dermask::core {

namespace {

quint64 nextSerial()
{
    static std::atomic<quint64> serial{0};
    return ++serial;
}

} // namespace

DatasetSession::DatasetSession(Dataset dataset) : m_dataset(std::move(dataset)), m_serial(nextSerial()) {}

DatasetSession::~DatasetSession() = default;

std::shared_ptr<DatasetSession> DatasetSession::scan(const QString &dir, QString *error)
{
    Dataset dataset;
    if (!scanDataset(dir, &dataset, error))
        return {};
    return std::make_shared<DatasetSession>(std::move(dataset));
}

std::shared_ptr<DatasetSession> DatasetSession::open(const QString &dir, const QString &workspaceDir,
                                                     QString *error, QStringList *warnings)
{
    std::shared_ptr<DatasetSession> session = scan(dir, error);
    if (!session)
        return {};
    auto workspace = std::make_unique<Workspace>();
    QString workspaceError;
    QString warning;
    const bool opened = workspaceDir.isEmpty()
                            ? workspace->open(session->m_dataset, &workspaceError, &warning)
                            : workspace->openAt(session->m_dataset, workspaceDir, &workspaceError, &warning);
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
    const Sample &s = sample(index);
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
    return readMask(path, error, expected);
}

SampleStatus DatasetSession::status(int index) const
{
    const Sample &s = sample(index);
    if (m_workspace)
        return m_workspace->status(s.id);
    return s.hasMask() ? SampleStatus::Source : SampleStatus::Unlabeled;
}

QStringList DatasetSession::predictionModels() const
{
    return m_workspace ? m_workspace->predictionModels() : QStringList();
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

PredictionStore DatasetSession::predictions(const QString &model) const
{
    if (!m_workspace || model.isEmpty())
        return {};
    return PredictionStore(m_workspace->predictionsDir(model));
}

} // namespace dermask::core
