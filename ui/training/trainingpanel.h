#pragma once
// The Training panel: which network, how long, whether to fine-tune the active model;
// Start and Stop; where the run stands (epoch, loss, validation Dice, images/s, time left);
// the loss and Dice curves; and what came of the run. The core::TrainingController does the work.

#include "core/learning/trainingcontroller.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace dermask::ui {

class TrainingChart;

class TrainingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPanel(core::TrainingController *controller, QWidget *parent = nullptr);

    /// What the controls say now.
    core::TrainingChoice choice() const;
    core::TrainingController *controller() const { return m_controller; }

    // For tests and screenshots.
    QComboBox *networkBox() const { return m_network; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QCheckBox *fineTuneBox() const { return m_fineTune; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *progressBar() const { return m_progress; }
    TrainingChart *chart() const { return m_chart; }
    /// The data line ("148 images with a mask", or why training cannot start).
    QString dataText() const;
    /// The active model line ("fastunet-20250101-0930 (Dice 0.871)", or "none yet").
    QString activeText() const;
    /// The outcome of the last run, or the error of the last Start.
    QString messageText() const;

public Q_SLOTS:
    /// As the Start button: starts a run with choice(); a refusal shows in the message line.
    void startTraining();
    void stopTraining();

Q_SIGNALS:
    /// A run was started from this panel.
    void trainingStarted();

private:
    void retranslate();
    void updateControls();
    /// "Not training.", "Epoch 3 of 10, batch 5 of 20"...: from the state and the progress shown.
    void updateStage();
    /// Loss, validation Dice, speed and time left of the progress shown.
    void updateFigures();
    void onStarted();
    void onProgress(const core::TrainingProgress &progress);
    void onFinished(core::StopReason reason, const QString &message, const QString &modelPath);
    void showMessage(const QString &text, bool error);
    QLabel *makeValue();

    core::TrainingController *m_controller;
    core::TrainingProgress m_shown;   ///< the progress on screen (batches 0: none)
    QFormLayout *m_form;
    QLabel *m_data;
    QComboBox *m_task;
    QComboBox *m_network;
    QSpinBox *m_minutes;
    QLabel *m_active;
    QCheckBox *m_fineTune;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QLabel *m_loss;
    QLabel *m_dice;
    QLabel *m_speed;
    QLabel *m_eta;
    QList<QLabel *> m_figureNames;   ///< "Loss:", "Validation Dice:"... beside those four
    TrainingChart *m_chart;
    QLabel *m_message;
    int m_otherMinutes = 1;   ///< the budget of the other kind of run (fine-tune while training from scratch)
    QString m_startedNetwork;   ///< the network choice before fine-tuning took the box
};

} // namespace dermask::ui
