#pragma once
/// @file Parts: the heavy libraries (LibTorch, OpenCV's image codecs) live in shared libraries
/// of Dermask's own, libdermask-<name>.so, that a program loads on first use instead of at
/// start, so that a command or a window that needs none of them starts at once.

#include "core/util/error.h"

#include <QString>

#include <mutex>

namespace dermask::core {

/// Loads libdermask-<@p name>.so (once; later calls return the same library) and returns
/// its function @p entry, or nullptr with @p error saying which file could not be loaded and
/// why. The library is looked for in $DERMASK_PARTS_DIR when it is set, else where the
/// program's run path says (next to it in the build tree, lib/dermask when installed).
/// Thread-safe.
void *loadPart(const char *name, const char *entry, QString *error);

/// The table of functions a part's @p entry returns (a struct whose first member is its
/// `int version`), loaded on the first call; a table of another @p version is refused.
/// Null with @p error when the part cannot be used. Thread-safe.
template <typename Table>
const Table *partTable(const char *name, const char *entry, int version, QString *error)
{
    static std::once_flag once;
    static const Table *table = nullptr;
    static QString why;
    std::call_once(once, [&] {
        using Entry = const Table *(*)();
        const auto function = reinterpret_cast<Entry>(loadPart(name, entry, &why));
        if (!function)
            return;
        const Table *loaded = function();
        if (loaded->version != version) {
            why = QStringLiteral("Dermask's %1 part is version %2, this program needs version %3: "
                                 "reinstall Dermask")
                      .arg(QLatin1String(name))
                      .arg(loaded->version)
                      .arg(version);
            return;
        }
        table = loaded;
    });
    if (!table)
        fail(error, why);
    return table;
}

} // namespace dermask::core
