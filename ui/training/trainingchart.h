#pragma once
// The training curves: mean training loss (left axis) and validation Dice (right axis, 0..1)
// per epoch, one point added as each epoch ends.

#include "core/learning/trainingcontroller.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace dermask::ui {

class TrainingChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrainingChart(QWidget *parent = nullptr);

    void clear();
    void addEpoch(const core::EpochPoint &point);
    /// Points drawn so far (the loss curve's; the Dice curve skips unvalidated epochs).
    int pointCount() const;
    QLineSeries *lossSeries() const { return m_loss; }
    QLineSeries *diceSeries() const { return m_dice; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPalette();
    void updateAxes();

    QLineSeries *m_loss;
    QLineSeries *m_dice;
    QValueAxis *m_epochs;
    QValueAxis *m_lossAxis;
    QValueAxis *m_diceAxis;
    double m_maxLoss = 0.0;
    int m_lastEpoch = 0;
};

} // namespace dermask::ui
