#pragma once
/// @file What the fuzz targets share: the path-based readers get their input as a file, written
/// to one folder per process (in /dev/shm when there is one: a million writes stay in memory).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace dermask::fuzz {

/// The folder every input of this process is written to, made once.
inline const QString &scratchDir()
{
    static QTemporaryDir dir(QDir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                              : QDir::tempPath())
                                 .filePath(QStringLiteral("dermask-fuzz-XXXXXX")));
    static const QString path = dir.path();
    return path;
}

/// Writes @p data to <scratchDir()>/@p name, replacing what was there, and returns its path.
inline QString writeInput(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = QDir(scratchDir()).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace dermask::fuzz
