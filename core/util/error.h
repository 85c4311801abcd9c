#pragma once
/// @file The one way core reports a failure: the call returns false (or an empty value) and
/// hands back a message that names the file and the problem, for the user to read.

#include <QDir>
#include <QString>

namespace dermask::core {

/// Sets *@p error to @p message when @p error is given and returns false, so a check reads
/// `if (!ok) return fail(error, QStringLiteral("%1: cannot read").arg(path));`.
inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// As fail(), for a call that returns a value: `return fail<NetworkPtr>(error, ...)` gives an
/// empty one.
template <typename T>
T fail(QString *error, const QString &message)
{
    fail(error, message);
    return T();
}

/// "<path>: <why>", the path as the user's system writes it: how every message about a file
/// begins.
inline QString fileError(const QString &path, const QString &why)
{
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
}

} // namespace dermask::core
