// TorchScript both ways: a module saved from Python with torch.jit.save that maps Nx3xHxW
// float images in [0,1] to Nx1xHxW logits becomes a network like any other, and a Dermask
// network is traced into such a module for Python (exportTorchScript()).

#include "core/model/modelfile_p.h"
#include "core/util/atomicfile.h"
#include "core/util/error.h"

#include <QFile>
#include <sstream>
#include <torch/csrc/jit/frontend/tracer.h>
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

namespace {

/// Records @p net's forward on [0,1] images, with its normalisation in front and its calibration
/// temperature after, as the forward() of a new TorchScript module. The weights become
/// constants of the graph.
torch::jit::Module traceNetwork(SegmentationNetworkImpl &net, const ModelInfo &info)
{
    torch::NoGradGuard noGrad;
    net.eval();
    for (torch::Tensor &p : net.parameters())
        p.set_requires_grad(false);
    const torch::Tensor mean =
        torch::tensor({info.mean[0], info.mean[1], info.mean[2]}, torch::kFloat).view({1, 3, 1, 1});
    const torch::Tensor std =
        torch::tensor({info.std[0], info.std[1], info.std[2]}, torch::kFloat).view({1, 3, 1, 1});
    const torch::Tensor example = torch::rand({1, 3, info.inputSize, info.inputSize});
    auto record = [&](torch::jit::Stack inputs) -> torch::jit::Stack {
        return {net.forward((inputs.at(0).toTensor() - mean) / std) / info.temperature};
    };
    auto traced = torch::jit::tracer::trace(
        {example}, record, [](const torch::autograd::Variable &) { return std::string(); },
        /*strict=*/false, /*force_outplace=*/false);
    std::shared_ptr<torch::jit::Graph> graph = traced.first->graph;
    torch::jit::Module module("DermaskSegmentation");
    // A method's graph takes the module first.
    graph->insertInput(0, "self")->setType(module._ivalue()->type());
    auto *function = module._ivalue()->compilation_unit()->create_function(
        c10::QualifiedName(*module.type()->name(), "forward"), graph);
    module.type()->addMethod(function);
    return module;
}

} // namespace

bool writeTorchScript(const QString &modelPath, const QString &outPath, QString *error)
{
    ModelInfo info;
    NetworkPtr net = loadModelFile(modelPath, &info, error);
    if (!net)
        return false;
    QByteArray bytes;
    if (info.kind == ModelKind::TorchScript) {
        QFile file(modelPath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, fileError(modelPath, file.errorString()));
        bytes = file.readAll();
    } else {
        try {
            std::ostringstream out;
            traceNetwork(*net, info).save(out);
            const std::string data = out.str();
            bytes = QByteArray(data.data(), qsizetype(data.size()));
        } catch (const std::exception &e) {
            return fail(error, fileError(modelPath, QStringLiteral("cannot be traced into TorchScript: %1")
                                                        .arg(exceptionText(e))));
        }
    }
    // The module does its own normalisation: it takes [0,1] images as they come.
    ModelInfo exported = info;
    exported.kind = ModelKind::TorchScript;
    exported.network = QStringLiteral("torchscript");
    exported.width = 1.0;
    exported.mean = {{0.0, 0.0, 0.0}};
    exported.std = {{1.0, 1.0, 1.0}};
    if (info.kind == ModelKind::Native)
        exported.temperature = 1.0;   // inside the traced module: its logits come out calibrated
    if (info.kind == ModelKind::Native)
        exported.training.insert(QStringLiteral("exported_from"), info.network);
    return writeFileAtomically(outPath, bytes, error) && writeSidecar(outPath, exported, error);
}

} // namespace dermask::core
