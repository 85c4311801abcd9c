#pragma once
// Private to the network part: the Trainer's work in LibTorch (torchtrainer.cpp).

#include "core/training/trainerengine_p.h"

namespace dermask::core {

class TorchTrainer final : public TrainerEngine
{
public:
    TorchTrainer();
    ~TorchTrainer() override;

    bool prepare(const TrainingConfig &config, const QVector<TrainingSample> &samples,
                 QString *error) override;
    bool resume(const QString &checkpointPath, QString *error) override;
    bool step(QString *error) override;
    bool run(QString *error) override;
    void requestCancel() override;
    void updateSample(const TrainingSample &sample) override;
    void setProgressCallback(Trainer::ProgressCallback callback) override;
    bool isFinished() const override;
    StopReason stopReason() const override;
    TrainingProgress progress() const override;
    QVector<EpochRecord> history() const override;
    const TrainingConfig &config() const override;
    QString arithmetic() const override;
    int trainingSamples() const override;
    int validationSamples() const override;
    QStringList validationIds() const override;
    QStringList failures() const override;
    ModelInfo modelInfo() const override;
    bool saveBestModel(const QString &path, QString *error) const override;
    std::shared_ptr<SegmentationNetworkImpl> network() const override;
    quint64 weightsVersion() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dermask::core
