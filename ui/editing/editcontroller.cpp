#include "ui/editing/editcontroller.h"

#include "core/mask/documentcache.h"
#include "core/mask/maskdocument.h"
#include "core/mask/maskops.h"
#include "ui/browser/samplemodel.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/common/sampleloader.h"
#include "ui/common/thumbnailcache.h"
#include "ui/common/translations.h"
#include "ui/editing/autosaver.h"
#include "ui/editing/editactions.h"
#include "ui/editing/editpanel.h"
#include "ui/editing/maskjobs.h"
#include "ui/editing/truthrefresher.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/panels/infopanel.h"
#include "ui/tools/brushtool.h"
#include "ui/tools/floodtool.h"
#include "ui/tools/grabcuttool.h"
#include "ui/tools/lassotool.h"
#include "ui/tools/toolsettings.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace dermask::ui {

namespace {

/// The undo step names MaskDocument gives (context of its tr()), for steps pushed from here.
QString stepText(const char *text)
{
    return QCoreApplication::translate("dermask::core::MaskDocument", text);
}

// The names MaskDocument gives its own steps; listed so lupdate offers them for translation
// (core is not scanned), since they show in Edit ▸ Undo and in the history.
[[maybe_unused]] const char *const kCoreStepNames[] = {
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "Brush %1 px"),
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "Erase %1 px"),
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "Polygon fill"),
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "Polygon erase"),
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "Flood fill"),
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "Flood erase"),
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "GrabCut"),
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "Accept prediction"),
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "Revert to source mask"),
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "Fill holes"),
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "Keep largest"),
    QT_TRANSLATE_NOOP("dermask::core::MaskDocument", "Smooth"),
};

} // namespace

EditController::EditController(MainWindow *window, ImageCanvas *canvas, QThreadPool *writes, bool persistent)
    : QObject(window), m_window(window), m_canvas(canvas), m_persistent(persistent)
{
    m_actions = std::make_unique<EditActions>(window);
    m_settings = new ToolSettings(this);
    m_documents = std::make_unique<core::DocumentCache>();
    m_saver = new AutoSaver(writes, this);
    m_jobs = new MaskJobs(this);
    m_refresher = new TruthRefresher(this);
    m_brush = new BrushTool(BrushTool::Kind::Brush, m_settings, this);
    m_eraser = new BrushTool(BrushTool::Kind::Eraser, m_settings, this);
    m_lasso = new LassoTool(LassoTool::Kind::Fill, m_settings, this);
    m_flood = new FloodTool(m_settings, this);
    m_grabCut = new GrabCutTool(m_settings, this);
    m_predictionLasso = new LassoTool(LassoTool::Kind::Prediction, m_settings, this);
    for (CanvasTool *tool : std::initializer_list<CanvasTool *>{m_brush, m_eraser, m_lasso, m_flood, m_grabCut,
                                                                m_predictionLasso})
        connect(tool, &CanvasTool::message, this, [this](const QString &text) {
            m_window->statusBar()->showMessage(text, 8000);
        });
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(3000);
    connect(&m_previewTimer, &QTimer::timeout, this, &EditController::updatePreview);

    buildEditor(canvas);
    m_saveLabel = new QLabel(window);
    m_saveLabel->setObjectName(QStringLiteral("saveIndicator"));
    window->statusBar()->addPermanentWidget(m_saveLabel);
    connectActions();
    connect(m_saver, &AutoSaver::saved, this, &EditController::onSaved);
    connect(m_saver, &AutoSaver::failed, this, &EditController::onSaveFailed);
    connect(m_saver, &AutoSaver::busyChanged, this, &EditController::updateSaveState);
    connect(m_refresher, &TruthRefresher::refreshed, this, &EditController::onRefreshed);
    connect(m_jobs, &MaskJobs::finished, this, [this](const QString &text, bool changed) {
        if (!changed)
            m_window->statusBar()->showMessage(tr("%1: nothing to change.").arg(text), 5000);
    });
    connect(m_documents.get(), &core::DocumentCache::evicted, this, [this](const QString &id) {
        if (core::MaskDocument *doc = m_documents->find(id))
            m_jobs->cancel(doc);
        // Only saved documents are evicted. The decoded sample kept for that image may predate
        // its edits: the next visit must read the files, never start editing from an old mask.
        const int index = m_session ? m_session->dataset().indexOf(id) : -1;
        if (index >= 0)
            m_window->loader()->invalidate(index);
    });
    selectTool(m_actions->toolPan);
    updateActions();
}

EditController::~EditController()
{
    // Tools go before the canvas may ask them anything; documents before the saver.
    if (m_canvas) {
        m_canvas->setTool(nullptr);
        m_canvas->setDocument(nullptr);
    }
    m_refresher->stop();
    m_jobs->waitForIdle();
}

core::MaskDocument *EditController::document() const
{
    return m_document;
}

CanvasTool *EditController::activeTool() const
{
    return m_canvas->tool();
}

// ---- The current image --------------------------------------------------------------------

void EditController::setSession(SessionPtr session)
{
    saveEverything();
    m_refresher->stop();
    m_jobs->waitForIdle();
    m_canvas->setDocument(nullptr);
    m_panel->setStack(nullptr);
    attach(nullptr);
    m_saver->setSession(session);
    m_documents->clear();
    m_failures.clear();
    m_edited = false;
    m_session = std::move(session);
    m_sample.reset();
    updateSaveState();
    updateActions();
}

void EditController::sampleLoaded(const LoadedSamplePtr &sample)
{
    m_sample = sample;
    if (!sample || !sample->imageOk() || !m_session) {
        m_refresher->stop();
        attach(nullptr);
        updateActions();
        return;
    }
    const bool known = m_documents->contains(sample->id);
    const cv::Size size(sample->size.width(), sample->size.height());
    const cv::Mat start = sample->truth.present() ? sample->truth.levels.front() : cv::Mat();
    const cv::Mat source = sample->truthIsAnnotation ? sample->sourceMask : start;
    QString error;
    core::MaskDocument *doc = m_documents->open(sample->id, size, start, source, &error);
    if (!doc) {
        m_window->statusBar()->showMessage(tr("%1 cannot be edited: %2").arg(sample->id, error), 10000);
        attach(nullptr);
        updateActions();
        return;
    }
    watchDocument(doc, sample->index);
    attach(doc);
    // A document kept from an earlier visit may hold edits newer than the files just read.
    m_refresher->follow(doc, sample, known);
    if (!known && !sample->truth.present() && !sample->maskErrors.isEmpty())
        m_window->statusBar()->showMessage(tr("The mask of %1 could not be read, so editing starts "
                                              "from an empty mask: %2")
                                               .arg(sample->id, sample->maskErrors.first()), 15000);
    updatePreview();
    updateActions();
    if (!m_wantedTool.isEmpty())
        selectToolByName(std::exchange(m_wantedTool, QString()));
}

void EditController::watchDocument(core::MaskDocument *doc, int index)
{
    m_saver->watch(doc, index);
    if (doc->property("dermaskWatched").toBool())
        return;
    doc->setProperty("dermaskWatched", true);
    connect(doc, &core::MaskDocument::modifiedChanged, this, [this, index](bool modified) {
        m_window->sampleModel()->setUnsaved(index, modified);
        updateSaveState();
    });
}

void EditController::attach(core::MaskDocument *doc)
{
    for (const QMetaObject::Connection &c : std::as_const(m_stackConnections))
        disconnect(c);
    m_stackConnections.clear();
    m_document = doc;
    m_canvas->setDocument(doc);
    m_panel->setStack(doc ? doc->undoStack() : nullptr);
    if (doc) {
        QUndoStack *stack = doc->undoStack();
        m_stackConnections << connect(stack, &QUndoStack::undoTextChanged, this, &EditController::updateUndoActions)
                           << connect(stack, &QUndoStack::redoTextChanged, this, &EditController::updateUndoActions)
                           << connect(stack, &QUndoStack::canUndoChanged, this, &EditController::updateUndoActions)
                           << connect(stack, &QUndoStack::canRedoChanged, this, &EditController::updateUndoActions);
    }
    updateUndoActions();
}

void EditController::leaveSample()
{
    if (m_document)
        m_saver->saveNow(m_document);
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
        m_window->statusBar()->showMessage(text, 30000);
        return false;
    }
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), text, QMessageBox::NoButton, m_window);
    QPushButton *quit = box.addButton(tr("Quit and Lose Them"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep Dermask Open"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == reinterpret_cast<QAbstractButton *>(quit);
}

// ---- Results of saves and of background work ----------------------------------------------

void EditController::onSaved(int index, const QString &id, core::SampleStatus status)
{
    m_failures.remove(id);
    Q_EMIT statusChanged(index, status);
    m_window->thumbnails()->refresh(index);
    updateSaveState();
}

void EditController::onSaveFailed(int index, const QString &id, const QString &error)
{
    Q_UNUSED(index);
    const int streak = ++m_failures[id];
    updateSaveState();
    // Once per run of failures: the panel keeps saying it, and every edit tries again.
    if (streak == 1)
        m_window->reportError(tr("Saving failed"),
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
    m_panel->setSaveState(text, problem);
    QString shortText;
    if (problem && m_session && (m_edited || !m_failures.isEmpty()))
        shortText = tr("⚠ Not saved");
    else if (m_saver->isSaving())
        shortText = tr("Saving…");
    else if (any)
        shortText = tr("● Unsaved");
    else if (m_edited)
        shortText = tr("✓ Saved");
    m_saveLabel->setText(shortText);
    m_saveLabel->setToolTip(text);
    m_saveLabel->setStyleSheet(problem ? QStringLiteral("color: #c02020; font-weight: bold;") : QString());
    if (any != m_anyUnsaved) {
        m_anyUnsaved = any;
        Q_EMIT unsavedChanged(any);
    }
}

void EditController::onRefreshed(const LoadedSamplePtr &sample)
{
    m_window->loader()->store(sample);
    if (!m_sample || sample->id != m_sample->id)
        return;
    m_sample = sample;
    m_canvas->refreshSample(sample);
    m_window->infoPanel()->showSample(*m_session, sample->index, m_window->sampleModel()->status(sample->index),
                                      sample, m_window->predictionModel());
    if (sample->hasMetrics) {
        SampleScore score = m_window->sampleModel()->score(sample->index);
        score.hasDice = true;
        score.dice = sample->metrics.dice;
        score.iou = sample->metrics.iou;
        m_window->sampleModel()->setScores({{sample->index, score}});
    }
}

// ---- Actions ------------------------------------------------------------------------------

void EditController::runCleanup(const QString &text, std::function<cv::Mat(const cv::Mat &)> operation)
{
    if (!m_document)
        return;
    m_jobs->run(m_document, text, std::move(operation));
}

cv::Mat EditController::predictionMap() const
{
    if (!m_sample)
        return {};
    if (!m_sample->probability.empty())
        return m_sample->probability.front();
    return m_sample->prediction.present() ? m_sample->prediction.levels.front() : cv::Mat();
}

void EditController::acceptWholePrediction()
{
    const cv::Mat probability = predictionMap();
    if (!m_document || probability.empty()) {
        m_window->statusBar()->showMessage(tr("This image has no prediction to accept: use Predict ▸ "
                                              "Predict This Image first."), 8000);
        return;
    }
    const double threshold = m_settings->threshold();
    runCleanup(stepText("Accept prediction"), [probability, threshold](const cv::Mat &mask) {
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
    for (QAction *action : std::as_const(m_actions->tools))
        action->setEnabled(editable || action == m_actions->toolPan);
    for (QAction *action : std::as_const(m_actions->maskActions))
        action->setEnabled(editable);
    m_actions->acceptPrediction->setEnabled(editable && !predictionMap().empty());
    m_actions->toolPredictionLasso->setEnabled(editable && !predictionMap().empty());
    m_actions->exportData->setEnabled(m_session && m_session->workspace() && m_session->count() > 0);
    m_panel->setPredictionAvailable(!editable || !predictionMap().empty());
    if (!editable && m_canvas->tool())
        m_actions->toolPan->trigger();
    updateUndoActions();
}

void EditController::saveSettings(QSettings &settings) const
{
    m_settings->save(settings);
}

void EditController::loadSettings(QSettings &settings)
{
    m_settings->load(settings);
}

} // namespace dermask::ui
