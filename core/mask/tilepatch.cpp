#include "core/mask/tilepatch.h"

#include "core/mask/maskcodec.h"

namespace dermask::core {

namespace {

// A QByteArray's header plus its heap block and the map node: a rough but honest overhead so
// thousands of tiny uniform tiles are not counted as free.
constexpr qint64 kTileOverhead = 96;

cv::Rect toCv(const QRect &r) { return cv::Rect(r.x(), r.y(), r.width(), r.height()); }

} // namespace

TilePatch::TilePatch(cv::Size maskSize)
    : m_size(maskSize), m_columns((maskSize.width + kTileSize - 1) / kTileSize)
{
}

QRect TilePatch::tileRect(int index) const
{
    const int x = (index % m_columns) * kTileSize;
    const int y = (index / m_columns) * kTileSize;
    return QRect(x, y, std::min(kTileSize, m_size.width - x), std::min(kTileSize, m_size.height - y));
}

QVector<int> TilePatch::tilesIn(const QRect &rect) const
{
    const QRect r = rect & QRect(0, 0, m_size.width, m_size.height);
    QVector<int> out;
    if (r.isEmpty())
        return out;
    for (int ty = r.top() / kTileSize; ty <= r.bottom() / kTileSize; ++ty)
        for (int tx = r.left() / kTileSize; tx <= r.right() / kTileSize; ++tx)
            out.append(ty * m_columns + tx);
    return out;
}

QVector<int> TilePatch::tiles() const
{
    QVector<int> out;
    out.reserve(int(m_tiles.size()));
    for (const auto &entry : m_tiles)
        out.append(entry.first);
    return out;
}

qint64 TilePatch::cost(const Tile &tile)
{
    return kTileOverhead + tile.before.size() + tile.after.size();
}

void TilePatch::storeBefore(int index, const cv::Mat &mask)
{
    auto [it, inserted] = m_tiles.try_emplace(index);
    if (!inserted)
        return;
    it->second.before = encodeMaskRegion(mask(toCv(tileRect(index))));
    m_bytes += cost(it->second);
    ++m_missingAfter;
}

void TilePatch::uncount(const Tile &tile)
{
    m_bytes -= cost(tile);
    if (tile.after.isEmpty())
        --m_missingAfter;
}

void TilePatch::storeAfterPixels(int index, const cv::Mat &pixels)
{
    auto it = m_tiles.find(index);
    if (it == m_tiles.end())
        return;
    uncount(it->second);
    it->second.after = encodeMaskRegion(pixels);
    m_bytes += cost(it->second);
}

void TilePatch::storeMissingAfter(const cv::Mat &mask)
{
    if (m_missingAfter == 0)
        return;
    for (auto &[index, tile] : m_tiles) {
        if (!tile.after.isEmpty())
            continue;
        tile.after = encodeMaskRegion(mask(toCv(tileRect(index))));
        m_bytes += tile.after.size();
    }
    m_missingAfter = 0;
}

void TilePatch::remove(int index)
{
    auto it = m_tiles.find(index);
    if (it == m_tiles.end())
        return;
    uncount(it->second);
    m_tiles.erase(it);
}

void TilePatch::restore(cv::Mat &mask, bool after) const
{
    for (const auto &[index, tile] : m_tiles) {
        const bool ok = decodeMaskRegion(after ? tile.after : tile.before, mask(toCv(tileRect(index))));
        // Only this class writes the data, for a tile of this very size: a failure is a bug.
        CV_Assert(ok);
    }
}

void TilePatch::restoreBefore(cv::Mat &mask) const { restore(mask, false); }

void TilePatch::restoreAfter(cv::Mat &mask) const
{
    CV_Assert(m_missingAfter == 0);
    restore(mask, true);
}

void TilePatch::absorb(TilePatch &later)
{
    for (auto &[index, tile] : later.m_tiles) {
        auto [it, inserted] = m_tiles.try_emplace(index);
        if (inserted) {
            it->second = std::move(tile);
            m_bytes += cost(it->second);
            if (it->second.after.isEmpty())
                ++m_missingAfter;
        } else if (!it->second.after.isEmpty()) {
            m_bytes -= it->second.after.size();
            it->second.after.clear();
            ++m_missingAfter;
        }
    }
    later.m_tiles.clear();
    later.m_bytes = 0;
    later.m_missingAfter = 0;
}

qint64 TilePatch::rawBytes() const
{
    qint64 total = 0;
    for (const auto &entry : m_tiles) {
        const QRect r = tileRect(entry.first);
        total += 2 * qint64(r.width()) * r.height();
    }
    return total;
}

} // namespace dermask::core
