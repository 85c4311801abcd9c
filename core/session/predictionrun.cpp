#include "core/session/predictionrun.h"

#include "core/image/imageio.h"
#include "core/metrics/metrics.h"

#include <exception>
#include <future>

namespace dermask::core {

struct PredictionRun::Decoded
{
    cv::Mat rgb;
    cv::Mat truth;
    QString error;
};

PredictionRun::Decoded PredictionRun::decode(const PredictionInput &input)
{
    Decoded d;
    try {
        d.rgb = readImageRgb(input.imagePath, &d.error);
        if (!d.rgb.empty() && !input.truthPath.isEmpty())
            d.truth = readMask(input.truthPath, &d.error, d.rgb.size());
    } catch (const std::exception &e) {
        d.error = QStringLiteral("%1: %2").arg(input.imagePath, QString::fromLocal8Bit(e.what()));
    }
    return d;
}

PredictionRun::PredictionRun(QVector<PredictionInput> inputs, PredictFunction predict, PredictionStore store,
                             PredictionRunOptions options)
    : m_inputs(std::move(inputs)), m_predict(std::move(predict)), m_store(std::move(store)),
      m_options(std::move(options))
{
    decodeFrom(0);
}

PredictionRun::~PredictionRun()
{
    if (m_decode && m_decode->valid())
        m_decode->wait();  // a decode started for an image the run will not reach
}

bool PredictionRun::isCurrent(int i) const
{
    return m_options.skipIfNewerThan.isValid() && m_store.isUpToDate(m_inputs[i].id, m_options.skipIfNewerThan);
}

void PredictionRun::decodeFrom(int from)
{
    // The next image to predict decodes on a helper thread while the network runs.
    int i = from;
    while (i < m_inputs.size() && isCurrent(i))
        ++i;
    m_ahead = i < m_inputs.size() ? i : -1;
    m_decode.reset();
    if (m_ahead >= 0)
        m_decode = std::make_unique<std::future<Decoded>>(
            std::async(std::launch::async, decode, m_inputs[i]));
}

bool PredictionRun::step(PredictionOutcome *outcome)
{
    if (m_position >= m_inputs.size())
        return false;
    const int i = m_position++;
    *outcome = PredictionOutcome();
    outcome->position = i;
    outcome->id = m_inputs[i].id;
    if (i != m_ahead) {
        outcome->ok = outcome->skipped = true;
        return true;
    }
    const Decoded current = m_decode->get();
    decodeFrom(i + 1);
    try {
        Prediction prediction;
        QString error;
        const bool wantsTruth = !m_inputs[i].truthPath.isEmpty();
        if (current.rgb.empty() || (wantsTruth && current.truth.empty())) {
            outcome->error = current.error;
        } else if (!m_predict(current.rgb, &prediction, &error)) {
            outcome->error = QStringLiteral("%1: %2").arg(m_inputs[i].imagePath, error);
        } else if (!m_store.isNull()
                   && !m_store.write(m_inputs[i].id, prediction.mask,
                                     m_options.probabilities ? prediction.probability : cv::Mat(), &error)) {
            outcome->error = error;
        } else {
            outcome->ok = true;
            outcome->uncertainty = prediction.uncertainty;
            m_written += m_store.isNull() ? 0 : 1;
            if (wantsTruth) {
                const MaskMetrics metrics = compareMasks(current.truth, prediction.mask);
                outcome->dice = metrics.dice;
                outcome->iou = metrics.iou;
                m_diceSum += metrics.dice;
                m_iouSum += metrics.iou;
                ++m_scored;
            }
        }
    } catch (const std::exception &e) {
        outcome->error = QStringLiteral("%1: %2").arg(m_inputs[i].imagePath, QString::fromLocal8Bit(e.what()));
    }
    return true;
}

int runPredictions(const QVector<PredictionInput> &inputs, const PredictFunction &predict,
                   const PredictionStore &store, const PredictionRunOptions &options,
                   const std::function<bool(const PredictionOutcome &)> &report)
{
    PredictionRun run(inputs, predict, store, options);
    PredictionOutcome outcome;
    while (run.step(&outcome)) {
        if (!report(outcome))
            break;
    }
    return run.written();
}

} // namespace dermask::core
