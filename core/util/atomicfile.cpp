#include "core/util/atomicfile.h"
#include "core/util/error.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>

namespace dermask::core {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(error, fileError(path, QStringLiteral("cannot create folder %1").arg(info.absolutePath())));
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
        return fail(error, fileError(path, QStringLiteral("only %1 of %2 bytes could be written (%3)")
                                               .arg(std::max<qint64>(written, 0))
                                               .arg(data.size())
                                               .arg(qt_error_string(cause))));
    }
    if (!file.commit())
        return fail(error, fileError(path, file.errorString()));
    return true;
}

} // namespace dermask::core
