#include "core/mask/maskcommand_p.h"

#include "core/mask/maskdocument.h"

namespace dermask::core {

namespace {

// The command object, the step and its strings: small against the tiles, but not zero.
constexpr qint64 kStepOverhead = 256;

} // namespace

MaskStep::MaskStep(std::shared_ptr<HistoryCounter> counter, cv::Size maskSize)
    : patch(maskSize), m_counter(std::move(counter))
{
    recount();
}

MaskStep::~MaskStep() { m_counter->bytes -= m_counted; }

void MaskStep::recount()
{
    const qint64 now = kStepOverhead + patch.bytes() + qint64(spans.capacity() * sizeof(BrushSpan));
    m_counter->bytes += now - m_counted;
    m_counted = now;
}

MaskCommand::MaskCommand(MaskDocument *document, std::shared_ptr<MaskStep> step)
    : QUndoCommand(step->text), m_document(document), m_step(std::move(step))
{
}

int MaskCommand::id() const { return m_step->stroke ? kStrokeId : -1; }

bool MaskCommand::mergeWith(const QUndoCommand *other)
{
    // Same id means MaskCommand; QUndoStack only merges commands of one stack (one document).
    const auto *next = static_cast<const MaskCommand *>(other);
    return m_document->mergeSteps(*m_step, *next->m_step);
}

void MaskCommand::redo()
{
    if (!m_document->redoStep(*m_step))
        setObsolete(true);
}

void MaskCommand::undo() { m_document->undoStep(*m_step); }

} // namespace dermask::core
