#pragma once
/// @file Exporting the effective masks of a dataset as PNG files where the user asks.
/// Original dataset files are never written: an export that would overwrite one is refused.

#include "core/dataset/dataset.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace dermask::core {

class Workspace;

/// How exported mask files are named.
enum class ExportNaming {
    Source,  ///< as the dataset's own mask, with extension .png ("IMD002_lesion.png")
    Isic,    ///< "<id>_segmentation.png"
    Plain,   ///< "<id>.png"
};

/// Parses "source", "isic", "plain" (case-insensitive); false for anything else.
bool parseExportNaming(const QString &name, ExportNaming *naming);
/// "source", "isic", "plain".
QString exportNamingName(ExportNaming naming);

struct ExportOptions
{
    QString outDir;  ///< created if missing
    ExportNaming naming = ExportNaming::Source;
};

struct ExportResult
{
    int written = 0;      ///< mask files written
    int withoutMask = 0;  ///< samples with neither an annotation nor a source mask (not written)
    QStringList errors;   ///< one message per sample that failed, naming the file
    bool cancelled = false;
};

/// Writes each sample's effective mask (workspace annotation, else source mask) to
/// options.outDir as an 8-bit single-channel PNG, 0/255, at the image's size; each file
/// appears atomically. A mask that cannot be read gives an error and the export goes on.
/// A target that is a file of the dataset (image or mask) or lies in the workspace folder is
/// refused; two samples that would get the same file name give an error for the second.
/// progress(done, total) is called after each sample; returning false cancels. Safe to call
/// from a worker thread.
ExportResult exportMasks(const Workspace &workspace, const ExportOptions &options,
                         const std::function<bool(int, int)> &progress = {});

/// The file name a sample's mask gets under a naming: Plain "<id>.png", Isic
/// "<id>_segmentation.png", Source: the source mask's own file name with extension .png
/// (e.g. "IMD002_lesion.png", "ISIC_0000000_segmentation.png", "synth_0001.png"), or
/// "<id>.png" when the sample has no source mask.
QString exportFileName(const Sample &sample, ExportNaming naming);

} // namespace dermask::core
