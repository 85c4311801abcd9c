#pragma once
// The "Edit" dock: the prediction (threshold, accept it whole or inside a lasso), the clean-up
// actions with their N, revert, the history of this image's changes (click a line to go back
// to it), and whether every change is saved.

#include <QWidget>

class QAction;
class QGroupBox;
class QLabel;
class QSlider;
class QSpinBox;
class QUndoView;

namespace dermask::ui {

class EditController;
class ToolSettings;

class EditPanel : public QWidget
{
    Q_OBJECT
public:
    /// Shows @p editor's commands and state; @p predictionLasso is the tool that takes the
    /// prediction inside a loop.
    EditPanel(EditController *editor, QAction *predictionLasso, ToolSettings *settings,
              QWidget *parent = nullptr);

    /// "All changes saved", "Saving…", or a failure in red.
    QString saveState() const;

private:
    void retranslate();
    void setSaveState(const QString &text, bool problem);

    QGroupBox *m_predictionGroup;
    QLabel *m_thresholdLabel;
    QSlider *m_threshold;
    QLabel *m_thresholdValue;
    QLabel *m_noPrediction;
    QSpinBox *m_islandArea;
    QSpinBox *m_pixels;
    QGroupBox *m_cleanupGroup;
    QLabel *m_under;
    QLabel *m_by;
    QLabel *m_historyLabel;
    QUndoView *m_history;
    QLabel *m_saveState;
};

} // namespace dermask::ui
