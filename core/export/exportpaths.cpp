#include "core/export/exportpaths.h"

#include <QDir>
#include <QFileInfo>

namespace dermask::core::exportpaths {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : resolved;
}

bool isInside(const QString &path, const QString &dir)
{
    return path == dir || path.startsWith(dir + QLatin1Char('/'));
}

QSet<QString> datasetFiles(const Dataset &dataset)
{
    QSet<QString> files;
    for (const Sample &s : dataset.samples) {
        files.insert(canonical(s.imagePath));
        if (s.hasMask())
            files.insert(canonical(s.maskPath));
    }
    for (const QString &m : dataset.masksWithoutImage)
        files.insert(canonical(m));
    for (const RefusedFile &r : dataset.refused)
        files.insert(canonical(r.file));
    return files;
}

} // namespace dermask::core::exportpaths
