// dermask-cli evaluate --truth DIR --pred DIR [--csv FILE] [--json]

#include "app/cli/cli.h"
#include "core/dataset/dataset.h"
#include "core/image/imageheader.h"
#include "core/image/imageio.h"
#include "core/metrics/metrics.h"
#include "core/session/predictionstore.h"
#include "core/util/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

namespace dermask::cli {

namespace {

/// Predicted masks by sample id: <id>.png, also <id>_segmentation.png.
QHash<QString, QString> predictionFiles(const QString &dir)
{
    QHash<QString, QString> files;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &f : entries) {
        if (!core::hasImageExtension(f.fileName()))
            continue;
        QString id = f.completeBaseName();
        if (id.endsWith(QLatin1String("_segmentation")))
            id.chop(int(qstrlen("_segmentation")));
        else if (core::PredictionStore::isProbabilityFile(f.fileName()))
            continue; // probability maps written by `predict --probabilities`
        // A plain <id>.png wins over <id>_segmentation.png when both exist.
        if (!files.contains(id) || f.completeBaseName() == id)
            files.insert(id, f.absoluteFilePath());
    }
    return files;
}

struct Scored
{
    QString id;
    core::MaskMetrics metrics;
    QString error;
};

} // namespace

int runEvaluate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scores predicted masks against the truth masks of a dataset, matched by sample id. "
        "Truth: any layout dermask-cli info recognises. Predictions: a folder of <id>.png "
        "(or <id>_segmentation.png) masks. Prints per-image means of Dice, IoU, precision, "
        "recall, pixel accuracy and the ISIC 2018 thresholded Jaccard (IoU < 0.65 counts as 0)."));
    const QCommandLineOption truthOpt(QStringLiteral("truth"), QStringLiteral("Dataset with truth masks."), QStringLiteral("DIR"));
    const QCommandLineOption predOpt(QStringLiteral("pred"), QStringLiteral("Folder of predicted masks."), QStringLiteral("DIR"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), QStringLiteral("Write per-image metrics to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions({truthOpt, predOpt, csvOpt, jsonOpt});
    int code = Ok;
    if (!parseArguments(parser, args, 0, &code))
        return code;
    if (!parser.isSet(truthOpt) || !parser.isSet(predOpt)) {
        printError(QStringLiteral("evaluate needs --truth DIR and --pred DIR"));
        return UsageError;
    }

    core::Dataset truth;
    QString error;
    if (!core::scanDataset(parser.value(truthOpt), &truth, &error)) {
        printError(error);
        return RuntimeError;
    }
    reportRefused(truth);
    const QString predDir = parser.value(predOpt);
    if (!QFileInfo(predDir).isDir()) {
        printError(QStringLiteral("%1: folder does not exist").arg(QDir::toNativeSeparators(predDir)));
        return RuntimeError;
    }
    const QHash<QString, QString> predictions = predictionFiles(predDir);

    QVector<core::Sample> scored;
    QStringList missing;
    for (const core::Sample &s : truth.samples) {
        if (!s.hasMask())
            continue;
        if (predictions.contains(s.id))
            scored.append(s);
        else
            missing.append(s.id);
    }

    // Decoding dominates: score the images in parallel.
    const QVector<Scored> results = QtConcurrent::blockingMapped<QVector<Scored>>(
        scored, [&predictions](const core::Sample &s) {
            Scored r{s.id, {}, {}};
            const cv::Size size(s.width, s.height);
            const cv::Mat t = core::readMask(s.maskPath, &r.error, size);
            if (t.empty())
                return r;
            const cv::Mat p = core::readMask(predictions.value(s.id), &r.error, size);
            if (p.empty())
                return r;
            r.metrics = core::compareMasks(t, p);
            return r;
        });

    QVector<core::MaskMetrics> perImage;
    QStringList failed;
    QByteArray csv = "id,dice,iou,precision,recall,accuracy,true_positive,false_positive,"
                     "false_negative,true_negative\n";
    for (const Scored &r : results) {
        if (!r.error.isEmpty()) {
            printError(r.error);
            failed.append(r.id);
            continue;
        }
        const core::MaskMetrics &m = r.metrics;
        perImage.append(m);
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10\n")
                   .arg(r.id)
                   .arg(m.dice, 0, 'f', 6).arg(m.iou, 0, 'f', 6)
                   .arg(m.precision, 0, 'f', 6).arg(m.recall, 0, 'f', 6)
                   .arg(m.accuracy, 0, 'f', 6)
                   .arg(m.truePositive).arg(m.falsePositive)
                   .arg(m.falseNegative).arg(m.trueNegative)
                   .toUtf8();
    }
    if (parser.isSet(csvOpt) && !core::writeFileAtomically(parser.value(csvOpt), csv, &error)) {
        printError(error);
        return RuntimeError;
    }

    const core::MetricsSummary sum = core::summarize(perImage);
    if (parser.isSet(jsonOpt)) {
        const QJsonObject o{
            {QStringLiteral("images"), sum.images},
            {QStringLiteral("dice"), sum.dice},
            {QStringLiteral("iou"), sum.iou},
            {QStringLiteral("precision"), sum.precision},
            {QStringLiteral("recall"), sum.recall},
            {QStringLiteral("accuracy"), sum.accuracy},
            {QStringLiteral("thresholded_jaccard"), sum.thresholdedJaccard},
            {QStringLiteral("missing"), int(missing.size())},
            {QStringLiteral("unreadable"), int(failed.size())},
        };
        printLine(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        printLine(QStringLiteral("%1 images scored, %2 without a prediction, %3 unreadable")
                      .arg(sum.images).arg(missing.size()).arg(failed.size()));
        printLine(QStringLiteral("Dice %1  IoU %2  precision %3  recall %4  accuracy %5  "
                                 "thresholded Jaccard %6")
                      .arg(sum.dice, 0, 'f', 4).arg(sum.iou, 0, 'f', 4)
                      .arg(sum.precision, 0, 'f', 4).arg(sum.recall, 0, 'f', 4)
                      .arg(sum.accuracy, 0, 'f', 4).arg(sum.thresholdedJaccard, 0, 'f', 4));
        if (!missing.isEmpty())
            printLine(QStringLiteral("without a prediction: %1%2")
                          .arg(missing.mid(0, 10).join(QStringLiteral(", ")),
                               missing.size() > 10 ? QStringLiteral(", ...") : QString()));
    }
    if (sum.images == 0) {
        printError(QStringLiteral("no prediction matched a truth mask (names must be <id>.png)"));
        return RuntimeError;
    }
    return failed.isEmpty() ? Ok : RuntimeError;
}

} // namespace dermask::cli
