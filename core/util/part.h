#pragma once
/// @file Parts: the heavy libraries (LibTorch, OpenCV's image codecs) live in shared libraries
/// of Dermask's own, libdermask-<name>.so, that a program loads on first use instead of at
/// start, so that a command or a window that needs none of them starts at once.

#include <QString>

namespace dermask::core {

/// Loads libdermask-<@p name>.so (once; later calls return the same library) and returns
/// its function @p entry, or nullptr with @p error saying which file could not be loaded and
/// why. The library is looked for in $DERMASK_PARTS_DIR when it is set, else where the
/// program's run path says (next to it in the build tree, lib/<arch>/dermask when installed).
/// Thread-safe.
void *loadPart(const char *name, const char *entry, QString *error);

} // namespace dermask::core
