#pragma once
// How the overlays look, and the two places that change it: the View menu's switches (mask,
// prediction, fill, difference, heat map, each with its key) and the Overlays panel (colours,
// opacities, the model shown). One OverlaySettings behind both, kept in QSettings between runs;
// the window hands each change to the canvas and the thumbnails.

#include "ui/common/overlaysettings.h"

#include <QList>
#include <QObject>

class QAction;
class QSettings;
class QWidget;

namespace dermask::ui {

class OverlayPanel;

class OverlayControls : public QObject
{
    Q_OBJECT
public:
    /// The switches are added to @p window; the panel is made for it.
    explicit OverlayControls(QWidget *window);

    OverlayPanel *panel() const { return m_panel; }
    /// Show Mask, Fill Mask, Show Prediction, Fill Prediction, Difference, Heat Map.
    QList<QAction *> switches() const;
    QAction *showTruthAction() const { return m_showTruth; }
    QAction *showPredictionAction() const { return m_showPrediction; }
    QAction *differenceAction() const { return m_difference; }

    const OverlaySettings &settings() const { return m_settings; }
    /// Shows @p settings everywhere and emits settingsChanged().
    void setSettings(const OverlaySettings &settings);
    void save(QSettings &settings) const { m_settings.save(settings); }
    void load(QSettings &settings) { setSettings(OverlaySettings::load(settings)); }

Q_SIGNALS:
    void settingsChanged(const dermask::ui::OverlaySettings &settings);

private:
    void retranslate();
    void toggle(QAction *action, void (*apply)(OverlaySettings &, bool));

    OverlaySettings m_settings;
    OverlayPanel *m_panel;
    QAction *m_showTruth;
    QAction *m_truthFill;
    QAction *m_showPrediction;
    QAction *m_predictionFill;
    QAction *m_difference;
    QAction *m_heatMap;
};

} // namespace dermask::ui
