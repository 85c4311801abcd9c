#include "ui/mainwindow/startupoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dermask::ui {

QStringList toolNames()
{
    return {QStringLiteral("pan"), QStringLiteral("brush"), QStringLiteral("eraser"), QStringLiteral("lasso"),
            QStringLiteral("flood"), QStringLiteral("grabcut"), QStringLiteral("click"),
            QStringLiteral("prediction-lasso")};
}

StartupOptions parseStartupOptions(const QStringList &arguments)
{
    StartupOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("StartupOptions", "Browse dermoscopy datasets and inspect nevus masks."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QCoreApplication::translate("StartupOptions",
                                                                "Open the synthetic sample dataset "
                                                                "(generated on first use)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("StartupOptions",
                                                                    "Draw the window at 1400x900 with the "
                                                                    "dataset's first image, save it as "
                                                                    "PNG <file> and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("StartupOptions",
                                                              "User interface language, e.g. he "
                                                              "(Hebrew, right to left) or en."),
                                  QStringLiteral("language"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QCoreApplication::translate("StartupOptions",
                                                                   "Keep the dataset's workspace in "
                                                                   "<dir> instead of DIR/.dermask."),
                                       QStringLiteral("dir"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QCoreApplication::translate("StartupOptions",
                                                               "The model file (.pt) that Predict uses."),
                                   QStringLiteral("file"));
    const QCommandLineOption tool(QStringLiteral("tool"),
                                  QCoreApplication::translate("StartupOptions",
                                                              "Start with an editing tool active: %1.")
                                      .arg(toolNames().join(QStringLiteral(", "))),
                                  QStringLiteral("name"));
    parser.addOptions({sample, screenshot, lang, workspace, model, tool});
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QCoreApplication::translate("StartupOptions",
                                                             "Dataset folder to open (default: the "
                                                             "last one)."),
                                 QStringLiteral("[DIR]"));
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(help)) {
        parser.showHelp(0);  // exits
    }
    if (parser.isSet(version)) {
        parser.showVersion();  // exits
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        options.error = QCoreApplication::translate("StartupOptions", "Only one dataset folder can be "
                                                                      "opened, got: %1")
                            .arg(positional.join(QStringLiteral(", ")));
        return options;
    }
    options.datasetDir = positional.value(0);
    options.sample = parser.isSet(sample);
    options.screenshotFile = parser.value(screenshot);
    options.language = parser.value(lang);
    options.workspaceDir = parser.value(workspace);
    options.modelFile = parser.value(model);
    options.tool = parser.value(tool);
    if (parser.isSet(tool) && !toolNames().contains(options.tool))
        options.error = QCoreApplication::translate("StartupOptions", "--tool must be one of %1, not '%2'")
                            .arg(toolNames().join(QStringLiteral(", ")), options.tool);
    if (parser.isSet(screenshot) && options.screenshotFile.isEmpty())
        options.error = QCoreApplication::translate("StartupOptions", "--screenshot needs a file name");
    if (options.sample && !options.datasetDir.isEmpty())
        options.error = QCoreApplication::translate("StartupOptions",
                                                    "--sample and a dataset folder exclude each other");
    return options;
}

} // namespace dermask::ui
