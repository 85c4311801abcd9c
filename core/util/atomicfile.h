#pragma once
/// @file Atomic file writes: a crash or a full disk leaves the previous version intact.

#include <QByteArray>
#include <QString>

namespace dermask::core {

/// Writes @p data to @p path through a temporary file renamed into place: on Linux one without
/// a name until it is whole (O_TMPFILE), so a crash leaves no part-written file anywhere;
/// elsewhere QSaveFile.
/// Creates missing parent folders. On failure returns false, leaves any existing file
/// untouched and sets @p error (if given) to a message naming the file and the cause.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

/// Removes from @p dir the hidden whole copies (".<name>.tmp-<random>") writeFileAtomically()
/// leaves when killed between naming a finished file and renaming it over the old one.
/// Returns how many. For a folder one program owns (the workspace), when it opens.
int removeLeftoverCopies(const QString &dir);

} // namespace dermask::core
