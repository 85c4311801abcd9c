#include "core/workspace/workspacefiles_p.h"

#include "core/image/imageheader.h"
#include "core/util/error.h"
#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryFile>

namespace dermask::core {

/// True when a file can actually be created in @p dir (permissions, read-only mounts, ACLs).
/// A folder whose permission bits grant nobody write access is read-only for Dermask, even
/// when the process could write anyway (root ignores the bits): the user or the system made
/// it read-only on purpose, and a dataset like that must not grow a .dermask folder.
bool isMarkedWritable(const QString &dir)
{
    const QFileInfo info(dir);
    return info.isWritable()
        && (info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

/// True when @p dir exists, or its nearest existing ancestor is a folder we may write in:
/// checked without writing anything.
bool canBeMade(const QString &dir)
{
    QFileInfo info(dir);
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return false;
        info = QFileInfo(parent);
    }
    return info.isDir() && isMarkedWritable(info.absoluteFilePath());
}

bool canWriteIn(const QString &dir)
{
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".probe-XXXXXX")));
    return probe.open();
}

/// Why @p doc cannot be used as project.json, or empty when it can.
QString projectProblem(const QByteArray &data, QJsonObject *out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not valid JSON (%1 at byte %2)")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    if (!doc.isObject())
        return QStringLiteral("not a JSON object");
    const QJsonObject root = doc.object();
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (schema.isUndefined())
        return QStringLiteral("no schema version");
    if (!schema.isDouble())
        return QStringLiteral("the schema version is not a number");
    if (schema.toDouble() != Workspace::kSchemaVersion)
        return QStringLiteral("schema %1 is not supported (expected %2)")
            .arg(schema.toDouble())
            .arg(Workspace::kSchemaVersion);
    const QJsonValue samples = root.value(QStringLiteral("samples"));
    if (!samples.isUndefined() && !samples.isObject())
        return QStringLiteral("\"samples\" is not an object");
    const QJsonValue model = root.value(QStringLiteral("active_model"));
    if (!model.isUndefined() && !model.isString() && !model.isNull())
        return QStringLiteral("\"active_model\" is not a string");
    *out = root;
    return {};
}

QString moveAside(const QString &file, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString aside = file + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = file + QStringLiteral(".broken-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(file, aside)) {
        return fail<QString>(error, QStringLiteral("%1: cannot be moved aside to %2")
                                        .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(aside)));
    }
    return aside;
}

QString annotationProblem(const QString &path, int width, int height)
{
    ImageHeader header;
    QString error;
    if (!readImageHeader(path, &header, &error))
        return error.isEmpty() ? QStringLiteral("not a readable image") : error;
    if (width > 0 && height > 0 && (header.width != width || header.height != height))
        return QStringLiteral("%1x%2 pixels, but its image has %3x%4")
            .arg(header.width).arg(header.height).arg(width).arg(height);
    return {};
}

} // namespace dermask::core
