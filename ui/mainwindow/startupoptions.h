#pragma once
// The command line of the `dermask` program.
//   dermask [DIR]                       open DIR (no DIR: the last dataset)
//   dermask --sample                    generate the sample dataset once and open it
//   dermask --screenshot FILE [DIR]     draw the window at 1400x900, save a PNG, exit
//   --lang L                            user interface language (he: Hebrew, right to left)
//   --workspace W                       keep the workspace in W instead of DIR/.dermask
//   --model FILE                        the model "Predict" uses
//   --tool NAME                         start with an editing tool active (brush, lasso, ...)

#include <QString>
#include <QStringList>

namespace dermask::ui {

struct StartupOptions
{
    QString datasetDir;
    QString screenshotFile;
    QString language;
    QString workspaceDir;
    QString modelFile;
    QString tool;             ///< editing tool to start with (toolNames()), or empty
    bool sample = false;
    QString error;            ///< a usage error: print it and exit 2

    bool ok() const { return error.isEmpty(); }
};

/// The names --tool accepts: pan, brush, eraser, lasso, flood, grabcut, prediction-lasso.
QStringList toolNames();

/// Parses @p arguments (arguments()[0] is the program). Prints --help/--version itself.
StartupOptions parseStartupOptions(const QStringList &arguments);

} // namespace dermask::ui
