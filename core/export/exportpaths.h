#pragma once
// Internal to core/export: the path checks both exportMasks() and exportDataset() make so an
// export never lands on an original file or inside the workspace.

#include "core/dataset/dataset.h"

#include <QSet>
#include <QString>

namespace dermask::core::exportpaths {

QString native(const QString &path);
/// One spelling per file: symlinks resolved for files that exist, cleaned absolute otherwise.
QString canonical(const QString &path);
/// True when @p path is @p dir or inside it (both canonical).
bool isInside(const QString &path, const QString &dir);
/// Every file of the dataset (canonical): export must never land on one of them.
QSet<QString> datasetFiles(const Dataset &dataset);

} // namespace dermask::core::exportpaths
