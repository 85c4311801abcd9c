#pragma once
/// @file The mask being edited, with its undo history. Every change is a QUndoCommand on
/// undoStack(): one brush stroke is one step, a tool action is one step, and a step stores only
/// the compressed before/after pixels of the 64x64 tiles it changed (tilepatch.h).
///
/// Driving it from a canvas (GUI thread):
///   press   -> beginStroke(mode, diameter, imagePos)   returns the dirty rect to repaint
///   move    -> continueStroke(imagePos)                 O(brush area) per event
///   release -> endStroke()
///   tools   -> fillPolygon(), floodFill(), acceptPrediction(), fillHoles(), ...
///   GrabCut -> grabCutMask() (grabcut.h) on a worker, then applyGrabCut() here
/// and repaint on changed(rect), which undo and redo emit too. Positions are image
/// coordinates (brush.h): pixel (x, y) covers [x, x+1) x [y, y+1).

#include "core/mask/historybudget.h"

#include <QObject>
#include <QPointF>
#include <QPolygonF>
#include <QRect>
#include <QString>
#include <QUndoStack>
#include <memory>
#include <opencv2/core.hpp>

namespace dermask::core {

struct MaskStep;
struct HistoryCounter;
class MaskCommand;

/// One sample's mask under edit (CV_8UC1 0/255 at the image's size) and its QUndoStack.
/// GUI thread only; nothing writes to the mask except the commands on undoStack().
class MaskDocument : public QObject
{
    Q_OBJECT
public:
    enum class BrushMode { Paint, Erase };
    /// Outcome of a tool action: Unchanged pushes no step (nothing to undo).
    enum class EditResult { Changed, Unchanged, Invalid };

    /// A document for @p sampleId with an image of @p size. @p mask is where editing starts
    /// (the effective mask; empty = nothing painted), @p sourceMask what "Revert to source
    /// mask" restores (the dataset's mask; empty = none). Masks are binarised (non-zero ->
    /// 255); a mask of another size is refused: returns nullptr and sets @p error. Without a
    /// @p budget the document gets its own with the default limits.
    static std::unique_ptr<MaskDocument> create(const QString &sampleId, cv::Size size,
                                                const cv::Mat &mask, const cv::Mat &sourceMask,
                                                QString *error,
                                                std::shared_ptr<HistoryBudget> budget = {});
    ~MaskDocument() override;

    QString sampleId() const { return m_sampleId; }
    cv::Size size() const { return cv::Size(m_mask.cols, m_mask.rows); }
    /// The live mask, CV_8UC1 0/255. Read it on the GUI thread only and never write to it;
    /// hand maskCopy() to other threads (saving, training).
    const cv::Mat &mask() const { return m_mask; }
    cv::Mat maskCopy() const { return m_mask.clone(); }
    /// The mask copied into @p out, whose buffer is reused when it has the mask's size (for a
    /// caller that copies often, such as the click tool: no fresh 24 MB and its page faults).
    void copyMaskTo(cv::Mat &out) const { m_mask.copyTo(out); }
    const cv::Mat &sourceMask() const { return m_source; }

    QUndoStack *undoStack() { return &m_stack; }
    /// True when the mask differs from the last setSaved() state (or from the opened state).
    bool isModified() const { return !m_stack.isClean(); }
    /// Marks the current state as saved (QUndoStack::setClean); ends an open stroke first.
    void setSaved();

    // --- Brush and eraser ------------------------------------------------------------------
    /// Press: starts a stroke (ending any open one) and paints a dot. Returns the rectangle of
    /// changed pixels (empty when nothing changed). @p diameter in image pixels (>= 1).
    QRect beginStroke(BrushMode mode, double diameter, const QPointF &point);
    /// Drag: paints from the previous point to @p point; merges into the stroke's undo step.
    /// Ignored (empty rect) when no stroke is open.
    QRect continueStroke(const QPointF &point);
    /// Release: closes the stroke's undo step. Also implied by any other edit, setSaved(),
    /// and by an undo or redo during the stroke.
    void endStroke();
    bool isStroking() const;

    // --- Tools (each one undo step named after it) ----------------------------------------
    /// "Polygon fill" (@p add) or "Polygon erase": the inside of a polygon or lasso.
    EditResult fillPolygon(const QPolygonF &polygon, bool add);
    /// "Flood fill" (@p add: to lesion) or "Flood erase": the 4-connected region of the
    /// clicked pixel's value.
    EditResult floodFill(const QPointF &point, bool add = true);
    /// "GrabCut": @p result (from grabCutMask(), image-sized) replaces the mask inside @p box.
    EditResult applyGrabCut(const cv::Mat &result, const QRect &box, QString *error = nullptr);
    /// "Accept prediction": the probability map (CV_8UC1 0..255 or CV_32F 0..1, image-sized)
    /// thresholded at @p threshold (0..1) replaces the mask, or only inside @p lasso.
    EditResult acceptPrediction(const cv::Mat &probability, double threshold,
                                const QPolygonF &lasso = {}, QString *error = nullptr);
    EditResult fillHoles();                        ///< "Fill holes"
    EditResult removeIslands(int minArea);         ///< "Remove islands < N px"
    EditResult keepLargest();                      ///< "Keep largest"
    EditResult smooth(int radius);                 ///< "Smooth"
    EditResult grow(int pixels);                   ///< "Grow N px"
    EditResult shrink(int pixels);                 ///< "Shrink N px"
    EditResult revertToSource();                   ///< "Revert to source mask"
    /// Any other tool: @p newMask (image-sized 0/255) becomes the mask, as one step named
    /// @p actionText. Only @p region is compared and stored (null rect: the whole mask);
    /// @p newMask must equal the mask outside it.
    EditResult applyMask(const cv::Mat &newMask, const QString &actionText,
                         const QRect &region = {}, QString *error = nullptr);

    // --- History memory ----------------------------------------------------------------------
    /// Bytes held by this document's undo history.
    qint64 historyBytes() const;
    const std::shared_ptr<HistoryBudget> &budget() const { return m_budget; }
    /// Drops steps until the history holds at most @p maxBytes: the oldest first, then (when
    /// nothing is left to undo) the farthest redo steps. The last applied step is always
    /// kept. Returns the bytes freed. Rebuilds the QUndoStack (it cannot drop single
    /// commands), keeping its index and clean state; its signals are emitted once at the end.
    qint64 trimHistory(qint64 maxBytes);

Q_SIGNALS:
    /// Pixels in @p dirtyRect changed (edit, undo or redo): repaint that rectangle only.
    void changed(const QRect &dirtyRect);
    void modifiedChanged(bool modified);

private:
    friend class MaskCommand;
    MaskDocument(const QString &sampleId, cv::Mat mask, cv::Mat source,
                 std::shared_ptr<HistoryBudget> budget);

    // Called by MaskCommand; no-ops while the stack is being rebuilt.
    bool redoStep(MaskStep &step);
    void undoStep(MaskStep &step);
    bool mergeSteps(MaskStep &into, MaskStep &next);
    bool paintPendingSegment(MaskStep &step);

    QRect pushSegment(const QPointF &from, const QPointF &to);
    /// What a new mask holds: 0/255 (the document's own operations), or any non-zero as lesion
    /// (a caller's mask, binarised as it is read).
    enum class Values { Binary, AnyNonZero };
    EditResult pushEdit(const cv::Mat &newMask, const QRect &region, const QString &text,
                        Values values = Values::Binary);
    std::shared_ptr<MaskStep> stepAt(int index) const;
    void afterChange();

    struct Stroke
    {
        bool active = false;
        quint64 serial = 0;
        BrushMode mode = BrushMode::Paint;
        double diameter = 1;
        QPointF last;
        std::weak_ptr<MaskStep> step;  ///< the step the stroke's segments merge into
    };

    QString m_sampleId;
    cv::Mat m_mask;
    cv::Mat m_source;
    std::shared_ptr<HistoryCounter> m_counter;
    std::shared_ptr<HistoryBudget> m_budget;
    QUndoStack m_stack;
    Stroke m_stroke;
    quint64 m_strokeSerial = 0;
    bool m_pushing = false;
    bool m_replaying = false;  ///< the stack is being rebuilt: commands do nothing
    bool m_trimming = false;   ///< trimHistory() is running (its signals are not user actions)
};

} // namespace dermask::core
