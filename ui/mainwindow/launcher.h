#pragma once
// What `dermask` does after parsing its command line: open the window on the right dataset,
// or draw it once for --screenshot and exit.

class QApplication;

namespace dermask::ui {

struct StartupOptions;

/// Runs the viewer; returns the process exit code.
int runGui(QApplication &app, const StartupOptions &options);

} // namespace dermask::ui
