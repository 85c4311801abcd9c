// TorchScript import: a module saved from Python with torch.jit.save that maps Nx3xHxW float
// images in [0,1] to Nx1xHxW logits becomes a network like any other.

#include "core/model/modelfile_p.h"
#include "core/util/error.h"

#include <torch/script.h>

namespace dermask::core {

namespace {

class ScriptedNetworkImpl : public SegmentationNetworkImpl
{
public:
    explicit ScriptedNetworkImpl(torch::jit::Module module) : m_module(std::move(module)) {}

    torch::Tensor forward(torch::Tensor x) override
    {
        // The module was written for NCHW float32; give it exactly that.
        x = x.to(torch::kFloat).contiguous();
        return m_module.forward({x}).toTensor();
    }
    int sizeDivisor() const override { return 1; }
    bool isScripted() const override { return true; }

    void train(bool on) override
    {
        SegmentationNetworkImpl::train(on);
        m_module.train(on);
    }

private:
    torch::jit::Module m_module;
};

} // namespace

NetworkPtr loadTorchScript(const QString &path, int probeSize, QString *error)
{
    torch::jit::Module module;
    try {
        module = torch::jit::load(path.toStdString(), torch::kCPU);
    } catch (const std::exception &e) {
        return fail<NetworkPtr>(
            error,
            fileError(path,
                      QStringLiteral("cannot read the model (truncated, or neither a Dermask model "
                                     "nor a TorchScript module): %1")
                          .arg(exceptionText(e))));
    }
    if (!module.find_method("forward"))
        return fail<NetworkPtr>(
            error, fileError(path, QStringLiteral("the TorchScript module has no forward() method")));
    module.eval();
    auto net = std::make_shared<ScriptedNetworkImpl>(module);
    net->eval();
    // Probe once: a module that does not map images to one channel of logits is refused
    // here, with its shapes, rather than failing on the user's first image.
    try {
        torch::InferenceMode guard;
        const torch::Tensor out = net->forward(torch::rand({1, 3, probeSize, probeSize}));
        if (out.dim() != 4 || out.size(0) != 1 || out.size(1) != 1 || out.size(2) != probeSize
            || out.size(3) != probeSize) {
            QStringList dims;
            for (int64_t d : out.sizes())
                dims << QString::number(d);
            return fail<NetworkPtr>(
                error,
                fileError(
                    path,
                    QStringLiteral("the TorchScript module maps 1x3x%1x%1 to %2, not to 1x1x%1x%1 logits")
                        .arg(probeSize)
                        .arg(dims.join(QLatin1Char('x')))));
        }
    } catch (const std::exception &e) {
        return fail<NetworkPtr>(
            error,
            fileError(path,
                      QStringLiteral("the TorchScript module fails on a 1x3x%1x%1 image: %2")
                          .arg(probeSize)
                          .arg(exceptionText(e))));
    }
    return net;
}

} // namespace dermask::core
