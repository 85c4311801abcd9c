#pragma once
// The Models panel, a dock of the main window: every model of the open dataset's workspace
// with its network, date, Dice on the fixed validation set (measured in the background on the
// model worker when missing or out of date), the images and corrections it learnt from, its
// parent and its training time. Make active, rename, delete (asks; never the active model, and
// not a model a training run or Predict All is writing), import a model file, and export one
// as TorchScript for Python.
// The file work is core::ModelCatalog's.

#include "core/learning/modelcatalog.h"

#include <QDockWidget>
#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dermask::core {
class PredictController;
class TrainingController;
}

namespace dermask::ui {

class ModelsDock : public QDockWidget
{
    Q_OBJECT
public:
    /// Scores models on @p worker; @p training says which model a run is writing. Starts hidden.
    ModelsDock(core::ModelWorker *worker, core::TrainingController *training, QWidget *parent = nullptr);

    /// The dataset whose models are listed.
    void setSession(core::SessionPtr session);
    /// Predict All: a model it is writing predictions for cannot be renamed or deleted meanwhile.
    void setPredictions(core::PredictController *predict);
    /// Reads the models again (after a run, an activation elsewhere).
    void refresh();

    /// Shows the dock in front (Ctrl+M).
    QAction *showAction() const { return m_showAction; }
    QTreeWidget *list() const { return m_list; }
    QString messageText() const;
    /// The model whose row is selected, or empty.
    QString selectedModel() const;
    void selectModel(const QString &name);

    // The commands on the selected model; the dialogs are skipped when a name is given (tests).
    void makeActive();
    void renameSelected(const QString &newName = QString());
    void deleteSelected(bool confirmed = false);
    void importFile(const QString &file = QString());
    void exportSelected(const QString &file = QString());
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// @p path became the workspace's active model (chosen here, or renamed).
    void activeModelChanged(const QString &path);
    /// Model @p name and its predictions are gone.
    void modelRemoved(const QString &name);
    /// A command finished (the list is up to date); tests wait for it.
    void done();

private:
    void retranslate();
    void fill();
    void updateButtons();
    /// The line under the buttons; @p text says it again in each new language.
    void showMessage(std::function<QString()> text, bool error = false);
    void showError(const QString &error);
    void onScored(const QString &name, const core::ModelScore &score);
    /// A training run or Predict All is writing model @p name's files.
    bool isBeingWritten(const QString &name) const;
    /// Says so and returns true when model @p name is being written.
    bool refuseWhileWritten(const QString &name);
    QTreeWidgetItem *itemOf(const QString &name) const;
    void setBusy(bool busy);

    core::TrainingController *m_training;
    core::PredictController *m_predict = nullptr;
    core::ModelScorer *m_scorer;
    core::SessionPtr m_session;
    QVector<core::ModelEntry> m_entries;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_message;
    QLabel *m_footnote;
    QPushButton *m_activate;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
    QAction *m_showAction;
    bool m_busy = false;
    bool m_shownBefore = false;
};

} // namespace dermask::ui
