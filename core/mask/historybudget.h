#pragma once
/// @file The memory bound of the undo histories: a limit per mask and one over all masks of a
/// session. QUndoStack can only cap the number of commands (and only while empty), so the
/// documents trim their own histories when this budget says so (MaskDocument::trimHistory()).

#include <QList>
#include <QtGlobal>

namespace dermask::core {

class MaskDocument;

/// Shared by the MaskDocuments of a session (hold it in a std::shared_ptr); GUI thread only.
/// When a limit is exceeded, histories are trimmed, oldest steps first, down to 3/4 of the
/// limit, so trimming happens once in a while rather than at every brush event. The overall
/// limit is met by trimming the least recently used documents first; the document being
/// edited gives up steps only when the others cannot free enough. Each document keeps at
/// least its last applied step.
class HistoryBudget
{
public:
    static constexpr qint64 kDefaultPerDocument = 64LL << 20;
    static constexpr qint64 kDefaultOverall = 256LL << 20;

    explicit HistoryBudget(qint64 perDocument = kDefaultPerDocument, qint64 overall = kDefaultOverall);
    ~HistoryBudget();
    HistoryBudget(const HistoryBudget &) = delete;
    HistoryBudget &operator=(const HistoryBudget &) = delete;

    qint64 perDocumentLimit() const { return m_perDocument; }
    qint64 overallLimit() const { return m_overall; }
    /// Changes the limits and trims at once if they are now exceeded.
    void setLimits(qint64 perDocument, qint64 overall);

    /// Bytes held by the histories of all attached documents.
    qint64 usedBytes() const;
    int documentCount() const { return int(m_documents.size()); }

    /// Trims until both limits hold. @p active, the document being edited, loses history
    /// last. MaskDocument calls this after each change.
    void enforce(MaskDocument *active = nullptr);
    /// Marks @p document (attached) as the most recently used: its history is trimmed last.
    void touch(MaskDocument *document);

private:
    friend class MaskDocument;
    void attach(MaskDocument *document);
    void detach(MaskDocument *document);

    qint64 m_perDocument;
    qint64 m_overall;
    QList<MaskDocument *> m_documents;  ///< least recently used first
};

} // namespace dermask::core
