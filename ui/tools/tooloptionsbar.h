#pragma once
// The line above the canvas: which tool is active, what its buttons do, and its options (the
// brush size, the prediction threshold). A newcomer reads here what a drag will do.

#include <QWidget>

class QLabel;
class QSlider;
class QSpinBox;

namespace dermask::ui {

class ToolSettings;

class ToolOptionsBar : public QWidget
{
    Q_OBJECT
public:
    ToolOptionsBar(ToolSettings *settings, QWidget *parent = nullptr);

    /// Shows @p name and @p hint, with the size and/or threshold controls.
    void showTool(const QString &name, const QString &hint, bool size, bool threshold);
    QString hint() const;

private:
    void retranslate();

    ToolSettings *m_settings;
    QLabel *m_name;
    QLabel *m_hint;
    QWidget *m_size;
    QLabel *m_sizeLabel;
    QSlider *m_sizeSlider;
    QSpinBox *m_sizeSpin;
    QWidget *m_threshold;
    QLabel *m_thresholdLabel;
    QSlider *m_thresholdSlider;
    QLabel *m_thresholdValue;
};

/// Slider position (0..1000) <-> brush diameter 1..500 px on a log scale: small brushes get
/// fine steps.
int sizeToSlider(double size);
double sliderToSize(int position);

} // namespace dermask::ui
