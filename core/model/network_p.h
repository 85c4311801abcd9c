#pragma once
// Private to core: the LibTorch side of the networks. Included only by core/**/*.cpp, never
// by a public header, so ui/ and moc never see torch (STYLE.md).

#include <QString>
#include <torch/nn.h>

#include <memory>

namespace dermask::core {

/// A segmentation network: NxCxHxW inputs (normalised RGB, for a click model the guidance
/// after it) -> Nx1xHxW logits (no sigmoid).
class SegmentationNetworkImpl : public torch::nn::Module
{
public:
    explicit SegmentationNetworkImpl(int inputs = 3) : m_inputs(inputs) {}
    virtual torch::Tensor forward(torch::Tensor x) = 0;
    /// C, the channels of the input (ModelInfo::inputChannels()).
    int inputChannels() const { return m_inputs; }
    /// H and W must be multiples of this (the number of 2x poolings, as a power of two).
    virtual int sizeDivisor() const { return 16; }
    /// True for a wrapped TorchScript module: it has no Dermask parameters to convert.
    virtual bool isScripted() const { return false; }
    /// Folds what inference allows (BatchNorm into the conv before it) in an eval-mode copy.
    /// The lesson's Conv->ReLU->BN cannot fold exactly (the ReLU is in between, and zero
    /// padding of the next conv breaks folding forward), so only some networks do anything.
    virtual void fuseForInference() {}

private:
    int m_inputs;
};
using NetworkPtr = std::shared_ptr<SegmentationNetworkImpl>;

/// The lesson's block: 3x3 conv (padding 1) -> ReLU -> BatchNorm.
class ConvReluBnImpl : public torch::nn::Module
{
public:
    ConvReluBnImpl(int in, int out);
    torch::Tensor forward(const torch::Tensor &x);

    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d bn{nullptr};
};
TORCH_MODULE(ConvReluBn);

/// The usual block: 3x3 conv (padding 1, no bias) -> BatchNorm -> ReLU. The BatchNorm folds
/// exactly into the conv for inference (fuse()).
class ConvBnReluImpl : public torch::nn::Module
{
public:
    ConvBnReluImpl(int in, int out, int stride = 1);
    torch::Tensor forward(const torch::Tensor &x);
    /// Folds the BatchNorm's running statistics into the conv's weight and bias (eval only).
    void fuse();

    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d bn{nullptr};
    torch::Tensor fusedBias;
    bool fused = false;
};
TORCH_MODULE(ConvBnRelu);

/// Bilinear 2x upsampling with align_corners=true, as nn.UpsamplingBilinear2d in the lesson.
torch::Tensor upsample2x(const torch::Tensor &x);

/// Builds network @p name (see networkNames()) at width multiplier @p width for inputs of
/// @p inputs channels, with freshly initialised weights. Returns nullptr and sets @p error for
/// an unknown name or a bad width.
NetworkPtr createNetwork(const QString &name, double width, int inputs, QString *error);

/// Converts every 4-D parameter and buffer to channels-last in place: oneDNN's fast layout
/// on CPU (about 2x the GFLOP/s of NCHW here), kept through training and inference.
void toChannelsLast(torch::nn::Module &module);

} // namespace dermask::core
