// bench_train: training throughput of the lesson's U-Net at 256x256, batch 16, through the
// real Trainer (augmentation, prefetch, channels-last fp32; --bf16 for autocast), on the
// machine's cores. Prints one JSON line. Options: --threads N --size S --batch B --steps N
// --model NAME --bf16.

#include "benchdata.h"

#include "core/model/runtime.h"
#include "core/training/trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace dermask::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, int fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int threads = resolveThreads(option("--threads", 0));
    const int size = option("--size", 256), batch = option("--batch", 16), steps = option("--steps", 5);
    const int warmup = 2;
    const int modelArg = args.indexOf("--model");
    const QString model = modelArg >= 0 ? args.value(modelArg + 1) : QStringLiteral("unet");

    QTemporaryDir dir;
    const auto samples = benchdata::writeImages(dir.path(), batch * (steps + warmup + 1), size);
    TrainingConfig c;
    c.network = model;
    c.inputSize = size;
    c.batchSize = batch;
    c.epochs = 1;
    c.threads = threads;
    c.validationFraction = 0;
    c.mixedPrecision = args.contains("--bf16");
    Trainer t;
    QString error;
    if (!t.prepare(c, samples, &error)) {
        std::fprintf(stderr, "bench_train: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer clock;
    for (int i = 0; i < warmup + steps; ++i) {
        if (i == warmup)
            clock.start();
        if (!t.step(&error) && t.stopReason() == StopReason::Failed) {
            std::fprintf(stderr, "bench_train: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double seconds = clock.nsecsElapsed() * 1e-9;
    const QJsonObject out{
        {"bench", "train"}, {"model", model}, {"size", size}, {"batch", batch},
        {"threads", threads}, {"steps", steps},
        {"precision", c.mixedPrecision && cpuHasNativeBf16() ? "bf16-autocast" : "fp32"},
        {"layout", "channels-last"},
        {"train_img_per_s", std::round(batch * steps / seconds * 100) / 100},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
