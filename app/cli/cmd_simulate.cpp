// dermask-cli simulate DIR --test DIR [--start N] [--step K] [--rounds R] [--minutes M]
//   [--strategy random|entropy|uncertain|disagreement] [--json] [--model NAME] [--size S]
//   [--width W] [--batch B] [--epochs N] [--seed S] [--threads T] [--correction-weight K]
//   [--keep DIR]

#include "app/cli/cli.h"
#include "core/dataset/dataset.h"
#include "core/learning/simulation.h"
#include "core/model/networks.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <csignal>

namespace dermask::cli {

namespace {

core::Simulator *g_simulator = nullptr;

extern "C" void onSimulateInterrupt(int)
{
    if (g_simulator)
        g_simulator->requestCancel();
    std::signal(SIGINT, SIG_DFL);
}

bool scan(const QString &dir, core::Dataset *dataset)
{
    QString error;
    if (!core::scanDataset(dir, dataset, &error)) {
        printError(error);
        return false;
    }
    reportRefused(*dataset);
    return true;
}

QString number(double value)
{
    return QString::number(value, 'f', 4);
}

} // namespace

int runSimulate(const QStringList &args)
{
    const core::SimulationConfig defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Plays an annotator on DIR's masks: starts with N labelled images (the other masks "
        "hidden), and each round predicts the unlabelled images, picks K by the strategy, reveals "
        "their true masks as corrections, fine-tunes on them (each drawn K times per epoch, as in "
        "the app) and measures Dice and IoU on the test folder. One line per round (round 0: the "
        "starting model), then a summary. Nothing is written into DIR."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The pool: images with masks."));
    const QCommandLineOption testOpt(QStringLiteral("test"),
                                     QStringLiteral("Images with masks to measure on (required)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption startOpt(
        QStringLiteral("start"),
        QStringLiteral("Labelled images at the start (default %1).").arg(defaults.start),
        QStringLiteral("N"));
    const QCommandLineOption stepOpt(
        QStringLiteral("step"), QStringLiteral("Images revealed per round (default %1).").arg(defaults.step),
        QStringLiteral("K"));
    const QCommandLineOption roundsOpt(
        QStringLiteral("rounds"), QStringLiteral("Rounds after the start (default %1).").arg(defaults.rounds),
        QStringLiteral("R"));
    const QCommandLineOption minutesOpt(
        QStringLiteral("minutes"),
        QStringLiteral("Training minutes per round (default %1); 0: --epochs per round.")
            .arg(defaults.minutes),
        QStringLiteral("M"));
    const QCommandLineOption strategyOpt(QStringLiteral("strategy"),
                                         QStringLiteral("How images are picked: %1 (default %2).")
                                             .arg(core::pickStrategyNames().join(QStringLiteral(", ")),
                                                  core::pickStrategyName(defaults.strategy)),
                                         QStringLiteral("NAME"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("One JSON object per line."));
    const QCommandLineOption modelOpt(
        QStringLiteral("model"),
        QStringLiteral("Network: %1 (default %2).")
            .arg(core::networkNames().join(QStringLiteral(", ")), core::defaultNetwork()),
        QStringLiteral("NAME"));
    const QCommandLineOption sizeOpt(
        QStringLiteral("size"),
        QStringLiteral("Input size, a multiple of 16 (default %1).").arg(defaults.training.inputSize),
        QStringLiteral("S"));
    const QCommandLineOption widthOpt(
        QStringLiteral("width"),
        QStringLiteral("Width multiplier (default %1).").arg(defaults.training.width), QStringLiteral("W"));
    const QCommandLineOption batchOpt(
        QStringLiteral("batch"), QStringLiteral("Batch size (default %1).").arg(defaults.training.batchSize),
        QStringLiteral("B"));
    const QCommandLineOption epochsOpt(
        QStringLiteral("epochs"),
        QStringLiteral("Epochs per round when --minutes is 0 (default %1).").arg(defaults.training.epochs),
        QStringLiteral("N"));
    const QCommandLineOption seedOpt(
        QStringLiteral("seed"),
        QStringLiteral("Random seed: the starting images, training, random picks (default %1).")
            .arg(defaults.training.seed),
        QStringLiteral("S"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"),
                                        QStringLiteral("Intra-op threads (default: the machine's cores)."),
                                        QStringLiteral("T"));
    const QCommandLineOption correctionOpt(
        QStringLiteral("correction-weight"),
        QStringLiteral(
            "Draw each image revealed this round K times per epoch (default 3, as the app's fine-tune)."),
        QStringLiteral("K"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"),
                                     QStringLiteral("Keep each round's model in this folder."),
                                     QStringLiteral("DIR"));
    parser.addOptions({testOpt, startOpt, stepOpt, roundsOpt, minutesOpt, strategyOpt, jsonOpt, modelOpt,
                       sizeOpt, widthOpt, batchOpt, epochsOpt, seedOpt, threadsOpt, correctionOpt, keepOpt});
    int code = Ok;
    if (!parseArguments(parser, args, 1, &code))
        return code;
    if (!parser.isSet(testOpt)) {
        printError(QStringLiteral("simulate needs --test DIR"));
        return UsageError;
    }
    core::SimulationConfig config;
    config.training.correctionWeight = 3;
    double seed = double(config.training.seed);
    if (!networkOption(parser, &config.training.network)
        || !intOption(parser, QStringLiteral("start"), 1, 100000, &config.start)
        || !intOption(parser, QStringLiteral("step"), 1, 100000, &config.step)
        || !intOption(parser, QStringLiteral("rounds"), 0, 1000, &config.rounds)
        || !doubleOption(parser, QStringLiteral("minutes"), 0.0, 100000.0, &config.minutes)
        || !inputSizeOption(parser, &config.training.inputSize)
        || !doubleOption(parser, QStringLiteral("width"), 0.05, 8.0, &config.training.width)
        || !intOption(parser, QStringLiteral("batch"), 1, 1024, &config.training.batchSize)
        || !intOption(parser, QStringLiteral("epochs"), 1, 100000, &config.training.epochs)
        || !doubleOption(parser, QStringLiteral("seed"), 0.0, 9e15, &seed)
        || !intOption(parser, QStringLiteral("threads"), 1, 256, &config.training.threads)
        || !intOption(parser, QStringLiteral("correction-weight"), 1, 20, &config.training.correctionWeight))
        return UsageError;
    config.training.seed = quint64(seed);
    if (parser.isSet(strategyOpt) && !core::parsePickStrategy(parser.value(strategyOpt), &config.strategy)) {
        printError(QStringLiteral("--strategy must be one of %1, not '%2'")
                       .arg(core::pickStrategyNames().join(QStringLiteral(", ")), parser.value(strategyOpt)));
        return UsageError;
    }

    core::Dataset pool, test;
    if (!scan(parser.positionalArguments().first(), &pool) || !scan(parser.value(testOpt), &test))
        return RuntimeError;
    QVector<core::TrainingSample> samples;
    for (const core::Sample &s : pool.samples)
        if (s.hasMask())
            samples.append(core::TrainingSample{s.id, s.imagePath, s.maskPath, cv::Mat()});
    QVector<core::PredictionInput> inputs;
    for (const core::Sample &s : test.samples)
        if (s.hasMask())
            inputs.append({s.id, s.imagePath, s.maskPath});
    QTemporaryDir temporary;
    config.workDir = parser.isSet(keepOpt) ? QDir(parser.value(keepOpt)).absolutePath() : temporary.path();
    const bool json = parser.isSet(jsonOpt);
    const QString strategy = core::pickStrategyName(config.strategy);
    if (!json)
        printLine(QStringLiteral("pool: %1 images with a mask; test: %2; strategy %3, start %4, %5 per round, "
                                 "%6 rounds of %7")
                      .arg(samples.size()).arg(inputs.size()).arg(strategy).arg(config.start).arg(config.step)
                      .arg(config.rounds)
                      .arg(config.minutes > 0 ? QStringLiteral("%1 min").arg(config.minutes)
                                              : QStringLiteral("%1 epochs").arg(config.training.epochs)));

    QVector<core::SimulationRound> rounds;
    core::Simulator simulator(config, samples, inputs);
    g_simulator = &simulator;
    std::signal(SIGINT, onSimulateInterrupt);
    QString error;
    const bool ok = simulator.run(
        [&](const core::SimulationRound &r) {
            rounds.append(r);
            if (json)
                printLine(QString::fromUtf8(
                    QJsonDocument(QJsonObject{{"round", r.round},
                                              {"labelled", r.labelled},
                                              {"dice", r.dice},
                                              {"iou", r.iou},
                                              {"train_seconds", r.trainSeconds},
                                              {"minutes", r.elapsedMinutes},
                                              {"finds_errors",
                                               QJsonObject{{"entropy", r.entropyFindsErrors},
                                                           {"uncertain", r.uncertainFindsErrors}}},
                                              {"revealed", QJsonArray::fromStringList(r.revealed)}})
                        .toJson(QJsonDocument::Compact)));
            else
                printLine(
                    QStringLiteral("round %1: %2 labelled  Dice %3  IoU %4  (trained %5 s, %6 min so far)")
                        .arg(r.round)
                        .arg(r.labelled)
                        .arg(number(r.dice), number(r.iou))
                        .arg(r.trainSeconds, 0, 'f', 0)
                        .arg(r.elapsedMinutes, 0, 'f', 1));
        },
        &error);
    std::signal(SIGINT, SIG_DFL);
    g_simulator = nullptr;
    if (!ok) {
        printError(error);
        return RuntimeError;
    }
    if (rounds.isEmpty())
        return RuntimeError;
    // The mean Dice over the rounds: the area under the learning curve, one number to compare.
    double area = 0;
    for (const core::SimulationRound &r : rounds)
        area += r.dice;
    area /= rounds.size();
    const core::SimulationRound &last = rounds.last();
    if (json)
        printLine(QString::fromUtf8(QJsonDocument(QJsonObject{{"summary", true},
                                                              {"strategy", strategy},
                                                              {"seed", double(config.training.seed)},
                                                              {"rounds", int(rounds.size())},
                                                              {"labelled", last.labelled},
                                                              {"start_dice", rounds.first().dice},
                                                              {"final_dice", last.dice},
                                                              {"final_iou", last.iou},
                                                              {"mean_dice", area},
                                                              {"minutes", last.elapsedMinutes}})
                                        .toJson(QJsonDocument::Compact)));
    else
        printLine(QStringLiteral("%1: Dice %2 with %3 labelled -> %4 with %5; mean over the rounds %6")
                      .arg(strategy, number(rounds.first().dice)).arg(rounds.first().labelled)
                      .arg(number(last.dice)).arg(last.labelled).arg(number(area)));
    return Ok;
}

} // namespace dermask::cli
