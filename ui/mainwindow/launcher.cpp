#include "ui/mainwindow/launcher.h"

#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/screenshot.h"
#include "ui/mainwindow/startupoptions.h"

#include <QApplication>
#include <QTimer>

namespace dermask::ui {

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

    ScreenshotTaker *taker = nullptr;
    if (screenshot)
        taker = new ScreenshotTaker(&window, options.screenshotFile,
                                    options.sample || !options.datasetDir.isEmpty());
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
