// EditController, continued: the editor widget (options bar, tool strip, canvas) and the Edit
// dock, choosing a tool, the actions wired to the tools and the clean-up operations, Export.

#include "ui/editing/editcontroller.h"

#include "core/mask/maskdocument.h"
#include "core/mask/maskops.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/editing/editactions.h"
#include "ui/editing/editpanel.h"
#include "ui/editing/maskjobs.h"
#include "ui/editing/thresholdpreview.h"
#include "ui/editing/tooloptionsbar.h"
#include "ui/export/exportdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/tools/brushtool.h"
#include "ui/tools/floodtool.h"
#include "ui/tools/grabcuttool.h"
#include "ui/tools/lassotool.h"
#include "ui/tools/toolsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QScrollArea>
#include <QSettings>
#include <QHBoxLayout>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dermask::ui {

namespace {

QString stepText(const char *text)
{
    return QCoreApplication::translate("dermask::core::MaskDocument", text);
}

} // namespace

void EditController::buildEditor(ImageCanvas *canvas)
{
    m_editor = new QWidget(m_window);
    m_editor->setObjectName(QStringLiteral("editor"));
    auto *column = new QVBoxLayout(m_editor);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_options = new ToolOptionsBar(m_settings, m_editor);
    column->addWidget(m_options);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    QToolBar *strip = m_actions->makeToolStrip(m_editor);
    row->addWidget(strip);
    row->addWidget(canvas, 1);
    column->addLayout(row, 1);
    m_panel = new EditPanel(m_actions.get(), m_settings, m_window);
}

QDockWidget *EditController::makeDock()
{
    auto *scroll = new QScrollArea(m_window);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *dock = new QDockWidget(tr("Edit"), m_window);
    dock->setObjectName(QStringLiteral("editDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(scroll);
    return dock;
}

void EditController::showExportDialog()
{
    const SessionPtr session = m_window->session();
    if (!session)
        return;
    const QStringList unsaved = saveEverything();
    auto *dialog = new ExportDialog(session, m_window->predictionModel(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_persistent) {
        const QString last = QSettings().value(QStringLiteral("export/folder")).toString();
        if (!last.isEmpty())
            dialog->setOutputFolder(last);
        connect(dialog, &ExportDialog::exportFinished, dialog,
                [dialog] { QSettings().setValue(QStringLiteral("export/folder"), dialog->outputFolder()); });
    }
    if (!unsaved.isEmpty())
        dialog->setNote(tr("Changes to %1 could not be saved; the export holds their last saved masks.")
                            .arg(unsaved.join(QStringLiteral(", "))));
    dialog->open();
}

void EditController::connectActions()
{
    EditActions &a = *m_actions;
    connect(a.toolGroup, &QActionGroup::triggered, this, &EditController::selectTool);
    connect(a.exportData, &QAction::triggered, this, &EditController::showExportDialog);
    connect(a.escape, &QAction::triggered, this, [this] {
        CanvasTool *tool = m_canvas->tool();
        if (tool && tool->cancel()) {
            m_window->statusBar()->showMessage(tr("Dropped."), 2000);
            return;
        }
        m_actions->toolPan->trigger();
    });
    connect(a.brushSmaller, &QAction::triggered, this,
            [this] { m_settings->setBrushSize(ToolSettings::steppedSize(m_settings->brushSize(), -1)); });
    connect(a.brushBigger, &QAction::triggered, this,
            [this] { m_settings->setBrushSize(ToolSettings::steppedSize(m_settings->brushSize(), 1)); });
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
        runCleanup(stepText("Fill holes"), [](const cv::Mat &m) { return core::fillHoles(m); });
    });
    connect(a.removeIslands, &QAction::triggered, this, [this] {
        const int area = m_settings->islandArea();
        runCleanup(QCoreApplication::translate("dermask::core::MaskDocument", "Remove islands < %1 px").arg(area),
                   [area](const cv::Mat &m) { return core::removeIslands(m, area); });
    });
    connect(a.keepLargest, &QAction::triggered, this, [this] {
        runCleanup(stepText("Keep largest"), [](const cv::Mat &m) { return core::keepLargestComponent(m); });
    });
    connect(a.smooth, &QAction::triggered, this, [this] {
        const int radius = m_settings->pixels();
        runCleanup(stepText("Smooth"), [radius](const cv::Mat &m) { return core::smoothMask(m, radius); });
    });
    connect(a.grow, &QAction::triggered, this, [this] {
        const int n = m_settings->pixels();
        runCleanup(QCoreApplication::translate("dermask::core::MaskDocument", "Grow %1 px").arg(n),
                   [n](const cv::Mat &m) { return core::growMask(m, n); });
    });
    connect(a.shrink, &QAction::triggered, this, [this] {
        const int n = m_settings->pixels();
        runCleanup(QCoreApplication::translate("dermask::core::MaskDocument", "Shrink %1 px").arg(n),
                   [n](const cv::Mat &m) { return core::shrinkMask(m, n); });
    });
    connect(a.revert, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        m_jobs->waitForIdle();  // a clean-up still running would land on top of the revert
        if (m_document->revertToSource() == core::MaskDocument::EditResult::Unchanged)
            m_window->statusBar()->showMessage(tr("The mask already is the dataset's own mask."), 5000);
    });
    connect(m_settings, &ToolSettings::thresholdChanged, this, [this] {
        m_previewTimer.start();
        updatePreview();
    });
}

bool EditController::selectToolByName(const QString &name)
{
    const EditActions &a = *m_actions;
    const std::pair<const char *, QAction *> names[] = {
        {"pan", a.toolPan},           {"brush", a.toolBrush},     {"eraser", a.toolEraser},
        {"lasso", a.toolLasso},       {"flood", a.toolFlood},     {"grabcut", a.toolGrabCut},
        {"prediction-lasso", a.toolPredictionLasso},
    };
    for (const auto &[key, action] : names) {
        if (name != QLatin1String(key))
            continue;
        if (action->isEnabled())
            action->trigger();
        else
            m_wantedTool = name;  // the tools are enabled once an image is shown
        return true;
    }
    return false;
}

void EditController::selectTool(QAction *action)
{
    const EditActions &a = *m_actions;
    struct Choice
    {
        QAction *action;
        CanvasTool *tool;
        QString hint;
        bool size;
        bool threshold;
    };
    const Choice choices[] = {
        {a.toolPan, nullptr,
         tr("Drag to move the image, wheel to zoom. To correct the mask pick a tool on the left: "
            "B brush, E eraser, L lasso, G fill, C GrabCut."),
         false, false},
        {a.toolBrush, m_brush, tr("Drag to paint lesion; right-drag erases. [ ] or Ctrl+wheel: size."), true, false},
        {a.toolEraser, m_eraser, tr("Drag to erase; right-drag paints. [ ] or Ctrl+wheel: size."), true, false},
        {a.toolLasso, m_lasso,
         tr("Drag a loop, or click corners and double-click: the inside becomes lesion. Right button or "
            "Alt: background."),
         false, false},
        {a.toolFlood, m_flood, tr("Click a region (a hole) to fill it with lesion; right-click clears a region."),
         false, false},
        {a.toolGrabCut, m_grabCut,
         tr("Drag a box around the lesion. Then paint inside it: left = surely lesion, right = surely "
            "skin. Shift+drag: new box."),
         true, false},
        {a.toolPredictionLasso, m_predictionLasso,
         tr("Draw a loop: inside it the mask becomes the prediction at this threshold (dashed "
            "outline). Shift+A takes it everywhere."),
         false, true},
    };
    for (const Choice &choice : choices) {
        if (choice.action != action)
            continue;
        if (!choice.action->isChecked())
            choice.action->setChecked(true);
        m_canvas->setTool(choice.tool);
        QString name = choice.action->text();
        name.remove(QLatin1Char('&'));
        m_options->showTool(name, choice.hint, choice.size, choice.threshold);
    }
    updatePreview();
}

void EditController::updatePreview()
{
    const bool show = m_sample && m_document
                      && (m_canvas->tool() == m_predictionLasso || m_previewTimer.isActive());
    if (!show) {
        m_canvas->setPreviewContours({}, QColor());
        return;
    }
    m_canvas->setPreviewContours(thresholdOutlines(*m_sample, m_settings->threshold()),
                                 m_canvas->overlaySettings().prediction.color);
}

} // namespace dermask::ui
