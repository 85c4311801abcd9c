// "fastunet": a U-Net shaped for 2 CPU cores. Same idea as the lesson's (encoder-decoder with
// skips, bilinear upsampling, logits), spent differently: a stride-2 stem, two convs per
// encoder stage and one more level (receptive field for whole lesions), one conv per decoder
// stage, and logits at half resolution upsampled bilinearly (lesion borders are smooth). About
// 1.45 GFLOP per 256x256 image against the lesson U-Net's 3.4, and no full-resolution
// feature maps, which dominate the memory traffic of the backward pass.

#include "core/model/fastunet_p.h"
#include "core/model/syncnorm_p.h"

namespace dermask::core {

ConvBnReluImpl::ConvBnReluImpl(int in, int out, int stride)
{
    conv = register_module("conv", torch::nn::Conv2d(
        torch::nn::Conv2dOptions(in, out, /*kernel_size=*/3).padding(1).stride(stride).bias(false)));
    bn = register_module("bn", torch::nn::BatchNorm2d(out));
}

torch::Tensor ConvBnReluImpl::forward(const torch::Tensor &x)
{
    if (fused)
        return torch::relu(torch::conv2d(x, conv->weight, fusedBias, conv->options.stride(),
                                         /*padding=*/1));
    return torch::relu(batchNorm(*bn, conv->forward(x)));
}

void ConvBnReluImpl::fuse()
{
    torch::NoGradGuard noGrad;
    const torch::Tensor scale = bn->weight / torch::sqrt(bn->running_var + bn->options.eps());
    conv->weight.mul_(scale.view({-1, 1, 1, 1}));
    // A buffer, so that converting the module (bf16, channels-last) converts it too.
    fusedBias = register_buffer("fused_bias", bn->bias - bn->running_mean * scale);
    fused = true;
}

FastUNetImpl::FastUNetImpl(double width, int inputs) : SegmentationNetworkImpl(inputs)
{
    const int c16 = scaledChannels(16, width), c32 = scaledChannels(32, width),
              c64 = scaledChannels(64, width), c128 = scaledChannels(128, width),
              c256 = scaledChannels(256, width);
    m_enc = register_module("enc", torch::nn::ModuleList(
        ConvBnRelu(inputs, c16, /*stride=*/2), ConvBnRelu(c16, c16),     // 1/2
        ConvBnRelu(c16, c32), ConvBnRelu(c32, c32),                 // 1/4
        ConvBnRelu(c32, c64), ConvBnRelu(c64, c64),                 // 1/8
        ConvBnRelu(c64, c128), ConvBnRelu(c128, c128),              // 1/16
        ConvBnRelu(c128, c256), ConvBnRelu(c256, c256)));           // 1/32
    m_dec = register_module("dec", torch::nn::ModuleList(
        ConvBnRelu(c256 + c128, c128), ConvBnRelu(c128 + c64, c64),
        ConvBnRelu(c64 + c32, c32), ConvBnRelu(c32 + c16, c16)));
    m_head = register_module("head", torch::nn::Conv2d(torch::nn::Conv2dOptions(c16, 1, /*kernel_size=*/1)));
}

torch::Tensor FastUNetImpl::forward(torch::Tensor x)
{
    std::vector<torch::Tensor> skips;
    for (size_t i = 0; i < m_enc->size(); i += 2) {
        if (i > 0)
            x = torch::max_pool2d(x, /*kernel_size=*/2);
        x = (*m_enc)[i]->as<ConvBnRelu>()->forward(x);
        x = (*m_enc)[i + 1]->as<ConvBnRelu>()->forward(x);
        skips.push_back(x);
    }
    skips.pop_back();   // the deepest level is x itself
    for (size_t i = 0; i < m_dec->size(); ++i)
        x = (*m_dec)[i]->as<ConvBnRelu>()->forward(
            torch::cat({upsample2x(x), skips[skips.size() - 1 - i]}, /*dim=*/1));
    return upsample2x(m_head->forward(x));
}

void FastUNetImpl::fuseForInference()
{
    for (auto *list : {&m_enc, &m_dec})
        for (const auto &m : **list)
            m->as<ConvBnRelu>()->fuse();
}

} // namespace dermask::core
