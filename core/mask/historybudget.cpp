#include "core/mask/historybudget.h"

#include "core/mask/maskdocument.h"

#include <algorithm>

namespace dermask::core {

namespace {

qint64 trimTarget(qint64 limit) { return limit / 4 * 3; }

} // namespace

HistoryBudget::HistoryBudget(qint64 perDocument, qint64 overall)
    : m_perDocument(std::max<qint64>(0, perDocument)), m_overall(std::max<qint64>(0, overall))
{
}

HistoryBudget::~HistoryBudget() = default;

void HistoryBudget::setLimits(qint64 perDocument, qint64 overall)
{
    m_perDocument = std::max<qint64>(0, perDocument);
    m_overall = std::max<qint64>(0, overall);
    enforce(m_documents.isEmpty() ? nullptr : m_documents.last());
}

qint64 HistoryBudget::usedBytes() const
{
    qint64 total = 0;
    for (const MaskDocument *d : m_documents)
        total += d->historyBytes();
    return total;
}

void HistoryBudget::enforce(MaskDocument *active)
{
    for (MaskDocument *d : std::as_const(m_documents))
        if (d->historyBytes() > m_perDocument)
            d->trimHistory(trimTarget(m_perDocument));

    qint64 used = usedBytes();
    if (used <= m_overall)
        return;
    const qint64 target = trimTarget(m_overall);
    // Copy: trimming never attaches or detaches, but keep the loop independent of that.
    const QList<MaskDocument *> order = m_documents;
    for (MaskDocument *d : order) {
        if (used <= target)
            return;
        if (d == active)
            continue;
        const qint64 before = d->historyBytes();
        d->trimHistory(std::max<qint64>(0, before - (used - target)));
        used -= before - d->historyBytes();
    }
    // The document being edited gives up steps only when the others cannot meet the limit.
    if (active && used > m_overall) {
        const qint64 before = active->historyBytes();
        active->trimHistory(std::max<qint64>(0, before - (used - target)));
    }
}

void HistoryBudget::attach(MaskDocument *document)
{
    if (!m_documents.contains(document))
        m_documents.append(document);
}

void HistoryBudget::detach(MaskDocument *document) { m_documents.removeAll(document); }

void HistoryBudget::touch(MaskDocument *document)
{
    if (!m_documents.isEmpty() && m_documents.last() == document)
        return;
    m_documents.removeAll(document);
    m_documents.append(document);
}

} // namespace dermask::core
