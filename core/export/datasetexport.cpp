// exportDataset(): the desktop app's export (masks, predictions, overlays, metrics CSV). The
// masks go through exportMasks(), the code `dermask-cli export` runs, so both front ends write
// the same files.

#include "core/export/exporter.h"
#include "core/export/exportpaths.h"

#include "core/image/imageio.h"
#include "core/metrics/metrics.h"
#include "core/util/atomicfile.h"
#include "core/workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextStream>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <exception>

namespace dermask::core {

namespace {

using namespace exportpaths;

/// Creates @p dir and checks that it may be written to, as exportMasks() does: not inside the
/// workspace, holding no original file. Returns the refusal, or empty.
QString prepareFolder(const QString &dir, const Workspace &workspace, const QSet<QString> &originals)
{
    const QString absolute = QDir(dir).absolutePath();
    if (!QDir().mkpath(absolute))
        return QStringLiteral("%1: cannot create the output folder").arg(native(absolute));
    const QString folder = canonical(absolute);
    if (!workspace.path().isEmpty() && isInside(folder, canonical(workspace.path())))
        return QStringLiteral("%1: cannot export into the workspace folder %2")
            .arg(native(absolute), native(workspace.path()));
    for (const QString &file : originals) {
        if (QFileInfo(file).absolutePath() == folder)
            return QStringLiteral("%1: refused, this folder holds original files of the dataset "
                                  "(such as %2), which are never overwritten; choose another folder")
                .arg(native(folder), QFileInfo(file).fileName());
    }
    return {};
}

cv::Size imageSize(const Sample &s)
{
    return s.width > 0 && s.height > 0 ? cv::Size(s.width, s.height) : cv::Size();
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// Writes the predicted masks of options.predictionModel into @p dir.
void exportPredictions(const Workspace &workspace, const DatasetExportOptions &options, const QString &dir,
                       const QSet<QString> &originals, ExportResult *result,
                       const std::function<bool(int)> &step)
{
    const QString refusal = prepareFolder(dir, workspace, originals);
    if (!refusal.isEmpty()) {
        result->errors << refusal;
        return;
    }
    const Dataset &dataset = workspace.dataset();
    const QString source = workspace.predictionsDir(options.predictionModel);
    QHash<QString, QString> claimed;
    for (int i = 0; i < int(dataset.samples.size()); ++i) {
        const Sample &sample = dataset.samples.at(i);
        const QString from = source + QLatin1Char('/') + sample.id + QStringLiteral(".png");
        const QString name = exportFileName(sample, options.naming);
        const QString target = QDir(dir).filePath(name);
        if (!QFileInfo::exists(from)) {
            ++result->withoutPrediction;
        } else if (originals.contains(canonical(target))) {
            result->errors << QStringLiteral("%1: refused, it is a file of the dataset (originals "
                                             "are never overwritten); choose another folder or naming")
                                  .arg(native(target));
        } else if (claimed.contains(name)) {
            result->errors << QStringLiteral("%1: %2 and %3 would both be written to this file; "
                                             "%3 skipped (choose another naming)")
                                  .arg(native(target), claimed.value(name), sample.id);
        } else {
            QString error;
            const cv::Mat mask = readMask(from, &error, imageSize(sample));
            if (mask.empty()) {
                result->errors << (error.isEmpty() ? QStringLiteral("%1: cannot read the prediction").arg(native(from))
                                                   : error);
            } else {
                cv::Mat binary;
                cv::compare(mask, 0, binary, cv::CMP_NE);
                if (writePng(target, binary, &error)) {
                    ++result->predictionsWritten;
                    claimed.insert(name, sample.id);
                } else {
                    result->errors << error;
                }
            }
        }
        if (!step(i + 1)) {
            result->cancelled = true;
            return;
        }
    }
}

/// One pass for the overlays and the metrics CSV (both need the mask and the prediction).
void exportOverlaysAndMetrics(const Workspace &workspace, const DatasetExportOptions &options,
                              const QSet<QString> &originals, ExportResult *result,
                              const std::function<bool(int)> &step)
{
    const Dataset &dataset = workspace.dataset();
    const QDir out(options.outDir);
    const QString overlayDir = out.filePath(QStringLiteral("overlays"));
    bool overlays = options.overlays;
    if (overlays) {
        const QString refusal = prepareFolder(overlayDir, workspace, originals);
        if (!refusal.isEmpty()) {
            result->errors << refusal;
            overlays = false;
        }
    }
    const QString predictions = options.predictionModel.isEmpty()
                                    ? QString() : workspace.predictionsDir(options.predictionModel);
    QString csv;
    QTextStream stream(&csv);
    stream << "id,status,mask_area_px,prediction_area_px,dice,iou\n";
    for (int i = 0; i < int(dataset.samples.size()); ++i) {
        const Sample &sample = dataset.samples.at(i);
        QString error;
        const cv::Mat mask = workspace.effectiveMask(sample, &error);
        if (!error.isEmpty())
            result->errors << error;
        cv::Mat prediction;
        const QString predictionPath = predictions.isEmpty()
                                           ? QString() : predictions + QLatin1Char('/') + sample.id + QStringLiteral(".png");
        if (!predictionPath.isEmpty() && QFileInfo::exists(predictionPath)) {
            error.clear();
            prediction = readMask(predictionPath, &error, mask.empty() ? imageSize(sample) : mask.size());
            if (prediction.empty())
                result->errors << (error.isEmpty() ? QStringLiteral("%1: cannot read the prediction").arg(native(predictionPath)) : error);
        }
        if (options.metricsCsv) {
            QString dice, iou;
            if (!mask.empty() && !prediction.empty()) {
                const MaskMetrics m = compareMasks(mask, prediction);
                dice = QString::number(m.dice, 'f', 4);
                iou = QString::number(m.iou, 'f', 4);
            }
            stream << csvField(sample.id) << ',' << statusName(workspace.status(sample.id)) << ','
                   << (mask.empty() ? QString() : QString::number(cv::countNonZero(mask))) << ','
                   << (prediction.empty() ? QString() : QString::number(cv::countNonZero(prediction))) << ','
                   << dice << ',' << iou << '\n';
        }
        if (overlays && (!mask.empty() || !prediction.empty())) {
            error.clear();
            const cv::Mat image = readImageRgb(sample.imagePath, &error);
            const QString target = QDir(overlayDir).filePath(sample.id + QStringLiteral("_overlay.png"));
            if (image.empty()) {
                result->errors << (error.isEmpty() ? QStringLiteral("%1: cannot read the image").arg(native(sample.imagePath)) : error);
            } else if (originals.contains(canonical(target))) {
                result->errors << QStringLiteral("%1: refused, it is a file of the dataset").arg(native(target));
            } else {
                const cv::Mat drawn = overlayImage(image, mask.size() == image.size() ? mask : cv::Mat(),
                                                   prediction.size() == image.size() ? prediction : cv::Mat());
                if (writePng(target, drawn, &error))
                    ++result->overlaysWritten;
                else
                    result->errors << error;
            }
        }
        if (!step(i + 1)) {
            result->cancelled = true;
            return;
        }
    }
    if (!options.metricsCsv)
        return;
    stream.flush();
    const QString file = out.filePath(QStringLiteral("metrics.csv"));
    if (originals.contains(canonical(file))) {
        result->errors << QStringLiteral("%1: refused, it is a file of the dataset").arg(native(file));
        return;
    }
    QString why;
    if (!writeFileAtomically(file, csv.toUtf8(), &why)) {
        result->errors << QStringLiteral("cannot write the metrics: %1").arg(why);
        return;
    }
    result->metricsFile = file;
}

} // namespace

cv::Mat overlayImage(const cv::Mat &imageRgb, const cv::Mat &mask, const cv::Mat &prediction)
{
    cv::Mat out = imageRgb.clone();
    if (out.empty())
        return out;
    const int thickness = std::max(2, std::max(out.cols, out.rows) / 300);
    auto outline = [&](const cv::Mat &m, const cv::Scalar &rgb) {
        if (m.empty() || m.size() != out.size() || m.type() != CV_8UC1)
            return;
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(m.clone(), contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
        cv::drawContours(out, contours, -1, rgb, thickness, cv::LINE_AA);
    };
    outline(prediction, cv::Scalar(255, 64, 255));
    outline(mask, cv::Scalar(0, 230, 118));
    return out;
}

ExportResult exportDataset(const Workspace &workspace, const DatasetExportOptions &options,
                           const std::function<bool(int, int)> &progress)
{
    ExportResult result;
    if (options.outDir.isEmpty()) {
        result.errors << QStringLiteral("no output folder given for the export");
        return result;
    }
    const bool masks = options.content != ExportContent::Predictions;
    const bool predictions = options.content != ExportContent::Masks;
    if (predictions && options.predictionModel.isEmpty()) {
        result.errors << QStringLiteral("no model chosen whose predictions to export");
        return result;
    }
    const bool extras = options.overlays || options.metricsCsv;
    const int count = int(workspace.dataset().samples.size());
    const int total = count * (int(masks) + int(predictions) + int(extras));
    int base = 0;
    auto step = [&](int done) { return !progress || progress(base + done, total); };
    const QDir out(options.outDir);
    const QSet<QString> originals = datasetFiles(workspace.dataset());

    if (masks) {
        ExportOptions maskOptions;
        maskOptions.outDir = options.content == ExportContent::Both ? out.filePath(QStringLiteral("masks"))
                                                                    : options.outDir;
        maskOptions.naming = options.naming;
        const ExportResult r = exportMasks(workspace, maskOptions, [&](int done, int) { return step(done); });
        result.written = r.written;
        result.withoutMask = r.withoutMask;
        result.errors << r.errors;
        if (r.cancelled) {
            result.cancelled = true;
            return result;
        }
        base += count;
    }
    try {
        if (predictions) {
            const QString dir = options.content == ExportContent::Both ? out.filePath(QStringLiteral("predictions"))
                                                                       : options.outDir;
            exportPredictions(workspace, options, dir, originals, &result, step);
            if (result.cancelled)
                return result;
            base += count;
        }
        if (extras) {
            if (!QDir().mkpath(out.absolutePath())) {
                result.errors << QStringLiteral("%1: cannot create the output folder").arg(native(out.absolutePath()));
                return result;
            }
            const QString refusal = options.metricsCsv ? prepareFolder(options.outDir, workspace, originals) : QString();
            if (!refusal.isEmpty()) {
                result.errors << refusal;
                return result;
            }
            exportOverlaysAndMetrics(workspace, options, originals, &result, step);
        }
    } catch (const std::exception &e) {
        // OpenCV reports allocation failures on huge images as exceptions.
        result.errors << QStringLiteral("export stopped: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return result;
}

} // namespace dermask::core
