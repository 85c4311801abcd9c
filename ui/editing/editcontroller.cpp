#include "ui/editing/editcontroller.h"

#include "core/editing/autosaver.h"
#include "core/editing/maskjobs.h"
#include "core/mask/documentcache.h"
#include "core/mask/maskdocument.h"
#include "core/mask/maskops.h"
#include "core/util/background.h"
#include "ui/common/retranslate.h"
#include "ui/common/toolsettings.h"
#include "ui/common/translations.h"
#include "ui/editing/editactions.h"
#include "ui/editing/truthrefresher.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QThreadPool>
#include <QUndoStack>
#include <QWidget>

namespace dermask::ui {

EditController::EditController(CurrentSample *current, ToolSettings *settings, QThreadPool *writes,
                               bool persistent, QWidget *window)
    : QObject(window), m_current(current), m_settings(settings), m_writes(writes), m_window(window),
      m_persistent(persistent)
{
    m_actions = std::make_unique<EditActions>(window);
    m_documents = std::make_unique<core::DocumentCache>();
    m_saver = new core::AutoSaver(writes, this);
    m_jobs = new core::MaskJobs(this);
    m_refresher = new TruthRefresher(this);
    connect(m_saver, &core::AutoSaver::saved, this, &EditController::onSaved);
    connect(m_saver, &core::AutoSaver::failed, this, &EditController::onSaveFailed);
    connect(m_saver, &core::AutoSaver::busyChanged, this, &EditController::updateSaveState);
    connect(m_refresher, &TruthRefresher::refreshed, this, &EditController::onRefreshed);
    connect(m_jobs, &core::MaskJobs::finished, this,
            [this](const QString &text, bool changed, const QString &error) {
                if (!error.isEmpty())
                    Q_EMIT message(core::MaskJobs::failureText(text, error), 10000);
                else if (!changed)
                    Q_EMIT message(tr("%1: nothing to change.").arg(text), 5000);
            });
    connect(m_documents.get(), &core::DocumentCache::evicted, this, [this](const QString &id) {
        if (core::MaskDocument *doc = m_documents->find(id))
            m_jobs->cancel(doc);
        // Only saved documents are evicted. The decoded sample kept for that image may predate
        // its edits: the next visit must read the files, never start editing from an old mask.
        const int index = m_session ? m_session->dataset().indexOf(id) : -1;
        if (index >= 0)
            Q_EMIT sampleInvalidated(index);
    });
    connect(m_current, &CurrentSample::sessionChanged, this, &EditController::setSession);
    connect(m_current, &CurrentSample::indexChanged, this, &EditController::leaveSample);
    connect(m_current, &CurrentSample::layersLoaded, this, &EditController::sampleLoaded);
    connect(m_current, &CurrentSample::changed, this, &EditController::updateActions);
    connectActions();
    updateActions();
    retranslateNowAndOnChange(this, [this] { retranslate(); });
    onLayoutDirectionChange(window, [this] { m_actions->followDirection(m_window->layoutDirection()); });
}

void EditController::retranslate()
{
    m_actions->retranslate();
    // The step names ("Brush 12 px") stay in the language they were made in.
    updateUndoActions();
    updateSaveState();
}

EditController::~EditController()
{
    m_refresher->stop();
    m_jobs->waitForIdle();
}

core::MaskDocument *EditController::document() const
{
    return m_document;
}

// ---- The current image --------------------------------------------------------------------

void EditController::setSession(const core::SessionPtr &session)
{
    // Everything of the old dataset is on disk before the new one is edited.
    saveEverything();
    m_refresher->stop();
    m_jobs->waitForIdle();
    m_sample.reset();
    attach(nullptr);
    m_saver->setSession(session);
    m_documents->clear();
    m_failures.clear();
    m_edited = false;
    m_session = session;
    updateSaveState();
    updateActions();
}

void EditController::leaveSample()
{
    // The user is moving to another image: the one being left is saved now.
    if (m_document)
        m_saver->saveNow(m_document);
}

void EditController::sampleLoaded(const LoadedSamplePtr &sample)
{
    if (!sample || (m_document && m_document->sampleId() != sample->id))
        leaveSample();  // whichever comes first, the image being left is saved before the next is edited
    m_sample = sample;
    if (!sample || !sample->imageOk() || !m_session || sample->isPreview()) {
        // A preview is for the eye: masks are edited at full resolution only. The tools stay
        // armed on it (updateActions()); the canvas holds a gesture begun now and hands it to
        // the document that the full read opens.
        m_refresher->stop();
        attach(nullptr);
        updateActions();
        return;
    }
    const bool known = m_documents->contains(sample->id);
    const cv::Size size(sample->size.width(), sample->size.height());
    const cv::Mat start = sample->truth.present() ? sample->truth.levels.front() : cv::Mat();
    const cv::Mat source = sample->maskOrigin == core::MaskOrigin::Correction ? sample->sourceMask : start;
    QString error;
    core::MaskDocument *doc = m_documents->open(sample->id, size, start, source, &error);
    if (!doc) {
        Q_EMIT message(tr("%1 cannot be edited: %2").arg(sample->id, error), 10000);
        attach(nullptr);
        updateActions();
        return;
    }
    watchDocument(doc, sample->index);
    attach(doc);
    // A document kept from an earlier visit may hold edits newer than the files just read.
    m_refresher->follow(doc, sample, known);
    if (!known && !sample->truth.present() && !sample->maskErrors.isEmpty())
        Q_EMIT message(tr("The mask of %1 could not be read, so editing starts from an empty mask: %2")
                           .arg(sample->id, sample->maskErrors.first()),
                       15000);
    updateActions();
}

void EditController::watchDocument(core::MaskDocument *doc, int index)
{
    m_saver->watch(doc, index);
    if (doc->property("dermaskWatched").toBool())
        return;
    doc->setProperty("dermaskWatched", true);
    connect(doc, &core::MaskDocument::modifiedChanged, this, [this, index](bool modified) {
        Q_EMIT sampleUnsavedChanged(index, modified);
        updateSaveState();
    });
}

void EditController::attach(core::MaskDocument *doc)
{
    for (const QMetaObject::Connection &c : std::as_const(m_stackConnections))
        disconnect(c);
    m_stackConnections.clear();
    m_document = doc;
    Q_EMIT documentChanged(doc);
    Q_EMIT undoStackChanged(doc ? doc->undoStack() : nullptr);
    if (doc) {
        QUndoStack *stack = doc->undoStack();
        m_stackConnections << connect(stack, &QUndoStack::undoTextChanged, this, &EditController::updateUndoActions)
                           << connect(stack, &QUndoStack::redoTextChanged, this, &EditController::updateUndoActions)
                           << connect(stack, &QUndoStack::canUndoChanged, this, &EditController::updateUndoActions)
                           << connect(stack, &QUndoStack::canRedoChanged, this, &EditController::updateUndoActions);
    }
    updateUndoActions();
}

bool EditController::saveCurrentAndWait()
{
    m_jobs->waitForIdle();
    if (m_document)
        m_saver->saveNow(m_document);
    m_saver->waitForSaves();
    return !m_document || !m_document->isModified();
}

QStringList EditController::saveEverything()
{
    m_jobs->waitForIdle();
    m_saver->saveAll();
    m_saver->waitForSaves();
    return m_saver->unsavedIds();
}

bool EditController::hasUnsaved() const
{
    return !m_saver->unsavedIds().isEmpty();
}

bool EditController::prepareToClose()
{
    const QStringList unsaved = saveEverything();
    if (unsaved.isEmpty())
        return true;
    QStringList reasons;
    for (const QString &id : unsaved)
        reasons << m_saver->error(id);
    const QString text = tr("The changes to %n image(s) could not be saved:\n\n%1\n\nThey are still "
                            "here. Free some space or make the workspace writable and try again, or "
                            "quit and lose them.", nullptr, int(unsaved.size()))
                             .arg(reasons.join(QLatin1Char('\n')));
    if (!m_persistent) {
        // Unattended (tests, screenshots): never drop edits without a person saying so.
        Q_EMIT message(text, 30000);
        return false;
    }
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), text, QMessageBox::NoButton, m_window);
    QPushButton *quit = box.addButton(tr("Quit and Lose Them"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep Dermask Open"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == reinterpret_cast<QAbstractButton *>(quit);
}

// ---- Review -------------------------------------------------------------------------------

void EditController::toggleApprove()
{
    const int index = m_current->index();
    if (!m_session || index < 0)
        return;
    const QString id = m_current->id();
    // The edit being approved is on disk first (same write thread, so before the status).
    if (!saveCurrentAndWait()) {
        Q_EMIT message(tr("%1 is not approved: its changes could not be saved.").arg(id), 10000);
        updateActions();
        return;
    }
    const core::SampleStatus before = m_current->status();
    if (!m_session->workspace() || before == core::SampleStatus::Unlabeled) {
        Q_EMIT message(m_session->workspace() ? tr("%1 has no mask to approve.").arg(id)
                                              : tr("Statuses cannot be saved: this dataset has no workspace."),
                       5000);
        updateActions();
        return;
    }
    const core::SampleStatus after = before == core::SampleStatus::Approved
                                         ? (m_session->hasAnnotation(index) ? core::SampleStatus::Corrected
                                                                            : core::SampleStatus::Source)
                                         : core::SampleStatus::Approved;
    Q_EMIT statusChanged(index, after);
    const core::SessionPtr session = m_session;
    auto *watcher = new core::Watcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, session, index, before] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty())
            return;
        if (session == m_session)
            Q_EMIT statusChanged(index, before);
        Q_EMIT errorOccurred(tr("Review status"), error);
    });
    watcher->setFuture(core::runInBackground(m_writes, [session, id, after] {
        QString error;
        return session->workspace()->setStatus(id, after, &error) ? QString() : error;
    }));
}

// ---- Results of saves and of background work ----------------------------------------------

void EditController::onSaved(int index, const QString &id, core::SampleStatus status)
{
    m_failures.remove(id);
    Q_EMIT statusChanged(index, status);
    Q_EMIT sampleSaved(index, id);
    updateSaveState();
}

void EditController::onSaveFailed(int index, const QString &id, const QString &error)
{
    Q_UNUSED(index);
    const int streak = ++m_failures[id];
    updateSaveState();
    // Once per run of failures: the panel keeps saying it, and every edit tries again.
    if (streak == 1)
        Q_EMIT errorOccurred(tr("Saving failed"),
                             tr("The corrected mask of %1 could not be saved:\n%2\n\nThe change is kept "
                                "in memory and marked unsaved; Dermask tries again after your next "
                                "change and when you leave the image.")
                                 .arg(id, error));
}

void EditController::updateSaveState()
{
    const QStringList unsaved = m_saver->unsavedIds();
    const bool any = !unsaved.isEmpty();
    m_edited = m_edited || any || m_saver->isSaving();
    QString text;
    bool problem = false;
    if (!m_failures.isEmpty()) {
        const QString id = m_failures.constBegin().key();
        text = tr("Not saved: %1").arg(m_saver->error(id));
        problem = true;
    } else if (m_saver->isSaving()) {
        text = tr("Saving…");
    } else if (any) {
        text = tr("Unsaved changes: %1 (saved in a moment)").arg(unsaved.join(QStringLiteral(", ")));
    } else if (m_session && m_session->workspace()) {
        const QString folder = displayPath(m_session->workspacePath());
        text = m_edited || !m_failures.isEmpty() ? tr("All changes are saved in %1.").arg(folder)
                                                 : tr("Every change is saved by itself, in %1.").arg(folder);
    } else if (m_session) {
        text = tr("This dataset has no workspace: changes cannot be saved.");
        problem = true;
    }
    QString shortText;
    if (problem && m_session && (m_edited || !m_failures.isEmpty()))
        shortText = tr("⚠ Not saved");
    else if (m_saver->isSaving())
        shortText = tr("Saving…");
    else if (any)
        shortText = tr("● Unsaved");
    else if (m_edited)
        shortText = tr("✓ Saved");
    Q_EMIT saveStateChanged(text, shortText, problem);
    if (any != m_anyUnsaved) {
        m_anyUnsaved = any;
        Q_EMIT unsavedChanged(any);
    }
}

void EditController::onRefreshed(const LoadedSamplePtr &sample)
{
    if (m_sample && sample->id == m_sample->id)
        m_sample = sample;
    // The window keeps it for the next visit, and shows it when it is still on screen.
    Q_EMIT layersRemade(sample);
}

// ---- Actions ------------------------------------------------------------------------------

void EditController::connectActions()
{
    EditActions &a = *m_actions;
    connect(a.undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(a.redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    connect(a.acceptPrediction, &QAction::triggered, this, &EditController::acceptWholePrediction);
    connect(a.fillHoles, &QAction::triggered, this, [this] {
        runCleanup(core::MaskDocument::tr("Fill holes"), [](const cv::Mat &m) { return core::fillHoles(m); });
    });
    connect(a.removeIslands, &QAction::triggered, this, [this] {
        const int area = m_settings->islandArea();
        runCleanup(core::MaskDocument::tr("Remove islands < %1 px").arg(area),
                   [area](const cv::Mat &m) { return core::removeIslands(m, area); });
    });
    connect(a.keepLargest, &QAction::triggered, this, [this] {
        runCleanup(core::MaskDocument::tr("Keep largest"),
                   [](const cv::Mat &m) { return core::keepLargestComponent(m); });
    });
    connect(a.smooth, &QAction::triggered, this, [this] {
        const int radius = m_settings->pixels();
        runCleanup(core::MaskDocument::tr("Smooth"),
                   [radius](const cv::Mat &m) { return core::smoothMask(m, radius); });
    });
    connect(a.grow, &QAction::triggered, this, [this] {
        const int n = m_settings->pixels();
        runCleanup(core::MaskDocument::tr("Grow %1 px").arg(n),
                   [n](const cv::Mat &m) { return core::growMask(m, n); });
    });
    connect(a.shrink, &QAction::triggered, this, [this] {
        const int n = m_settings->pixels();
        runCleanup(core::MaskDocument::tr("Shrink %1 px").arg(n),
                   [n](const cv::Mat &m) { return core::shrinkMask(m, n); });
    });
    connect(a.revert, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        m_jobs->waitForIdle();  // a clean-up still running would land on top of the revert
        if (m_document->revertToSource() == core::MaskDocument::EditResult::Unchanged)
            Q_EMIT message(tr("The mask already is the dataset's own mask."), 5000);
    });
    connect(a.approve, &QAction::triggered, this, &EditController::toggleApprove);
}

void EditController::runCleanup(const QString &text, std::function<cv::Mat(const cv::Mat &)> operation)
{
    if (!m_document)
        return;
    m_jobs->run(m_document, text, std::move(operation));
}

void EditController::acceptWholePrediction()
{
    const cv::Mat probability = m_sample ? m_sample->predictionMap() : cv::Mat();
    if (!m_document || probability.empty()) {
        Q_EMIT message(tr("This image has no prediction to accept: use Predict ▸ Predict This Image first."),
                       8000);
        return;
    }
    const double threshold = m_settings->threshold();
    runCleanup(core::MaskDocument::tr("Accept prediction"), [probability, threshold](const cv::Mat &mask) {
        return core::acceptPrediction(mask, probability, threshold);
    });
}

void EditController::updateUndoActions()
{
    QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    m_actions->undo->setEnabled(stack && stack->canUndo());
    m_actions->redo->setEnabled(stack && stack->canRedo());
    m_actions->undo->setText(EditActions::undoText(stack ? stack->undoText() : QString()));
    m_actions->redo->setText(EditActions::redoText(stack ? stack->redoText() : QString()));
}

void EditController::updateActions()
{
    const bool editable = m_document != nullptr;
    const bool awaitingFull = !editable && m_sample && m_sample->isPreview() && m_sample->imageOk();
    const bool hasPrediction = m_sample && !m_sample->predictionMap().empty();
    for (QAction *action : std::as_const(m_actions->maskActions))
        action->setEnabled(editable);
    m_actions->acceptPrediction->setEnabled(editable && hasPrediction);
    m_actions->exportData->setEnabled(m_session && m_session->workspace() && m_session->count() > 0);
    const core::SampleStatus status = m_current->status();
    m_actions->approve->setEnabled(m_current->index() >= 0 && m_session && m_session->workspace()
                                   && status != core::SampleStatus::Unlabeled);
    {
        const QSignalBlocker block(m_actions->approve);
        m_actions->approve->setChecked(m_current->index() >= 0 && status == core::SampleStatus::Approved);
    }
    Q_EMIT editableChanged(editable || awaitingFull, hasPrediction);
    updateUndoActions();
}

} // namespace dermask::ui
