#include "ui/panels/overlaycontrols.h"

#include "ui/common/actions.h"
#include "ui/common/retranslate.h"
#include "ui/panels/overlaypanel.h"

#include <QAction>
#include <QWidget>

namespace dermask::ui {

OverlayControls::OverlayControls(QWidget *window) : QObject(window)
{
    m_panel = new OverlayPanel(window);
    m_showTruth = makeToggle(window, "showTruth", {Qt::Key_M});
    m_showPrediction = makeToggle(window, "showPrediction", {Qt::Key_P});
    m_difference = makeToggle(window, "difference", {Qt::Key_D});
    m_heatMap = makeToggle(window, "heatMap", {QKeySequence(Qt::SHIFT | Qt::Key_P)});
    m_truthFill = makeToggle(window, "truthFill", {QKeySequence(Qt::SHIFT | Qt::Key_M)});
    m_predictionFill = makeToggle(window, "predictionFill");
    retranslateNowAndOnChange(this, [this] { retranslate(); });

    toggle(m_showTruth, [](OverlaySettings &s, bool on) { s.truth.visible = on; });
    toggle(m_showPrediction, [](OverlaySettings &s, bool on) { s.prediction.visible = on; });
    toggle(m_difference, [](OverlaySettings &s, bool on) { s.difference = on; });
    toggle(m_heatMap, [](OverlaySettings &s, bool on) { s.heatMap = on; });
    toggle(m_truthFill, [](OverlaySettings &s, bool on) {
        s.truth.mode = on ? LayerStyle::Mode::Fill : LayerStyle::Mode::Contour;
        s.truth.visible = true;
    });
    toggle(m_predictionFill, [](OverlaySettings &s, bool on) {
        s.prediction.mode = on ? LayerStyle::Mode::Fill : LayerStyle::Mode::Contour;
        s.prediction.visible = true;
    });
    connect(m_panel, &OverlayPanel::settingsChanged, this, &OverlayControls::setSettings);
    setSettings(m_settings);
}

void OverlayControls::retranslate()
{
    setActionTexts(m_showTruth, tr("Show &Mask"), tr("Show the mask (M)"));
    setActionTexts(m_showPrediction, tr("Show &Prediction"), tr("Show the predicted mask (P)"));
    setActionTexts(m_difference, tr("&Difference View"), tr("Colour where prediction and mask disagree (D)"));
    setActionTexts(m_heatMap, tr("Probability &Heat Map"), tr("Show the model's probability map (Shift+P)"));
    setActionTexts(m_truthFill, tr("Fill Mask"), tr("Draw the mask filled instead of outlined (Shift+M)"));
    setActionTexts(m_predictionFill, tr("Fill Prediction"), tr("Draw the prediction filled instead of outlined"));
    // Short toolbar labels; the menus keep the full names.
    m_showTruth->setIconText(tr("Mask"));
    m_showPrediction->setIconText(tr("Prediction"));
    m_difference->setIconText(tr("Difference"));
}

QList<QAction *> OverlayControls::switches() const
{
    return {m_showTruth, m_truthFill, m_showPrediction, m_predictionFill, m_difference, m_heatMap};
}

void OverlayControls::toggle(QAction *action, void (*apply)(OverlaySettings &, bool))
{
    connect(action, &QAction::toggled, this, [this, apply](bool on) {
        OverlaySettings s = m_settings;
        apply(s, on);
        setSettings(s);
    });
}

void OverlayControls::setSettings(const OverlaySettings &settings)
{
    m_settings = settings;
    m_panel->setSettings(settings);
    const std::pair<QAction *, bool> states[] = {
        {m_showTruth, settings.truth.visible},
        {m_showPrediction, settings.prediction.visible},
        {m_difference, settings.difference},
        {m_heatMap, settings.heatMap},
        {m_truthFill, settings.truth.mode == LayerStyle::Mode::Fill},
        {m_predictionFill, settings.prediction.mode == LayerStyle::Mode::Fill},
    };
    for (const auto &[action, on] : states) {
        const QSignalBlocker block(action);
        action->setChecked(on);
    }
    Q_EMIT settingsChanged(settings);
}

} // namespace dermask::ui
