#pragma once
// Click to correct (key K): a left click says "this is lesion", a right click "this is skin",
// and the workspace's click model redraws the mask around the clicks (a job on the one model
// worker, core/inference/clickcorrector.h). Each answer is one undo step, on the canvas as it
// will be saved. Backspace drops the last click and its step; Enter, Esc or another tool ends
// the clicks and keeps the mask. Clicks made while the model works go with the next request.
// The first left press may also drag a box around the lesion: the model then starts the mask
// from the box (a lesion click at its middle), and the clicks after it correct that.
// Without a click model the tool says how to get one instead of failing.

#include "core/click/clickprotocol.h"
#include "core/engine/modelworker.h"
#include "ui/common/canvastool.h"

#include <QPointer>
#include <opencv2/core.hpp>

namespace dermask::ui {

class CurrentSample;

class ClickTool : public CanvasTool
{
    Q_OBJECT
public:
    ClickTool(CurrentSample *current, QObject *parent = nullptr);
    ~ClickTool() override;

    /// The worker the corrections run on (the window's).
    void setWorker(core::ModelWorker *worker);
    /// The click model to use; "" (the default) takes the workspace's newest one.
    void setModel(const QString &path) { m_model = path; }

    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    bool key(QKeyEvent *event) override;
    bool cancel() override;
    void paint(QPainter &painter) override;

    /// The clicks of the correction under way (image pixels), oldest first.
    const std::vector<core::Click> &clicks() const { return m_clicks; }
    /// True while a correction is asked for and not yet on the canvas.
    bool isWaiting() const { return m_job != 0; }

Q_SIGNALS:
    /// A correction landed on the canvas (or failed: message() says why).
    void corrected();

protected:
    void activated() override;
    void deactivated() override;

private:
    /// Checks that a click can be made now (model, image, worker); says why not.
    bool canClick(const ToolEvent &event);
    void addClick(const cv::Point &at, bool positive, const cv::Rect &box = cv::Rect());
    void request();
    void onReady(core::JobId job, const QString &tag, const core::ClickCorrection &correction);
    void onEnded(core::JobId job, const core::JobResult &result);
    /// Forgets the clicks the user undid with Ctrl+Z (their steps are gone).
    void forgetUndone();
    void clear();
    QString modelPath();
    QString noModelMessage() const;
    void repaintMarks();

    CurrentSample *m_current;
    QPointer<core::ModelWorker> m_worker;
    QString m_model;
    QString m_sampleId;         ///< the image the clicks are on
    cv::Mat m_rgb;              ///< that image as RGB for the model (made once per image)
    cv::Mat m_mask;             ///< the mask sent with each request, its buffer reused
    std::vector<core::Click> m_clicks;
    std::vector<int> m_steps;   ///< the undo index after each click's answer (-1: none yet)
    core::JobId m_job = 0;      ///< the request in flight
    bool m_again = false;       ///< clicks came while it ran: ask again when it lands
    cv::Rect m_box;             ///< the box the first request starts from (empty: none)
    bool m_pressed = false;     ///< a first left press: a click, or a box if it drags
    bool m_boxing = false;      ///< that press is dragging a box
    QPointF m_pressAt;          ///< where it was pressed (image pixels)
    QPointF m_pressWidget;      ///< and on the screen
    QRectF m_dragBox;           ///< the box being dragged (image pixels)
    QRectF m_drawn;
};

} // namespace dermask::ui
