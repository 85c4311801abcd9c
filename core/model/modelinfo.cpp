#include "core/model/modelinfo.h"

#include "core/model/networks.h"
#include "core/util/atomicfile.h"
#include "core/util/error.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace dermask::core {

namespace {

QJsonArray toArray(const std::array<double, 3> &v)
{
    return QJsonArray{v[0], v[1], v[2]};
}

bool fromArray(const QJsonValue &value, std::array<double, 3> *v)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 3)
        return false;
    for (int i = 0; i < 3; ++i) {
        if (!a[i].isDouble())
            return false;
        (*v)[size_t(i)] = a[i].toDouble();
    }
    return true;
}

} // namespace

QString taskName(ModelTask task)
{
    return task == ModelTask::Click ? QStringLiteral("click") : QStringLiteral("segment");
}

int ModelInfo::inputChannels() const
{
    return task == ModelTask::Click ? 3 + kGuidanceChannels : 3;
}

QJsonObject ModelInfo::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("format")] = QStringLiteral("dermask-model");
    o[QStringLiteral("version")] = kFormatVersion;
    o[QStringLiteral("kind")] = kind == ModelKind::Native ? QStringLiteral("native")
                                                         : QStringLiteral("torchscript");
    o[QStringLiteral("task")] = taskName(task);
    o[QStringLiteral("network")] = network;
    o[QStringLiteral("width")] = width;
    o[QStringLiteral("input_size")] = inputSize;
    o[QStringLiteral("normalisation")] =
        QJsonObject{{QStringLiteral("mean"), toArray(mean)}, {QStringLiteral("std"), toArray(std)}};
    o[QStringLiteral("threshold")] = threshold;
    o[QStringLiteral("temperature")] = temperature;
    o[QStringLiteral("parent")] = parent;
    o[QStringLiteral("created")] = created.toUTC().toString(Qt::ISODate);
    o[QStringLiteral("validation_dice")] = validationDice;
    o[QStringLiteral("epochs")] = epochs;
    o[QStringLiteral("training")] = training;
    return o;
}

bool ModelInfo::fromJson(const QJsonObject &o, ModelInfo *info, QString *error)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("dermask-model"))
        return fail(error,
                    QStringLiteral("not a Dermask model description (no \"format\": \"dermask-model\")"));
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kFormatVersion)
        return fail(error,
                    QStringLiteral("model description version %1 is not supported (this Dermask reads 1..%2)")
                        .arg(version)
                        .arg(kFormatVersion));
    // A value of the wrong type is refused by name, not read as a default.
    for (const char *key : {"width", "input_size", "threshold", "temperature", "validation_dice", "epochs"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isDouble())
            return fail(error, QStringLiteral("\"%1\" is not a number").arg(QLatin1String(key)));
    }
    for (const char *key : {"kind", "task", "network", "parent", "created"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return fail(error, QStringLiteral("\"%1\" is not text").arg(QLatin1String(key)));
    }
    ModelInfo m;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("native"))
        m.kind = ModelKind::Native;
    else if (kind == QLatin1String("torchscript"))
        m.kind = ModelKind::TorchScript;
    else
        return fail(error, QStringLiteral("unknown model kind \"%1\"").arg(kind));
    // Models made before click models were segmentation models.
    const QString task = o.value(QStringLiteral("task")).toString(taskName(ModelTask::Segment));
    if (task == taskName(ModelTask::Click))
        m.task = ModelTask::Click;
    else if (task != taskName(ModelTask::Segment))
        return fail(error, QStringLiteral("unknown model task \"%1\"").arg(task));
    if (m.task == ModelTask::Click && kind != QLatin1String("native"))
        return fail(error, QStringLiteral("a click model must be a Dermask network"));
    m.network = o.value(QStringLiteral("network")).toString();
    if (m.kind == ModelKind::Native && !isNetworkName(m.network))
        return fail(error, QStringLiteral("unknown network \"%1\" (known: %2)")
                        .arg(m.network, networkNames().join(QStringLiteral(", "))));
    m.width = o.value(QStringLiteral("width")).toDouble(1.0);
    if (!(m.width > 0.0 && m.width <= 8.0))
        return fail(error, QStringLiteral("width %1 is out of range").arg(m.width));
    m.inputSize = o.value(QStringLiteral("input_size")).toInt(0);
    if (m.inputSize < 16 || m.inputSize > 2048)
        return fail(error, QStringLiteral("input_size %1 is out of range [16, 2048]").arg(m.inputSize));
    const QJsonObject norm = o.value(QStringLiteral("normalisation")).toObject();
    if (!fromArray(norm.value(QStringLiteral("mean")), &m.mean)
        || !fromArray(norm.value(QStringLiteral("std")), &m.std))
        return fail(error, QStringLiteral("normalisation needs three means and three standard deviations"));
    for (double s : m.std)
        if (!(s > 0.0))
            return fail(error, QStringLiteral("normalisation standard deviations must be positive"));
    m.threshold = o.value(QStringLiteral("threshold")).toDouble(0.5);
    if (!(m.threshold > 0.0 && m.threshold < 1.0))
        return fail(error, QStringLiteral("threshold %1 is not within (0, 1)").arg(m.threshold));
    m.temperature = o.value(QStringLiteral("temperature")).toDouble(1.0);
    if (!(m.temperature >= 0.01 && m.temperature <= 100.0))
        return fail(error, QStringLiteral("temperature %1 is not within [0.01, 100]").arg(m.temperature));
    m.parent = o.value(QStringLiteral("parent")).toString();
    m.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    m.validationDice = o.value(QStringLiteral("validation_dice")).toDouble(-1.0);
    m.epochs = o.value(QStringLiteral("epochs")).toInt(0);
    m.training = o.value(QStringLiteral("training")).toObject();
    *info = m;
    return true;
}

bool ModelInfo::sameArchitecture(const ModelInfo &other) const
{
    return kind == other.kind && task == other.task && network == other.network && qFuzzyCompare(width, other.width)
           && inputSize == other.inputSize && mean == other.mean && std == other.std;
}

QString sidecarPath(const QString &modelPath)
{
    const QFileInfo fi(modelPath);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".json");
}

bool readSidecar(const QString &modelPath, ModelInfo *info, QString *error)
{
    const QString path = sidecarPath(modelPath);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(error,
                    QStringLiteral("%1: cannot read the model description: %2").arg(path, f.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        return fail(error, QStringLiteral("%1: not valid JSON (%2)").arg(path, parseError.errorString()));
    }
    QString why;
    if (!ModelInfo::fromJson(doc.object(), info, &why)) {
        return fail(error, QStringLiteral("%1: %2").arg(path, why));
    }
    return true;
}

bool writeSidecar(const QString &modelPath, const ModelInfo &info, QString *error)
{
    return writeFileAtomically(sidecarPath(modelPath), QJsonDocument(info.toJson()).toJson(), error);
}

} // namespace dermask::core
