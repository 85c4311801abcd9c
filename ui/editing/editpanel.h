#pragma once
// The "Edit" dock: the prediction (threshold, accept it whole or inside a lasso), the clean-up
// actions with their N, revert, the history of this image's changes (click a line to go back
// to it), and whether every change is saved.

#include <QWidget>

class QLabel;
class QSlider;
class QSpinBox;
class QUndoStack;
class QUndoView;

namespace dermask::ui {

class ToolSettings;
struct EditActions;

class EditPanel : public QWidget
{
    Q_OBJECT
public:
    EditPanel(EditActions *actions, ToolSettings *settings, QWidget *parent = nullptr);

    /// The history shown (the current image's), or none.
    void setStack(QUndoStack *stack);
    /// Whether the image has a prediction to accept (a note says how to get one otherwise).
    void setPredictionAvailable(bool available);
    /// "All changes saved", "Saving…", or a failure in red.
    void setSaveState(const QString &text, bool problem);
    QString saveState() const;

private:
    QSlider *m_threshold;
    QLabel *m_thresholdValue;
    QLabel *m_noPrediction;
    QSpinBox *m_islandArea;
    QSpinBox *m_pixels;
    QUndoView *m_history;
    QLabel *m_saveState;
};

} // namespace dermask::ui
