#include "core/session/samplescore.h"

#include "core/session/samplelayers.h"

namespace dermask::core {

SampleScore scoreSample(const DatasetSession &session, int index, const QString &model)
{
    SampleScore score;
    if (index < 0 || index >= session.count())
        return score;
    const PredictionStore store = session.predictions(model);
    const QString id = session.sample(index).id;
    if (!store.hasMask(id) && !store.hasProbability(id))
        return score;  // nothing predicted: not even the mask is read
    LayerRequest request;
    request.image = false;
    request.sourceMask = false;
    const SampleLayers layers = loadSampleLayers(session, index, model, request);
    score.hasPrediction = !layers.prediction.empty();
    score.hasDice = layers.hasMetrics;
    score.dice = layers.metrics.dice;
    score.iou = layers.metrics.iou;
    score.hasUncertainty = layers.uncertainty >= 0.0;
    score.uncertainty = std::max(0.0, layers.uncertainty);
    score.error = layers.maskErrors.value(0, layers.imageError);
    return score;
}

} // namespace dermask::core
