#pragma once
// --screenshot: waits until the window shows the dataset's first image with its overlays,
// its visible thumbnails and its scores, then saves the window as PNG and quits.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace dermask::ui {

class MainWindow;

class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    /// @p expectDataset: a dataset is being opened, wait for its first image.
    ScreenshotTaker(MainWindow *window, const QString &file, bool expectDataset);

    /// Exit code once done: 0 saved after a complete draw, 1 otherwise.
    int exitCode() const { return m_exitCode; }

private:
    void poll();
    void save(bool complete, const QString &problem);

    MainWindow *m_window;
    QString m_file;
    bool m_expectDataset;
    bool m_shown = false;
    bool m_failed = false;
    QString m_failure;
    int m_exitCode = 1;
    QTimer m_poll;
    QElapsedTimer m_clock;
    qint64 m_shownAt = -1;
};

} // namespace dermask::ui
