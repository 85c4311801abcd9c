#include "ui/tools/toolbox.h"

#include "ui/common/actions.h"
#include "ui/common/currentsample.h"
#include "ui/common/retranslate.h"
#include "ui/common/toolsettings.h"
#include "ui/tools/brushtool.h"
#include "ui/tools/floodtool.h"
#include "ui/tools/clicktool.h"
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
    m_escape = makeAction(window, "toolEscape", {Qt::Key_Escape});
    m_smaller = makeAction(window, "brushSmaller", {Qt::Key_BracketLeft});
    m_bigger = makeAction(window, "brushBigger", {Qt::Key_BracketRight});

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
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

ToolBox::~ToolBox() = default;

void ToolBox::addTools(QWidget *window)
{
    ToolSettings *s = m_settings;
    m_grabCut = new GrabCutTool(s, this);
    m_click = new ClickTool(m_current, this);
    m_predictionLasso = new LassoTool(LassoTool::Kind::Prediction, s, this);
    // The words are translated where they are shown (retranslate()).
    struct Spec
    {
        const char *name;    ///< as --tool names it
        const char *action;  ///< the action's object name
        const char *text, *shortText;
        QString icon;
        QKeySequence key;
        const char *tip, *hint;
        CanvasTool *tool;
        bool size, threshold;
    };
    const Spec specs[] = {
        {"pan", "toolPan", QT_TR_NOOP("&Pan/View"), QT_TR_NOOP("Pan"), QStringLiteral("pan"), Qt::Key_V,
         QT_TR_NOOP("Pan/View: drag to move the image, wheel to zoom; the mask is not changed. Esc also comes "
                    "back here"),
         QT_TR_NOOP("Drag to move the image, wheel to zoom. To correct the mask pick a tool on the left: "
                    "B brush, E eraser, L lasso, G fill, C GrabCut, K clicks."),
         nullptr, false, false},
        {"brush", "toolBrush", QT_TR_NOOP("&Brush"), QT_TR_NOOP("Brush"), QStringLiteral("brush"), Qt::Key_B,
         QT_TR_NOOP("Brush: drag to paint lesion, right-drag to erase; [ and ] or Ctrl+wheel change the size"),
         QT_TR_NOOP("Drag to paint lesion; right-drag erases. [ ] or Ctrl+wheel: size."),
         new BrushTool(BrushTool::Kind::Brush, s, this), true, false},
        {"eraser", "toolEraser", QT_TR_NOOP("&Eraser"), QT_TR_NOOP("Eraser"), QStringLiteral("eraser"), Qt::Key_E,
         QT_TR_NOOP("Eraser: drag to erase, right-drag to paint; [ and ] or Ctrl+wheel change the size"),
         QT_TR_NOOP("Drag to erase; right-drag paints. [ ] or Ctrl+wheel: size."),
         new BrushTool(BrushTool::Kind::Eraser, s, this), true, false},
        {"lasso", "toolLasso", QT_TR_NOOP("&Lasso Fill"), QT_TR_NOOP("Lasso"), QStringLiteral("lasso"), Qt::Key_L,
         QT_TR_NOOP("Lasso fill: drag a loop (or click corners) to add it to the mask; right button or Alt "
                    "subtracts"),
         QT_TR_NOOP("Drag a loop, or click corners and double-click: the inside becomes lesion. Right button or "
                    "Alt: background."),
         new LassoTool(LassoTool::Kind::Fill, s, this), false, false},
        {"flood", "toolFlood", QT_TR_NOOP("&Flood Fill"), QT_TR_NOOP("Fill"), QStringLiteral("flood"), Qt::Key_G,
         QT_TR_NOOP("Flood fill: click a region to fill it with lesion, right-click to clear it"),
         QT_TR_NOOP("Click a region (a hole) to fill it with lesion; right-click clears a region."),
         new FloodTool(this), false, false},
        {"grabcut", "toolGrabCut", QT_TR_NOOP("&GrabCut"), QT_TR_NOOP("GrabCut"), QStringLiteral("grabcut"),
         Qt::Key_C,
         QT_TR_NOOP("GrabCut: drag a box around the lesion; then paint inside with the left (lesion) or right "
                    "(skin) button to refine"),
         QT_TR_NOOP("Drag a box around the lesion. Then paint inside it: left = surely lesion, right = surely "
                    "skin. Shift+drag: new box."),
         m_grabCut, true, false},
        {"click", "toolClick", QT_TR_NOOP("Clic&k to Correct"), QT_TR_NOOP("Clicks"), QStringLiteral("click"),
         Qt::Key_K,
         QT_TR_NOOP("Click to correct: left-click lesion, right-click skin, and the click model redraws the "
                    "mask; Backspace drops the last click"),
         QT_TR_NOOP("Left-click where the lesion is missing, right-click where skin is taken: the click model "
                    "redraws the mask. To start, you may also drag a box around the lesion. Backspace: drop the "
                    "last click. Enter: keep."),
         m_click, false, false},
        {"prediction-lasso", "toolPredictionLasso", QT_TR_NOOP("Prediction &Lasso"), QT_TR_NOOP("Pred. lasso"),
         QStringLiteral("predictionlasso"), QKeySequence(Qt::SHIFT | Qt::Key_L),
         QT_TR_NOOP("Prediction lasso: the thresholded prediction replaces the mask inside the loop you draw"),
         QT_TR_NOOP("Draw a loop: inside it the mask becomes the prediction at this threshold (dashed "
                    "outline). Shift+A takes it everywhere."),
         m_predictionLasso, false, true},
    };
    for (const Spec &spec : specs) {
        QAction *action = makeToggle(window, spec.action, {spec.key});
        action->setIcon(toolIcon(spec.icon));
        m_group->addAction(action);
        m_toolActions.append(action);
        m_tools.append({QLatin1String(spec.name), action, spec.tool, spec.text, spec.shortText, spec.tip,
                        spec.hint, spec.size, spec.threshold});
        if (spec.tool)
            connect(spec.tool, &CanvasTool::message, this,
                    [this](const QString &text) { Q_EMIT message(text, 8000); });
    }
    m_predictionLassoAction = m_tools.last().action;
}

void ToolBox::retranslate()
{
    for (const Tool &tool : std::as_const(m_tools)) {
        setActionTexts(tool.action, tr(tool.text), tipWithKey(tr(tool.tip), tool.action->shortcut()));
        tool.action->setIconText(tr(tool.shortText));  // the tool strip's short name
    }
    setActionTexts(m_escape, tr("Cancel / Pan"),
                   tipWithKey(tr("Drop a half-drawn lasso or GrabCut box; otherwise back to Pan/View"),
                              Qt::Key_Escape));
    setActionTexts(m_smaller, tr("Smaller Brush"), tipWithKey(tr("Make the brush smaller"), Qt::Key_BracketLeft));
    setActionTexts(m_bigger, tr("Bigger Brush"), tipWithKey(tr("Make the brush bigger"), Qt::Key_BracketRight));
    if (m_strip)
        m_strip->setWindowTitle(tr("Tools"));
    showActiveTool();
}

ToolOptionsBar *ToolBox::makeOptionsBar(QWidget *parent)
{
    m_bar = new ToolOptionsBar(m_settings, parent);
    select(m_group->checkedAction());
    return m_bar;
}

QToolBar *ToolBox::makeStrip(QWidget *parent, const QList<QAction *> &extra)
{
    auto *strip = m_strip = new QToolBar(tr("Tools"), parent);
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
    }
    showActiveTool();
    updatePreview();
}

void ToolBox::showActiveTool()
{
    if (!m_bar)
        return;
    for (const Tool &tool : std::as_const(m_tools)) {
        if (tool.action->isChecked())
            m_bar->showTool(tr(tool.text).remove(QLatin1Char('&')), tr(tool.hint), tool.size, tool.threshold);
    }
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
