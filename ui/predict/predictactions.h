#pragma once
// The Predict menu: which model file, "Predict This Image", "Predict All" (in the order the
// browser shows), Cancel. The work is core::PredictController's; this keeps the commands
// enabled as they can run, reports progress, and says what each result means. It reads what is
// on screen from the CurrentSample.

#include "core/session/samplescore.h"

#include <QObject>
#include <QVector>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace dermask::core {
class PredictController;
}

namespace dermask::ui {

class CurrentSample;

class PredictActions : public QObject
{
    Q_OBJECT
public:
    /// The actions are added to @p window; dialogs open over it.
    PredictActions(CurrentSample *current, core::PredictController *controller, bool persistent,
                   QWidget *window);

    /// "Predict All" predicts in this order (the browser's, filters applied).
    void setOrder(std::function<QVector<int>()> order) { m_order = std::move(order); }
    void setModelFile(const QString &path);
    /// Asks for a model file; false when the user cancelled.
    bool chooseModelFile();
    void predictCurrent();
    void predictAll();
    /// @p path became the workspace's active model: predictions follow it, and every image
    /// without an up-to-date prediction of it is predicted in the background (a run going on
    /// is cancelled first).
    void modelActivated(const QString &path);

    QAction *chooseModelAction() const { return m_chooseModel; }
    QAction *predictOneAction() const { return m_predictOne; }
    QAction *predictAllAction() const { return m_predictAll; }
    QAction *cancelAction() const { return m_cancel; }
    /// "&Predict", with the four actions.
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    /// A run of @p total images started: show its progress (@p format as QProgressBar's).
    void progressStarted(int total, const QString &format);
    void progressChanged(int done);
    /// The progress reads in another language now.
    void progressFormatChanged(const QString &format);
    void progressFinished();
    /// The predictions of @p model are being made: show them.
    void modelStarted(const QString &model);
    /// Sample @p index has a new prediction of @p model on disk, scored.
    void predictionWritten(int index, const QString &model, const dermask::core::SampleScore &score);
    /// Sample @p index could not be predicted (@p error names the file).
    void sampleFailed(int index, const QString &error);
    void message(const QString &text, int timeoutMs);
    void errorOccurred(const QString &title, const QString &text);

private:
    void retranslate();
    static QString progressFormat();
    void start(const QVector<int> &indices, bool skipUpToDate);
    void sessionChanged();
    QString defaultModelFile() const;
    void updateActions();

    CurrentSample *m_current;
    core::PredictController *m_controller;
    bool m_persistent;
    QWidget *m_window;
    std::function<QVector<int>()> m_order;
    bool m_modelFileGiven = false;  ///< chosen by the user: a new dataset keeps it
    bool m_allPending = false;      ///< modelActivated() waits for a run to end
    QAction *m_chooseModel;
    QAction *m_predictOne;
    QAction *m_predictAll;
    QAction *m_cancel;
    QMenu *m_menu;
};

} // namespace dermask::ui
