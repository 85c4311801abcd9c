#pragma once
// GrabCut: drag a box around the lesion and the lesion inside is found by colour (OpenCV's
// GrabCut, coarse to fine, core/mask/grabcut.h), off the GUI thread. Then refine: a stroke
// inside the box with the left button marks surely lesion, with the right button surely skin,
// and the cut runs again with those hints. Shift+drag starts a new box; Esc drops the box.
// Each run is one undo step ("GrabCut"). Switching to another tool while a cut runs keeps
// its result (it lands when done, if the image is still on screen); Esc or a new image drops it.

#include "core/util/background.h"
#include "ui/common/canvastool.h"

#include <QPolygonF>
#include <QRect>
#include <opencv2/core.hpp>

namespace dermask::ui {

class ToolSettings;

class GrabCutTool : public CanvasTool
{
    Q_OBJECT
public:
    explicit GrabCutTool(ToolSettings *settings, QObject *parent = nullptr);
    ~GrabCutTool() override;

    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    void hover(const QPointF &widgetPos, bool inside) override;
    bool cancel() override;
    void deactivated() override;
    bool isBusy() const override { return m_boxing || m_hinting; }
    void paint(QPainter &painter) override;

    /// The box of the current cut (image pixels), or null.
    QRect box() const { return m_box; }
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Blocks until a running cut has finished and been applied (tests).
    void waitForFinished();

Q_SIGNALS:
    void runningChanged(bool running);
    /// A cut was applied (or found nothing to change).
    void finished();

private:
    struct Result
    {
        cv::Mat mask;  ///< the crop's result, 0/255
        QRect crop;    ///< where the crop lies in the image
        QRect box;     ///< the box it was asked for (image pixels)
        QString error;
        quint64 generation = 0;
        quint64 run = 0;
    };
    void run();
    void onFinished();
    void repaint();
    /// Forgets the box, its hints and a pending rerun (not a running cut).
    void dropBox();

    ToolSettings *m_settings;
    QRect m_box;               ///< image pixels; null: no box yet
    cv::Mat m_hints;           ///< image-sized GrabCutHint values
    QString m_sampleId;        ///< the image the box and hints belong to
    bool m_boxing = false;
    QPointF m_boxStart;
    QRectF m_dragBox;          ///< image coordinates, while dragging
    bool m_hinting = false;
    bool m_hintForeground = true;
    QPolygonF m_hintPoints;    ///< image coordinates
    QRectF m_drawn;
    quint64 m_generation = 0;  ///< bumped by cancel(): a late result is dropped
    ToolCanvas *m_runCanvas = nullptr; ///< where the running cut was started: it lands there
    bool m_rerun = false;      ///< hints came in while a cut ran
    quint64 m_runs = 0;        ///< cuts started
    quint64 m_handled = 0;     ///< the last cut whose result was taken
    core::Watcher<Result> m_watcher;
};

} // namespace dermask::ui
