#pragma once
// The editing tools and which one is active: one action per tool (exactly one checked; Pan/View
// is "no tool", where left drag pans), their keys and hints, Esc, the brush size keys, the
// line above the canvas that says what the mouse does (ToolOptionsBar), and the dashed outline
// of the thresholded prediction while a threshold is being chosen. The canvas takes the
// active tool from toolChanged(); the tools are enabled while the image on screen is editable.

#include "ui/common/loadedsample.h"

#include <QList>
#include <QObject>
#include <QPolygonF>
#include <QTimer>

class QAction;
class QActionGroup;
class QToolBar;
class QWidget;

namespace dermask::ui {

class CanvasTool;
class ClickTool;
class CurrentSample;
class GrabCutTool;
class LassoTool;
class ToolOptionsBar;
class ToolSettings;

class ToolBox : public QObject
{
    Q_OBJECT
public:
    /// The tool actions are added to @p window (their keys work anywhere in it).
    ToolBox(ToolSettings *settings, CurrentSample *current, QWidget *window);
    ~ToolBox() override;

    /// The actions of the tools, Pan/View first.
    QList<QAction *> toolActions() const { return m_toolActions; }
    QAction *panAction() const { return m_pan; }
    QAction *predictionLassoAction() const { return m_predictionLassoAction; }
    /// Esc and the brush size keys.
    QList<QAction *> keyActions() const { return {m_escape, m_smaller, m_bigger}; }
    /// The line above the canvas (owned by @p parent).
    ToolOptionsBar *makeOptionsBar(QWidget *parent);
    /// The vertical strip of tool buttons beside the canvas, with @p extra after a separator.
    QToolBar *makeStrip(QWidget *parent, const QList<QAction *> &extra);

    CanvasTool *activeTool() const { return m_active; }
    GrabCutTool *grabCut() const { return m_grabCut; }
    ClickTool *clickTool() const { return m_click; }

    /// Makes the tool named @p name (toolNames() of the command line) active once an image is
    /// editable; false for an unknown name.
    bool selectToolByName(const QString &name);

public Q_SLOTS:
    /// Whether the image on screen can be edited, and whether it has a prediction to take
    /// from; without either the tools that need it are disabled (Pan/View stays).
    void setEditable(bool editable, bool hasPrediction);

Q_SIGNALS:
    /// @p tool is now the active tool (nullptr: Pan/View).
    void toolChanged(dermask::ui::CanvasTool *tool);
    /// The dashed outlines of the thresholded prediction (image coordinates); empty: none.
    void previewChanged(const QVector<QPolygonF> &contours);
    /// A line for the status bar.
    void message(const QString &text, int timeoutMs);

private:
    /// One tool: its action, what the canvas gets, what the options bar says and shows.
    struct Tool
    {
        QString name;    ///< as the command line names it (--tool)
        QAction *action;
        CanvasTool *tool;  ///< nullptr for Pan/View
        // Its words in the source language, translated where shown.
        const char *text, *shortText, *tip, *hint;
        bool size;       ///< shows the brush size
        bool threshold;  ///< shows the prediction threshold
    };
    void addTools(QWidget *window);
    void retranslate();
    void select(QAction *action);
    /// The options bar names the checked tool and says what its buttons do.
    void showActiveTool();
    void escape();
    void updatePreview();

    ToolSettings *m_settings;
    CurrentSample *m_current;
    GrabCutTool *m_grabCut;
    ClickTool *m_click;
    LassoTool *m_predictionLasso;
    CanvasTool *m_active = nullptr;

    QActionGroup *m_group;
    QList<Tool> m_tools;
    QList<QAction *> m_toolActions;
    QAction *m_pan = nullptr;
    QAction *m_predictionLassoAction = nullptr;
    QAction *m_escape = nullptr;
    QAction *m_smaller = nullptr;
    QAction *m_bigger = nullptr;
    ToolOptionsBar *m_bar = nullptr;
    QToolBar *m_strip = nullptr;

    bool m_editable = false;
    QString m_wantedTool;       ///< selectToolByName() before an image was editable
    QTimer m_previewTimer;      ///< the threshold preview stays this long after a change
};

} // namespace dermask::ui
