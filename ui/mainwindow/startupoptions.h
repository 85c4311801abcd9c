#pragma once
// The command line of the `dermask` program.
//   dermask [DIR]                       open DIR (no DIR: the last dataset)
//   dermask --sample                    generate the sample dataset once and open it
//   dermask --screenshot FILE [DIR]     draw the window at 1400x900, save a PNG, exit
//   --lang L                            user interface language (he: Hebrew, right to left)
//   --workspace W                       keep the workspace in W instead of DIR/.dermask
//   --model FILE                        the model "Predict" uses

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
    bool sample = false;
    QString error;            ///< a usage error: print it and exit 2

    bool ok() const { return error.isEmpty(); }
};

/// Parses @p arguments (arguments()[0] is the program). Prints --help/--version itself.
StartupOptions parseStartupOptions(const QStringList &arguments);

} // namespace dermask::ui
