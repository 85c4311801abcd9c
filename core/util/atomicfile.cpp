#include "core/util/atomicfile.h"
#include "core/util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>

#ifdef __linux__
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace dermask::core {

namespace {

const QLatin1String kLeftoverMark(".tmp-");

QString leftoverName(const QString &fileName)
{
    return QLatin1Char('.') + fileName + kLeftoverMark
           + QString::number(QRandomGenerator::global()->generate(), 36);
}

QString shortWrite(const QString &path, qint64 written, qint64 size, int cause)
{
    return fileError(path, QStringLiteral("only %1 of %2 bytes could be written (%3)")
                               .arg(std::max<qint64>(written, 0))
                               .arg(size)
                               .arg(qt_error_string(cause)));
}

#ifdef __linux__
enum class Outcome { Written, Failed, Unsupported };

/// Writes through a file without a name (O_TMPFILE) that gets one only when whole: a process
/// killed while writing leaves nothing behind, where QSaveFile leaves "<name>.XXXXXX" with
/// part of the data. The whole file is then linked under a hidden temporary name and renamed
/// over @p path; a kill in those microseconds leaves that hidden whole copy.
Outcome writeUnnamed(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    const int fd = ::open(dir.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0)
        return Outcome::Unsupported;  // a file system without it (NFS, FUSE): QSaveFile does it
    auto failed = [&](const QString &why) {
        ::close(fd);
        fail(error, why);
        return Outcome::Failed;
    };
    qint64 written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return failed(shortWrite(path, written, data.size(), n < 0 ? errno : ENOSPC));
        written += n;
    }
    // A replaced file keeps its permissions, as QSaveFile does.
    struct stat old {};
    if (::stat(QFile::encodeName(path).constData(), &old) == 0)
        ::fchmod(fd, old.st_mode & 07777);
    // On the disk before it has the name (QSaveFile does it too); a file system that cannot
    // sync says EINVAL, which is no reason to fail.
    if (::fsync(fd) != 0 && (errno == EIO || errno == ENOSPC || errno == EDQUOT))
        return failed(fileError(path, qt_error_string(errno)));
    const QByteArray proc = "/proc/self/fd/" + QByteArray::number(fd);
    QByteArray temp;
    for (int attempt = 0;; ++attempt) {
        temp = dir + '/' + QFile::encodeName(leftoverName(info.fileName()));
        if (::linkat(AT_FDCWD, proc.constData(), AT_FDCWD, temp.constData(), AT_SYMLINK_FOLLOW) == 0)
            break;
        if (errno != EEXIST || attempt > 8) {
            ::close(fd);
            return Outcome::Unsupported;  // no /proc: QSaveFile does it
        }
    }
    ::close(fd);
    if (::rename(temp.constData(), QFile::encodeName(path).constData()) != 0) {
        const int cause = errno;
        ::unlink(temp.constData());
        fail(error, fileError(path, qt_error_string(cause)));
        return Outcome::Failed;
    }
    return Outcome::Written;
}
#endif

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(error, fileError(path, QStringLiteral("cannot create folder %1").arg(info.absolutePath())));
#ifdef __linux__
    if (info.isDir())
        return fail(error, fileError(path, QStringLiteral("is a folder")));
    // A symbolic link is written through, as QSaveFile does; rename() would replace the link.
    if (!info.isSymLink()) {
        switch (writeUnnamed(path, data, error)) {
        case Outcome::Written: return true;
        case Outcome::Failed: return false;
        case Outcome::Unsupported: break;
        }
    }
#endif
    QSaveFile file(path);
    // Unbuffered: every byte reaches the kernel inside write(), whose count is then the truth.
    // Buffered, a write cut short by a full disk or a file size limit surfaced nowhere: commit()
    // renamed the cut file into place and reported success (found with `ulimit -f`).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(error, fileError(path, file.errorString()));
    const qint64 written = file.write(data);
    const int cause = errno;  // ENOSPC, EFBIG, EIO: Qt's errorString() says "Unknown error"
    if (written != data.size() || file.size() != data.size()) {
        file.cancelWriting();
        return fail(error, shortWrite(path, written, data.size(), cause));
    }
    if (!file.commit())
        return fail(error, fileError(path, file.errorString()));
    return true;
}

int removeLeftoverCopies(const QString &dir)
{
    int removed = 0;
    QDir folder(dir);
    const QStringList names = folder.entryList({QStringLiteral(".*") + kLeftoverMark + QLatin1Char('*')},
                                               QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names)
        removed += folder.remove(name);
    return removed;
}

} // namespace dermask::core
