#include "ui/mainwindow/mainwindow.h"

#include "core/engine/modelworker.h"
#include "core/learning/predictcontroller.h"
#include "core/learning/trainingcontroller.h"
#include "ui/browser/browserwidget.h"
#include "ui/browser/navigator.h"
#include "ui/browser/samplemodel.h"
#include "ui/browser/scorefeed.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/common/currentsample.h"
#include "ui/common/retranslate.h"
#include "ui/common/sampleloader.h"
#include "ui/common/thumbnailcache.h"
#include "ui/common/toolsettings.h"
#include "ui/editing/editactions.h"
#include "ui/editing/editcontroller.h"
#include "ui/editing/editpanel.h"
#include "ui/export/exportdialog.h"
#include "ui/mainwindow/datasetopener.h"
#include "ui/mainwindow/helpdialogs.h"
#include "ui/mainwindow/languagemenu.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/problemsdialog.h"
#include "ui/mainwindow/statusline.h"
#include "ui/mainwindow/welcomepage.h"
#include "ui/mainwindow/windowdocks.h"
#include "ui/models/modelsdock.h"
#include "ui/panels/infopanel.h"
#include "ui/panels/overlaycontrols.h"
#include "ui/panels/overlaypanel.h"
#include "ui/predict/predictactions.h"
#include "ui/tools/clicktool.h"
#include "ui/tools/toolbox.h"
#include "ui/tools/tooloptionsbar.h"
#include "ui/training/trainingdock.h"

#include <QAction>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace dermask::ui {

namespace {

/// The key under which the image last shown of the dataset at @p root is remembered.
QString lastSampleKey(const QString &root)
{
    return QStringLiteral("samples/")
        + QString::fromLatin1(
               QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent) : QMainWindow(parent), m_options(options)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dermask.svg")));
    m_writes.setMaxThreadCount(1);

    // What is shown, and the parts without widgets that feed it.
    m_current = new CurrentSample(this);
    m_thumbnails = new ThumbnailCache(this);
    m_model = new SampleModel(m_thumbnails, this);
    m_loader = new SampleLoader(this);
    // First to hear of a new image: a cached one is on its way before anything else reacts.
    m_loader->follow(m_current);
    // The engine's one owner of the network: predictions and training share it.
    m_worker = new core::ModelWorker(this);
    m_predictor = new core::PredictController(m_worker, this);
    m_toolSettings = new ToolSettings(this);

    // The features.
    m_actions = std::make_unique<MainActions>(this);
    m_welcome = new WelcomePage(this);
    m_opener = new DatasetOpener(m_options.workspaceDir, m_options.persistent, m_welcome, this);
    m_canvas = new ImageCanvas(this);
    m_tools = new ToolBox(m_toolSettings, m_current, this);
    m_tools->clickTool()->setWorker(m_worker);
    m_edit = new EditController(m_current, m_toolSettings, &m_writes, m_options.persistent, this);
    m_browser = new BrowserWidget(m_model, this);
    m_scores = new ScoreFeed(m_model, m_browser, m_current, this);
    m_navigator = new Navigator(m_browser, m_model, m_current, m_loader, m_scores, this);
    m_info = new InfoPanel(m_current, this);
    m_overlays = new OverlayControls(this);
    m_editPanel = new EditPanel(m_edit, m_tools->predictionLassoAction(), m_toolSettings, this);
    m_predict = new PredictActions(m_current, m_predictor, m_options.persistent, this);
    m_predict->setOrder([this] { return m_browser->order(); });
    m_training = new TrainingDock(m_worker, this);
    m_models = new ModelsDock(m_worker, m_training->controller(), this);
    m_models->setPredictions(m_predictor);

    buildEditor();
    m_docks = new WindowDocks(this, {m_browser, m_info, m_overlays->panel(), m_editPanel, m_training, m_models});
    m_status = new StatusLine(statusBar(), m_predict->cancelAction());
    buildMenus();
    connectSampleFlow();
    connectEditing();
    connectPredictions();
    connectActions();
    if (m_options.persistent)
        restoreSettings();
    updateActions();
    retranslateNowAndOnChange(this, [this] { retranslate(); });
    onLayoutDirectionChange(this, [this] { m_docks->mirror(); });
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    // Edits not saved yet (a window deleted without closing, as tests do) are written now.
    m_edit->saveEverything();
    // The tools and the documents leave the canvas before their owners go.
    m_canvas->setTool(nullptr);
    m_canvas->setDocument(nullptr);
    // Status writes the user asked for finish before the window goes.
    m_writes.waitForDone();
}

// ---- Layout -------------------------------------------------------------------------------

void MainWindow::buildEditor()
{
    // The options of the active tool above, the tool strip beside the canvas.
    m_editor = new QWidget(this);
    m_editor->setObjectName(QStringLiteral("editor"));
    auto *column = new QVBoxLayout(m_editor);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_tools->makeOptionsBar(m_editor));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_tools->makeStrip(m_editor, {m_edit->actions()->undo, m_edit->actions()->redo}));
    row->addWidget(m_canvas, 1);
    column->addLayout(row, 1);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_editor);
    setCentralWidget(m_stack);
}

void MainWindow::buildMenus()
{
    const MainActions &a = *m_actions;
    const EditActions &e = *m_edit->actions();
    QMenuBar *bar = menuBar();
    auto *cleanup = new QMenu(this);
    m_titles.append({cleanup, QT_TR_NOOP("&Clean Up")});
    cleanup->addActions(e.cleanupActions);
    m_holdToHide = new QAction(this);
    m_holdToHide->setEnabled(false);
    m_languages = new LanguageMenu(m_options.persistent, this);
    const QList<QAction *> moves = m_navigator->goActions();
    // nullptr: a separator. The titles are translated in retranslate().
    const std::pair<const char *, QList<QAction *>> menus[] = {
        {QT_TR_NOOP("&File"),
         {a.open, m_opener->recentMenu()->menuAction(), a.openSample, nullptr, e.exportData, a.problems,
          nullptr, a.quit}},
        {QT_TR_NOOP("&Edit"),
         {e.undo, e.redo, nullptr, e.acceptPrediction, cleanup->menuAction(), nullptr, e.revert}},
        {QT_TR_NOOP("&Tools"), m_tools->toolActions() + QList<QAction *>{nullptr} + m_tools->keyActions()},
        {QT_TR_NOOP("&View"),
         QList<QAction *>{a.zoomIn, a.zoomOut, a.fit, a.actualSize, nullptr} + m_overlays->switches()
             + QList<QAction *>{nullptr, m_holdToHide, nullptr, m_languages->menuAction()}},
        {QT_TR_NOOP("&Go"),
         moves.mid(0, 2) + QList<QAction *>{nullptr} + moves.mid(2) + QList<QAction *>{nullptr}
             + m_navigator->sortActions()},
        {QT_TR_NOOP("&Review"), {e.approve}},
    };
    auto fill = [](QWidget *menu, const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (!action) {
                action = new QAction(menu);
                action->setSeparator(true);
            }
            menu->addAction(action);
        }
    };
    for (const auto &[title, actions] : menus) {
        QMenu *menu = bar->addMenu(QString());
        m_titles.append({menu, title});
        fill(menu, actions);
    }
    bar->addMenu(m_predict->menu());
    bar->addMenu(m_training->menu());
    QMenu *train = m_training->menu();
    train->insertAction(train->actions().value(1), m_models->showAction());   // after the panel
    QMenu *help = bar->addMenu(QString());
    m_titles.append({help, QT_TR_NOOP("&Help")});
    fill(help, {a.shortcuts, a.about});

    QToolBar *toolBar = addToolBar(QString());
    m_titles.append({toolBar, QT_TR_NOOP("Main")});
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    fill(toolBar, {a.open, nullptr, m_navigator->previousAction(), m_navigator->nextAction(),
                   m_navigator->nextUnreviewedAction(), nullptr, a.fit, a.actualSize, nullptr,
                   m_overlays->showTruthAction(), m_overlays->showPredictionAction(),
                   m_overlays->differenceAction(), nullptr, m_navigator->sortDisagreementAction(), e.approve,
                   m_predict->predictOneAction(), nullptr, m_training->trainAction()});
}

// ---- Connections --------------------------------------------------------------------------

void MainWindow::connectSampleFlow()
{
    connect(m_opener, &DatasetOpener::opening, this, [this](const QString &dir) {
        showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(dir)), 0);
        m_status->showBusy();
    });
    connect(m_opener, &DatasetOpener::opened, this, &MainWindow::setSession);
    connect(m_opener, &DatasetOpener::failed, this, &MainWindow::onOpenFailed);

    // The image on screen: chosen by the navigator, decoded by the loader, shown by the canvas.
    connect(m_current, &CurrentSample::indexChanged, this, &MainWindow::onIndexChanged);
    connect(m_loader, &SampleLoader::loaded, this, &MainWindow::onSampleLoaded);
    connect(m_current, &CurrentSample::layersLoaded, m_canvas, &ImageCanvas::setSample);
    connect(m_current, &CurrentSample::layersRefreshed, m_canvas, &ImageCanvas::refreshSample);
    connect(m_current, &CurrentSample::changed, this, &MainWindow::updateActions);
    connect(m_canvas, &ImageCanvas::framePainted, this, [this](const QString &id) {
        if (id == currentId())
            Q_EMIT sampleShown(id);
    });
    connect(m_canvas, &ImageCanvas::zoomChanged, m_status, &StatusLine::setZoom);
    connect(m_canvas, &ImageCanvas::cursorMoved, m_status, &StatusLine::setCursor);
    connect(m_canvas, &ImageCanvas::fullResolutionWanted, m_loader, &SampleLoader::refine);
    connect(m_canvas, &ImageCanvas::message, this, &MainWindow::showMessage);
    connect(m_navigator, &Navigator::positionChanged, m_status, &StatusLine::setPosition);
    connect(m_navigator, &Navigator::message, this, &MainWindow::showMessage);
    connect(m_status, &StatusLine::problemsRequested, this, &MainWindow::showProblems);

    connect(m_scores, &ScoreFeed::updated, this, &MainWindow::scoresUpdated);
    connect(m_overlays, &OverlayControls::settingsChanged, m_canvas, &ImageCanvas::setOverlaySettings);
    connect(m_overlays, &OverlayControls::settingsChanged, this,
            [this](const OverlaySettings &settings) { m_thumbnails->setOutlineColor(settings.truth.color); });
    connect(m_overlays->panel(), &OverlayPanel::modelChanged, this, &MainWindow::setPredictionModel);
}

void MainWindow::connectEditing()
{
    connect(m_tools, &ToolBox::toolChanged, m_canvas, &ImageCanvas::setTool);
    connect(m_tools, &ToolBox::previewChanged, m_canvas, &ImageCanvas::setPreviewContours);
    connect(m_tools, &ToolBox::message, this, &MainWindow::showMessage);
    connect(m_edit, &EditController::documentChanged, m_canvas, &ImageCanvas::setDocument);
    connect(m_edit, &EditController::editableChanged, m_tools, &ToolBox::setEditable);
    connect(m_edit, &EditController::saveStateChanged, m_status, &StatusLine::setSaveState);
    connect(m_edit, &EditController::unsavedChanged, this, &QWidget::setWindowModified);
    connect(m_edit, &EditController::sampleUnsavedChanged, m_model, &SampleModel::setUnsaved);
    connect(m_edit, &EditController::statusChanged, this, &MainWindow::onStatusChanged);
    connect(m_edit, &EditController::sampleSaved, m_thumbnails, &ThumbnailCache::refresh);
    connect(m_edit, &EditController::sampleInvalidated, m_loader, &SampleLoader::invalidate);
    connect(m_edit, &EditController::layersRemade, this, [this](const LoadedSamplePtr &layers) {
        // The edited truth is what to show when the user comes back, and now if still shown.
        m_loader->store(layers);
        m_current->refreshLayers(layers);
        if (layers->hasMetrics && m_current->layers() == layers)
            m_scores->setAgreement(layers->index, layers->metrics.dice, layers->metrics.iou);
    });
    connect(m_edit, &EditController::message, this, &MainWindow::showMessage);
    connect(m_edit, &EditController::errorOccurred, this, &MainWindow::reportError);
    connect(m_edit->actions()->exportData, &QAction::triggered, this, [this] {
        if (const core::SessionPtr open = session())
            ExportDialog::openFor(open, predictionModel(), m_edit->saveEverything(), m_options.persistent,
                                  this);
    });
}

void MainWindow::connectPredictions()
{
    connect(m_predict, &PredictActions::progressStarted, m_status, &StatusLine::showProgress);
    connect(m_predict, &PredictActions::progressChanged, m_status, &StatusLine::setProgress);
    connect(m_predict, &PredictActions::progressFormatChanged, m_status, &StatusLine::setProgressFormat);
    connect(m_predict, &PredictActions::progressFinished, m_status, &StatusLine::hideProgress);
    connect(m_predict, &PredictActions::modelStarted, this, &MainWindow::setPredictionModel);
    connect(m_predict, &PredictActions::predictionWritten, this, &MainWindow::onPredictionWritten);
    connect(m_predict, &PredictActions::sampleFailed, this, [this](int index, const QString &error) {
        m_model->setError(index, error);
        showMessage(error, 8000);
    });
    connect(m_predict, &PredictActions::message, this, &MainWindow::showMessage);
    connect(m_predict, &PredictActions::errorOccurred, this, &MainWindow::reportError);

    // The learning loop: the dataset on screen is trained on, its image re-predicted after
    // each epoch, each saved correction enters the next epoch, the run's model is Predict's
    // when it wins against the active one.
    core::TrainingController *training = m_training->controller();
    connect(m_current, &CurrentSample::sessionChanged, training, &core::TrainingController::setSession);
    connect(this, &MainWindow::sampleShown, training, &core::TrainingController::setCurrentSample);
    connect(m_edit, &EditController::sampleSaved, training,
            [training](int, const QString &id) { training->sampleCorrected(id); });
    connect(training, &core::TrainingController::predictionWritten, this, &MainWindow::onPredictionWritten);
    // A new active model: every image is predicted again with it, in the background.
    connect(training, &core::TrainingController::activeModelChanged, m_predict,
            &PredictActions::modelActivated);
    // The Models panel: the same for a model made active there; a run's new model is listed.
    connect(m_current, &CurrentSample::sessionChanged, m_models, &ModelsDock::setSession);
    connect(m_models, &ModelsDock::activeModelChanged, m_predict, &PredictActions::modelActivated);
    connect(training, &core::TrainingController::activeModelChanged, m_models, &ModelsDock::refresh);
    connect(m_models, &ModelsDock::modelRemoved, this, [this](const QString &name) {
        const core::SessionPtr open = session();
        setPredictionModel(m_current->model() == name && open ? open->defaultPredictionModel()
                                                              : m_current->model());
    });
}

void MainWindow::connectActions()
{
    const MainActions &a = *m_actions;
    connect(a.open, &QAction::triggered, this,
            [this] { m_opener->chooseAndOpen(session() ? session()->dataset().root : QDir::homePath()); });
    connect(a.openSample, &QAction::triggered, m_opener, &DatasetOpener::openSample);
    connect(a.problems, &QAction::triggered, this, &MainWindow::showProblems);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.zoomIn, &QAction::triggered, m_canvas, &ImageCanvas::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_canvas, &ImageCanvas::zoomOut);
    connect(a.fit, &QAction::triggered, m_canvas, &ImageCanvas::fitToWindow);
    connect(a.actualSize, &QAction::triggered, m_canvas, &ImageCanvas::actualSize);
    connect(a.shortcuts, &QAction::triggered, this, [this] {
        const MainActions &m = *m_actions;
        const EditActions &e = *m_edit->actions();
        QList<QAction *> viewing =
            m_navigator->goActions() + QList<QAction *>{e.approve} + m_overlays->switches();
        viewing.removeOne(m_overlays->switches().at(3));  // Fill Prediction has no key
        viewing += {m.zoomIn, m.zoomOut, m.fit, m.actualSize, m_predict->predictOneAction(), m.open};
        const QList<QAction *> editing = QList<QAction *>{e.undo, e.redo} + m_tools->toolActions()
            + m_tools->keyActions() + e.maskActions + QList<QAction *>{e.exportData};
        showShortcutsDialog(this, viewing, editing);
    });
    connect(a.about, &QAction::triggered, this, [this] { showAboutDialog(this); });
}

// ---- Opening datasets ---------------------------------------------------------------------

void MainWindow::onOpenFailed(const QString &title, const QString &error)
{
    m_status->hideProgress();
    showMessage(error, 10000);
    reportError(title, error);
    Q_EMIT datasetFailed(error);
}

void MainWindow::setSession(core::SessionPtr session, const QStringList &warnings)
{
    m_status->hideProgress();
    const QString model = session->defaultPredictionModel();
    m_thumbnails->setSession(session);
    m_model->setSession(session);
    // Editing saves what it has of the old dataset, then every follower takes the new one.
    m_current->setSession(session, model);
    m_browser->resetFilters();
    m_browser->refreshColumns();
    m_overlays->panel()->setModels(session->predictionModels(), model);
    const core::Dataset &dataset = session->dataset();
    updateTitle();
    m_stack->setCurrentWidget(m_editor);
    m_docks->showViewer(m_layoutRestored);
    m_status->setDataset(&dataset);
    if (!warnings.isEmpty())
        showMessage(warnings.join(QLatin1Char(' ')), 15000);
    else
        statusBar()->clearMessage();

    if (dataset.samples.isEmpty()) {
        showNoImages();
    } else {
        const QString id =
            m_options.persistent ? QSettings().value(lastSampleKey(dataset.root)).toString() : QString();
        m_navigator->start(id.isEmpty() ? -1 : dataset.indexOf(id));
    }
    updateActions();
    Q_EMIT datasetOpened(dataset.root);
}

void MainWindow::showNoImages()
{
    m_canvas->clear(tr("No images found in %1.\nDermask looks for PH2, ISIC, images/ + masks/ "
                       "folders, or plain image files.")
                        .arg(QDir::toNativeSeparators(session()->dataset().root)));
}

// ---- The current sample -------------------------------------------------------------------

void MainWindow::showSample(int index)
{
    m_navigator->show(index);
}

void MainWindow::onIndexChanged(int index)
{
    const core::SessionPtr open = session();
    updateTitle();
    if (!m_current->layers())  // the loader had it ready: it is on the canvas already
        m_canvas->setLoading(open->sample(index).id, m_thumbnails->thumbnail(index));
    if (m_options.persistent)
        QSettings().setValue(lastSampleKey(open->dataset().root), open->sample(index).id);
}

void MainWindow::onSampleLoaded(const LoadedSamplePtr &sample)
{
    const core::SessionPtr open = session();
    if (!open || sample->sessionSerial != open->serial())
        return;
    QStringList problems;
    if (!sample->imageError.isEmpty())
        problems.append(sample->imageError);
    problems.append(sample->maskErrors);
    m_model->setError(sample->index, problems.join(QLatin1Char('\n')));
    if (sample->index == m_current->index() && !problems.isEmpty())
        showMessage(problems.first(), 10000);
}

void MainWindow::onStatusChanged(int index, core::SampleStatus status)
{
    m_model->setStatus(index, status);
    if (index == m_current->index())
        m_current->setStatus(status);
}

// ---- Predictions --------------------------------------------------------------------------

void MainWindow::setPredictionModel(const QString &model)
{
    m_current->setModel(model);  // nothing happens when it is shown already
    if (const core::SessionPtr open = session())
        m_overlays->panel()->setModels(open->predictionModels(), model);
}

void MainWindow::setModelFile(const QString &path)
{
    m_predict->setModelFile(path);
}

void MainWindow::onPredictionWritten(int index, const QString &model, const core::SampleScore &score)
{
    setPredictionModel(model);  // show the predictions being made, listed with the others
    m_scores->setScore(index, score);
    m_loader->invalidate(index);  // reloads at once when it is on screen
}

// ---- Commands, status bar, settings -------------------------------------------------------

bool MainWindow::selectTool(const QString &name)
{
    return m_tools->selectToolByName(name);
}

bool MainWindow::isSettled() const
{
    return m_thumbnails->isIdle() && !m_scores->isRunning();
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::updateActions()
{
    const core::SessionPtr open = session();
    const bool any = open && open->count() > 0;
    for (QAction *action : {m_actions->zoomIn, m_actions->zoomOut, m_actions->fit, m_actions->actualSize})
        action->setEnabled(any);
    m_actions->problems->setEnabled(open && ProblemsDialog::problemCount(open->dataset()) > 0);
}

void MainWindow::showProblems()
{
    const core::SessionPtr open = session();
    if (!open)
        return;
    auto *dialog = new ProblemsDialog(open->dataset(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reportError(const QString &title, const QString &text)
{
    if (!m_options.persistent) {
        // Tests and screenshots run unattended: no dialog may wait for a click.
        showMessage(text, 15000);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::retranslate()
{
    for (const auto &[widget, title] : std::as_const(m_titles)) {
        if (auto *menu = qobject_cast<QMenu *>(widget))
            menu->setTitle(tr(title));
        else
            widget->setWindowTitle(tr(title));
    }
    m_holdToHide->setText(tr("Hold H to Hide All Overlays"));
    m_actions->retranslate();
    updateTitle();
    if (const core::SessionPtr open = session(); open && open->dataset().samples.isEmpty())
        showNoImages();
}

void MainWindow::updateTitle()
{
    // "[*]" turns into "*" while an edit is not saved yet (setWindowModified()).
    const core::SessionPtr open = session();
    if (!open) {
        setWindowTitle(tr("Dermask") + QStringLiteral("[*]"));
        return;
    }
    const QString dataset = QFileInfo(open->dataset().root).fileName();
    const QString id = currentId();
    setWindowTitle(id.isEmpty() ? tr("%1 — Dermask").arg(dataset + QStringLiteral("[*]"))
                                : tr("%1 — %2 — Dermask").arg(id + QStringLiteral("[*]"), dataset));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every edit reaches the disk before the window goes; a failed write asks first.
    if (!m_edit->prepareToClose()) {
        event->ignore();
        return;
    }
    m_predictor->cancel();
    if (m_options.persistent)
        saveSettings();
    event->accept();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/rightToLeft"), layoutDirection() == Qt::RightToLeft);
    settings.setValue(QStringLiteral("browser/sort"), int(m_browser->currentSort()));
    m_overlays->save(settings);
    m_toolSettings->save(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_overlays->load(settings);
    m_toolSettings->load(settings);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_layoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // A layout saved in the other direction moves to this one's sides.
    const QVariant savedRightToLeft = settings.value(QStringLiteral("window/rightToLeft"));
    if (m_layoutRestored && savedRightToLeft.isValid()
        && savedRightToLeft.toBool() != (layoutDirection() == Qt::RightToLeft))
        m_docks->mirror();
    m_docks->setViewerVisible(session() != nullptr);  // the saved state had them shown
    const int sort = settings.value(QStringLiteral("browser/sort"), 0).toInt();
    if (sort >= 0 && sort <= int(BrowserWidget::Sort::MostUncertain))
        m_browser->sortBy(BrowserWidget::Sort(sort));
}

} // namespace dermask::ui
