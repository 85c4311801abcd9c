#pragma once
/// @file Exporting the effective masks of a dataset as PNG files where the user asks.
/// Original dataset files are never written: an export that would overwrite one is refused.

#include "core/dataset/dataset.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <opencv2/core.hpp>

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
    // Filled by exportDataset() only.
    int predictionsWritten = 0;  ///< predicted mask files written
    int withoutPrediction = 0;   ///< samples without a prediction of the chosen model
    int overlaysWritten = 0;     ///< overlay PNGs written
    QString metricsFile;         ///< the metrics CSV written, or empty
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

/// What exportDataset() writes.
enum class ExportContent {
    Masks,        ///< the effective masks (as exportMasks())
    Predictions,  ///< the predicted masks of one model
    Both,         ///< both, in the subfolders masks/ and predictions/
};

struct DatasetExportOptions
{
    QString outDir;  ///< created if missing
    ExportNaming naming = ExportNaming::Source;
    ExportContent content = ExportContent::Masks;
    /// The model whose predictions (<workspace>/predictions/<model>/<id>.png) are exported and
    /// compared; needed for Predictions and Both, optional otherwise.
    QString predictionModel;
    /// Also write overlays/<id>_overlay.png: the image with the effective mask outlined in
    /// green and the prediction (if any) in magenta.
    bool overlays = false;
    /// Also write metrics.csv: per sample its status, mask and prediction areas, and the
    /// Dice and IoU of the prediction against the effective mask (empty when one is missing).
    bool metricsCsv = false;
};

/// The export of the desktop app's Export dialog. Content Masks writes exactly what
/// exportMasks() writes, into outDir; Predictions writes the predicted masks named by the same
/// rules into outDir; Both writes outDir/masks/ and outDir/predictions/. The same refusals as
/// exportMasks() apply to every folder written (originals are never overwritten, nothing goes
/// into the workspace). progress(done, total) counts samples over all parts; returning false
/// cancels. Safe to call from a worker thread.
ExportResult exportDataset(const Workspace &workspace, const DatasetExportOptions &options,
                           const std::function<bool(int, int)> &progress = {});

/// The image with @p mask outlined in green and @p prediction (may be empty) in magenta, lines
/// about 1/300 of the image's longer side thick (at least 2 px). CV_8UC3 RGB.
cv::Mat overlayImage(const cv::Mat &imageRgb, const cv::Mat &mask, const cv::Mat &prediction);

/// The file name a sample's mask gets under a naming: Plain "<id>.png", Isic
/// "<id>_segmentation.png", Source: the source mask's own file name with extension .png
/// (e.g. "IMD002_lesion.png", "ISIC_0000000_segmentation.png", "synth_0001.png"), or
/// "<id>.png" when the sample has no source mask.
QString exportFileName(const Sample &sample, ExportNaming naming);

} // namespace dermask::core
