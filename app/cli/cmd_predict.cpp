// dermask-cli predict DIR|IMAGE --model MODEL --out OUT [--threshold T] [--tta]
//   [--probabilities] [--fill-holes] [--largest] [--threads T] [--rank R --world-size W] [--device D]

#include "app/cli/cli.h"
#include "core/inference/predictor.h"
#include "core/session/predictionrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace dermask::cli {

int runPredict(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Predicts lesion masks with a trained model (a Dermask model or a TorchScript module) "
        "and writes OUT/<id>.png: 8-bit, 0 = background, 255 = lesion, at each image's own size."));
    parser.addPositionalArgument(QStringLiteral("DIR|IMAGE"), QStringLiteral("A dataset folder or one image."));
    const QCommandLineOption modelOpt(QStringLiteral("model"), QStringLiteral("The model file (.pt)."), QStringLiteral("MODEL"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Folder for the masks."), QStringLiteral("OUT"));
    const QCommandLineOption thresholdOpt(QStringLiteral("threshold"), QStringLiteral("Probability at which a pixel is lesion (default: the model's, 0.5)."), QStringLiteral("T"));
    const QCommandLineOption ttaOpt(QStringLiteral("tta"), QStringLiteral("Average the four flips (about 4x slower, steadier borders)."));
    const QCommandLineOption probOpt(QStringLiteral("probabilities"), QStringLiteral("Also write OUT/<id>_prob.png (8-bit probability x 255)."));
    const QCommandLineOption fillOpt(QStringLiteral("fill-holes"), QStringLiteral("Fill holes inside lesions."));
    const QCommandLineOption largestOpt(QStringLiteral("largest"), QStringLiteral("Keep only the largest lesion region."));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("Intra-op threads (default: the machine's cores)."), QStringLiteral("T"));
    parser.addOptions({modelOpt, outOpt, thresholdOpt, ttaOpt, probOpt, fillOpt, largestOpt, threadsOpt});
    addDistributedOptions(parser, /*meet=*/false);
    addDeviceOption(parser);
    int code = Ok;
    if (!parseArguments(parser, args, 1, &code))
        return code;
    if (!parser.isSet(modelOpt) || !parser.isSet(outOpt)) {
        printError(QStringLiteral("predict needs --model MODEL and --out OUT"));
        return UsageError;
    }
    core::PredictOptions options;
    int threads = 0;
    core::DistributedConfig shard;   // with ranks, each predicts every world-size-th image
    if (!doubleOption(parser, QStringLiteral("threshold"), 0.001, 0.999, &options.threshold)
        || !intOption(parser, QStringLiteral("threads"), 1, 256, &threads)
        || !distributedOption(parser, /*meet=*/false, &shard))
        return UsageError;
    options.flipTta = parser.isSet(ttaOpt);
    options.fillHoles = parser.isSet(fillOpt);
    options.largestComponent = parser.isSet(largestOpt);
    options.device = parser.value(QStringLiteral("device"));

    // Inputs: one image, or every image of a dataset (with or without masks).
    const QString source = parser.positionalArguments().first();
    QVector<core::PredictionInput> inputs;
    QString error;
    if (QFileInfo(source).isFile()) {
        inputs.append({QFileInfo(source).completeBaseName(), QFileInfo(source).absoluteFilePath()});
    } else {
        const core::SessionPtr session = core::DatasetSession::scan(source, &error);
        if (!session) {
            printError(error);
            return RuntimeError;
        }
        reportRefused(session->dataset());
        for (const core::Sample &s : session->dataset().samples)
            inputs.append({s.id, s.imagePath});
        if (inputs.isEmpty()) {
            printError(QStringLiteral("%1: no image found").arg(source));
            return RuntimeError;
        }
    }
    if (shard.enabled()) {
        QVector<core::PredictionInput> mine;
        for (int i : core::rankStride(inputs.size(), shard.rank, shard.worldSize))
            mine.append(inputs[i]);
        printLine(QStringLiteral("rank %1 of %2: %3 of the %4 images").arg(shard.rank).arg(shard.worldSize)
                      .arg(mine.size()).arg(inputs.size()));
        inputs = mine;
        if (inputs.isEmpty())
            return Ok;
    }
    const QString outDir = QFileInfo(parser.value(outOpt)).absoluteFilePath();
    if (!QDir().mkpath(outDir)) {
        printError(QStringLiteral("%1: cannot create the folder").arg(outDir));
        return RuntimeError;
    }

    core::Predictor predictor;
    predictor.setThreads(threads);
    predictor.setOptions(options);
    if (!predictor.load(parser.value(modelOpt), &error)) {
        printError(error);
        return RuntimeError;
    }

    QElapsedTimer clock;
    clock.start();
    int failed = 0;
    double uncertainty = 0.0;
    core::PredictionRunOptions run;
    run.probabilities = parser.isSet(probOpt);
    const int written = core::runPredictions(
        inputs,
        [&predictor](const cv::Mat &rgb, core::Prediction *out, QString *why) {
            return predictor.predict(rgb, out, why);
        },
        core::PredictionStore(outDir), run,
        [&](const core::PredictionOutcome &outcome) {
            printProgress(QStringLiteral("predict: %1/%2 %3")
                              .arg(outcome.position + 1)
                              .arg(inputs.size())
                              .arg(outcome.id));
            if (outcome.ok) {
                uncertainty += outcome.uncertainty;
            } else {
                finishProgress();
                printError(outcome.error);
                ++failed;
            }
            return true;
        });
    finishProgress();
    const double seconds = clock.nsecsElapsed() * 1e-9;
    printLine(QStringLiteral("wrote %1 masks to %2 in %3 s: %4 images/s (mean uncertainty %5 bits)%6")
                  .arg(written).arg(QDir::toNativeSeparators(outDir)).arg(seconds, 0, 'f', 1)
                  .arg(seconds > 0 ? written / seconds : 0.0, 0, 'f', 2)
                  .arg(written ? uncertainty / written : 0.0, 0, 'f', 3)
                  .arg(failed ? QStringLiteral(", %1 failed").arg(failed) : QString()));
    return failed ? RuntimeError : Ok;
}

} // namespace dermask::cli
