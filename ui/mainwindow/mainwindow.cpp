#include "ui/mainwindow/mainwindow.h"

#include "core/engine/modelworker.h"
#include "ui/browser/browserwidget.h"
#include "ui/browser/navigation.h"
#include "ui/browser/samplemodel.h"
#include "ui/browser/scorecollector.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/common/sampleloader.h"
#include "ui/common/thumbnailcache.h"
#include "ui/editing/editactions.h"
#include "ui/editing/editcontroller.h"
#include "ui/mainwindow/helpdialogs.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/problemsdialog.h"
#include "ui/mainwindow/sampledataset.h"
#include "ui/mainwindow/statusline.h"
#include "ui/mainwindow/welcomepage.h"
#include "ui/panels/infopanel.h"
#include "ui/panels/overlaypanel.h"
#include "ui/predict/predictactions.h"
#include "ui/predict/predictcontroller.h"
#include "ui/training/trainingwiring.h"

#include <QAction>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QtConcurrent/qtconcurrentrun.h>

namespace dermask::ui {

namespace {

constexpr int kMaxRecent = 8;

QString settingsKeyFor(const QString &root)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString folderOf(const QUrl &url)
{
    if (!url.isLocalFile())
        return {};
    const QFileInfo info(url.toLocalFile());
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_options(options)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Dermask") + QStringLiteral("[*]"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dermask.svg")));
    setAcceptDrops(true);
    m_writes.setMaxThreadCount(1);

    m_thumbnails = new ThumbnailCache(this);
    m_model = new SampleModel(m_thumbnails, this);
    m_loader = new SampleLoader(this);
    m_scores = new ScoreCollector(this);
    m_predictor = new PredictController(this);
    // The engine's one owner of the network; a training view shares it later.
    m_modelWorker = new core::ModelWorker(this);
    m_predictor->setBackendFactory(workerBackendFactory(m_modelWorker));
    m_sample = new SampleDataset(this);

    m_actions = std::make_unique<MainActions>(this);
    m_actions->buildMenus(this);
    buildUi();
    // The canvas, the tool strip and the tool options make the editor; saves share the
    // window's one write thread, so a status write never overtakes a mask write.
    m_edit = new EditController(this, m_canvas, &m_writes, m_options.persistent);
    m_edit->actions()->buildMenus(this, m_actions->viewMenu->menuAction(), m_actions->fileMenu, m_actions->problems);
    m_stack->addWidget(m_edit->editor());
    // Editing and overlay settings share the space under the image facts as tabs, the Edit
    // tab in front: the right column cannot hold both in full at 1400x900.
    QDockWidget *editDock = m_edit->makeDock();
    tabifyDockWidget(m_docks[2], editDock);
    editDock->hide();
    m_docks.insert(2, editDock);
    m_status = new StatusLine(statusBar(), m_actions->cancelPrediction);
    m_predictActions = new PredictActions(this, m_actions.get(), m_status, m_predictor, m_options.persistent);
    connectParts();
    connectActions();
    installTrainingDock(this); // the learning loop: ui/training/ wires itself in
    if (m_options.persistent)
        restoreSettings();
    applyOverlaySettings(m_overlay);
    updateRecent();
    updateActions();
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    // Edits not saved yet (a window deleted without closing, as tests do) are written now.
    m_edit->saveEverything();
    // A run waits for the model worker: it ends before the worker goes.
    m_predictor->cancel();
    m_predictor->waitForFinished();
    m_openWatcher.disconnect(this);
    m_openWatcher.waitForFinished();
    // Status writes the user asked for finish before the window goes.
    m_writes.waitForDone();
}

void MainWindow::buildUi()
{
    m_welcome = new WelcomePage(this);
    m_canvas = new ImageCanvas(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);

    // QMainWindow does not mirror dock areas: in a right-to-left layout the browser, where
    // reading starts, goes to the right.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const Qt::DockWidgetArea start = rtl ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    const Qt::DockWidgetArea end = rtl ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;

    m_browser = new BrowserWidget(m_model, this);
    auto *browserDock = new QDockWidget(tr("Images"), this);
    browserDock->setObjectName(QStringLiteral("browserDock"));
    browserDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    browserDock->setWidget(m_browser);
    addDockWidget(start, browserDock);

    m_info = new InfoPanel(this);
    auto *infoDock = new QDockWidget(tr("Image"), this);
    infoDock->setObjectName(QStringLiteral("infoDock"));
    infoDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto *infoScroll = new QScrollArea(this);
    infoScroll->setWidget(m_info);
    infoScroll->setWidgetResizable(true);
    infoScroll->setFrameShape(QFrame::NoFrame);
    infoDock->setWidget(infoScroll);
    addDockWidget(end, infoDock);

    m_overlayPanel = new OverlayPanel(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_overlayPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *overlayDock = new QDockWidget(tr("Overlays"), this);
    overlayDock->setObjectName(QStringLiteral("overlayDock"));
    overlayDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    overlayDock->setWidget(scroll);
    addDockWidget(end, overlayDock);

    m_docks = {browserDock, infoDock, overlayDock};
    // Until a dataset is open the welcome page has the window to itself: empty panels would
    // only distract from the two ways in.
    for (QDockWidget *dock : m_docks)
        dock->hide();
}

void MainWindow::showDocks()
{
    if (m_docks.first()->isVisible())
        return;
    for (QDockWidget *dock : m_docks)
        dock->show();
    // Sizes only take on visible docks; a layout restored from the settings is kept.
    if (!m_layoutRestored) {
        resizeDocks({m_docks[0], m_docks[1]}, {400, 350}, Qt::Horizontal);
        resizeDocks({m_docks[1], m_docks[2]}, {230, 640}, Qt::Vertical);
        m_docks[2]->raise();
    }
}

void MainWindow::connectParts()
{
    connect(&m_openWatcher, &QFutureWatcher<OpenResult>::finished, this, &MainWindow::onOpened);
    connect(m_loader, &SampleLoader::loaded, this, &MainWindow::onSampleLoaded);
    connect(m_browser, &BrowserWidget::currentChanged, this, [this](int index) {
        m_direction = index >= m_current ? 1 : -1;
        showSample(index);
    });
    connect(m_browser, &BrowserWidget::orderChanged, this, [this] {
        prefetchAround(m_current);
        updatePosition();
    });
    connect(m_canvas, &ImageCanvas::framePainted, this, [this](const QString &id) {
        if (id == currentId())
            Q_EMIT sampleShown(id);
    });
    connect(m_canvas, &ImageCanvas::zoomChanged, m_status, &StatusLine::setZoom);
    connect(m_canvas, &ImageCanvas::cursorMoved, m_status, &StatusLine::setCursor);
    connect(m_status, &StatusLine::problemsRequested, this, &MainWindow::showProblems);
    connect(m_overlayPanel, &OverlayPanel::settingsChanged, this, &MainWindow::applyOverlaySettings);
    connect(m_overlayPanel, &OverlayPanel::modelChanged, this, &MainWindow::setPredictionModel);
    connect(m_scores, &ScoreCollector::scoresReady, this, [this](const QHash<int, SampleScore> &scores) {
        m_model->setScores(scores);
        m_browser->refreshColumns();
    });
    connect(m_scores, &ScoreCollector::finished, this, [this] {
        m_browser->refreshColumns();
        updateActions();
        Q_EMIT scoresUpdated();
    });
    connect(m_edit, &EditController::statusChanged, this, [this](int index, core::SampleStatus status) {
        m_model->setStatus(index, status);
        if (m_session && index == m_current)
            m_info->showSample(*m_session, index, status, m_loader->cached(index), m_predictionModel);
        updateActions();
    });
    connect(m_edit, &EditController::unsavedChanged, this, &QWidget::setWindowModified);
    connect(m_welcome, &WelcomePage::openRequested, m_actions->open, &QAction::trigger);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSampleDataset);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openDataset);
    connect(m_sample, &SampleDataset::ready, this, &MainWindow::openDataset);
    connect(m_sample, &SampleDataset::failed, this, [this](const QString &error) {
        reportError(tr("Sample dataset"), error);
    });
}

void MainWindow::connectActions()
{
    MainActions &a = *m_actions;
    connect(a.open, &QAction::triggered, this, [this] {
        const QString start = m_session ? m_session->dataset().root : QDir::homePath();
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Dataset Folder"), start);
        if (!dir.isEmpty())
            openDataset(dir);
    });
    connect(a.openSample, &QAction::triggered, this, &MainWindow::openSampleDataset);
    connect(a.problems, &QAction::triggered, this, &MainWindow::showProblems);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    connect(a.zoomIn, &QAction::triggered, m_canvas, &ImageCanvas::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_canvas, &ImageCanvas::zoomOut);
    connect(a.fit, &QAction::triggered, m_canvas, &ImageCanvas::fitToWindow);
    connect(a.actualSize, &QAction::triggered, m_canvas, &ImageCanvas::actualSize);
    auto overlayToggle = [this](QAction *action, auto apply) {
        connect(action, &QAction::toggled, this, [this, apply](bool on) {
            OverlaySettings s = m_overlay;
            apply(s, on);
            applyOverlaySettings(s);
        });
    };
    overlayToggle(a.showTruth, [](OverlaySettings &s, bool on) { s.truth.visible = on; });
    overlayToggle(a.showPrediction, [](OverlaySettings &s, bool on) { s.prediction.visible = on; });
    overlayToggle(a.difference, [](OverlaySettings &s, bool on) { s.difference = on; });
    overlayToggle(a.heatMap, [](OverlaySettings &s, bool on) { s.heatMap = on; });
    overlayToggle(a.truthFill, [](OverlaySettings &s, bool on) {
        s.truth.mode = on ? LayerStyle::Mode::Fill : LayerStyle::Mode::Contour;
        s.truth.visible = true;
    });
    overlayToggle(a.predictionFill, [](OverlaySettings &s, bool on) {
        s.prediction.mode = on ? LayerStyle::Mode::Fill : LayerStyle::Mode::Contour;
        s.prediction.visible = true;
    });

    // "Next" follows the reading direction: the left arrow in a right-to-left layout.
    if (layoutDirection() == Qt::RightToLeft) {
        a.next->setShortcuts({Qt::Key_Left, Qt::Key_PageDown});
        a.previous->setShortcuts({Qt::Key_Right, Qt::Key_PageUp});
    }
    connect(a.next, &QAction::triggered, this, [this] { goStep(1); });
    connect(a.previous, &QAction::triggered, this, [this] { goStep(-1); });
    connect(a.nextUnreviewed, &QAction::triggered, this, &MainWindow::goNextUnreviewed);
    connect(a.nextUncertain, &QAction::triggered, this, &MainWindow::goNextUncertain);
    connect(a.nextDisagreement, &QAction::triggered, this, &MainWindow::goNextDisagreement);
    connect(a.sortDisagreement, &QAction::triggered, this, [this] {
        m_browser->sortBy(BrowserWidget::Sort::WorstDice);
        if (!m_scores->isRunning() && !m_model->hasScores())
            statusBar()->showMessage(tr("Dice needs predictions to compare with: use Predict ▸ "
                                        "Predict All, then sort again."), 8000);
    });
    connect(a.sortUncertainty, &QAction::triggered, this, [this] {
        m_browser->sortBy(BrowserWidget::Sort::MostUncertain);
        if (!m_scores->isRunning() && !m_model->hasScores())
            statusBar()->showMessage(tr("Uncertainty needs predictions: use Predict ▸ Predict All, "
                                        "then sort again."), 8000);
    });
    connect(a.sortId, &QAction::triggered, this, [this] { m_browser->sortBy(BrowserWidget::Sort::Id); });
    connect(a.approve, &QAction::triggered, this, &MainWindow::toggleApprove);

    connect(a.shortcuts, &QAction::triggered, this, [this] { showShortcutsDialog(this, *m_actions, m_edit->actions()); });
    connect(a.about, &QAction::triggered, this, [this] { showAboutDialog(this); });
}

// ---- Opening datasets ---------------------------------------------------------------------

void MainWindow::openDataset(const QString &dir)
{
    if (dir.isEmpty())
        return;
    if (m_openWatcher.isRunning()) {
        // The newest request wins; the older scan finishes unseen.
        m_openWatcher.disconnect(this);
        m_openWatcher.waitForFinished();
        connect(&m_openWatcher, &QFutureWatcher<OpenResult>::finished, this, &MainWindow::onOpened);
    }
    m_opening = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(m_opening)));
    m_status->showBusy();
    const QString workspaceDir = m_options.workspaceDir;
    const QString target = m_opening;
    m_openWatcher.setFuture(QtConcurrent::run([target, workspaceDir] {
        OpenResult result;
        result.dir = target;
        result.session = DatasetSession::open(target, workspaceDir, &result.error, &result.warnings);
        return result;
    }));
}

bool MainWindow::isOpening() const
{
    return m_openWatcher.isRunning();
}

void MainWindow::openSampleDataset()
{
    m_sample->ensure();
}

bool MainWindow::restoreLastDataset()
{
    if (!m_options.persistent)
        return false;
    const QString last = QSettings().value(QStringLiteral("session/lastDataset")).toString();
    if (last.isEmpty())
        return false;
    if (!QFileInfo(last).isDir()) {
        m_welcome->setNote(tr("The last dataset, %1, is no longer there.").arg(QDir::toNativeSeparators(last)));
        return false;
    }
    openDataset(last);
    return true;
}

void MainWindow::onOpened()
{
    m_status->hideProgress();
    const OpenResult result = m_openWatcher.result();
    m_opening.clear();
    if (!result.session) {
        const QString error = result.error.isEmpty() ? tr("%1: cannot open").arg(result.dir) : result.error;
        statusBar()->showMessage(error, 10000);
        if (!m_session)
            m_welcome->setNote(error);
        reportError(tr("Open Dataset"), error);
        Q_EMIT datasetFailed(error);
        return;
    }
    setSession(result.session, result.warnings);
}

void MainWindow::setSession(SessionPtr session, const QStringList &warnings)
{
    m_edit->setSession(session);
    m_session = std::move(session);
    m_current = -1;
    m_listPosition = -1;
    const core::Dataset &dataset = m_session->dataset();
    m_predictionModel = m_session->defaultPredictionModel();
    m_thumbnails->setSession(m_session);
    m_loader->setSession(m_session, m_predictionModel);
    m_predictActions->sessionChanged();
    m_model->setSession(m_session);
    m_browser->resetFilters();
    m_browser->refreshColumns();
    m_overlayPanel->setModels(m_session->predictionModels(), m_predictionModel);
    m_scores->start(m_session, m_predictionModel);
    addRecent(dataset.root);
    updateTitle();
    m_stack->setCurrentWidget(m_edit->editor());
    showDocks();
    m_status->setDataset(&dataset);
    if (!warnings.isEmpty())
        statusBar()->showMessage(warnings.join(QLatin1Char(' ')), 15000);
    else
        statusBar()->clearMessage();

    if (dataset.samples.isEmpty()) {
        m_info->clear();
        m_canvas->clear(tr("No images found in %1.\nDermask looks for PH2, ISIC, images/ + masks/ "
                           "folders, or plain image files.")
                            .arg(QDir::toNativeSeparators(dataset.root)));
    } else {
        int start = -1;
        if (m_options.persistent) {
            const QString id = QSettings()
                                   .value(QStringLiteral("samples/") + settingsKeyFor(dataset.root))
                                   .toString();
            start = id.isEmpty() ? -1 : dataset.indexOf(id);
        }
        if (start < 0)
            start = m_browser->order().value(0, 0);
        m_direction = 1;
        showSample(start);
        m_browser->focusList();
    }
    updateActions();
    Q_EMIT datasetOpened(dataset.root);
}

// ---- The current sample -------------------------------------------------------------------

QString MainWindow::currentId() const
{
    return m_session && m_current >= 0 ? m_session->sample(m_current).id : QString();
}

void MainWindow::showSample(int index)
{
    if (!m_session || index < 0 || index >= m_session->count())
        return;
    if (index != m_current)
        m_edit->leaveSample();
    m_current = index;
    updateTitle();
    m_browser->setCurrentIndex(index);
    const LoadedSamplePtr cached = m_loader->cached(index);
    m_info->showSample(*m_session, index, m_model->status(index), cached, m_predictionModel);
    if (!cached)
        m_canvas->setLoading(m_session->sample(index).id, m_thumbnails->thumbnail(index));
    m_loader->request(index);  // emits loaded() at once when cached
    prefetchAround(index);
    updatePosition();
    updateActions();
    if (m_options.persistent)
        QSettings().setValue(QStringLiteral("samples/") + settingsKeyFor(m_session->dataset().root),
                             m_session->sample(index).id);
}

void MainWindow::onSampleLoaded(const LoadedSamplePtr &sample)
{
    if (!m_session || sample->sessionSerial != m_session->serial())
        return;
    QStringList problems;
    if (!sample->imageError.isEmpty())
        problems.append(sample->imageError);
    problems.append(sample->maskErrors);
    m_model->setError(sample->index, problems.join(QLatin1Char('\n')));
    if (sample->index != m_current)
        return;
    m_canvas->setSample(sample);
    m_edit->sampleLoaded(sample);
    m_info->showSample(*m_session, m_current, m_model->status(m_current), sample, m_predictionModel);
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.first(), 10000);
}

void MainWindow::prefetchAround(int index)
{
    if (!m_session || index < 0)
        return;
    const QVector<int> order = m_browser->order();
    const int position = int(order.indexOf(index));
    if (position < 0)
        return;
    // Two ahead in the direction of travel, one behind.
    QVector<int> wanted;
    for (int offset : {m_direction, 2 * m_direction, -m_direction}) {
        const int p = position + offset;
        if (p >= 0 && p < order.size())
            wanted.append(order.at(p));
    }
    m_loader->prefetch(wanted);
}

void MainWindow::toggleApprove()
{
    if (!m_session || m_current < 0)
        return;
    // The edit being approved is on disk first (same write thread, so before the status).
    if (!m_edit->saveCurrentAndWait()) {
        statusBar()->showMessage(tr("%1 is not approved: its changes could not be saved.").arg(currentId()), 10000);
        updateActions();
        return;
    }
    core::Workspace *workspace = m_session->workspace();
    const int index = m_current;
    const core::SampleStatus before = m_model->status(index);
    if (!workspace || before == core::SampleStatus::Unlabeled) {
        statusBar()->showMessage(workspace ? tr("%1 has no mask to approve.").arg(currentId())
                                           : tr("Statuses cannot be saved: this dataset has no workspace."),
                                 5000);
        updateActions();
        return;
    }
    const core::SampleStatus after = before == core::SampleStatus::Approved
                                         ? (m_session->hasAnnotation(index) ? core::SampleStatus::Corrected
                                                                            : core::SampleStatus::Source)
                                         : core::SampleStatus::Approved;
    m_model->setStatus(index, after);
    m_info->showSample(*m_session, index, after, m_loader->cached(index), m_predictionModel);
    updateActions();
    const SessionPtr session = m_session;
    const QString id = currentId();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, session, index, before] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty())
            return;
        if (session == m_session) {
            m_model->setStatus(index, before);
            updateActions();
        }
        reportError(tr("Review status"), error);
    });
    watcher->setFuture(QtConcurrent::run(&m_writes, [session, id, after] {
        QString error;
        return session->workspace()->setStatus(id, after, &error) ? QString() : error;
    }));
}

// ---- Overlays and predictions -------------------------------------------------------------

void MainWindow::applyOverlaySettings(const OverlaySettings &settings)
{
    m_overlay = settings;
    m_canvas->setOverlaySettings(settings);
    m_overlayPanel->setSettings(settings);
    m_thumbnails->setOutlineColor(settings.truth.color);
    syncOverlayActions();
}

void MainWindow::syncOverlayActions()
{
    const MainActions &a = *m_actions;
    const std::pair<QAction *, bool> states[] = {
        {a.showTruth, m_overlay.truth.visible},
        {a.showPrediction, m_overlay.prediction.visible},
        {a.difference, m_overlay.difference},
        {a.heatMap, m_overlay.heatMap},
        {a.truthFill, m_overlay.truth.mode == LayerStyle::Mode::Fill},
        {a.predictionFill, m_overlay.prediction.mode == LayerStyle::Mode::Fill},
    };
    for (const auto &[action, on] : states) {
        const QSignalBlocker block(action);
        action->setChecked(on);
    }
}

void MainWindow::setPredictionModel(const QString &model)
{
    if (model == m_predictionModel)
        return;
    m_predictionModel = model;
    m_loader->setModel(model);
    m_model->clearScores();
    m_browser->refreshColumns();
    if (m_session) {
        m_overlayPanel->setModels(m_session->predictionModels(), model);
        m_scores->start(m_session, model);
        if (m_current >= 0)
            m_info->showSample(*m_session, m_current, m_model->status(m_current),
                               m_loader->cached(m_current), model);
    }
}

void MainWindow::setModelFile(const QString &path)
{
    m_predictActions->setModelFile(path);
}

// ---- Status bar, menus, settings ----------------------------------------------------------

void MainWindow::updatePosition()
{
    if (!m_session || m_current < 0) {
        m_status->clearPosition();
        return;
    }
    const QVector<int> order = m_browser->order();
    const int position = int(order.indexOf(m_current));
    if (position >= 0)
        m_listPosition = position;
    m_status->setPosition(position, int(order.size()));
}

void MainWindow::updateActions()
{
    MainActions &a = *m_actions;
    const bool open = m_session && m_session->count() > 0;
    const bool current = open && m_current >= 0;
    for (QAction *action : {a.next, a.previous, a.nextUnreviewed, a.nextUncertain, a.nextDisagreement,
                            a.sortDisagreement, a.sortUncertainty, a.sortId, a.zoomIn, a.zoomOut, a.fit,
                            a.actualSize})
        action->setEnabled(open);
    a.problems->setEnabled(m_session && ProblemsDialog::problemCount(m_session->dataset()) > 0);
    const core::SampleStatus status = current ? m_model->status(m_current) : core::SampleStatus::Unlabeled;
    a.approve->setEnabled(current && m_session->workspace() && status != core::SampleStatus::Unlabeled);
    {
        const QSignalBlocker block(a.approve);
        a.approve->setChecked(status == core::SampleStatus::Approved);
    }
    m_predictActions->updateActions();
    m_edit->updateActions();
}

void MainWindow::updateRecent()
{
    const QStringList recent = m_options.persistent
                                   ? QSettings().value(QStringLiteral("session/recent")).toStringList()
                                   : QStringList();
    m_welcome->setRecent(recent);
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    for (const QString &dir : recent) {
        QAction *action = menu->addAction(QDir::toNativeSeparators(dir));
        connect(action, &QAction::triggered, this, [this, dir] { openDataset(dir); });
    }
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecent(const QString &dir)
{
    if (!m_options.persistent)
        return;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("session/recent")).toStringList();
    recent.removeAll(dir);
    recent.prepend(dir);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("session/recent"), recent);
    settings.setValue(QStringLiteral("session/lastDataset"), dir);
    updateRecent();
}

void MainWindow::showProblems()
{
    if (!m_session)
        return;
    auto *dialog = new ProblemsDialog(m_session->dataset(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reportError(const QString &title, const QString &text)
{
    if (!m_options.persistent) {
        // Tests and screenshots run unattended: no dialog may wait for a click.
        statusBar()->showMessage(text, 15000);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateTitle()
{
    // "[*]" turns into "*" while an edit is not saved yet (setWindowModified()).
    if (!m_session) {
        setWindowTitle(tr("Dermask") + QStringLiteral("[*]"));
        return;
    }
    const QString dataset = QFileInfo(m_session->dataset().root).fileName();
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

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && !folderOf(urls.first()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    const QString dir = folderOf(urls.first());
    if (!dir.isEmpty()) {
        event->acceptProposedAction();
        openDataset(dir);
    }
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("browser/sort"), int(m_browser->currentSort()));
    m_overlay.save(settings);
    m_edit->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_overlay = OverlaySettings::load(settings);
    m_edit->loadSettings(settings);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_layoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (QDockWidget *dock : m_docks)
        dock->setVisible(m_session != nullptr);  // the saved state had them shown
    const int sort = settings.value(QStringLiteral("browser/sort"), 0).toInt();
    if (sort >= 0 && sort <= int(BrowserWidget::Sort::MostUncertain))
        m_browser->sortBy(BrowserWidget::Sort(sort));
}

} // namespace dermask::ui
