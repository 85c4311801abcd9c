#pragma once
// The overlay controls: the truth mask and the prediction, each shown as outline or fill in
// its own colour and opacity; the difference view; the probability heat map; which model's
// predictions are shown.

#include "ui/common/overlaysettings.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QSlider;

namespace dermask::ui {

class ColorButton;

class OverlayPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverlayPanel(QWidget *parent = nullptr);

    /// Shows @p settings without emitting settingsChanged().
    void setSettings(const OverlaySettings &settings);
    OverlaySettings settings() const { return m_settings; }

    /// The models with predictions; @p current is selected (without emitting modelChanged()).
    void setModels(const QStringList &models, const QString &current);
    QString model() const;

Q_SIGNALS:
    void settingsChanged(const dermask::ui::OverlaySettings &settings);
    void modelChanged(const QString &model);

private:
    struct LayerControls
    {
        QGroupBox *group = nullptr;
        QFormLayout *form = nullptr;
        QHBoxLayout *row = nullptr;  ///< draw as: the mode and the colour
        QComboBox *mode = nullptr;
        ColorButton *color = nullptr;
        QSlider *opacity = nullptr;
    };
    LayerControls makeLayer();
    void retranslate();
    QSlider *makeOpacity();
    void readControls();
    void writeControls();

    OverlaySettings m_settings;
    LayerControls m_truth;
    LayerControls m_prediction;
    QComboBox *m_model = nullptr;
    QLabel *m_noModel = nullptr;
    QGroupBox *m_difference = nullptr;
    QFormLayout *m_differenceForm = nullptr;
    ColorButton *m_falsePositive = nullptr;
    ColorButton *m_falseNegative = nullptr;
    QSlider *m_differenceOpacity = nullptr;
    QGroupBox *m_heat = nullptr;
    QFormLayout *m_heatForm = nullptr;
    QSlider *m_heatOpacity = nullptr;
    QWidget *m_legend = nullptr;
    QLabel *m_hint = nullptr;
    bool m_updating = false;
};

} // namespace dermask::ui
