#include "core/model/network_p.h"

#include "core/model/fastunet_p.h"
#include "core/model/networks.h"
#include "core/model/syncnorm_p.h"
#include "core/util/error.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace dermask::core {

namespace {

/// What the seed lesson's two networks share: an encoder 16-32-64-128 with max-pooling and a
/// plain 3x3 conv bottleneck of 256, channels scaled by the width multiplier.
class LessonNetImpl : public SegmentationNetworkImpl
{
protected:
    LessonNetImpl(double width, int inputs)
        : SegmentationNetworkImpl(inputs), c16(scaledChannels(16, width)), c32(scaledChannels(32, width)), c64(scaledChannels(64, width)),
          c128(scaledChannels(128, width)), c256(scaledChannels(256, width))
    {
        m_enc = register_module("enc", torch::nn::ModuleList(
            ConvReluBn(inputs, c16), ConvReluBn(c16, c32), ConvReluBn(c32, c64), ConvReluBn(c64, c128)));
        m_bottleneck = register_module("bottleneck", torch::nn::Conv2d(
            torch::nn::Conv2dOptions(c128, c256, /*kernel_size=*/3).padding(1)));
    }

    /// The decoder and the 1x1 head, registered after the encoder (the model files' order).
    void addDecoder(torch::nn::ModuleList decoder, int headChannels)
    {
        m_dec = register_module("dec", std::move(decoder));
        m_head = register_module("head", torch::nn::Conv2d(
            torch::nn::Conv2dOptions(headChannels, 1, /*kernel_size=*/1)));
    }

    const int c16, c32, c64, c128, c256;
    torch::nn::ModuleList m_enc{nullptr}, m_dec{nullptr};
    torch::nn::Conv2d m_bottleneck{nullptr}, m_head{nullptr};
};

/// The seed lesson's U-Net: a decoder that upsamples, concatenates the skip and applies a block.
class UNetImpl : public LessonNetImpl
{
public:
    UNetImpl(double width, int inputs) : LessonNetImpl(width, inputs)
    {
        addDecoder(torch::nn::ModuleList(ConvReluBn(c256 + c128, c128), ConvReluBn(c128 + c64, c64),
                                         ConvReluBn(c64 + c32, c32)),
                   c32 + c16);
    }

    torch::Tensor forward(torch::Tensor x) override
    {
        std::vector<torch::Tensor> skips;
        for (const auto &e : *m_enc) {
            x = e->as<ConvReluBn>()->forward(x);
            skips.push_back(x);
            x = torch::max_pool2d(x, /*kernel_size=*/2);
        }
        x = m_bottleneck->forward(x);
        for (size_t i = 0; i < m_dec->size(); ++i)
            x = (*m_dec)[i]->as<ConvReluBn>()->forward(
                torch::cat({upsample2x(x), skips[skips.size() - 1 - i]}, /*dim=*/1));
        return m_head->forward(torch::cat({upsample2x(x), skips[0]}, /*dim=*/1));
    }
};

/// The seed lesson's SegNet: the same encoder and bottleneck, a decoder without skips.
class SegNetImpl : public LessonNetImpl
{
public:
    SegNetImpl(double width, int inputs) : LessonNetImpl(width, inputs)
    {
        addDecoder(torch::nn::ModuleList(ConvReluBn(c256, c128), ConvReluBn(c128, c64), ConvReluBn(c64, c32)),
                   c32);
    }

    torch::Tensor forward(torch::Tensor x) override
    {
        for (const auto &e : *m_enc)
            x = torch::max_pool2d(e->as<ConvReluBn>()->forward(x), /*kernel_size=*/2);
        x = m_bottleneck->forward(x);
        for (const auto &d : *m_dec)
            x = d->as<ConvReluBn>()->forward(upsample2x(x));
        return m_head->forward(upsample2x(x));
    }
};

} // namespace

ConvReluBnImpl::ConvReluBnImpl(int in, int out)
{
    conv = register_module("conv", torch::nn::Conv2d(
        torch::nn::Conv2dOptions(in, out, /*kernel_size=*/3).padding(1)));
    bn = register_module("bn", torch::nn::BatchNorm2d(out));
}

torch::Tensor ConvReluBnImpl::forward(const torch::Tensor &x)
{
    return batchNorm(*bn, torch::relu(conv->forward(x)));
}

torch::Tensor upsample2x(const torch::Tensor &x)
{
    return torch::upsample_bilinear2d(x, {x.size(2) * 2, x.size(3) * 2},
                                      /*align_corners=*/true);
}

NetworkPtr createNetwork(const QString &name, double width, int inputs, QString *error)
{
    // The names and descriptions are in networks.cpp, which needs no LibTorch.
    static const std::pair<const char *, NetworkPtr (*)(double, int)> kCreators[] = {
        {"fastunet", [](double w, int c) -> NetworkPtr { return std::make_shared<FastUNetImpl>(w, c); }},
        {"unet", [](double w, int c) -> NetworkPtr { return std::make_shared<UNetImpl>(w, c); }},
        {"segnet", [](double w, int c) -> NetworkPtr { return std::make_shared<SegNetImpl>(w, c); }},
    };
    const auto *creator = std::find_if(std::begin(kCreators), std::end(kCreators),
                                       [&](const auto &c) { return name == QLatin1String(c.first); });
    if (creator == std::end(kCreators)) {
        fail(error,
             QStringLiteral("unknown network \"%1\" (known: %2)")
                 .arg(name, networkNames().join(QStringLiteral(", "))));
        return nullptr;
    }
    if (!(width > 0.0 && width <= 8.0)) {
        fail(error, QStringLiteral("width multiplier %1 is out of range (0, 8]").arg(width));
        return nullptr;
    }
    if (inputs < 1 || inputs > 16) {
        fail(error, QStringLiteral("%1 input channels are out of range [1, 16]").arg(inputs));
        return nullptr;
    }
    return creator->second(width, inputs);
}

void toChannelsLast(torch::nn::Module &module)
{
    torch::NoGradGuard noGrad;
    for (auto &p : module.parameters())
        if (p.dim() == 4)
            p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
    for (auto &b : module.buffers())
        if (b.dim() == 4)
            b.set_data(b.contiguous(torch::MemoryFormat::ChannelsLast));
}

} // namespace dermask::core
