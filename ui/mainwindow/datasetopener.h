#pragma once
// The ways into a dataset: the welcome page's buttons and recent list, File ▸ Open, Open
// Recent, the built-in sample dataset, a folder (or a file in it) dropped on the window, and
// the dataset of the last session. The scan and the workspace (core::DatasetSession::open) run in the background
// and the newest request wins; the folders opened are remembered for the next time.

#include "core/session/datasetsession.h"
#include "core/util/background.h"

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace dermask::ui {

class SampleDataset;
class WelcomePage;

class DatasetOpener : public QObject
{
    Q_OBJECT
public:
    /// Workspaces go to @p workspaceDir when given (--workspace); @p persistent: the recent
    /// folders live in QSettings. Dialogs open over @p window; @p welcome is its first page.
    DatasetOpener(const QString &workspaceDir, bool persistent, WelcomePage *welcome, QWidget *window);
    ~DatasetOpener() override;

    /// Opens @p dir in the background; opening(), then opened() or failed() follow.
    void open(const QString &dir);
    /// Asks for a folder (starting at @p start) and opens it.
    void chooseAndOpen(const QString &start);
    /// Generates the sample dataset if needed, then opens it.
    void openSample();
    /// Opens the dataset of the last session; false when there is none (the welcome page says
    /// so when it has gone).
    bool openLast();
    bool isOpening() const { return m_watcher.isRunning(); }
    /// File ▸ Open Recent.
    QMenu *recentMenu() const { return m_recentMenu; }

Q_SIGNALS:
    void opening(const QString &dir);
    void opened(dermask::core::SessionPtr session, const QStringList &warnings);
    /// Opening failed: @p title says what was tried, @p error what went wrong.
    void failed(const QString &title, const QString &error);

protected:
    /// Drops on the window.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Result
    {
        QString dir;
        std::shared_ptr<core::DatasetSession> session;
        QString error;
        QStringList warnings;
    };
    void onFinished();
    QStringList recent() const;
    void remember(const QString &dir);
    void showRecent();

    QString m_workspaceDir;
    bool m_persistent;
    WelcomePage *m_welcome;
    QWidget *m_window;
    SampleDataset *m_sample;
    QMenu *m_recentMenu;
    core::Watcher<Result> m_watcher;
};

} // namespace dermask::ui
