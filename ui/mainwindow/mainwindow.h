#pragma once
// The main window composes the features: the dataset browser (left), the image canvas with the
// editing tools (centre), the image's facts, the Edit panel, the overlay controls and the
// Training panel (right), the status bar. It creates them, lays them out, builds the menus from
// their commands and connects their signals; the features do the work and none of them knows
// the window. What is on screen is the one CurrentSample every feature reads.

#include "core/session/datasetsession.h"
#include "ui/common/currentsample.h"
#include "ui/mainwindow/datasetopener.h"

#include <QMainWindow>
#include <QThreadPool>
#include <memory>

class QMenu;
class QStackedWidget;

namespace dermask::core {
class ModelWorker;
class PredictController;
struct SampleScore;
}

namespace dermask::ui {

class BrowserWidget;
class EditController;
class EditPanel;
class ImageCanvas;
class InfoPanel;
class LanguageMenu;
class ModelsDock;
class Navigator;
class OverlayControls;
class PredictActions;
class SampleLoader;
class SampleModel;
class ScoreFeed;
class StatusLine;
class ThumbnailCache;
class ToolBox;
class ToolSettings;
class TrainingDock;
class WelcomePage;
class WindowDocks;
struct MainActions;

struct MainWindowOptions
{
    bool persistent = true;  ///< read and write QSettings (off for tests and screenshots)
    QString workspaceDir;    ///< --workspace: where the dataset's workspace lives
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Options = MainWindowOptions;

    explicit MainWindow(const Options &options = Options(), QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p dir in the background; datasetOpened() or datasetFailed() follows.
    void openDataset(const QString &dir) { m_opener->open(dir); }
    /// Generates the sample dataset if needed, then opens it.
    void openSampleDataset() { m_opener->openSample(); }
    /// Opens the dataset of the last session; false when there is none.
    bool restoreLastDataset() { return m_opener->openLast(); }
    bool isOpening() const { return m_opener->isOpening(); }

    /// What is on screen: the dataset, the image, its layers, the prediction model shown.
    CurrentSample *current() const { return m_current; }
    core::SessionPtr session() const { return m_current->session(); }
    int currentIndex() const { return m_current->index(); }
    QString currentId() const { return m_current->id(); }
    /// Shows sample @p index (selects it in the browser, decodes it if needed).
    void showSample(int index);
    /// The model whose predictions are shown (predictions/<model>/), or empty.
    QString predictionModel() const { return m_current->model(); }
    void setPredictionModel(const QString &model);
    /// The model file "Predict" uses (also chosen with Predict ▸ Choose Model File).
    void setModelFile(const QString &path);
    /// Makes the editing tool @p name active once an image is editable (--tool).
    bool selectTool(const QString &name);
    /// True when no thumbnail and no score is being made (the window has settled).
    bool isSettled() const;
    /// Shows an error: a dialog, or the status bar when running unattended.
    void reportError(const QString &title, const QString &text);

Q_SIGNALS:
    void datasetOpened(const QString &root);
    void datasetFailed(const QString &error);
    /// The canvas drew the current sample @p id with its overlays.
    void sampleShown(const QString &id);
    /// Scores of all samples against the shown model are in the browser.
    void scoresUpdated();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildEditor();
    void buildMenus();
    void connectSampleFlow();
    void connectEditing();
    void connectPredictions();
    void connectActions();
    void setSession(core::SessionPtr session, const QStringList &warnings);
    void onOpenFailed(const QString &title, const QString &error);
    void onIndexChanged(int index);
    void onSampleLoaded(const LoadedSamplePtr &sample);
    void onStatusChanged(int index, core::SampleStatus status);
    void onPredictionWritten(int index, const QString &model, const core::SampleScore &score);
    void showMessage(const QString &text, int timeoutMs);
    void updateActions();
    void showProblems();
    /// The canvas says the dataset has no images and what Dermask looks for.
    void showNoImages();
    /// The words the window owns: menu, dock and toolbar titles, the window title.
    void retranslate();
    void updateTitle();
    void saveSettings();
    void restoreSettings();

    Options m_options;
    QThreadPool m_writes;          ///< mask and status writes, in order
    std::unique_ptr<MainActions> m_actions;

    CurrentSample *m_current = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    SampleModel *m_model = nullptr;
    SampleLoader *m_loader = nullptr;
    ScoreFeed *m_scores = nullptr;
    core::ModelWorker *m_worker = nullptr;
    core::PredictController *m_predictor = nullptr;
    DatasetOpener *m_opener = nullptr;
    ToolSettings *m_toolSettings = nullptr;

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_editor = nullptr;
    ImageCanvas *m_canvas = nullptr;
    ToolBox *m_tools = nullptr;
    EditController *m_edit = nullptr;
    EditPanel *m_editPanel = nullptr;
    BrowserWidget *m_browser = nullptr;
    Navigator *m_navigator = nullptr;
    InfoPanel *m_info = nullptr;
    OverlayControls *m_overlays = nullptr;
    PredictActions *m_predict = nullptr;
    TrainingDock *m_training = nullptr;
    ModelsDock *m_models = nullptr;
    StatusLine *m_status = nullptr;
    WindowDocks *m_docks = nullptr;
    /// Menus and the toolbar with their titles in the source language.
    QList<std::pair<QWidget *, const char *>> m_titles;
    QAction *m_holdToHide = nullptr;
    LanguageMenu *m_languages = nullptr;
    bool m_layoutRestored = false;
};

} // namespace dermask::ui
