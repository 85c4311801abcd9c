#include "ui/mainwindow/datasetopener.h"

#include "ui/common/retranslate.h"
#include "ui/mainwindow/sampledataset.h"
#include "ui/mainwindow/welcomepage.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QWidget>
#include <QtConcurrent/qtconcurrentrun.h>

namespace dermask::ui {

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("session/recent");
const QString kLastKey = QStringLiteral("session/lastDataset");

/// The folder a dropped URL names: the folder itself, or the one a dropped file is in.
QString folderOf(const QMimeData *data)
{
    const QList<QUrl> urls = data ? data->urls() : QList<QUrl>();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return {};
    const QFileInfo info(urls.first().toLocalFile());
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

} // namespace

DatasetOpener::DatasetOpener(const QString &workspaceDir, bool persistent, WelcomePage *welcome,
                             QWidget *window)
    : QObject(window), m_workspaceDir(workspaceDir), m_persistent(persistent), m_welcome(welcome),
      m_window(window), m_sample(new SampleDataset(window)),
      m_recentMenu(new QMenu(window))
{
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &DatasetOpener::onFinished);
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
    connect(m_welcome, &WelcomePage::openRequested, this, [this] { chooseAndOpen(QDir::homePath()); });
    connect(m_welcome, &WelcomePage::sampleRequested, this, &DatasetOpener::openSample);
    connect(m_welcome, &WelcomePage::recentRequested, this, &DatasetOpener::open);
    connect(m_sample, &SampleDataset::ready, this, &DatasetOpener::open);
    connect(m_sample, &SampleDataset::failed, this,
            [this](const QString &error) { Q_EMIT failed(tr("Sample dataset"), error); });
    showRecent();
    retranslateNowAndOnChange(this, [this] { m_recentMenu->setTitle(tr("Open &Recent")); });
}

DatasetOpener::~DatasetOpener()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void DatasetOpener::open(const QString &dir)
{
    if (dir.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        // The newest request wins; the older scan finishes unseen.
        m_watcher.disconnect(this);
        m_watcher.waitForFinished();
        connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &DatasetOpener::onFinished);
    }
    const QString target = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QString workspaceDir = m_workspaceDir;
    Q_EMIT opening(target);
    m_watcher.setFuture(core::runInBackground(QThreadPool::globalInstance(), [target, workspaceDir] {
        Result result;
        result.dir = target;
        result.session = core::DatasetSession::open(target, workspaceDir, &result.error, &result.warnings);
        return result;
    }));
}

bool DatasetOpener::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!folderOf(drag->mimeData()).isEmpty())
            drag->acceptProposedAction();
        return true;
    }
    if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString dir = folderOf(drop->mimeData());
        if (!dir.isEmpty()) {
            drop->acceptProposedAction();
            open(dir);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void DatasetOpener::chooseAndOpen(const QString &start)
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Open Dataset Folder"), start);
    if (!dir.isEmpty())
        open(dir);
}

void DatasetOpener::openSample()
{
    m_sample->ensure();
}

bool DatasetOpener::openLast()
{
    const QString last = m_persistent ? QSettings().value(kLastKey).toString() : QString();
    if (last.isEmpty())
        return false;
    if (!QFileInfo(last).isDir()) {
        m_welcome->setNote([last] {
            return tr("The last dataset, %1, is no longer there.").arg(QDir::toNativeSeparators(last));
        });
        return false;
    }
    open(last);
    return true;
}

void DatasetOpener::onFinished()
{
    const Result result = m_watcher.result();
    if (!result.session) {
        // The core's reason stays in the language it was given in.
        const std::function<QString()> error = [result] {
            return result.error.isEmpty() ? tr("%1: cannot open").arg(result.dir) : result.error;
        };
        m_welcome->setNote(error);
        Q_EMIT failed(tr("Open Dataset"), error());
        return;
    }
    remember(result.session->dataset().root);
    Q_EMIT opened(result.session, result.warnings);
}

QStringList DatasetOpener::recent() const
{
    return m_persistent ? QSettings().value(kRecentKey).toStringList() : QStringList();
}

void DatasetOpener::remember(const QString &dir)
{
    if (!m_persistent)
        return;
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(dir);
    recent.prepend(dir);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(kLastKey, dir);
    showRecent();
}

void DatasetOpener::showRecent()
{
    const QStringList folders = recent();
    m_welcome->setRecent(folders);
    m_recentMenu->clear();
    for (const QString &dir : folders) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(dir));
        connect(action, &QAction::triggered, this, [this, dir] { open(dir); });
    }
    m_recentMenu->setEnabled(!folders.isEmpty());
}

} // namespace dermask::ui
