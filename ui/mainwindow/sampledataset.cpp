#include "ui/mainwindow/sampledataset.h"

#include "core/synthetic/generator.h"
#include "core/util/background.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPromise>
#include <QStandardPaths>
#include <QtConcurrent/qtconcurrentrun.h>

namespace dermask::ui {

namespace {

/// Writes the sample dataset into @p target (SampleDataset::ensure's job). Returns the error,
/// empty on success or when cancelled.
QString writeSampleDataset(const QString &target, QPromise<QString> &promise)
{
    promise.setProgressRange(0, SampleDataset::kCount);
    // Written next to the target and renamed at the end, so an interrupted run never
    // leaves a half dataset that looks complete.
    const QString partial = target + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial))
        return QCoreApplication::translate("SampleDataset", "%1: cannot create the folder")
            .arg(QDir::toNativeSeparators(partial));
    QString error;
    const bool ok = core::writeSyntheticDataset(
        partial, SampleDataset::kCount, SampleDataset::kSeed, &error, cv::Size(768, 576), [&promise](int done, int) {
            promise.setProgressValue(done);
            return !promise.isCanceled();
        });
    if (!ok) {
        QDir(partial).removeRecursively();
        return promise.isCanceled() ? QString() : error;
    }
    QDir(target).removeRecursively();  // an incomplete earlier attempt without images/
    if (!QDir().rename(partial, target))
        return QCoreApplication::translate("SampleDataset", "%1: cannot rename to %2")
            .arg(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(target));
    return QString();
}

} // namespace

SampleDataset::SampleDataset(QWidget *parent) : QObject(parent), m_parent(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &SampleDataset::onFinished);
}

SampleDataset::~SampleDataset()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QString SampleDataset::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sample"));
}

bool SampleDataset::exists()
{
    // The folder only appears, by rename, once every sample is written.
    return QFileInfo(QDir(folder()).filePath(QStringLiteral("images"))).isDir();
}

void SampleDataset::ensure()
{
    if (exists()) {
        Q_EMIT ready(folder());
        return;
    }
    if (isRunning())
        return;
    m_dialog = new QProgressDialog(tr("Generating the sample dataset (%n image(s))…", nullptr, kCount),
                                   tr("Cancel"), 0, kCount, m_parent);
    m_dialog->setWindowTitle(tr("Sample dataset"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<QString>::cancel);
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, m_dialog,
            &QProgressDialog::setValue);
    m_dialog->show();

    const QString target = folder();
    m_watcher.setFuture(core::runReporting<QString>(QThreadPool::globalInstance(), [target](QPromise<QString> &promise) {
        const QString error = writeSampleDataset(target, promise);
        core::handOver();
        promise.addResult(error);
    }));
}

void SampleDataset::onFinished()
{
    if (m_dialog) {
        m_dialog->close();
        m_dialog->deleteLater();
    }
    if (m_watcher.isCanceled() && !exists())
        return;  // the user cancelled: nothing to report
    const QString error = m_watcher.future().resultCount() > 0 ? m_watcher.result() : QString();
    if (!error.isEmpty() || !exists())
        Q_EMIT failed(error.isEmpty() ? tr("The sample dataset could not be generated.") : error);
    else
        Q_EMIT ready(folder());
}

} // namespace dermask::ui
