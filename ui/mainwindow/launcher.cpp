#include "ui/mainwindow/launcher.h"

#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/screenshot.h"
#include "ui/mainwindow/startupoptions.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

namespace dermask::ui {

namespace {

/// For tests/bench/bench_startup and the start-up test (DERMASK_STARTUP_PROBE set): prints
/// "window" when the window is first painted and "image" when the first image is, then quits
/// (after the window when no dataset is opened). The caller times the lines.
class StartupProbe : public QObject
{
public:
    StartupProbe(MainWindow *window, bool waitForImage) : QObject(window), m_waitForImage(waitForImage)
    {
        qApp->installEventFilter(this);  // the first paint of any of its widgets
        connect(window, &MainWindow::sampleShown, this, [this] { report("image", true); });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_windowShown && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == parent()) {
            m_windowShown = true;
            // Reported after this paint has been handled, so the pixels are there.
            QTimer::singleShot(0, this, [this] { report("window", !m_waitForImage); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report(const char *what, bool last)
    {
        std::printf("%s\n", what);
        std::fflush(stdout);
        if (last)
            QCoreApplication::exit(0);
    }

    bool m_waitForImage;
    bool m_windowShown = false;
};

} // namespace

int runGui(QApplication &app, const StartupOptions &options)
{
    const bool screenshot = !options.screenshotFile.isEmpty();
    MainWindow::Options windowOptions;
    // A screenshot is reproducible: default layout and overlays, and the user's settings
    // are neither read nor changed.
    windowOptions.persistent = !screenshot;
    windowOptions.workspaceDir = options.workspaceDir;
    MainWindow window(windowOptions);
    if (!options.modelFile.isEmpty())
        window.setModelFile(options.modelFile);
    if (!options.tool.isEmpty())
        window.selectTool(options.tool);
    if (screenshot)
        window.resize(1400, 900);
    window.show();

    const bool opens = options.sample || !options.datasetDir.isEmpty();
    if (qEnvironmentVariableIsSet("DERMASK_STARTUP_PROBE"))
        new StartupProbe(&window, opens);
    ScreenshotTaker *taker = nullptr;
    if (screenshot)
        taker = new ScreenshotTaker(&window, options.screenshotFile, opens);
    // Opening starts once the event loop runs, so the window appears first.
    QTimer::singleShot(0, &window, [&window, &options] {
        if (options.sample)
            window.openSampleDataset();
        else if (!options.datasetDir.isEmpty())
            window.openDataset(options.datasetDir);
        else
            window.restoreLastDataset();
    });
    const int code = app.exec();
    return taker ? taker->exitCode() : code;
}

} // namespace dermask::ui
