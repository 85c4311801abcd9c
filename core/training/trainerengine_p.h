#pragma once
// Private to core: what a Trainer asks of the network part (core/model/netpart_p.h). Trainer
// (trainer.cpp, no LibTorch) forwards every call to a TrainerEngine; the network part's
// TorchTrainer (torchtrainer.cpp) is the one implementation. The calls mean what Trainer's do.

#include "core/training/trainer.h"

namespace dermask::core {

class TrainerEngine
{
public:
    virtual ~TrainerEngine() = default;

    virtual bool prepare(const TrainingConfig &config, const QVector<TrainingSample> &samples,
                         QString *error) = 0;
    virtual bool resume(const QString &checkpointPath, QString *error) = 0;
    virtual bool step(QString *error) = 0;
    virtual bool run(QString *error) = 0;
    virtual void requestCancel() = 0;
    virtual void updateSample(const TrainingSample &sample) = 0;
    virtual void setProgressCallback(Trainer::ProgressCallback callback) = 0;
    virtual bool isFinished() const = 0;
    virtual StopReason stopReason() const = 0;
    virtual TrainingProgress progress() const = 0;
    virtual QVector<EpochRecord> history() const = 0;
    virtual const TrainingConfig &config() const = 0;
    virtual QString arithmetic() const = 0;
    virtual int trainingSamples() const = 0;
    virtual int validationSamples() const = 0;
    virtual QStringList validationIds() const = 0;
    virtual QStringList failures() const = 0;
    virtual ModelInfo modelInfo() const = 0;
    virtual bool saveBestModel(const QString &path, QString *error) const = 0;
    virtual std::shared_ptr<SegmentationNetworkImpl> network() const = 0;
    virtual quint64 weightsVersion() const = 0;
};

} // namespace dermask::core
