#pragma once
// The viewer's main window: the dataset browser (left), the image canvas (centre), the
// image's facts and the overlay controls (right), the status bar. It connects the parts and
// owns the session; the parts do the work.

#include "ui/common/datasetsession.h"
#include "ui/common/loadedsample.h"
#include "ui/common/overlaysettings.h"
#include "ui/common/predictionscore.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

class QDockWidget;
class QStackedWidget;

namespace dermask::core {
class ModelWorker;
}

namespace dermask::ui {

class BrowserWidget;
class EditController;
class ImageCanvas;
class InfoPanel;
class OverlayPanel;
class PredictActions;
class PredictController;
class SampleDataset;
class SampleLoader;
class SampleModel;
class ScoreCollector;
class StatusLine;
class ThumbnailCache;
class WelcomePage;
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
    void openDataset(const QString &dir);
    /// Generates the sample dataset if needed, then opens it.
    void openSampleDataset();
    /// Opens the dataset of the last session; false when there is none.
    bool restoreLastDataset();
    bool isOpening() const;

    SessionPtr session() const { return m_session; }
    int currentIndex() const { return m_current; }
    QString currentId() const;
    /// Shows sample @p index (selects it in the browser, decodes it if needed).
    void showSample(int index);
    /// The model whose predictions are shown (predictions/<model>/), or empty.
    QString predictionModel() const { return m_predictionModel; }
    void setPredictionModel(const QString &model);
    /// The model file "Predict" uses (also chosen with Predict ▸ Choose Model File).
    void setModelFile(const QString &path);
    /// Shows an error: a dialog, or the status bar when running unattended.
    void reportError(const QString &title, const QString &text);

    BrowserWidget *browser() const { return m_browser; }
    ImageCanvas *canvas() const { return m_canvas; }
    InfoPanel *infoPanel() const { return m_info; }
    OverlayPanel *overlayPanel() const { return m_overlayPanel; }
    SampleModel *sampleModel() const { return m_model; }
    SampleLoader *loader() const { return m_loader; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    PredictController *predictor() const { return m_predictor; }
    /// The engine's model worker (the one owner of the network).
    core::ModelWorker *modelWorker() const { return m_modelWorker; }
    ScoreCollector *scoreCollector() const { return m_scores; }
    MainActions *actions() const { return m_actions.get(); }
    /// Mask editing: tools, undo, saving, export (ui/editing/).
    EditController *editor() const { return m_edit; }

Q_SIGNALS:
    void datasetOpened(const QString &root);
    void datasetFailed(const QString &error);
    /// The canvas drew the current sample @p id with its overlays.
    void sampleShown(const QString &id);
    /// Scores of all samples against the shown model are in the browser.
    void scoresUpdated();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct OpenResult
    {
        QString dir;
        std::shared_ptr<DatasetSession> session;
        QString error;
        QStringList warnings;
    };

    void buildUi();
    void showDocks();
    void connectParts();
    void connectActions();
    void onOpened();
    void setSession(SessionPtr session, const QStringList &warnings);
    void onSampleLoaded(const LoadedSamplePtr &sample);
    void prefetchAround(int index);
    void goTo(int index, const QString &noneMessage);
    void goStep(int step);
    void goNextUnreviewed();
    void goNextUncertain();
    void goNextDisagreement();
    enum class Ranking { None, Uncertainty, Disagreement };
    /// Walks a ranking: the top first, then down it while the user keeps jumping.
    void goByRank(Ranking ranking, const std::function<std::optional<double>(int)> &key,
                  const QString &noneMessage);
    void toggleApprove();
    void applyOverlaySettings(const OverlaySettings &settings);
    void syncOverlayActions();
    void updateActions();
    void updatePosition();
    void updateRecent();
    void addRecent(const QString &dir);
    void showProblems();
    void updateTitle();
    void saveSettings();
    void restoreSettings();

    Options m_options;
    std::unique_ptr<MainActions> m_actions;
    ThumbnailCache *m_thumbnails = nullptr;
    SampleModel *m_model = nullptr;
    SampleLoader *m_loader = nullptr;
    ScoreCollector *m_scores = nullptr;
    PredictController *m_predictor = nullptr;
    PredictActions *m_predictActions = nullptr;
    core::ModelWorker *m_modelWorker = nullptr;
    SampleDataset *m_sample = nullptr;

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    ImageCanvas *m_canvas = nullptr;
    EditController *m_edit = nullptr;
    BrowserWidget *m_browser = nullptr;
    InfoPanel *m_info = nullptr;
    OverlayPanel *m_overlayPanel = nullptr;

    StatusLine *m_status = nullptr;
    QList<QDockWidget *> m_docks;   ///< browser, image facts, edit, overlays
    bool m_layoutRestored = false;

    SessionPtr m_session;
    int m_current = -1;
    int m_direction = 1;           ///< last step direction, for prefetching
    int m_listPosition = -1;       ///< where the current image last was in the list shown
    Ranking m_ranking = Ranking::None;  ///< the ranking the last jump walked
    int m_rankingAt = -1;          ///< where that jump landed
    QString m_predictionModel;
    OverlaySettings m_overlay;
    QFutureWatcher<OpenResult> m_openWatcher;
    QString m_opening;             ///< folder being opened
    QThreadPool m_writes;          ///< status writes, in order
};

} // namespace dermask::ui
