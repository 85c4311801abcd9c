#include "core/util/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace dermask::core {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why.isEmpty() ? QStringLiteral("short write (disk full?)") : why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace dermask::core
