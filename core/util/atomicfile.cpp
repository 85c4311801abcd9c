#include "core/util/atomicfile.h"
#include "core/util/error.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace dermask::core {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(error, fileError(path, QStringLiteral("cannot create folder %1").arg(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, fileError(path, file.errorString()));
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(error, fileError(path, why.isEmpty() ? QStringLiteral("short write (disk full?)") : why));
    }
    if (!file.commit())
        return fail(error, fileError(path, file.errorString()));
    return true;
}

} // namespace dermask::core
