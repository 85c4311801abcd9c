#pragma once
// An edit begun while only the preview of a huge image is shown. Masks are edited at full
// resolution only, and the preview has no document to edit, so the tool's mouse events are
// held (drawn as a dashed trail meanwhile) and handed to the tool once the full read is shown
// with its document, at the image points where they happened: image coordinates are the full
// image's at both resolutions, so the edit lands where it was drawn, at full resolution.

#include "ui/common/canvastool.h"

#include <QString>
#include <QVector>

class QPainter;

namespace dermask::ui {

class HeldGesture
{
public:
    enum class Step { Press, Move, Release, DoubleClick };

    bool isEmpty() const { return m_steps.isEmpty(); }
    /// The sample the held events were made on.
    QString sampleId() const { return m_id; }
    /// Holds @p event of sample @p id; events of another sample held before are dropped.
    void hold(const QString &id, Step step, const ToolEvent &event);
    void clear();
    /// Hands the held events to @p tool, their widget positions taken from @p canvas's view
    /// now, and forgets them.
    void replay(CanvasTool *tool, const ToolCanvas &canvas);
    /// The trail of the held events, in widget coordinates.
    void paint(QPainter &painter, const ToolCanvas &canvas) const;

private:
    struct Held
    {
        Step step;
        ToolEvent event;
    };
    QString m_id;
    QVector<Held> m_steps;
};

} // namespace dermask::ui
