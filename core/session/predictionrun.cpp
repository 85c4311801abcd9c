#include "core/session/predictionrun.h"

#include "core/image/imageio.h"

#include <exception>
#include <future>

namespace dermask::core {

namespace {

struct Decoded
{
    cv::Mat rgb;
    QString error;
};

Decoded decode(const QString &path)
{
    Decoded d;
    try {
        d.rgb = readImageRgb(path, &d.error);
    } catch (const std::exception &e) {
        d.error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(e.what()));
    }
    return d;
}

} // namespace

int runPredictions(const QVector<PredictionInput> &inputs, const PredictFunction &predict,
                   const PredictionStore &store, const PredictionRunOptions &options,
                   const std::function<bool(const PredictionOutcome &)> &report)
{
    auto isCurrent = [&](int i) {
        return options.skipIfNewerThan.isValid() && store.isUpToDate(inputs[i].id, options.skipIfNewerThan);
    };
    // The next image to predict decodes on a helper thread while the network runs.
    auto decodeFrom = [&](int from) {
        int i = from;
        while (i < inputs.size() && isCurrent(i))
            ++i;
        return i;
    };
    int written = 0;
    int next = decodeFrom(0);
    std::future<Decoded> ahead;
    if (next < inputs.size())
        ahead = std::async(std::launch::async, decode, inputs[next].imagePath);
    for (int i = 0; i < inputs.size(); ++i) {
        PredictionOutcome outcome;
        outcome.position = i;
        outcome.id = inputs[i].id;
        if (i != next) {
            outcome.ok = outcome.skipped = true;
            if (!report(outcome))
                break;
            continue;
        }
        const Decoded current = ahead.get();
        next = decodeFrom(i + 1);
        if (next < inputs.size())
            ahead = std::async(std::launch::async, decode, inputs[next].imagePath);
        try {
            Prediction prediction;
            QString error;
            if (current.rgb.empty()) {
                outcome.error = current.error;
            } else if (!predict(current.rgb, &prediction, &error)) {
                outcome.error = QStringLiteral("%1: %2").arg(inputs[i].imagePath, error);
            } else if (!store.write(inputs[i].id, prediction.mask,
                                    options.probabilities ? prediction.probability : cv::Mat(), &error)) {
                outcome.error = error;
            } else {
                outcome.ok = true;
                outcome.uncertainty = prediction.uncertainty;
                ++written;
            }
        } catch (const std::exception &e) {
            outcome.error = QStringLiteral("%1: %2").arg(inputs[i].imagePath, QString::fromLocal8Bit(e.what()));
        }
        if (!report(outcome))
            break;
    }
    if (ahead.valid())
        ahead.wait();  // a decode started for an image the run will not reach
    return written;
}

} // namespace dermask::core
