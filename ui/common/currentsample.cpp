#include "ui/common/currentsample.h"

namespace dermask::ui {

CurrentSample::CurrentSample(QObject *parent) : QObject(parent) {}

QString CurrentSample::id() const
{
    return m_session && m_index >= 0 ? m_session->sample(m_index).id : QString();
}

void CurrentSample::setSession(core::SessionPtr session, const QString &model)
{
    m_session = std::move(session);
    m_index = -1;
    m_status = core::SampleStatus::Unlabeled;
    m_layers.reset();
    m_model = model;
    Q_EMIT sessionChanged(m_session);
    Q_EMIT changed();
}

void CurrentSample::setIndex(int index, core::SampleStatus status)
{
    if (!m_session || index < 0 || index >= m_session->count())
        return;
    if (index != m_index)
        m_layers.reset();
    m_index = index;
    m_status = status;
    Q_EMIT indexChanged(index);
    Q_EMIT changed();
}

void CurrentSample::setStatus(core::SampleStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT changed();
}

bool CurrentSample::accepts(const LoadedSamplePtr &layers) const
{
    return layers && m_session && layers->sessionSerial == m_session->serial() && layers->index == m_index;
}

void CurrentSample::setLayers(const LoadedSamplePtr &layers)
{
    if (!accepts(layers))
        return;
    if (layers->isPreview() && m_layers && !m_layers->isPreview())
        return;  // the full read is shown already
    m_layers = layers;
    Q_EMIT layersLoaded(layers);
    Q_EMIT changed();
}

void CurrentSample::refreshLayers(const LoadedSamplePtr &layers)
{
    if (!accepts(layers))
        return;
    m_layers = layers;
    Q_EMIT layersRefreshed(layers);
    Q_EMIT changed();
}

void CurrentSample::setModel(const QString &model)
{
    if (model == m_model)
        return;
    m_model = model;
    Q_EMIT modelChanged(model);
    Q_EMIT changed();
}

} // namespace dermask::ui
