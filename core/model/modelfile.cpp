#include "core/model/modelfile_p.h"
#include "core/model/zipcheck.h"
#include "core/util/error.h"

#include "core/util/atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <torch/serialize.h>

namespace dermask::core {

namespace {

const char *const kMetaKey = "dermask_meta";

QString shapeText(const torch::Tensor &t)
{
    QStringList dims;
    for (int64_t d : t.sizes())
        dims << QString::number(d);
    return dims.join(QLatin1Char('x'));
}

/// Reads every parameter and buffer of @p module from @p archive, refusing missing names
/// and other shapes (torch's own Module::load would silently take any shape).
bool readInto(torch::nn::Module &module, torch::serialize::InputArchive &archive,
              const std::string &prefix, QString *why)
{
    torch::NoGradGuard noGrad;
    auto readTensor = [&](const std::string &key, torch::Tensor &target) {
        c10::IValue value;
        if (!archive.try_read(key, value) || !value.isTensor()) {
            *why = QStringLiteral("it has no tensor \"%1\"").arg(QString::fromStdString(prefix + key));
            return false;
        }
        const torch::Tensor stored = value.toTensor();
        if (stored.sizes() != target.sizes()) {
            *why = QStringLiteral("tensor \"%1\" is %2 in the file but %3 in the network")
                       .arg(QString::fromStdString(prefix + key), shapeText(stored), shapeText(target));
            return false;
        }
        target.copy_(stored);
        return true;
    };
    for (auto &p : module.named_parameters(/*recurse=*/false))
        if (!readTensor(p.key(), p.value()))
            return false;
    for (auto &b : module.named_buffers(/*recurse=*/false))
        if (!readTensor(b.key(), b.value()))
            return false;
    for (auto &child : module.named_children()) {
        torch::serialize::InputArchive sub;
        if (!archive.try_read(child.key(), sub)) {
            *why = QStringLiteral("it has no module \"%1\"").arg(QString::fromStdString(prefix + child.key()));
            return false;
        }
        if (!readInto(*child.value(), sub, prefix + child.key() + ".", why))
            return false;
    }
    return true;
}

bool readEmbeddedInfo(torch::serialize::InputArchive &archive, ModelInfo *info, QString *why)
{
    c10::IValue meta;
    if (!archive.try_read(kMetaKey, meta) || !meta.isString()) {
        *why = QStringLiteral("it is not a Dermask model (no embedded description)");
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(meta.toStringRef()));
    return ModelInfo::fromJson(doc.object(), info, why);
}

QString describe(const ModelInfo &m)
{
    return QStringLiteral("%1 (width %2, input %3)").arg(m.network).arg(m.width).arg(m.inputSize);
}

} // namespace

QString exceptionText(const std::exception &e)
{
    return QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0).trimmed();
}

bool readModuleWeights(torch::nn::Module &module, torch::serialize::InputArchive &archive,
                       QString *why)
{
    return readInto(module, archive, std::string(), why);
}

bool serializeNetwork(SegmentationNetworkImpl &network, const ModelInfo &info, QByteArray *bytes,
                      QString *error)
{
    // Model files hold CPU tensors, so that a model trained on a GPU opens anywhere.
    const std::vector<torch::Tensor> params = network.parameters();
    const c10::Device device = params.empty() ? c10::Device(c10::kCPU) : params.front().device();
    struct BackTo
    {
        SegmentationNetworkImpl &net;
        c10::Device device;
        ~BackTo()
        {
            if (!device.is_cpu())
                net.to(device);
        }
    } backTo{network, device};
    try {
        if (!device.is_cpu())
            network.to(torch::kCPU);
        torch::serialize::OutputArchive archive;
        network.save(archive);
        archive.write(kMetaKey, c10::IValue(QJsonDocument(info.toJson()).toJson().toStdString()));
        bytes->clear();
        archive.save_to([bytes](const void *data, size_t size) -> size_t {
            bytes->append(static_cast<const char *>(data), qsizetype(size));
            return size;
        });
        return true;
    } catch (const std::exception &e) {
        return fail(error, QStringLiteral("cannot serialise the network: %1").arg(exceptionText(e)));
    }
}

bool deserializeWeights(const QByteArray &bytes, SegmentationNetworkImpl &network,
                        const QString &what, ModelInfo *embedded, QString *error)
{
    // LibTorch can crash on a damaged archive instead of throwing (core/model/zipcheck.h).
    QString why = zipDamage(bytes);
    if (!why.isEmpty())
        return fail(error, QStringLiteral("%1: cannot read the model: %2").arg(what, why));
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(bytes.constData(), size_t(bytes.size()));
        if (embedded && !readEmbeddedInfo(archive, embedded, &why)) {
            return fail(error, QStringLiteral("%1: %2").arg(what, why));
        }
        if (!readInto(network, archive, std::string(), &why)) {
            return fail(error, QStringLiteral("%1: does not fit the network: %2").arg(what, why));
        }
        return true;
    } catch (const std::exception &e) {
        return fail(error,
                    QStringLiteral("%1: cannot read the model (truncated or not a model file): %2")
                        .arg(what, exceptionText(e)));
    }
}

bool saveModelFile(const QString &path, SegmentationNetworkImpl &network, const ModelInfo &info,
                   QString *error)
{
    QByteArray bytes;
    QString why;
    if (!serializeNetwork(network, info, &bytes, &why)) {
        return fail(error, QStringLiteral("%1: %2").arg(path, why));
    }
    return writeFileAtomically(path, bytes, error) && writeSidecar(path, info, error);
}

NetworkPtr loadModelFile(const QString &path, ModelInfo *info, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail<NetworkPtr>(
            error, QStringLiteral("%1: cannot open the model file: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();
    // Before any LibTorch reader, the TorchScript one included (core/model/zipcheck.h).
    const QString damage = zipDamage(bytes);
    if (!damage.isEmpty())
        return fail<NetworkPtr>(error, QStringLiteral("%1: cannot read the model: %2").arg(path, damage));

    ModelInfo sidecar;
    const bool hasSidecar = QFileInfo::exists(sidecarPath(path));
    if (hasSidecar && !readSidecar(path, &sidecar, error))
        return nullptr;

    if (hasSidecar && sidecar.kind == ModelKind::TorchScript) {
        NetworkPtr net = loadTorchScript(path, sidecar.inputSize, error);
        if (net && info)
            *info = sidecar;
        return net;
    }

    // A Dermask model: the file carries its own description, which the sidecar must match.
    ModelInfo embedded;
    QString why;
    bool isNative = false;
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(bytes.constData(), size_t(bytes.size()));
        isNative = readEmbeddedInfo(archive, &embedded, &why);
    } catch (const std::exception &e) {
        return fail<NetworkPtr>(
            error,
            QStringLiteral("%1: cannot read the model (truncated or not a model file): %2")
                .arg(path, exceptionText(e)));
    }
    if (!isNative) {
        if (hasSidecar)
            return fail<NetworkPtr>(error, QStringLiteral("%1: %2, but its sidecar %3 describes %4")
                            .arg(path, why, sidecarPath(path), describe(sidecar)));
        ModelInfo scripted;   // no sidecar: a TorchScript module brought from elsewhere
        scripted.kind = ModelKind::TorchScript;
        scripted.network = QStringLiteral("torchscript");
        NetworkPtr net = loadTorchScript(path, scripted.inputSize, error);
        if (net && info)
            *info = scripted;
        return net;
    }
    if (hasSidecar && !sidecar.sameArchitecture(embedded))
        return fail<NetworkPtr>(error, QStringLiteral("%1: the sidecar %2 describes %3 but the file holds %4")
                        .arg(path, sidecarPath(path), describe(sidecar), describe(embedded)));

    NetworkPtr net = createNetwork(embedded.network, embedded.width, embedded.inputChannels(), &why);
    if (!net)
        return fail<NetworkPtr>(error, QStringLiteral("%1: %2").arg(path, why));
    if (!deserializeWeights(bytes, *net, path, nullptr, error))
        return nullptr;
    net->eval();
    if (info)
        *info = hasSidecar ? sidecar : embedded;
    return net;
}

} // namespace dermask::core
