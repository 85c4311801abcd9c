#pragma once
// The Predict menu in the main window: which model file, "Predict This Image", "Predict All",
// Cancel; progress in the status bar; each result shown as soon as it is written.

#include "ui/common/predictionscore.h"

#include <QObject>

namespace dermask::ui {

class MainWindow;
class PredictController;
class StatusLine;
struct MainActions;

class PredictActions : public QObject
{
    Q_OBJECT
public:
    PredictActions(MainWindow *window, MainActions *actions, StatusLine *status,
                   PredictController *controller, bool persistent);

    /// A dataset was opened: predictions go to its workspace; the model file defaults to the
    /// workspace's active model unless the user chose one.
    void sessionChanged();
    void setModelFile(const QString &path);
    /// Asks for a model file; false when the user cancelled.
    bool chooseModelFile();
    void predictCurrent();
    void predictAll();
    /// Enables what can be done now.
    void updateActions();

private:
    void start(const QVector<int> &indices, bool skipUpToDate);
    void onPredicted(int index, const SampleScore &score);
    QString defaultModelFile() const;

    MainWindow *m_window;
    MainActions *m_actions;
    StatusLine *m_status;
    PredictController *m_controller;
    bool m_persistent;
    bool m_modelFileGiven = false;  ///< chosen by the user: a new dataset keeps it
};

} // namespace dermask::ui
