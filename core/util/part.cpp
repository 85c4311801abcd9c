#include "core/util/part.h"

#include "core/util/error.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <dlfcn.h>
#include <mutex>

namespace dermask::core {

void *loadPart(const char *name, const char *entry, QString *error)
{
    // dlopen itself is thread-safe and returns the loaded library on later calls; the lock
    // keeps dlerror()'s message with the call that caused it.
    static std::mutex mutex;
    const std::lock_guard<std::mutex> lock(mutex);
    const QString file = QStringLiteral("libdermask-%1.so").arg(QLatin1String(name));
    const QByteArray dir = qgetenv("DERMASK_PARTS_DIR");
    // Without a directory, dlopen searches this program's run path (set by the build).
    const QString path = dir.isEmpty() ? file : QDir(QString::fromLocal8Bit(dir)).filePath(file);
    void *library = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *why = dlerror();
        return fail<void *>(error, QStringLiteral("cannot load Dermask's %1 part (%2): %3")
                                       .arg(QLatin1String(name), file,
                                            QString::fromLocal8Bit(why ? why : "unknown error")));
    }
    void *function = dlsym(library, entry);
    if (!function)
        return fail<void *>(error, QStringLiteral("%1 has no function %2: it is not a Dermask part, or "
                                                  "from another version")
                                       .arg(path, QLatin1String(entry)));
    return function;
}

} // namespace dermask::core
