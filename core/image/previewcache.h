#pragma once
/// @file Reduced reads of huge images and of their masks, for the screen only. A JPEG is read
/// reduced by libjpeg's DCT scaling. PNG, BMP and TIFF have no reduced decode (OpenCV's
/// reduced read modes decode them in full and resize), and a 6000x4000 PNG mask costs 10-40 ms
/// to decode (pngdecode.h; BMP and TIFF more) however little of it is kept, and a preview has
/// three of them: their reduced copies are kept in a cache
/// folder of the user's (never in the dataset or its workspace), keyed by the file's path,
/// size and modification time, so a changed file is read afresh. Entries are written
/// atomically and the folder is kept under a byte budget. Every call stands alone: safe on
/// any thread.

#include <QString>
#include <functional>
#include <opencv2/core.hpp>

namespace dermask::core {

/// The shortest long side the viewer's preview of a huge image keeps: a 1400x900 window fits
/// a 6000x4000 photo at about 1/6, so 1/4 (1500x1000) shows it with every screen pixel.
constexpr int kPreviewSide = 1400;

/// The reduction the viewer previews an image of @p size at (1: none, it is small enough).
int previewReduction(cv::Size size, int minSide = kPreviewSide);

class PreviewCache
{
public:
    /// What a cached copy holds.
    enum class Kind {
        Image,  ///< RGB
        Mask,   ///< fraction of lesion per pixel, 0..255 (an averaged-down 0/255 mask)
        Map,    ///< a grey map averaged down (probability)
    };

    /// A cache in @p folder; an empty folder keeps nothing (every read decodes).
    explicit PreviewCache(const QString &folder = defaultFolder());
    /// The user's cache folder for previews (XDG cache, "previews").
    static QString defaultFolder();
    QString folder() const { return m_folder; }
    /// Where the copy of @p path at @p reduction is kept, for the file as it is now; empty
    /// when there is no cache or the file does not exist.
    QString entryPath(const QString &path, Kind kind, int reduction) const;

    /// @p path's image read at 1/@p reduction (reducedSize() of its @p fullSize): a JPEG by DCT
    /// scaling, anything else from the cache or by a full decode that leaves a copy there.
    cv::Mat readImage(const QString &path, int reduction, cv::Size fullSize, QString *error) const;
    /// A mask or map at 1/@p reduction: the cached copy, else @p readFull() (the full decode,
    /// with its own checks) averaged down and kept. An empty result keeps nothing.
    cv::Mat read(const QString &path, Kind kind, int reduction, cv::Size fullSize,
                 const std::function<cv::Mat(QString *)> &readFull, QString *error) const;
    /// Keeps the copy of @p full (read at full size from @p path) at @p reduction, unless it
    /// is kept already: the viewer's full load leaves it for the next preview at little cost.
    void store(const QString &path, Kind kind, int reduction, const cv::Mat &full) const;

    /// Bytes the folder may hold; the oldest entries go past it (checked once per process).
    static constexpr qint64 kBudget = qint64(256) * 1024 * 1024;

private:
    cv::Mat lookup(const QString &entry, Kind kind, cv::Size size) const;
    void keep(const QString &entry, const cv::Mat &reduced) const;

    QString m_folder;
};

} // namespace dermask::core
