#include "core/learning/modelgate.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace dermask::core {

QVector<PredictionInput> validationInputs(const Workspace &workspace)
{
    QVector<PredictionInput> inputs;
    for (const Sample &s : workspace.dataset().samples) {
        if (workspace.splitSide(s.id) != SplitSide::Validation)
            continue;
        const QString truth = workspace.effectiveMaskPath(s);
        if (!truth.isEmpty())
            inputs.append({s.id, s.imagePath, truth});
    }
    return inputs;
}

QString validationSetKey(const QVector<PredictionInput> &inputs)
{
    QStringList ids;
    for (const PredictionInput &input : inputs)
        ids.append(input.id);
    ids.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(ids.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12));
}

ModelGate::ModelGate(ModelWorker *worker, QObject *parent) : QObject(parent), m_worker(worker)
{
    qRegisterMetaType<GateVerdict>();
    connect(worker, &ModelWorker::jobEnded, this, &ModelGate::onJobEnded);
}

ModelGate::~ModelGate()
{
    cancel();
}

void ModelGate::compare(const QString &candidate, const QString &active, const QVector<PredictionInput> &inputs)
{
    cancel();
    m_verdict = GateVerdict();
    m_verdict.images = int(inputs.size());
    m_verdict.validationSet = validationSetKey(inputs);
    m_candidate = candidate;
    if (inputs.isEmpty() || !m_worker) {
        m_verdict.adopt = true;   // nothing to measure on: the newest model is the best guess
        Q_EMIT decided(m_verdict);
        return;
    }
    m_candidateJob = m_worker->evaluate(candidate, inputs);
    if (!active.isEmpty() && QFileInfo::exists(active) && active != candidate)
        m_activeJob = m_worker->evaluate(active, inputs);
}

void ModelGate::cancel()
{
    for (JobId *job : {&m_candidateJob, &m_activeJob}) {
        if (*job && m_worker)
            m_worker->cancel(*job);
        *job = 0;
    }
}

void ModelGate::onJobEnded(JobId job, const JobResult &result)
{
    if (!job || (job != m_candidateJob && job != m_activeJob))
        return;
    const bool ok = result.end == JobEnd::Finished && result.scored > 0;
    if (job == m_candidateJob) {
        m_candidateJob = 0;
        if (ok) {
            m_verdict.candidateDice = result.dice;
            m_verdict.images = result.scored;
        } else
            m_verdict.error = !result.error.isEmpty() ? result.error
                              : result.end == JobEnd::Cancelled
                                  ? tr("the comparison was cancelled")
                                  : tr("%1: none of the validation images could be predicted")
                                        .arg(QFileInfo(m_candidate).fileName());
    } else {
        m_activeJob = 0;
        if (ok)
            m_verdict.activeDice = result.dice;
    }
    if (isBusy())
        return;
    m_verdict.adopt = m_verdict.error.isEmpty()
                      && (m_verdict.activeDice < 0 || m_verdict.candidateDice >= m_verdict.activeDice);
    Q_EMIT decided(m_verdict);
}

} // namespace dermask::core
