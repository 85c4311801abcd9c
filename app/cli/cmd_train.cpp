// dermask-cli train DIR --out MODEL [--model NAME] [--epochs N] [--minutes M] [--size S]
//   [--batch B] [--lr X] [--loss bce|dice|bce+dice|focal] [--val F] [--seed S] [--threads T]
//   [--init MODEL] [--correction-weight K] [--width W] [--no-augment] [--resume] [--click]
//   [--dist-url tcp://HOST:PORT --rank R --world-size W] [--dist-timeout S] [--device D]

#include "app/cli/cli.h"
#include "core/dataset/dataset.h"
#include "core/model/networks.h"
#include "core/model/runtime.h"
#include "core/training/trainer.h"
#include "core/workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <csignal>
#include <unistd.h>

namespace dermask::cli {

namespace {

core::Trainer *g_trainer = nullptr;

extern "C" void onInterrupt(int)
{
    // Only an atomic store here (async-signal-safe); a second Ctrl-C kills at once.
    if (g_trainer)
        g_trainer->requestCancel();
    std::signal(SIGINT, SIG_DFL);
}

QString clock(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    const int s = int(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString dice(double d)
{
    return d < 0 ? QStringLiteral("-") : QString::number(d, 'f', 4);
}

} // namespace

int runTrain(const QStringList &args)
{
    const core::TrainingConfig defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trains a segmentation network on the dataset's effective masks (the workspace's "
        "corrected mask, else the dataset's own; samples without a mask are skipped). The best "
        "model (by validation Dice) is written to MODEL (.pt + .json sidecar) whenever it "
        "improves, and a checkpoint (<MODEL stem>.ckpt) at each epoch end. Ctrl-C stops "
        "cleanly before the next batch and keeps both. With no options it runs the measured "
        "best default for a CPU."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The dataset folder."));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Model file to write (e.g. model.pt)."), QStringLiteral("MODEL"));
    const QCommandLineOption modelOpt(QStringLiteral("model"),
        QStringLiteral("Network: %1 (default %2).").arg(core::networkNames().join(QStringLiteral(", ")), core::defaultNetwork()),
        QStringLiteral("NAME"));
    const QCommandLineOption widthOpt(QStringLiteral("width"), QStringLiteral("Width multiplier of the network (default %1).").arg(defaults.width), QStringLiteral("W"));
    const QCommandLineOption epochsOpt(
        QStringLiteral("epochs"),
        QStringLiteral("Maximum epochs (default %1; with --minutes, none: the budget plans the run).")
            .arg(defaults.epochs)
            + QStringLiteral(" With --click: a 20-minute budget."),
        QStringLiteral("N"));
    const QCommandLineOption minutesOpt(
        QStringLiteral("minutes"),
        QStringLiteral("Wall-clock budget in minutes: the learning rate follows the clock to its end, and "
                       "the run keeps the best model."),
        QStringLiteral("M"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Input size in pixels, a multiple of 16 (default %1; %2 with --click).").arg(defaults.inputSize).arg(core::TrainingConfig::defaults(core::ModelTask::Click).inputSize), QStringLiteral("S"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("Batch size (default %1).").arg(defaults.batchSize), QStringLiteral("B"));
    const QCommandLineOption lrOpt(QStringLiteral("lr"), QStringLiteral("Peak learning rate (default %1).").arg(defaults.learningRate), QStringLiteral("X"));
    const QCommandLineOption lossOpt(QStringLiteral("loss"), QStringLiteral("bce, dice, bce+dice or focal (default %1).").arg(core::lossName(defaults.loss)), QStringLiteral("LOSS"));
    const QCommandLineOption valOpt(QStringLiteral("val"),
                                    QStringLiteral("Validation fraction (default %1) for images not yet in "
                                                   "the workspace's fixed validation set; 0: no validation.")
                                        .arg(defaults.validationFraction),
                                    QStringLiteral("F"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Random seed (default %1).").arg(defaults.seed), QStringLiteral("S"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("Intra-op threads (default: the machine's cores)."), QStringLiteral("T"));
    const QCommandLineOption initOpt(QStringLiteral("init"), QStringLiteral("Fine-tune from this model (its network and input size are kept)."), QStringLiteral("MODEL"));
    const QCommandLineOption correctionOpt(
        QStringLiteral("correction-weight"),
        QStringLiteral(
            "Draw each corrected image K times per epoch (default %1; with --init, only those corrected "
            "since the model was written).")
            .arg(defaults.correctionWeight),
        QStringLiteral("K"));
    const QCommandLineOption precisionOpt(
        QStringLiteral("precision"),
        QStringLiteral("fp32, bf16 (autocast, only where the CPU has bf16 natively) or auto (default: "
                       "bf16 where native and a probe of the network shows it faster)."),
        QStringLiteral("P"));
    const QCommandLineOption noAugmentOpt(QStringLiteral("no-augment"), QStringLiteral("Train without augmentation."));
    const QCommandLineOption clickOpt(
        QStringLiteral("click"),
        QStringLiteral("Train a click model: it corrects a mask around lesion and skin clicks (the click "
                       "tool, evaluate-clicks), learning from clicks simulated on the masks."));
    const QCommandLineOption resumeOpt(QStringLiteral("resume"), QStringLiteral("Continue the run saved in MODEL's checkpoint."));
    parser.addOptions({outOpt, modelOpt, widthOpt, epochsOpt, minutesOpt, sizeOpt, batchOpt, lrOpt,
                       lossOpt, valOpt, seedOpt, threadsOpt, initOpt, correctionOpt, precisionOpt, noAugmentOpt,
                       resumeOpt, clickOpt});
    addDistributedOptions(parser, /*meet=*/true);
    addDeviceOption(parser);
    int code = Ok;
    if (!parseArguments(parser, args, 1, &code))
        return code;
    if (!parser.isSet(outOpt)) {
        printError(QStringLiteral("train needs --out MODEL"));
        return UsageError;
    }

    core::TrainingConfig config =
        core::TrainingConfig::defaults(parser.isSet(clickOpt) ? core::ModelTask::Click : core::ModelTask::Segment);
    config.outputModel = QFileInfo(parser.value(outOpt)).absoluteFilePath();
    config.checkpointPath = core::defaultCheckpointPath(config.outputModel);
    double seedValue = double(config.seed);
    if (!networkOption(parser, &config.network)
        || !doubleOption(parser, QStringLiteral("width"), 0.05, 8.0, &config.width)
        || !intOption(parser, QStringLiteral("epochs"), 1, 100000, &config.epochs)
        || !doubleOption(parser, QStringLiteral("minutes"), 0.01, 100000.0, &config.minutes)
        || !inputSizeOption(parser, &config.inputSize)
        || !intOption(parser, QStringLiteral("batch"), 1, 1024, &config.batchSize)
        || !doubleOption(parser, QStringLiteral("lr"), 1e-7, 0.99, &config.learningRate)
        || !doubleOption(parser, QStringLiteral("val"), 0.0, 0.9, &config.validationFraction)
        || !doubleOption(parser, QStringLiteral("seed"), 0.0, 9e15, &seedValue)
        || !intOption(parser, QStringLiteral("threads"), 1, 256, &config.threads)
        || !intOption(parser, QStringLiteral("correction-weight"), 1, 20, &config.correctionWeight)
        || !distributedOption(parser, /*meet=*/true, &config.distributed))
        return UsageError;
    config.seed = quint64(seedValue);
    if (parser.isSet(minutesOpt) && !parser.isSet(epochsOpt))
        config.epochs = 0;   // the budget alone plans the run
    if (parser.isSet(epochsOpt) && !parser.isSet(minutesOpt))
        config.minutes = 0;  // a click model's default budget gives way to an epoch count
    if (parser.isSet(lossOpt) && !core::parseLoss(parser.value(lossOpt), &config.loss)) {
        printError(QStringLiteral("--loss must be bce, dice, bce+dice or focal, not '%1'").arg(parser.value(lossOpt)));
        return UsageError;
    }
    if (parser.isSet(precisionOpt) && !core::parsePrecision(parser.value(precisionOpt), &config.precision)) {
        printError(QStringLiteral("--precision must be auto, fp32 or bf16, not '%1'")
                       .arg(parser.value(precisionOpt)));
        return UsageError;
    }
    config.augment = !parser.isSet(noAugmentOpt);
    config.device = parser.value(QStringLiteral("device"));
    if (parser.isSet(initOpt))
        config.initModel = QFileInfo(parser.value(initOpt)).absoluteFilePath();

    const core::SessionPtr session = openSession(parser.positionalArguments().first());
    if (!session)
        return RuntimeError;
    const core::Dataset &dataset = session->dataset();
    QString error;
    QStringList skipped;
    // The workspace's fixed validation set, as the app's runs use it.
    QVector<core::TrainingSample> samples;
    if (!core::collectSplitSamples(*session->workspace(), config.validationFraction, config.seed, &samples,
                                   &error, &skipped)) {
        printError(error);
        return RuntimeError;
    }
    if (!config.initModel.isEmpty())
        core::keepCorrectionsSince(&samples, QFileInfo(config.initModel).lastModified());
    config.dataset = dataset.root;
    printLine(QStringLiteral("dataset: %1 (%2), %3 samples with a mask, %4 without (skipped)")
                  .arg(QDir::toNativeSeparators(dataset.root), core::layoutName(dataset.layout))
                  .arg(samples.size()).arg(skipped.size()));

    core::Trainer trainer;
    printProgress(QStringLiteral("reading %1 images...").arg(samples.size()));
    if (!trainer.prepare(config, samples, &error)) {
        finishProgress();
        printError(error);
        return RuntimeError;
    }
    finishProgress();
    for (const QString &f : trainer.failures())
        printError(QStringLiteral("skipped: %1").arg(f));
    if (parser.isSet(resumeOpt) && !trainer.resume(config.checkpointPath, &error)) {
        printError(error);
        return RuntimeError;
    }
    const core::TrainingConfig &c = trainer.config();
    if (config.distributed.enabled())
        printLine(QStringLiteral("data-parallel: %1, batch %2 on each rank").arg(config.distributed.describe())
                      .arg(c.batchSize));
    printLine(QStringLiteral("training %1 (width %2) at %3x%3 on %4 images, validating on %5; "
                             "batch %6, %7 loss, %8%9, %10 threads, %11%12")
                  .arg(c.network).arg(c.width).arg(c.inputSize).arg(trainer.trainingSamples())
                  .arg(trainer.validationSamples()).arg(c.batchSize).arg(core::lossName(c.loss))
                  .arg(c.epochs > 0 ? QStringLiteral("%1 epochs").arg(c.epochs) : QString())
                  .arg(c.minutes <= 0 ? QString()
                       : c.epochs > 0 ? QStringLiteral(" or %1 min").arg(c.minutes)
                                      : QStringLiteral("%1 min").arg(c.minutes))
                  .arg(core::resolveThreads(c.threads)).arg(trainer.arithmetic())
                  .arg(c.device.isEmpty() ? QString() : QStringLiteral(" on ") + c.device));

    // A terminal gets a line redrawn in place a few times a second; a log gets one line every
    // 15 s and one per epoch.
    const double every = isatty(STDERR_FILENO) ? 0.2 : 15.0;
    double lastLine = -1e9;
    trainer.setProgressCallback([every, &lastLine](const core::TrainingProgress &p) {
        if (!p.epochEnd && (p.batch == p.batches || p.elapsedSeconds - lastLine < every))
            return;
        lastLine = p.elapsedSeconds;
        const QString epoch = p.epochs > 0 ? QStringLiteral("%1/%2").arg(p.epoch).arg(p.epochs)
                                           : QString::number(p.epoch);
        const QString line =
            QStringLiteral("epoch %1 batch %2/%3  loss %4  val Dice %5 (best %6)  %7 img/s  ETA %8")
                .arg(epoch)
                .arg(p.batch)
                .arg(p.batches)
                .arg(p.loss, 0, 'f', 4)
                .arg(dice(p.validationDice), dice(p.bestDice))
                .arg(p.imagesPerSecond, 0, 'f', 1)
                .arg(clock(p.etaSeconds));
        if (p.epochEnd) {
            finishProgress();
            printProgress(line);
            finishProgress();
        } else {
            printProgress(line);
        }
    });
    g_trainer = &trainer;
    std::signal(SIGINT, onInterrupt);
    const bool ok = trainer.run(&error);
    std::signal(SIGINT, SIG_DFL);
    g_trainer = nullptr;
    finishProgress();
    if (!ok) {
        printError(error);
        return RuntimeError;
    }
    const core::TrainingProgress p = trainer.progress();
    if (p.ranks > 1)
        printLine(QStringLiteral("data-parallel: %1 ranks, %2 MB of gradients, all-reduce %3 ms, waited %4 ms "
                                 "per step after the backward pass")
                      .arg(p.ranks).arg(p.gradientBytes / 1e6, 0, 'f', 2).arg(p.allReduceSeconds * 1e3, 0, 'f', 2)
                      .arg(p.waitSeconds * 1e3, 0, 'f', 2));
    if (trainer.history().isEmpty()) {
        printError(QStringLiteral("%1 before the first epoch ended; no model written")
                       .arg(core::stopReasonName(trainer.stopReason())));
        return RuntimeError;
    }
    if (config.distributed.rank > 0) {   // rank 0 writes the model
        printLine(QStringLiteral("stopped: %1 after %2 epochs; rank 0 writes the model")
                      .arg(core::stopReasonName(trainer.stopReason())).arg(trainer.history().size()));
        return trainer.stopReason() == core::StopReason::Cancelled ? RuntimeError : Ok;
    }
    if (!trainer.saveBestModel(config.outputModel, &error)) {
        printError(error);
        return RuntimeError;
    }
    printLine(QStringLiteral("stopped: %1 after %2 epochs in %3; best validation Dice %4 (epoch %5)")
                  .arg(core::stopReasonName(trainer.stopReason())).arg(trainer.history().size())
                  .arg(clock(p.elapsedSeconds)).arg(dice(p.bestDice)).arg(p.bestEpoch));
    printLine(QStringLiteral("model: %1 (+ %2)").arg(QDir::toNativeSeparators(config.outputModel),
                                                   QFileInfo(core::sidecarPath(config.outputModel)).fileName()));
    if (trainer.stopReason() == core::StopReason::Cancelled) {
        printError(QStringLiteral("cancelled; the checkpoint %1 holds the last finished epoch (--resume continues)")
                       .arg(QDir::toNativeSeparators(config.checkpointPath)));
        return RuntimeError;
    }
    return Ok;
}

} // namespace dermask::cli
