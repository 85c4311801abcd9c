#pragma once
/// @file Atomic file writes: a crash or a full disk leaves the previous version intact.

#include <QByteArray>
#include <QString>

namespace dermask::core {

/// Writes @p data to @p path through a temporary file renamed into place (QSaveFile).
/// Creates missing parent folders. On failure returns false, leaves any existing file
/// untouched and sets @p error (if given) to a message naming the file and the cause.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace dermask::core
