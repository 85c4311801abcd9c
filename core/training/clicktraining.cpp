#include "core/training/clicktraining_p.h"

#include "core/training/loss_p.h"
#include "core/training/precision_p.h"

#include <random>

namespace dermask::core {

void addSimulatedClicks(SegmentationNetworkImpl &net, Batch &b, quint64 seed, bool bf16)
{
    std::mt19937_64 rng(seed);
    const int count = std::uniform_int_distribution<int>(0, kMaxSimulatedClicks)(rng);
    if (count <= 0)
        return;
    torch::NoGradGuard noGrad;
    net.eval();
    const c10::Device device = net.parameters().front().device();
    for (int i = 0; i < count; ++i) {
        torch::Tensor logits;
        {
            Autocast autocast(bf16, device);
            logits = net.forward(imagesTensor(b, device));
        }
        const torch::Tensor answers =
            (logits.to(torch::kCPU, torch::kFloat) > 0).to(torch::kUInt8).mul_(255).contiguous();
        for (int k = 0; k < b.count; ++k) {
            const cv::Mat answer(b.size, b.size, CV_8UC1, answers[k].data_ptr<uint8_t>());
            Click click;
            if (nextClick(batchMask(b, k), answer, &click))
                b.clicks[size_t(k)].push_back(click);
            redrawGuidance(b, k, answer);
        }
    }
    net.train();
}

} // namespace dermask::core
