// dermask-cli export DIR --out OUT [--naming source|isic|plain]

#include "app/cli/cli.h"
#include "core/export/exporter.h"

#include <QDir>

namespace dermask::cli {

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes each sample's effective mask (the corrected mask from the workspace, else the "
        "dataset's own mask) as an 8-bit single-channel PNG, 0 = background, 255 = lesion, at "
        "its image's size. Each file appears atomically. Original files are never written."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The dataset folder."));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Folder to write the masks into."), QStringLiteral("OUT"));
    const QCommandLineOption namingOpt(
        QStringLiteral("naming"),
        QStringLiteral("File names: source (as the dataset's masks, default), isic "
                       "(<id>_segmentation.png) or plain (<id>.png)."),
        QStringLiteral("NAMING"), QStringLiteral("source"));
    parser.addOptions({outOpt, namingOpt});
    int code = Ok;
    if (!parseArguments(parser, args, 1, &code))
        return code;
    if (!parser.isSet(outOpt)) {
        printError(QStringLiteral("export needs --out OUT"));
        return UsageError;
    }
    core::ExportOptions options;
    options.outDir = parser.value(outOpt);
    if (!core::parseExportNaming(parser.value(namingOpt), &options.naming)) {
        printError(QStringLiteral("--naming must be source, isic or plain, not '%1'")
                       .arg(parser.value(namingOpt)));
        return UsageError;
    }

    const core::SessionPtr session = openSession(parser.positionalArguments().first());
    if (!session)
        return RuntimeError;

    const core::ExportResult result =
        core::exportMasks(*session->workspace(), options, [](int done, int total) {
            printProgress(QStringLiteral("export: %1/%2").arg(done).arg(total));
            return true;
        });
    finishProgress();
    for (const QString &e : result.errors)
        printError(e);
    printLine(QStringLiteral("wrote %1 masks to %2 (%3 samples without a mask)")
                  .arg(result.written)
                  .arg(QDir::toNativeSeparators(QDir(options.outDir).absolutePath()))
                  .arg(result.withoutMask));
    return result.errors.isEmpty() ? Ok : RuntimeError;
}

} // namespace dermask::cli
