#pragma once
// What the window shows now, shared by every feature: the open dataset (session), the image
// on screen (index, id, review status), its decoded layers once they are ready, and the model
// whose predictions are overlaid. The window sets it; panels, the editor, the tools and the
// Predict menu read it and update from its signals instead of being called with arguments.

#include "core/session/datasetsession.h"
#include "ui/common/loadedsample.h"

#include <QObject>
#include <QString>

namespace dermask::ui {

class CurrentSample : public QObject
{
    Q_OBJECT
public:
    explicit CurrentSample(QObject *parent = nullptr);

    core::SessionPtr session() const { return m_session; }
    /// The image on screen (its index in the session), -1 for none.
    int index() const { return m_index; }
    QString id() const;
    core::SampleStatus status() const { return m_status; }
    /// The image's decoded layers; null until they are ready (and for another image's).
    LoadedSamplePtr layers() const { return m_layers; }
    /// The model whose predictions are shown (predictions/<model>/), or empty.
    QString model() const { return m_model; }

    /// A new dataset (or none): no image is shown, predictions of @p model.
    void setSession(core::SessionPtr session, const QString &model);
    /// Shows sample @p index, whose review status is @p status; its layers follow with
    /// setLayers().
    void setIndex(int index, core::SampleStatus status);
    /// The current image's status changed (a save, an approval).
    void setStatus(core::SampleStatus status);
    /// The current image's layers were decoded: a preview (LoadedSample::isPreview()) first
    /// for a huge image, then the full read. Ignored when they belong to another image or
    /// session, and for a preview once the full read is shown.
    void setLayers(const LoadedSamplePtr &layers);
    /// The same image's layers made again (its mask was edited): the view stays.
    void refreshLayers(const LoadedSamplePtr &layers);
    void setModel(const QString &model);

Q_SIGNALS:
    void sessionChanged(dermask::core::SessionPtr session);
    /// Another image is shown (its layers are not decoded yet).
    void indexChanged(int index);
    /// The image's layers are decoded: a new picture to show and to edit.
    void layersLoaded(dermask::ui::LoadedSamplePtr layers);
    /// The image's layers were made again after an edit (same picture, new mask layer).
    void layersRefreshed(dermask::ui::LoadedSamplePtr layers);
    void modelChanged(const QString &model);
    /// Anything shown changed: a panel that shows the current image refreshes from here.
    void changed();

private:
    bool accepts(const LoadedSamplePtr &layers) const;

    core::SessionPtr m_session;
    int m_index = -1;
    core::SampleStatus m_status = core::SampleStatus::Unlabeled;
    LoadedSamplePtr m_layers;
    QString m_model;
};

} // namespace dermask::ui
