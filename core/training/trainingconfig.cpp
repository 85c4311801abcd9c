#include "core/training/trainingconfig.h"
#include "core/util/error.h"

#include <QFileInfo>

#include <initializer_list>

namespace dermask::core {

namespace {

/// The value of @p all whose @p nameOf is @p name, into @p value; false if none.
template<typename Enum>
bool parseByName(const QString &name, std::initializer_list<Enum> all, QString (*nameOf)(Enum), Enum *value)
{
    for (Enum e : all)
        if (name == nameOf(e)) {
            *value = e;
            return true;
        }
    return false;
}

} // namespace

QString stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::None: return QStringLiteral("running");
    case StopReason::Completed: return QStringLiteral("completed");
    case StopReason::EarlyStopped: return QStringLiteral("early stop");
    case StopReason::TimeBudget: return QStringLiteral("time budget");
    case StopReason::Cancelled: return QStringLiteral("cancelled");
    case StopReason::Failed: return QStringLiteral("failed");
    }
    return QString();
}

QString lossName(LossKind loss)
{
    switch (loss) {
    case LossKind::Bce: return QStringLiteral("bce");
    case LossKind::Dice: return QStringLiteral("dice");
    case LossKind::BceDice: return QStringLiteral("bce+dice");
    case LossKind::Focal: return QStringLiteral("focal");
    }
    return QString();
}

bool parseLoss(const QString &name, LossKind *loss)
{
    return parseByName(name, {LossKind::Bce, LossKind::Dice, LossKind::BceDice, LossKind::Focal}, lossName, loss);
}

QString precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Auto: return QStringLiteral("auto");
    case Precision::Fp32: return QStringLiteral("fp32");
    case Precision::Bf16: return QStringLiteral("bf16");
    }
    return QString();
}

bool parsePrecision(const QString &name, Precision *precision)
{
    return parseByName(name, {Precision::Auto, Precision::Fp32, Precision::Bf16}, precisionName, precision);
}

QJsonObject TrainingConfig::toJson() const
{
    return QJsonObject{
        {QStringLiteral("task"), taskName(task)},
        {QStringLiteral("network"), network},
        {QStringLiteral("width"), width},
        {QStringLiteral("input_size"), inputSize},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("batch"), batchSize},
        {QStringLiteral("ranks"), distributed.worldSize},   // batch is each rank's
        {QStringLiteral("learning_rate"), learningRate},
        {QStringLiteral("weight_decay"), weightDecay},
        {QStringLiteral("loss"), lossName(loss)},
        {QStringLiteral("augment"), augment},
        {QStringLiteral("validation_fraction"), validationFraction},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("minutes"), minutes},
        {QStringLiteral("patience"), patience},
        {QStringLiteral("correction_weight"), correctionWeight},
        {QStringLiteral("precision"), precisionName(precision)},
        {QStringLiteral("device"), device},
        {QStringLiteral("init_model"), initModel},
    };
}

TrainingConfig TrainingConfig::defaults(ModelTask task)
{
    TrainingConfig c;
    c.task = task;
    if (task == ModelTask::Click) {
        c.inputSize = 128;
        c.width = 0.5;
        c.epochs = 0;
        c.minutes = 20.0;
    }
    return c;
}

bool TrainingConfig::validate(QString *error) const
{
    if (inputSize < 16 || inputSize > 1024 || inputSize % 16 != 0)
        return fail(
            error, QStringLiteral("input size %1 must be a multiple of 16 within [16, 1024]").arg(inputSize));
    if (epochs < 0 || epochs > 100000)
        return fail(error, QStringLiteral("epochs %1 must be within [0, 100000]").arg(epochs));
    if (epochs == 0 && !(minutes > 0.0))
        return fail(error, QStringLiteral("a run without an epoch count needs a time budget"));
    if (batchSize < 1 || batchSize > 1024)
        return fail(error, QStringLiteral("batch size %1 must be within [1, 1024]").arg(batchSize));
    if (!(learningRate > 0.0 && learningRate < 1.0))
        return fail(error, QStringLiteral("learning rate %1 must be within (0, 1)").arg(learningRate));
    if (!(weightDecay >= 0.0 && weightDecay < 1.0))
        return fail(error, QStringLiteral("weight decay %1 must be within [0, 1)").arg(weightDecay));
    if (!(validationFraction >= 0.0 && validationFraction < 1.0))
        return fail(error,
                    QStringLiteral("validation fraction %1 must be within [0, 1)").arg(validationFraction));
    if (threads < 0 || threads > 256)
        return fail(error, QStringLiteral("threads %1 must be within [0, 256]").arg(threads));
    if (!(minutes >= 0.0))
        return fail(error, QStringLiteral("the time budget must not be negative"));
    if (correctionWeight < 1 || correctionWeight > 20)
        return fail(error,
                    QStringLiteral("correction weight %1 must be between 1 and 20").arg(correctionWeight));
    if (patience < 1)
        return fail(error, QStringLiteral("patience %1 must be at least 1").arg(patience));
    if (!(width > 0.0 && width <= 8.0))
        return fail(error, QStringLiteral("width multiplier %1 is out of range (0, 8]").arg(width));
    return true;
}

QString defaultCheckpointPath(const QString &modelPath)
{
    const QFileInfo fi(modelPath);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".ckpt");
}

} // namespace dermask::core
