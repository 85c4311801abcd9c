// dermask-cli: Dermask's command-line front end. Links dermask_core only, so it runs on a
// server without a display.

#include "app/cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace dermask::cli;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

const Command kCommands[] = {
    {"info", "Show a dataset's layout, pairs, orphans and refused files", runInfo},
    {"sample", "Write the synthetic sample dataset", runSample},
    {"evaluate", "Score predicted masks against truth (Dice, IoU, ...)", runEvaluate},
    {"evaluate-clicks", "Count the clicks a method needs to correct each mask (NoC@85/90)", runEvaluateClicks},
    {"export", "Write each sample's effective mask as PNG", runExport},
    {"train", "Train a segmentation network on a dataset", runTrain},
    {"predict", "Predict masks with a trained model", runPredict},
    {"simulate", "Play an annotator: does correcting pay off, and which images first", runSimulate},
};

void printUsage(FILE *stream)
{
    QTextStream s(stream);
    s << "Usage: dermask-cli <command> [options]\n\n"
         "Dermask: nevus masks for dermoscopy images.\n\nCommands:\n";
    for (const Command &c : kCommands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(17) << c.summary << "\n";
    s << "\nRun 'dermask-cli <command> --help' for a command's options.\n"
         "Exit codes: 0 ok, 1 runtime error, 2 usage error.\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Dermask"));
    QCoreApplication::setOrganizationName(QStringLiteral("Dermask"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DERMASK_VERSION));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(stderr);
        return UsageError;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("-h") || name == QLatin1String("--help") || name == QLatin1String("help")) {
        printUsage(stdout);
        return Ok;
    }
    if (name == QLatin1String("--version")) {
        printLine(QStringLiteral("dermask-cli %1").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name)) {
            // The command sees "dermask-cli <command>" as its program name.
            args.removeAt(1);
            args[0] = QStringLiteral("dermask-cli ") + name;
            return c.run(args);
        }
    }
    printError(QStringLiteral("unknown command '%1'").arg(name));
    printUsage(stderr);
    return UsageError;
}
