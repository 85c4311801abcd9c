// bench_infer: single-image inference of the lesson's U-Net at 256x256 through the real
// Predictor (warm model, bf16 weights and channels-last where native), on the machine's
// cores. Prints one JSON line: infer_ms_per_img is the network pass on a 256x256 image (what
// seed_reference.py times); predict_ms_per_img adds resizing a 1024x768 photo in and the
// probability map out, thresholding and the uncertainty score. Options: --threads N --size S
// --runs N --model NAME --fp32.

#include "core/model/runtime.h"
#include "core/inference/predictor.h"
#include "core/model/modelfile_p.h"
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
    const int size = option("--size", 256), runs = option("--runs", 20);
    const int modelArg = args.indexOf("--model");
    const QString model = modelArg >= 0 ? args.value(modelArg + 1) : QStringLiteral("unet");

    QTemporaryDir dir;
    const QString path = dir.filePath("bench.pt");
    ModelInfo info;
    info.network = model;
    info.inputSize = size;
    QString error;
    torch::manual_seed(42);
    NetworkPtr net = createNetwork(model, 1.0, 3, &error);
    if (!net || !saveModelFile(path, *net, info, &error)) {
        std::fprintf(stderr, "bench_infer: %s\n", qPrintable(error));
        return 1;
    }
    Predictor p;
    p.setThreads(threads);
    p.setReducedPrecision(!args.contains("--fp32"));
    if (!p.load(path, &error)) {
        std::fprintf(stderr, "bench_infer: %s\n", qPrintable(error));
        return 1;
    }
    cv::Mat image(size, size, CV_8UC3);
    cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
    // A failed call must fail the benchmark, never time an early return.
    auto check = [&](bool ok) {
        if (!ok) {
            std::fprintf(stderr, "bench_infer: %s\n", qPrintable(error));
            std::exit(1);
        }
    };
    cv::Mat probability;
    for (int i = 0; i < 2; ++i)
        check(p.forwardResized(image, &probability, &error));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < runs; ++i)
        check(p.forwardResized(image, &probability, &error));
    const double inferMs = clock.nsecsElapsed() * 1e-6 / runs;

    cv::Mat photo(768, 1024, CV_8UC3);
    cv::randu(photo, cv::Scalar::all(0), cv::Scalar::all(255));
    Prediction out;
    check(p.predict(photo, &out, &error));
    clock.restart();
    for (int i = 0; i < runs; ++i)
        check(p.predict(photo, &out, &error));
    const double predictMs = clock.nsecsElapsed() * 1e-6 / runs;

    const QJsonObject json{
        {"bench", "infer"}, {"model", model}, {"size", size}, {"threads", threads},
        {"precision", !args.contains("--fp32") && cpuHasNativeBf16() ? "bf16" : "fp32"},
        {"infer_ms_per_img", std::round(inferMs * 10) / 10},
        {"predict_ms_per_img", std::round(predictMs * 10) / 10},
    };
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
