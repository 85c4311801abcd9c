// The Predictor hands every call to the network part's engine (torchpredictor.cpp), made by
// the first call that needs it, so a program holding an idle Predictor never loads LibTorch.

#include "core/inference/predictor.h"

#include "core/inference/predictorengine_p.h"
#include "core/model/netpart_p.h"
#include "core/util/error.h"

namespace dermask::core {

Predictor::Predictor() = default;
Predictor::~Predictor() = default;

PredictorEngine *Predictor::engine(QString *error)
{
    if (!d) {
        if (const NetPart *part = netPart(error))
            d = part->newPredictor();
    }
    return d.get();
}

bool Predictor::load(const QString &modelPath, QString *error)
{
    PredictorEngine *e = engine(error);
    return e && e->load(modelPath, error);
}

void Predictor::useLiveNetwork(const std::shared_ptr<SegmentationNetworkImpl> &network,
                               const ModelInfo &info, quint64 version)
{
    // The network comes from a Trainer, so the part is loaded.
    if (PredictorEngine *e = engine(nullptr))
        e->useLiveNetwork(network, info, version);
}

bool Predictor::isLoaded() const { return d && d->isLoaded(); }

const ModelInfo &Predictor::info() const
{
    static const ModelInfo none;
    return d ? d->info() : none;
}

QString Predictor::modelPath() const { return d ? d->modelPath() : QString(); }

void Predictor::setThreads(int threads)
{
    if (PredictorEngine *e = engine(nullptr))
        e->setThreads(threads);
}

void Predictor::setReducedPrecision(bool on)
{
    if (PredictorEngine *e = engine(nullptr))
        e->setReducedPrecision(on);
}

void Predictor::setOptions(const PredictOptions &options)
{
    if (PredictorEngine *e = engine(nullptr))
        e->setOptions(options);
}

const PredictOptions &Predictor::options() const
{
    static const PredictOptions none;
    return d ? d->options() : none;
}

bool Predictor::predict(const cv::Mat &rgb, Prediction *out, QString *error)
{
    PredictorEngine *e = engine(error);
    return e && e->predict(rgb, out, error);
}

bool Predictor::forwardResized(const cv::Mat &rgbAtInputSize, cv::Mat *probability, QString *error)
{
    PredictorEngine *e = engine(error);
    return e && e->forwardResized(rgbAtInputSize, cv::Mat(), probability, false, error);
}

bool Predictor::forwardResized(const cv::Mat &rgbAtInputSize, const cv::Mat &guidance, cv::Mat *probability,
                               QString *error, bool flips)
{
    PredictorEngine *e = engine(error);
    return e && e->forwardResized(rgbAtInputSize, guidance, probability, flips, error);
}

} // namespace dermask::core
