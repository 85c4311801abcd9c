// dermask-cli info DIR [--json]: what a dataset folder holds, read from headers only.

#include "app/cli/cli.h"
#include "core/dataset/dataset.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dermask::cli {

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scans a dataset folder (PH2, ISIC, paired images/masks, or plain images) and reports "
        "its layout, image/mask pairs, images without a mask, masks without an image and every "
        "file it refused, with the reason. Reads file headers only."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The dataset folder."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOption(json);
    int code = Ok;
    if (!parseArguments(parser, args, 1, &code))
        return code;

    QElapsedTimer timer;
    timer.start();
    core::Dataset dataset;
    QString error;
    if (!core::scanDataset(parser.positionalArguments().first(), &dataset, &error)) {
        printError(error);
        return RuntimeError;
    }
    const double scanMs = timer.nsecsElapsed() / 1e6;
    const QMap<QString, int> diagnoses = dataset.diagnosisCounts();

    if (parser.isSet(json)) {
        QJsonObject o;
        o[QStringLiteral("root")] = dataset.root;
        o[QStringLiteral("layout")] = core::layoutName(dataset.layout);
        o[QStringLiteral("images")] = int(dataset.samples.size());
        o[QStringLiteral("pairs")] = dataset.pairs();
        o[QStringLiteral("images_without_mask")] = dataset.imagesWithoutMask();
        o[QStringLiteral("masks_without_image")] = int(dataset.masksWithoutImage.size());
        o[QStringLiteral("masks_without_image_files")] =
            QJsonArray::fromStringList(dataset.masksWithoutImage);
        QJsonArray refused;
        for (const core::RefusedFile &r : dataset.refused)
            refused.append(QJsonObject{{QStringLiteral("file"), r.file},
                                       {QStringLiteral("reason"), r.reason}});
        o[QStringLiteral("refused")] = refused;
        if (dataset.layout == core::Layout::Ph2 || !diagnoses.isEmpty()) {
            QJsonObject d;
            for (auto it = diagnoses.begin(); it != diagnoses.end(); ++it)
                d[it.key()] = it.value();
            o[QStringLiteral("diagnoses")] = d;
        }
        o[QStringLiteral("scan_ms")] = qRound(scanMs * 10) / 10.0;
        printLine(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return Ok;
    }

    printLine(QStringLiteral("%1: %2 layout, %3 images, %4 with a mask, %5 without a mask, "
                             "%6 masks without an image, %7 refused (scanned in %8 ms)")
                  .arg(QDir::toNativeSeparators(dataset.root), core::layoutName(dataset.layout))
                  .arg(dataset.samples.size())
                  .arg(dataset.pairs())
                  .arg(dataset.imagesWithoutMask())
                  .arg(dataset.masksWithoutImage.size())
                  .arg(dataset.refused.size())
                  .arg(scanMs, 0, 'f', 1));
    for (auto it = diagnoses.begin(); it != diagnoses.end(); ++it)
        printLine(QStringLiteral("  diagnosis %1: %2").arg(it.key()).arg(it.value()));
    for (const QString &m : dataset.masksWithoutImage)
        printLine(QStringLiteral("  mask without image: %1").arg(QDir::toNativeSeparators(m)));
    for (const core::RefusedFile &r : dataset.refused)
        printLine(QStringLiteral("  refused: %1: %2").arg(QDir::toNativeSeparators(r.file), r.reason));
    return Ok;
}

} // namespace dermask::cli
