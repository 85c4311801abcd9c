#pragma once
/// @file No silent regressions: a new model is measured against the active one on the same
/// images (the workspace's fixed validation set, at each image's own size, through the same
/// Predictor) before it may replace it. One evaluate() job per model on the engine's worker;
/// decided() answers once.

#include "core/engine/modelworker.h"
#include "core/workspace/workspace.h"

#include <QObject>
#include <QPointer>

namespace dermask::core {

/// What the comparison found.
struct GateVerdict
{
    bool adopt = false;          ///< the candidate is not worse (or nothing to compare with)
    int images = 0;              ///< validation images both were measured on
    double candidateDice = -1.0; ///< -1: not measured
    double activeDice = -1.0;    ///< -1: no active model, or it could not be measured
    QString error;               ///< why the candidate could not be measured (then adopt is false)
    QString validationSet;       ///< validationSetKey() of the images measured on
};

/// The workspace's fixed validation set, each image with its effective mask as truth.
QVector<PredictionInput> validationInputs(const Workspace &workspace);

/// Names a set of images by their ids (a short hash): scores measured on the same key compare.
QString validationSetKey(const QVector<PredictionInput> &inputs);

class ModelGate : public QObject
{
    Q_OBJECT
public:
    explicit ModelGate(ModelWorker *worker, QObject *parent = nullptr);
    ~ModelGate() override;

    /// Measures @p candidate and @p active (empty: none) on @p inputs; decided() follows. The
    /// candidate is adopted when its mean Dice is at least the active model's. Without
    /// validation images, or when the active model cannot be measured, it is adopted.
    void compare(const QString &candidate, const QString &active, const QVector<PredictionInput> &inputs);
    bool isBusy() const { return m_candidateJob || m_activeJob; }
    /// Abandons a comparison; no decided() comes.
    void cancel();

Q_SIGNALS:
    void decided(const dermask::core::GateVerdict &verdict);

private:
    void onJobEnded(JobId job, const JobResult &result);

    QPointer<ModelWorker> m_worker;
    JobId m_candidateJob = 0;
    JobId m_activeJob = 0;
    GateVerdict m_verdict;
    QString m_candidate;
};

} // namespace dermask::core

Q_DECLARE_METATYPE(dermask::core::GateVerdict)
