#include "ui/mainwindow/screenshot.h"

#include "ui/canvas/imagecanvas.h"
#include "ui/mainwindow/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMouseEvent>
#include <QPixmap>
#include <cstdio>

namespace dermask::ui {

namespace {

// A dataset that has not shown its first image after this long is reported as such.
constexpr qint64 kTimeoutMs = 90'000;
// After the image is drawn, thumbnails and scores get this long to fill in.
constexpr qint64 kSettleMs = 20'000;

} // namespace

ScreenshotTaker::ScreenshotTaker(MainWindow *window, const QString &file, bool expectDataset)
    : QObject(window), m_window(window), m_file(file), m_expectDataset(expectDataset)
{
    connect(window, &MainWindow::sampleShown, this, [this] { m_shown = true; });
    connect(window, &MainWindow::datasetOpened, this, [this] {
        if (!m_window->session() || m_window->session()->count() == 0)
            m_shown = true;  // an empty dataset shows its message; nothing more will come
    });
    connect(window, &MainWindow::datasetFailed, this, [this](const QString &error) {
        m_failed = true;
        m_failure = error;
    });
    m_clock.start();
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTaker::poll);
    m_poll.start();
}

void ScreenshotTaker::poll()
{
    const qint64 now = m_clock.elapsed();
    if (m_failed) {
        save(false, m_failure);
        return;
    }
    if (!m_expectDataset) {
        if (now > 300)
            save(true, QString());
        return;
    }
    if (!m_shown) {
        if (now > kTimeoutMs)
            save(false, QStringLiteral("the first image was not drawn within %1 s").arg(kTimeoutMs / 1000));
        return;
    }
    if (m_shownAt < 0)
        m_shownAt = now;
    if (m_window->isSettled() || now - m_shownAt > kSettleMs)
        save(true, QString());
}

void ScreenshotTaker::save(bool complete, const QString &problem)
{
    m_poll.stop();
    // With a tool chosen (--tool), the mouse rests on the image so its cursor mark shows.
    ImageCanvas *canvas = m_window->findChild<ImageCanvas *>();
    if (canvas && canvas->tool()) {
        const QPointF centre(canvas->width() / 2.0, canvas->height() / 2.0);
        QMouseEvent move(QEvent::MouseMove, centre, canvas->mapToGlobal(centre), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(canvas, &move);
    }
    // One more round of events so the last thumbnails and scores are painted.
    m_window->repaint();
    const QPixmap shot = m_window->grab();
    const QString path = QFileInfo(m_file).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!shot.save(path, "PNG")) {
        std::fprintf(stderr, "dermask: %s: cannot write the screenshot\n", qPrintable(QDir::toNativeSeparators(path)));
        m_exitCode = 1;
    } else if (!complete) {
        std::fprintf(stderr, "dermask: screenshot saved to %s, but %s\n",
                     qPrintable(QDir::toNativeSeparators(path)), qPrintable(problem));
        m_exitCode = 1;
    } else {
        m_exitCode = 0;
    }
    QCoreApplication::exit(m_exitCode);
}

} // namespace dermask::ui
