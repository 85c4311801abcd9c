#pragma once
/// @file The masks being edited in a session, by sample id: moving to another image and back
/// finds the same MaskDocument with its undo history. All histories share one HistoryBudget;
/// the masks themselves are bounded by a memory limit, evicting unmodified documents least
/// recently opened first.

#include "core/mask/maskdocument.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace dermask::core {

/// GUI thread only. Owns its documents; hold them in a QPointer (eviction deletes them, after
/// evicted() is emitted; the current document is never evicted).
class DocumentCache : public QObject
{
    Q_OBJECT
public:
    /// Masks kept in memory (8-bit, full resolution): about 1200 PH2 images or 20 of 6000x4000.
    static constexpr qint64 kDefaultMaskMemory = 512LL << 20;

    /// @p budget: the shared history budget (default limits when null).
    explicit DocumentCache(std::shared_ptr<HistoryBudget> budget = {}, QObject *parent = nullptr);
    ~DocumentCache() override;

    const std::shared_ptr<HistoryBudget> &budget() const { return m_budget; }

    /// The document of @p sampleId, which becomes current. A cached document is returned as
    /// it is (history intact; @p mask and @p sourceMask are then ignored, so callers may skip
    /// loading them when contains() is true); otherwise one is created from them (see
    /// MaskDocument::create()). Returns nullptr and sets @p error when creation fails.
    MaskDocument *open(const QString &sampleId, cv::Size size, const cv::Mat &mask,
                       const cv::Mat &sourceMask, QString *error);
    bool contains(const QString &sampleId) const;
    /// The cached document of @p sampleId, or nullptr; does not change the current one.
    MaskDocument *find(const QString &sampleId) const;
    /// The document opened last (nullptr when none).
    MaskDocument *current() const;

    /// Sample ids, least recently opened first.
    QStringList ids() const;
    /// Documents with unsaved changes (ask before closing the dataset).
    QStringList modifiedIds() const;
    /// Forgets one document (its history is lost), or all of them.
    void remove(const QString &sampleId);
    void clear();

    qint64 maskMemoryLimit() const { return m_maskLimit; }
    void setMaskMemoryLimit(qint64 bytes);
    /// Bytes held by the cached masks (each document's mask and source mask).
    qint64 maskBytes() const;

Q_SIGNALS:
    /// @p sampleId's document is about to be deleted to keep the masks within the limit.
    void evicted(const QString &sampleId);

private:
    void evict();
    int indexOf(const QString &sampleId) const;

    std::shared_ptr<HistoryBudget> m_budget;
    qint64 m_maskLimit = kDefaultMaskMemory;
    /// Least recently opened first; the last one is current.
    std::vector<std::unique_ptr<MaskDocument>> m_documents;
};

} // namespace dermask::core
