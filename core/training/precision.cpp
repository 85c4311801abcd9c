#include "core/training/precision_p.h"

#include "core/model/network_p.h"
#include "core/model/runtime.h"
#include "core/training/loss_p.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <algorithm>
#include <mutex>

namespace dermask::core {

namespace {

double timeSteps(SegmentationNetworkImpl &net, const torch::Tensor &images, const torch::Tensor &masks,
                 LossKind loss, bool bf16, int steps)
{
    std::vector<double> times;
    for (int i = 0; i <= steps; ++i) {   // the first is a warm-up
        QElapsedTimer clock;
        clock.start();
        torch::Tensor logits;
        {
            Autocast autocast(bf16);
            logits = net.forward(images);
        }
        computeLoss(logits.to(torch::kFloat), masks, loss).backward();
        if (i > 0)
            times.push_back(clock.nsecsElapsed() * 1e-9);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

PrecisionProbe probePrecision(SegmentationNetworkImpl &net, int batch, int size, LossKind loss, int steps)
{
    // The probe trains nothing: every parameter and buffer (BatchNorm statistics) is put back.
    std::vector<torch::Tensor> saved;
    {
        torch::NoGradGuard noGrad;
        for (const torch::Tensor &t : net.parameters())
            saved.push_back(t.detach().clone());
        for (const torch::Tensor &t : net.buffers())
            saved.push_back(t.clone());
    }
    // Its own generator: the run's random stream is the same whether it probes or not.
    at::Generator generator = at::detail::createCPUGenerator(1);
    const torch::Tensor images =
        at::rand({batch, net.inputChannels(), size, size}, generator).contiguous(torch::MemoryFormat::ChannelsLast);
    const torch::Tensor masks = (at::rand({batch, 1, size, size}, generator) > 0.5).to(torch::kFloat);
    net.train();
    PrecisionProbe probe;
    probe.fp32Seconds = timeSteps(net, images, masks, loss, false, std::max(1, steps));
    probe.bf16Seconds = timeSteps(net, images, masks, loss, true, std::max(1, steps));
    probe.bf16 = probe.bf16Seconds < 0.9 * probe.fp32Seconds;
    {
        torch::NoGradGuard noGrad;
        size_t i = 0;
        for (torch::Tensor &t : net.parameters()) {
            t.copy_(saved[i++]);
            t.mutable_grad() = torch::Tensor();
        }
        for (torch::Tensor &t : net.buffers())
            t.copy_(saved[i++]);
    }
    return probe;
}

bool useBf16(const TrainingConfig &config, SegmentationNetworkImpl &net, PrecisionProbe *probe)
{
    if (probe)
        *probe = PrecisionProbe();
    if (config.precision == Precision::Fp32 || !cpuHasNativeBf16())
        return false;
    if (config.precision == Precision::Bf16)
        return true;
    // Auto: a few seconds per network and size, once per process.
    static std::mutex mutex;
    static QHash<QString, PrecisionProbe> known;
    const QString key = QStringLiteral("%1/%2/%3").arg(config.network).arg(config.width).arg(config.inputSize);
    std::lock_guard<std::mutex> lock(mutex);
    auto it = known.find(key);
    if (it == known.end())
        it = known.insert(key,
                          probePrecision(net, std::min(4, config.batchSize), config.inputSize, config.loss));
    if (probe)
        *probe = *it;
    return it->bf16;
}

} // namespace dermask::core
