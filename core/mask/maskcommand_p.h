#pragma once
// Internal to core/mask: the data of one undo step and the QUndoCommand handle that carries it.
// The data is shared (std::shared_ptr) so MaskDocument::trimHistory() can clear the QUndoStack,
// which deletes its commands, and push new handles to the surviving steps.

#include "core/mask/brush.h"
#include "core/mask/tilepatch.h"

#include <QRect>
#include <QString>
#include <QUndoCommand>
#include <memory>
#include <vector>

namespace dermask::core {

class MaskDocument;

/// Bytes held by one document's history; each step adds its own size while it lives.
struct HistoryCounter
{
    qint64 bytes = 0;
};

struct MaskStep
{
    MaskStep(std::shared_ptr<HistoryCounter> counter, cv::Size maskSize);
    ~MaskStep();
    MaskStep(const MaskStep &) = delete;
    MaskStep &operator=(const MaskStep &) = delete;

    /// Reports the patch's current size to the counter.
    void recount();
    qint64 bytes() const { return m_counted; }

    QString text;
    TilePatch patch;
    QRect dirty;             ///< bounding rectangle of the changed pixels
    quint64 stroke = 0;      ///< serial of the brush stroke; 0 for other steps
    // A stroke segment not painted yet: its first redo() paints these spans with `value`.
    std::vector<BrushSpan> spans;
    uchar value = 0;
    bool pending = false;

private:
    std::shared_ptr<HistoryCounter> m_counter;
    qint64 m_counted = 0;
};

class MaskCommand : public QUndoCommand
{
public:
    /// Shared by all stroke segments; mergeWith() accepts only segments of the same stroke.
    static constexpr int kStrokeId = 0x444d;

    MaskCommand(MaskDocument *document, std::shared_ptr<MaskStep> step);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

    const std::shared_ptr<MaskStep> &step() const { return m_step; }

private:
    MaskDocument *m_document;
    std::shared_ptr<MaskStep> m_step;
};

} // namespace dermask::core
