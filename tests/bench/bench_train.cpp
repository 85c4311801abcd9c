// bench_train: training throughput of the lesson's U-Net at 256x256, batch 16, through the
// real Trainer (augmentation, prefetch, channels-last), on the machine's cores. Prints one
// JSON line. Options: --threads N --size S --batch B --steps N --model NAME
// --precision fp32|bf16|auto (default fp32; bf16 only where the CPU has it natively), --probe
// (also time one step in fp32 and under bf16 autocast whatever the CPU, as Precision::Auto does).

#include "benchdata.h"

#include "core/model/network_p.h"
#include "core/model/runtime.h"
#include "core/training/precision_p.h"
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
    const int precisionArg = args.indexOf("--precision");
    c.precision = Precision::Fp32;
    if (precisionArg >= 0 && !parsePrecision(args.value(precisionArg + 1), &c.precision)) {
        std::fprintf(stderr, "bench_train: --precision is fp32, bf16 or auto\n");
        return 2;
    }
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
    QJsonObject out{
        {"bench", "train"}, {"model", model}, {"size", size}, {"batch", batch},
        {"threads", threads}, {"steps", steps},
        {"precision", t.arithmetic()},
        {"native_bf16", cpuHasNativeBf16()},
        {"layout", "channels-last"},
        {"train_img_per_s", std::round(batch * steps / seconds * 100) / 100},
    };
    if (args.contains("--probe")) {
        const PrecisionProbe probe = probePrecision(*t.network(), batch, size, c.loss, steps);
        out["probe_fp32_ms"] = std::round(probe.fp32Seconds * 1e4) / 10;
        out["probe_bf16_ms"] = std::round(probe.bf16Seconds * 1e4) / 10;
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
