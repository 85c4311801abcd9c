// The Trainer hands every call to the network part's engine (torchtrainer.cpp). Without the
// part (a broken installation) the calls that can fail say why, and the others answer as a
// trainer that never started.

#include "core/training/trainer.h"

#include "core/model/netpart_p.h"
#include "core/training/trainerengine_p.h"
#include "core/util/error.h"

namespace dermask::core {

Trainer::Trainer()
{
    if (const NetPart *part = netPart(&m_unavailable))
        d = part->newTrainer();
}

Trainer::~Trainer() = default;

bool Trainer::prepare(const TrainingConfig &config, const QVector<TrainingSample> &samples,
                      QString *error)
{
    return d ? d->prepare(config, samples, error) : fail(error, m_unavailable);
}

bool Trainer::resume(const QString &checkpointPath, QString *error)
{
    return d ? d->resume(checkpointPath, error) : fail(error, m_unavailable);
}

bool Trainer::step(QString *error) { return d ? d->step(error) : fail(error, m_unavailable); }
bool Trainer::run(QString *error) { return d ? d->run(error) : fail(error, m_unavailable); }

void Trainer::requestCancel()
{
    if (d)
        d->requestCancel();
}

void Trainer::updateSample(const TrainingSample &sample)
{
    if (d)
        d->updateSample(sample);
}

void Trainer::setProgressCallback(ProgressCallback callback)
{
    if (d)
        d->setProgressCallback(std::move(callback));
}

bool Trainer::isFinished() const { return d && d->isFinished(); }
StopReason Trainer::stopReason() const { return d ? d->stopReason() : StopReason::None; }
TrainingProgress Trainer::progress() const { return d ? d->progress() : TrainingProgress(); }
QVector<EpochRecord> Trainer::history() const { return d ? d->history() : QVector<EpochRecord>(); }

const TrainingConfig &Trainer::config() const
{
    static const TrainingConfig none;
    return d ? d->config() : none;
}

QString Trainer::arithmetic() const { return d ? d->arithmetic() : QString(); }
int Trainer::trainingSamples() const { return d ? d->trainingSamples() : 0; }
int Trainer::validationSamples() const { return d ? d->validationSamples() : 0; }
QStringList Trainer::validationIds() const { return d ? d->validationIds() : QStringList(); }
QStringList Trainer::failures() const { return d ? d->failures() : QStringList(); }
ModelInfo Trainer::modelInfo() const { return d ? d->modelInfo() : ModelInfo(); }

bool Trainer::saveBestModel(const QString &path, QString *error) const
{
    return d ? d->saveBestModel(path, error) : fail(error, m_unavailable);
}

std::shared_ptr<SegmentationNetworkImpl> Trainer::network() const
{
    return d ? d->network() : nullptr;
}

quint64 Trainer::weightsVersion() const { return d ? d->weightsVersion() : 0; }

} // namespace dermask::core
