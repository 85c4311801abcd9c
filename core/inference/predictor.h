#pragma once
/// @file Inference: a model kept loaded and warm, images in, probability maps and masks out
/// at each image's own size. The work is done by the network part (core/model/netpart_p.h),
/// loaded by the first call that needs it (not by making a Predictor).

#include "core/inference/prediction.h"
#include "core/model/modelinfo.h"

#include <QString>
#include <memory>
#include <opencv2/core.hpp>

namespace dermask::core {

class PredictorEngine;
class SegmentationNetworkImpl;

class Predictor
{
public:
    Predictor();
    ~Predictor();
    Predictor(const Predictor &) = delete;
    Predictor &operator=(const Predictor &) = delete;

    /// Loads a model file (Dermask model or TorchScript module, see loadModelFile()) and warms
    /// it up with one forward pass. False with @p error naming the file.
    bool load(const QString &modelPath, QString *error);
    /// Predicts with a network being trained (the ModelWorker, between two batches). The
    /// inference copy is refreshed only when @p version changes.
    void useLiveNetwork(const std::shared_ptr<SegmentationNetworkImpl> &network,
                        const ModelInfo &info, quint64 version);
    bool isLoaded() const;
    const ModelInfo &info() const;
    QString modelPath() const;

    /// Intra-op threads for the calling thread's forward passes (0: the machine's cores).
    void setThreads(int threads);
    /// bfloat16 weights and activations when the CPU has native bf16 (default: on).
    void setReducedPrecision(bool on);
    void setOptions(const PredictOptions &options);
    const PredictOptions &options() const;

    /// Predicts @p rgb (CV_8UC3 RGB, any size). False with @p error on a bad image or a
    /// LibTorch failure.
    bool predict(const cv::Mat &rgb, Prediction *out, QString *error);

    /// The network's raw probability map (CV_32FC1, inputSize x inputSize) for an image
    /// already resized to the input size: for benchmarks and tests, and for a click model
    /// with its @p guidance (CV_32FC(kGuidanceChannels) at the same size, clickinput.h). With
    /// @p flips, the mean of the four flips' maps (one batch of four; the options' flipTta is
    /// not looked at).
    bool forwardResized(const cv::Mat &rgbAtInputSize, cv::Mat *probability, QString *error);
    bool forwardResized(const cv::Mat &rgbAtInputSize, const cv::Mat &guidance, cv::Mat *probability,
                        QString *error, bool flips = false);

private:
    PredictorEngine *engine(QString *error);

    std::unique_ptr<PredictorEngine> d;  ///< in the network part, made on first use
};

} // namespace dermask::core
