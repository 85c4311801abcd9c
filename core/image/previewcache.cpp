#include "core/image/previewcache.h"

#include "core/image/imageio.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>

namespace dermask::core {

namespace {

/// Keeps @p folder under the budget, oldest entries first; once per folder and process, the
/// first time something is written there (a listing per write would cost more than it saves).
void pruneOnce(const QString &folder)
{
    static QMutex mutex;
    static QSet<QString> pruned;
    {
        const QMutexLocker lock(&mutex);
        if (pruned.contains(folder))
            return;
        pruned.insert(folder);
    }
    const QFileInfoList entries =
        QDir(folder).entryInfoList({QStringLiteral("*.png")}, QDir::Files, QDir::Time);  // newest first
    qint64 total = 0;
    for (const QFileInfo &entry : entries)
        total += entry.size();
    for (auto it = entries.crbegin(); it != entries.crend() && total > PreviewCache::kBudget * 3 / 4; ++it) {
        if (QFile::remove(it->filePath()))
            total -= it->size();
    }
}

} // namespace

int previewReduction(cv::Size size, int minSide)
{
    return reductionFor(size, minSide);
}

PreviewCache::PreviewCache(const QString &folder) : m_folder(folder) {}

QString PreviewCache::defaultFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/previews");
}

QString PreviewCache::entryPath(const QString &path, Kind kind, int reduction) const
{
    if (m_folder.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    // A rewritten file (an annotation saved again) has another size or time: another entry.
    const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(info.absoluteFilePath())
                            .arg(info.size())
                            .arg(info.lastModified().toMSecsSinceEpoch())
                            .arg(int(kind))
                            .arg(reduction);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_folder + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".png");
}

cv::Mat PreviewCache::lookup(const QString &entry, Kind kind, cv::Size size) const
{
    if (entry.isEmpty() || !QFileInfo::exists(entry))
        return {};
    QString ignored;  // a damaged entry is made again
    const cv::Mat copy = kind == Kind::Image ? readImageRgb(entry, &ignored) : readGrey(entry, &ignored);
    return copy.size() == size ? copy : cv::Mat();
}

void PreviewCache::keep(const QString &entry, const cv::Mat &reduced) const
{
    if (entry.isEmpty() || reduced.empty())
        return;
    pruneOnce(m_folder);
    // A copy that cannot be written (read-only home, full disk) only costs the next preview time.
    writePng(entry, reduced, nullptr);
}

cv::Mat PreviewCache::readImage(const QString &path, int reduction, cv::Size fullSize, QString *error) const
{
    if (reduction <= 1 || readsReducedFast(path))
        return readImageRgb(path, error, reduction);
    return read(path, Kind::Image, reduction, fullSize, [&path](QString *e) { return readImageRgb(path, e); },
                error);
}

cv::Mat PreviewCache::read(const QString &path, Kind kind, int reduction, cv::Size fullSize,
                           const std::function<cv::Mat(QString *)> &readFull, QString *error) const
{
    const QString entry = entryPath(path, kind, reduction);
    cv::Mat copy = lookup(entry, kind, reducedSize(fullSize, reduction));
    if (!copy.empty())
        return copy;
    const cv::Mat full = readFull(error);
    if (full.empty())
        return {};
    copy = shrink(full, reduction);
    keep(entry, copy);
    return copy;
}

void PreviewCache::store(const QString &path, Kind kind, int reduction, const cv::Mat &full) const
{
    if (reduction <= 1 || full.empty())
        return;
    const QString entry = entryPath(path, kind, reduction);
    if (!entry.isEmpty() && !QFileInfo::exists(entry))
        keep(entry, shrink(full, reduction));
}

} // namespace dermask::core
