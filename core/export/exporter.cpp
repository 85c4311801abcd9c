#include "core/export/exporter.h"
#include "core/export/exportpaths.h"

#include "core/image/imageio.h"
#include "core/workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <opencv2/core.hpp>

namespace dermask::core {

using namespace exportpaths;

bool parseExportNaming(const QString &name, ExportNaming *naming)
{
    const QString n = name.trimmed().toLower();
    for (ExportNaming candidate : {ExportNaming::Source, ExportNaming::Isic, ExportNaming::Plain}) {
        if (n == exportNamingName(candidate)) {
            if (naming)
                *naming = candidate;
            return true;
        }
    }
    return false;
}

QString exportNamingName(ExportNaming naming)
{
    switch (naming) {
    case ExportNaming::Source: return QStringLiteral("source");
    case ExportNaming::Isic: return QStringLiteral("isic");
    case ExportNaming::Plain: return QStringLiteral("plain");
    }
    return {};
}

QString exportFileName(const Sample &sample, ExportNaming naming)
{
    switch (naming) {
    case ExportNaming::Isic:
        return sample.id + QStringLiteral("_segmentation.png");
    case ExportNaming::Source:
        if (sample.hasMask())
            return QFileInfo(sample.maskPath).completeBaseName() + QStringLiteral(".png");
        break;
    case ExportNaming::Plain:
        break;
    }
    return sample.id + QStringLiteral(".png");
}

ExportResult exportMasks(const Workspace &workspace, const ExportOptions &options,
                         const std::function<bool(int, int)> &progress)
{
    ExportResult result;
    const Dataset &dataset = workspace.dataset();
    const int total = int(dataset.samples.size());
    if (options.outDir.isEmpty()) {
        result.errors << QStringLiteral("no output folder given for the export");
        return result;
    }
    const QDir out(options.outDir);
    if (!QDir().mkpath(out.absolutePath())) {
        result.errors << QStringLiteral("%1: cannot create the output folder")
                             .arg(native(out.absolutePath()));
        return result;
    }
    const QString outCanonical = canonical(out.absolutePath());
    const QString workspaceDir = workspace.path();
    if (!workspaceDir.isEmpty() && isInside(outCanonical, canonical(workspaceDir))) {
        result.errors << QStringLiteral("%1: cannot export into the workspace folder %2")
                             .arg(native(out.absolutePath()), native(workspaceDir));
        return result;
    }
    // A folder that holds originals is refused as a whole: a new file beside them would
    // become part of the dataset on the next scan, and one with an original's name would
    // replace it.
    const QSet<QString> protectedFiles = datasetFiles(dataset);
    for (const QString &file : protectedFiles) {
        if (QFileInfo(file).absolutePath() == outCanonical) {
            result.errors << QStringLiteral("%1: refused, this folder holds original files of the "
                                            "dataset (such as %2), which are never overwritten; "
                                            "choose another folder")
                                 .arg(native(outCanonical), QFileInfo(file).fileName());
            return result;
        }
    }
    QHash<QString, QString> claimed;  // target file name -> id that got it

    for (int i = 0; i < total; ++i) {
        const Sample &sample = dataset.samples.at(i);
        const QString name = exportFileName(sample, options.naming);
        const QString target = out.filePath(name);
        if (workspace.effectiveMaskPath(sample).isEmpty()) {
            ++result.withoutMask;
        } else if (protectedFiles.contains(canonical(target))) {
            result.errors << QStringLiteral("%1: refused, it is a file of the dataset (originals "
                                            "are never overwritten); choose another folder or "
                                            "naming")
                                 .arg(native(target));
        } else if (claimed.contains(name)) {
            result.errors << QStringLiteral("%1: %2 and %3 would both be written to this file; "
                                            "%3 skipped (choose another naming)")
                                 .arg(native(target), claimed.value(name), sample.id);
        } else {
            QString error;
            const cv::Mat mask = workspace.effectiveMask(sample, &error);
            if (mask.empty()) {
                result.errors << (error.isEmpty()
                                      ? QStringLiteral("%1: cannot read the mask of %2")
                                            .arg(native(workspace.effectiveMaskPath(sample)), sample.id)
                                      : error);
            } else {
                cv::Mat binary;
                cv::compare(mask, 0, binary, cv::CMP_NE);  // 0/255 whatever the reader gave
                if (writePng(target, binary, &error)) {
                    ++result.written;
                    claimed.insert(name, sample.id);
                } else {
                    result.errors << error;
                }
            }
        }
        if (progress && !progress(i + 1, total)) {
            result.cancelled = true;
            break;
        }
    }
    return result;
}

} // namespace dermask::core
