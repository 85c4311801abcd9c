#pragma once
// Editing in the main window: the current image's MaskDocument (from a DocumentCache, so
// every image keeps its history for the session), the tools and their options, undo/redo,
// the clean-up actions, saving (AutoSaver) and what shows that something is unsaved (the
// window title, the browser, the Edit panel). MainWindow tells it when the image changes, and
// asks it before approving, exporting and quitting.

#include "core/workspace/workspace.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/common/datasetsession.h"
#include "ui/common/loadedsample.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QSettings;
class QThreadPool;

namespace dermask::core {
class DocumentCache;
class MaskDocument;
}

namespace dermask::ui {

class AutoSaver;
class BrushTool;
class CanvasTool;
class EditPanel;
class FloodTool;
class GrabCutTool;
class LassoTool;
class MainWindow;
class MaskJobs;
class ToolOptionsBar;
class ToolSettings;
class TruthRefresher;
struct EditActions;

class EditController : public QObject
{
    Q_OBJECT
public:
    /// Saves run on @p writes (the window's one write thread). @p persistent: the tool
    /// settings live in QSettings, and an unsaved edit at quit asks before it is dropped.
    EditController(MainWindow *window, ImageCanvas *canvas, QThreadPool *writes, bool persistent);
    ~EditController() override;

    EditActions *actions() const { return m_actions.get(); }
    /// The options bar, the tool strip and the canvas, as one widget.
    QWidget *editor() const { return m_editor; }
    EditPanel *panel() const { return m_panel; }
    /// The "Edit" dock holding panel() (the window places it).
    QDockWidget *makeDock();
    /// File ▸ Export: saves every edit, then opens the dialog.
    void showExportDialog();
    ToolSettings *settings() const { return m_settings; }
    AutoSaver *saver() const { return m_saver; }
    core::DocumentCache *documents() const { return m_documents.get(); }
    /// The document of the image on screen, or nullptr.
    core::MaskDocument *document() const;
    CanvasTool *activeTool() const;
    GrabCutTool *grabCut() const { return m_grabCut; }
    MaskJobs *jobs() const { return m_jobs; }
    TruthRefresher *refresher() const { return m_refresher; }

    /// Makes the tool named @p name (startupoptions.h toolNames()) active once an image is
    /// shown; false for an unknown name.
    bool selectToolByName(const QString &name);

    /// A new dataset: everything of the old one is saved first (waiting for the writes).
    void setSession(SessionPtr session);
    /// The current sample was decoded and is on the canvas: edit it.
    void sampleLoaded(const LoadedSamplePtr &sample);
    /// The user is moving to another image: the current one is saved now.
    void leaveSample();
    /// Saves the current image and waits for the write (before approving it). False when its
    /// changes could not be written (the approval would be of an older mask).
    bool saveCurrentAndWait();
    /// Saves every edited image and waits. Returns the ids still unsaved (writes failed).
    QStringList saveEverything();
    /// Asks before closing when edits could not be saved; false keeps the window open.
    bool prepareToClose();
    bool hasUnsaved() const;
    void updateActions();
    void saveSettings(QSettings &settings) const;
    void loadSettings(QSettings &settings);

Q_SIGNALS:
    /// Some image has (or no image has any more) changes that are not on disk.
    void unsavedChanged(bool unsaved);
    /// The sample's status changed by a save (Corrected, or back to its source).
    void statusChanged(int index, dermask::core::SampleStatus status);

private:
    void buildEditor(ImageCanvas *canvas);
    void connectActions();
    void selectTool(QAction *action);
    void attach(core::MaskDocument *document);
    void watchDocument(core::MaskDocument *document, int index);
    void runCleanup(const QString &text, std::function<cv::Mat(const cv::Mat &)> operation);
    void acceptWholePrediction();
    void onRefreshed(const LoadedSamplePtr &sample);
    void onSaved(int index, const QString &id, core::SampleStatus status);
    void onSaveFailed(int index, const QString &id, const QString &error);
    void updateSaveState();
    void updateUndoActions();
    void updatePreview();
    /// The probability map (or else the predicted mask) of the shown sample, full size.
    cv::Mat predictionMap() const;

    MainWindow *m_window;
    QPointer<ImageCanvas> m_canvas;  ///< the window may delete it first
    bool m_persistent;
    std::unique_ptr<EditActions> m_actions;
    ToolSettings *m_settings;
    std::unique_ptr<core::DocumentCache> m_documents;
    AutoSaver *m_saver;
    MaskJobs *m_jobs;
    TruthRefresher *m_refresher;
    QWidget *m_editor = nullptr;
    ToolOptionsBar *m_options = nullptr;
    EditPanel *m_panel = nullptr;
    QLabel *m_saveLabel = nullptr;     ///< the status bar's short save state

    BrushTool *m_brush;
    BrushTool *m_eraser;
    LassoTool *m_lasso;
    FloodTool *m_flood;
    GrabCutTool *m_grabCut;
    LassoTool *m_predictionLasso;

    SessionPtr m_session;
    LoadedSamplePtr m_sample;                ///< the sample on the canvas
    QPointer<core::MaskDocument> m_document;
    QList<QMetaObject::Connection> m_stackConnections;
    QHash<QString, int> m_failures;          ///< ids whose last write failed -> failures in a row
    bool m_anyUnsaved = false;
    QString m_wantedTool;                    ///< selectToolByName() before an image was editable
    bool m_edited = false;                   ///< something was edited in this session
    QTimer m_previewTimer;                   ///< the threshold preview stays this long after a change
};

} // namespace dermask::ui
