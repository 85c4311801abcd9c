#pragma once
// Private to core: what a Predictor asks of the network part (core/model/netpart_p.h).
// Predictor (predictor.cpp, no LibTorch) forwards every call to a PredictorEngine; the
// network part's TorchPredictor (torchpredictor.cpp) is the one implementation. The calls
// mean what Predictor's do.

#include "core/inference/predictor.h"

namespace dermask::core {

class PredictorEngine
{
public:
    virtual ~PredictorEngine() = default;

    virtual bool load(const QString &modelPath, QString *error) = 0;
    virtual void useLiveNetwork(const std::shared_ptr<SegmentationNetworkImpl> &network,
                                const ModelInfo &info, quint64 version) = 0;
    virtual bool isLoaded() const = 0;
    virtual const ModelInfo &info() const = 0;
    virtual QString modelPath() const = 0;
    virtual void setThreads(int threads) = 0;
    virtual void setReducedPrecision(bool on) = 0;
    virtual void setOptions(const PredictOptions &options) = 0;
    virtual const PredictOptions &options() const = 0;
    virtual bool predict(const cv::Mat &rgb, Prediction *out, QString *error) = 0;
    virtual bool forwardResized(const cv::Mat &rgbAtInputSize, const cv::Mat &guidance,
                                cv::Mat *probability, bool flips, QString *error) = 0;
};

} // namespace dermask::core
