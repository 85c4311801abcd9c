#pragma once
// Private to the network part: the Predictor's work in LibTorch (torchpredictor.cpp).

#include "core/inference/predictorengine_p.h"

namespace dermask::core {

class TorchPredictor final : public PredictorEngine
{
public:
    TorchPredictor();
    ~TorchPredictor() override;

    bool load(const QString &modelPath, QString *error) override;
    void useLiveNetwork(const std::shared_ptr<SegmentationNetworkImpl> &network,
                        const ModelInfo &info, quint64 version) override;
    bool isLoaded() const override;
    const ModelInfo &info() const override;
    QString modelPath() const override;
    void setThreads(int threads) override;
    void setReducedPrecision(bool on) override;
    void setOptions(const PredictOptions &options) override;
    const PredictOptions &options() const override;
    bool predict(const cv::Mat &rgb, Prediction *out, QString *error) override;
    bool forwardResized(const cv::Mat &rgbAtInputSize, const cv::Mat &guidance,
                        cv::Mat *probability, bool flips, QString *error) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dermask::core
