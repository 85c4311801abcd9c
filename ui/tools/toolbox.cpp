#include "ui/tools/toolbox.h"

#include "ui/common/actions.h"
#include "ui/common/currentsample.h"
#include "ui/common/toolsettings.h"
#include "ui/tools/brushtool.h"
#include "ui/tools/floodtool.h"
#include "ui/tools/grabcuttool.h"
#include "ui/tools/lassotool.h"
#include "ui/tools/thresholdpreview.h"
#include "ui/common/toolicons.h"
#include "ui/tools/tooloptionsbar.h"

#include <QAction>
#include <QActionGroup>
#include <QToolBar>
#include <QWidget>

namespace dermask::ui {

ToolBox::ToolBox(ToolSettings *settings, CurrentSample *current, QWidget *window)
    : QObject(window), m_settings(settings), m_current(current)
{
    m_group = new QActionGroup(window);
    m_group->setExclusive(true);
    addTools(window);
    m_pan = m_tools.first().action;
    m_pan->setChecked(true);
    m_escape = makeAction(
        window, "toolEscape", tr("Cancel / Pan"), {Qt::Key_Escape},
        tipWithKey(tr("Drop a half-drawn lasso or GrabCut box; otherwise back to Pan/View"), Qt::Key_Escape));
    m_smaller = makeAction(window, "brushSmaller", tr("Smaller Brush"), {Qt::Key_BracketLeft},
                           tipWithKey(tr("Make the brush smaller"), Qt::Key_BracketLeft));
    m_bigger = makeAction(window, "brushBigger", tr("Bigger Brush"), {Qt::Key_BracketRight},
                          tipWithKey(tr("Make the brush bigger"), Qt::Key_BracketRight));

    connect(m_group, &QActionGroup::triggered, this, &ToolBox::select);
    connect(m_escape, &QAction::triggered, this, &ToolBox::escape);
    connect(m_smaller, &QAction::triggered, this,
            [this] { m_settings->setBrushSize(ToolSettings::steppedSize(m_settings->brushSize(), -1)); });
    connect(m_bigger, &QAction::triggered, this,
            [this] { m_settings->setBrushSize(ToolSettings::steppedSize(m_settings->brushSize(), 1)); });
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(3000);
    connect(&m_previewTimer, &QTimer::timeout, this, &ToolBox::updatePreview);
    connect(m_settings, &ToolSettings::thresholdChanged, this, [this] {
        m_previewTimer.start();
        updatePreview();
    });
    connect(m_current, &CurrentSample::changed, this, &ToolBox::updatePreview);
    setEditable(false, false);
}

ToolBox::~ToolBox() = default;

void ToolBox::addTools(QWidget *window)
{
    ToolSettings *s = m_settings;
    m_grabCut = new GrabCutTool(s, this);
    m_predictionLasso = new LassoTool(LassoTool::Kind::Prediction, s, this);
    struct Spec
    {
        const char *name;    ///< as --tool names it
        const char *action;  ///< the action's object name
        QString text, shortText, icon;
        QKeySequence key;
        QString tip, hint;
        CanvasTool *tool;
        bool size, threshold;
    };
    const Spec specs[] = {
        {"pan", "toolPan", tr("&Pan/View"), tr("Pan"), QStringLiteral("pan"), Qt::Key_V,
         tr("Pan/View: drag to move the image, wheel to zoom; the mask is not changed. Esc also comes back "
            "here"),
         tr("Drag to move the image, wheel to zoom. To correct the mask pick a tool on the left: "
            "B brush, E eraser, L lasso, G fill, C GrabCut."),
         nullptr, false, false},
        {"brush", "toolBrush", tr("&Brush"), tr("Brush"), QStringLiteral("brush"), Qt::Key_B,
         tr("Brush: drag to paint lesion, right-drag to erase; [ and ] or Ctrl+wheel change the size"),
         tr("Drag to paint lesion; right-drag erases. [ ] or Ctrl+wheel: size."),
         new BrushTool(BrushTool::Kind::Brush, s, this), true, false},
        {"eraser", "toolEraser", tr("&Eraser"), tr("Eraser"), QStringLiteral("eraser"), Qt::Key_E,
         tr("Eraser: drag to erase, right-drag to paint; [ and ] or Ctrl+wheel change the size"),
         tr("Drag to erase; right-drag paints. [ ] or Ctrl+wheel: size."),
         new BrushTool(BrushTool::Kind::Eraser, s, this), true, false},
        {"lasso", "toolLasso", tr("&Lasso Fill"), tr("Lasso"), QStringLiteral("lasso"), Qt::Key_L,
         tr("Lasso fill: drag a loop (or click corners) to add it to the mask; right button or Alt "
            "subtracts"),
         tr("Drag a loop, or click corners and double-click: the inside becomes lesion. Right button or "
            "Alt: background."),
         new LassoTool(LassoTool::Kind::Fill, s, this), false, false},
        {"flood", "toolFlood", tr("&Flood Fill"), tr("Fill"), QStringLiteral("flood"), Qt::Key_G,
         tr("Flood fill: click a region to fill it with lesion, right-click to clear it"),
         tr("Click a region (a hole) to fill it with lesion; right-click clears a region."),
         new FloodTool(this), false, false},
        {"grabcut", "toolGrabCut", tr("&GrabCut"), tr("GrabCut"), QStringLiteral("grabcut"), Qt::Key_C,
         tr("GrabCut: drag a box around the lesion; then paint inside with the left (lesion) or right (skin) "
            "button to refine"),
         tr("Drag a box around the lesion. Then paint inside it: left = surely lesion, right = surely "
            "skin. Shift+drag: new box."),
         m_grabCut, true, false},
        {"prediction-lasso", "toolPredictionLasso", tr("Prediction &Lasso"), tr("Pred. lasso"),
         QStringLiteral("predictionlasso"), QKeySequence(Qt::SHIFT | Qt::Key_L),
         tr("Prediction lasso: the thresholded prediction replaces the mask inside the loop you draw"),
         tr("Draw a loop: inside it the mask becomes the prediction at this threshold (dashed "
            "outline). Shift+A takes it everywhere."),
         m_predictionLasso, false, true},
    };
    for (const Spec &spec : specs) {
        QAction *action =
            makeToggle(window, spec.action, spec.text, {spec.key}, tipWithKey(spec.tip, spec.key));
        action->setIcon(toolIcon(spec.icon));
        action->setIconText(spec.shortText);  // the tool strip's short name
        m_group->addAction(action);
        m_toolActions.append(action);
        m_tools.append({QLatin1String(spec.name), action, spec.tool, spec.hint, spec.size, spec.threshold});
        if (spec.tool)
            connect(spec.tool, &CanvasTool::message, this,
                    [this](const QString &text) { Q_EMIT message(text, 8000); });
    }
    m_predictionLassoAction = m_tools.last().action;
}

ToolOptionsBar *ToolBox::makeOptionsBar(QWidget *parent)
{
    m_bar = new ToolOptionsBar(m_settings, parent);
    select(m_group->checkedAction());
    return m_bar;
}

QToolBar *ToolBox::makeStrip(QWidget *parent, const QList<QAction *> &extra)
{
    auto *strip = new QToolBar(tr("Tools"), parent);
    strip->setObjectName(QStringLiteral("toolStrip"));
    strip->setOrientation(Qt::Vertical);
    strip->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    strip->setIconSize(QSize(24, 24));
    strip->addActions(m_toolActions);
    strip->addSeparator();
    strip->addActions(extra);
    return strip;
}

bool ToolBox::selectToolByName(const QString &name)
{
    for (const Tool &tool : std::as_const(m_tools)) {
        if (tool.name != name)
            continue;
        if (tool.action->isEnabled())
            tool.action->trigger();
        else
            m_wantedTool = name;  // the tools are enabled once an image is editable
        return true;
    }
    return false;
}

void ToolBox::select(QAction *action)
{
    for (const Tool &tool : std::as_const(m_tools)) {
        if (tool.action != action)
            continue;
        if (!action->isChecked())
            action->setChecked(true);
        if (tool.tool != m_active) {
            m_active = tool.tool;
            Q_EMIT toolChanged(m_active);
        }
        if (m_bar) {
            QString name = action->text();
            name.remove(QLatin1Char('&'));
            m_bar->showTool(name, tool.hint, tool.size, tool.threshold);
        }
    }
    updatePreview();
}

void ToolBox::escape()
{
    if (m_active && m_active->cancel()) {
        Q_EMIT message(tr("Dropped."), 2000);
        return;
    }
    m_pan->trigger();
}

void ToolBox::setEditable(bool editable, bool hasPrediction)
{
    m_editable = editable;
    for (QAction *action : std::as_const(m_toolActions))
        action->setEnabled(editable || action == m_pan);
    m_predictionLassoAction->setEnabled(editable && hasPrediction);
    if (!editable && m_active)
        m_pan->trigger();
    if (editable && !m_wantedTool.isEmpty())
        selectToolByName(std::exchange(m_wantedTool, QString()));
    updatePreview();
}

void ToolBox::updatePreview()
{
    const LoadedSamplePtr sample = m_current->layers();
    const bool show = m_editable && sample && (m_active == m_predictionLasso || m_previewTimer.isActive());
    Q_EMIT previewChanged(show ? thresholdOutlines(*sample, m_settings->threshold()) : QVector<QPolygonF>());
}

} // namespace dermask::ui
