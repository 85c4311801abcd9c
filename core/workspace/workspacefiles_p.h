#pragma once
// The workspace's files on disk: whether a folder may be written, whether project.json and a
// corrected mask can be used, and moving a broken one aside (never deleting what the user made).

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace dermask::core {

/// True when a file can actually be created in @p dir (permissions, read-only mounts, ACLs)
/// and its permission bits grant someone write access (see isMarkedWritable in the .cpp).
bool isMarkedWritable(const QString &dir);
/// True when @p dir exists, or its nearest existing ancestor is a folder we may write in.
bool canBeMade(const QString &dir);
/// True when a file can be created in @p dir now (a probe file, removed at once).
bool canWriteIn(const QString &dir);
/// Why @p data cannot be used as project.json, or empty when it can (then *@p out is it).
QString projectProblem(const QByteArray &data, QJsonObject *out);
/// Why the corrected mask at @p path cannot be used: no readable image header, or not the
/// size of its image (@p width x @p height, unchecked when 0); empty when it can.
QString annotationProblem(const QString &path, int width, int height);
/// Renames @p file to "<file>.broken-<yyyyMMdd-hhmmss>[-n]" beside it and returns that path;
/// empty, with @p error naming both, if it cannot be renamed.
QString moveAside(const QString &file, QString *error);

} // namespace dermask::core
