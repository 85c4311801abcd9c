#pragma once
/// @file The pixels one undo step changed, stored per 64x64 tile of the mask: the tile's
/// compressed pixels before the step and after it. Only tiles the step really changed are kept,
/// so a long diagonal stroke costs its own swath, not its bounding rectangle.

#include <QByteArray>
#include <QRect>
#include <QVector>
#include <map>
#include <opencv2/core.hpp>

namespace dermask::core {

/// Before/after pixels of the changed tiles of one mask (see maskcodec.h for the encoding).
class TilePatch
{
public:
    static constexpr int kTileSize = 64;

    TilePatch() = default;
    explicit TilePatch(cv::Size maskSize);

    cv::Size maskSize() const { return m_size; }
    /// Tile index of the tile holding pixel (x, y).
    int tileAt(int x, int y) const { return (y / kTileSize) * m_columns + x / kTileSize; }
    /// The pixels of tile @p index, clipped to the mask.
    QRect tileRect(int index) const;
    /// Indices of the tiles overlapping @p rect (clipped to the mask), in increasing order.
    QVector<int> tilesIn(const QRect &rect) const;

    bool contains(int index) const { return m_tiles.count(index) != 0; }
    bool isEmpty() const { return m_tiles.empty(); }
    int tileCount() const { return int(m_tiles.size()); }
    QVector<int> tiles() const;

    /// Stores the current pixels of tile @p index of @p mask as its "before", unless stored.
    void storeBefore(int index, const cv::Mat &mask);
    /// Stores @p pixels, tile @p index's own (at its size), as its "after" (replacing any).
    void storeAfterPixels(int index, const cv::Mat &pixels);
    /// Stores the current pixels of @p mask as the "after" of every tile that has none yet.
    void storeMissingAfter(const cv::Mat &mask);
    bool hasAllAfter() const { return m_missingAfter == 0; }
    void remove(int index);

    /// Writes the "before" (or "after") pixels of every tile into @p mask.
    void restoreBefore(cv::Mat &mask) const;
    void restoreAfter(cv::Mat &mask) const;

    /// Takes over the tiles of @p later, a step applied after this one: where both hold a tile,
    /// this patch keeps its own (original) "before" and forgets its "after", which @p later
    /// made stale; @p later is left empty.
    void absorb(TilePatch &later);

    /// Memory held: encoded bytes plus a per-tile overhead.
    qint64 bytes() const { return m_bytes; }
    /// What the stored tiles would take uncompressed (before and after), for measurements.
    qint64 rawBytes() const;

private:
    struct Tile
    {
        QByteArray before, after;
    };
    static qint64 cost(const Tile &tile);
    /// Takes @p tile out of the byte and missing-after counts (before it changes or goes).
    void uncount(const Tile &tile);
    void restore(cv::Mat &mask, bool after) const;

    cv::Size m_size;
    int m_columns = 0;
    int m_missingAfter = 0;
    qint64 m_bytes = 0;
    std::map<int, Tile> m_tiles;
};

} // namespace dermask::core
