#pragma once
// Editing the image on screen: its MaskDocument (from a DocumentCache, so every image keeps
// its history for the session), undo and redo, the clean-up actions and accepting the
// prediction (run off the GUI thread, core::MaskJobs), saving without being asked
// (core::AutoSaver, on the window's write thread) and what shows that something is unsaved,
// approving, and the truth layer kept in step with the edits (TruthRefresher). It follows the
// CurrentSample; the window connects what it reports to the canvas, the tools, the Edit panel,
// the browser and the status bar.

#include "core/mask/maskdocument.h"
#include "core/workspace/workspace.h"
#include "ui/common/currentsample.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <opencv2/core.hpp>

class QThreadPool;
class QUndoStack;
class QWidget;

namespace dermask::core {
class AutoSaver;
class DocumentCache;
class MaskJobs;
}

namespace dermask::ui {

class ToolSettings;
class TruthRefresher;
struct EditActions;

class EditController : public QObject
{
    Q_OBJECT
public:
    /// Saves run on @p writes (the window's one write thread). @p persistent: an unsaved edit
    /// at quit asks before it is dropped. The actions are added to @p window.
    EditController(CurrentSample *current, ToolSettings *settings, QThreadPool *writes, bool persistent,
                   QWidget *window);
    ~EditController() override;

    EditActions *actions() const { return m_actions.get(); }
    core::AutoSaver *saver() const { return m_saver; }
    core::DocumentCache *documents() const { return m_documents.get(); }
    core::MaskJobs *jobs() const { return m_jobs; }
    TruthRefresher *refresher() const { return m_refresher; }
    /// The document of the image on screen, or nullptr.
    core::MaskDocument *document() const;

    /// Saves the current image and waits for the write (before approving it). False when its
    /// changes could not be written (the approval would be of an older mask).
    bool saveCurrentAndWait();
    /// Saves every edited image and waits. Returns the ids still unsaved (writes failed).
    QStringList saveEverything();
    /// Asks before closing when edits could not be saved; false keeps the window open.
    bool prepareToClose();
    bool hasUnsaved() const;

public Q_SLOTS:
    /// Approves the image on screen, or withdraws its approval (Review ▸ Approve).
    void toggleApprove();

Q_SIGNALS:
    /// The mask being edited is now @p document (nullptr: nothing is editable).
    void documentChanged(core::MaskDocument *document);
    /// Whether the image on screen can be edited (its preview counts: the canvas holds an edit
    /// begun on it until the document is there), and whether it has a prediction to take.
    void editableChanged(bool editable, bool hasPrediction);
    /// The history shown is now @p stack's (the current image's), or none.
    void undoStackChanged(QUndoStack *stack);
    /// Some image has (or no image has any more) changes that are not on disk.
    void unsavedChanged(bool unsaved);
    /// Sample @p index has (or no longer has) edits that are not on disk.
    void sampleUnsavedChanged(int index, bool unsaved);
    /// The sample's status changed by a save (Corrected, or back to its source) or a review.
    void statusChanged(int index, dermask::core::SampleStatus status);
    /// The truth layer of @p layers was made again from the edited mask (it may no longer be
    /// the image on screen).
    void layersRemade(dermask::ui::LoadedSamplePtr layers);
    /// The corrected mask of sample @p index is on disk.
    void sampleSaved(int index, const QString &id);
    /// Sample @p index's decoded layers may be older than its files: read them again.
    void sampleInvalidated(int index);
    /// Where the edits stand: @p text in full (the Edit panel), @p shortText for the status
    /// bar; @p problem when something could not be saved.
    void saveStateChanged(const QString &text, const QString &shortText, bool problem);
    /// A line for the status bar.
    void message(const QString &text, int timeoutMs);
    /// Something the user must read (a dialog, or the status bar when unattended).
    void errorOccurred(const QString &title, const QString &text);

private:
    void connectActions();
    /// The commands' words, the undo and redo texts and the save state, in the current language.
    void retranslate();
    void setSession(const core::SessionPtr &session);
    void leaveSample();
    void sampleLoaded(const LoadedSamplePtr &sample);
    void attach(core::MaskDocument *document);
    void watchDocument(core::MaskDocument *document, int index);
    void runCleanup(const QString &text, std::function<cv::Mat(const cv::Mat &)> operation);
    void acceptWholePrediction();
    void onRefreshed(const LoadedSamplePtr &sample);
    void onSaved(int index, const QString &id, core::SampleStatus status);
    void onSaveFailed(int index, const QString &id, const QString &error);
    void updateSaveState();
    void updateUndoActions();
    void updateActions();

    CurrentSample *m_current;
    ToolSettings *m_settings;
    QThreadPool *m_writes;
    QWidget *m_window;
    bool m_persistent;
    std::unique_ptr<EditActions> m_actions;
    std::unique_ptr<core::DocumentCache> m_documents;
    core::AutoSaver *m_saver;
    core::MaskJobs *m_jobs;
    TruthRefresher *m_refresher;

    core::SessionPtr m_session;
    LoadedSamplePtr m_sample;                ///< the sample being edited
    QPointer<core::MaskDocument> m_document;
    QList<QMetaObject::Connection> m_stackConnections;
    QHash<QString, int> m_failures;          ///< ids whose last write failed -> failures in a row
    bool m_anyUnsaved = false;
    bool m_edited = false;                   ///< something was edited in this session
};

} // namespace dermask::ui
