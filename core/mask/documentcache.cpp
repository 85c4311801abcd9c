#include "core/mask/documentcache.h"

namespace dermask::core {

namespace {

qint64 maskMemory(const MaskDocument &d)
{
    return qint64(d.mask().total()) + qint64(d.sourceMask().total());
}

} // namespace

DocumentCache::DocumentCache(std::shared_ptr<HistoryBudget> budget, QObject *parent)
    : QObject(parent), m_budget(budget ? std::move(budget) : std::make_shared<HistoryBudget>())
{
}

DocumentCache::~DocumentCache() = default;

int DocumentCache::indexOf(const QString &sampleId) const
{
    for (size_t i = 0; i < m_documents.size(); ++i)
        if (m_documents[i]->sampleId() == sampleId)
            return int(i);
    return -1;
}

MaskDocument *DocumentCache::open(const QString &sampleId, cv::Size size, const cv::Mat &mask,
                                  const cv::Mat &sourceMask, QString *error)
{
    const int i = indexOf(sampleId);
    if (i >= 0) {
        std::unique_ptr<MaskDocument> doc = std::move(m_documents[size_t(i)]);
        m_documents.erase(m_documents.begin() + i);
        m_documents.push_back(std::move(doc));
    } else {
        std::unique_ptr<MaskDocument> doc = MaskDocument::create(sampleId, size, mask, sourceMask,
                                                                 error, m_budget);
        if (!doc)
            return nullptr;
        m_documents.push_back(std::move(doc));
    }
    MaskDocument *doc = m_documents.back().get();
    m_budget->touch(doc);
    evict();
    return doc;
}

bool DocumentCache::contains(const QString &sampleId) const { return indexOf(sampleId) >= 0; }

MaskDocument *DocumentCache::find(const QString &sampleId) const
{
    const int i = indexOf(sampleId);
    return i >= 0 ? m_documents[size_t(i)].get() : nullptr;
}

MaskDocument *DocumentCache::current() const
{
    return m_documents.empty() ? nullptr : m_documents.back().get();
}

QStringList DocumentCache::ids() const
{
    QStringList out;
    for (const auto &d : m_documents)
        out.append(d->sampleId());
    return out;
}

QStringList DocumentCache::modifiedIds() const
{
    QStringList out;
    for (const auto &d : m_documents)
        if (d->isModified())
            out.append(d->sampleId());
    return out;
}

void DocumentCache::remove(const QString &sampleId)
{
    const int i = indexOf(sampleId);
    if (i >= 0)
        m_documents.erase(m_documents.begin() + i);
}

void DocumentCache::clear() { m_documents.clear(); }

void DocumentCache::setMaskMemoryLimit(qint64 bytes)
{
    m_maskLimit = std::max<qint64>(0, bytes);
    evict();
}

qint64 DocumentCache::maskBytes() const
{
    qint64 total = 0;
    for (const auto &d : m_documents)
        total += maskMemory(*d);
    return total;
}

void DocumentCache::evict()
{
    qint64 total = maskBytes();
    // Unsaved work is never dropped, nor the current document; the rest go oldest first.
    for (size_t i = 0; total > m_maskLimit && i + 1 < m_documents.size();) {
        MaskDocument &d = *m_documents[i];
        if (d.isModified()) {
            ++i;
            continue;
        }
        total -= maskMemory(d);
        Q_EMIT evicted(d.sampleId());
        m_documents.erase(m_documents.begin() + long(i));
    }
}

} // namespace dermask::core
