// Replays brush strokes on a 6000x4000 mask the way a canvas drives MaskDocument, and runs
// GrabCut on 768x576 synthetic images. Prints one JSON line:
//   mask_update_p95_ms   MaskDocument::continueStroke() per mouse event (brush 12 px)
//   brush_event_p95_ms   the same plus repainting the dirty rect into an ARGB overlay QImage
//   end_stroke_p95_ms    endStroke() (stores the stroke's "after" tiles), once per stroke
//   undo_mb              history held after 200 strokes of 500 points (no budget trimming)
//   undo_raw_mb          what the same tiles would take uncompressed
//   grabcut_ms / grabcut_dice   grabCutMask() with a box, median time and mean Dice
//   opencv_grabcut_ms / opencv_grabcut_dice   plain cv::grabCut (5 iterations) on the same
// Usage: bench_brush [strokes (200)] [points per stroke (500)]

#include "tests/bench/benchstats.h"
#include "core/mask/brush.h"
#include "core/mask/grabcut.h"
#include "core/mask/maskdocument.h"
#include "core/mask/maskoverlay.h"
#include "core/mask/tilepatch.h"
#include "core/metrics/metrics.h"
#include "core/synthetic/generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace dermask::core;

namespace {

using benchstats::percentile;

double median(std::vector<double> v) { return percentile(std::move(v), 0.5); }

double round3(double x) { return std::round(x * 1000) / 1000; }

/// Stroke s: a wavy line across the image, 500 points about 12 px apart (a quick drag).
std::vector<QPointF> strokePoints(int s, int points, cv::Size size)
{
    std::vector<QPointF> out;
    const double band = (size.height - 400.0) / 20;
    for (int i = 0; i < points; ++i) {
        const double x = 100 + i * (size.width - 200.0) / (points - 1);
        const double y = 200 + (s % 20) * band + (s / 20) * 7 + 90 * std::sin(i / 15.0 + s);
        out.emplace_back(x, y);
    }
    return out;
}

struct BrushFigures
{
    std::vector<double> update, event, end;
    double undoMb = 0, rawMb = 0, undoStrokeMs = 0;
};

BrushFigures benchBrush(int strokes, int points, double diameter)
{
    const cv::Size size(6000, 4000);
    // Budget far above what 200 strokes take: the figure is the history's own cost.
    auto budget = std::make_shared<HistoryBudget>(8LL << 30, 8LL << 30);
    QString error;
    auto doc = MaskDocument::create(QStringLiteral("bench"), size, cv::Mat(), cv::Mat(), &error, budget);
    QImage overlay = maskOverlay(doc->mask(), QColor(0, 230, 118, 150));
    const QColor colour(0, 230, 118, 150);
    BrushFigures f;
    qint64 rawTiles = 0;
    QElapsedTimer timer;
    for (int s = 0; s < strokes; ++s) {
        const std::vector<QPointF> pts = strokePoints(s, points, size);
        QSet<int> tiles;
        const TilePatch geometry(size);
        for (size_t i = 0; i < pts.size(); ++i)
            for (const BrushSpan &span : brushSpans(pts[i > 0 ? i - 1 : 0], pts[i], diameter, size))
                for (int x = span.x0; x <= span.x1; x += 16)
                    tiles.insert(geometry.tileAt(x, span.y));
        rawTiles += tiles.size();

        updateMaskOverlay(doc->mask(), doc->beginStroke(MaskDocument::BrushMode::Paint, diameter, pts[0]),
                          colour, &overlay);
        for (size_t i = 1; i < pts.size(); ++i) {
            timer.start();
            const QRect dirty = doc->continueStroke(pts[i]);
            const qint64 t1 = timer.nsecsElapsed();
            updateMaskOverlay(doc->mask(), dirty, colour, &overlay);
            const qint64 t2 = timer.nsecsElapsed();
            f.update.push_back(t1 / 1e6);
            f.event.push_back(t2 / 1e6);
        }
        timer.start();
        doc->endStroke();
        f.end.push_back(timer.nsecsElapsed() / 1e6);
    }
    f.undoMb = doc->historyBytes() / 1048576.0;
    f.rawMb = rawTiles * 2.0 * TilePatch::kTileSize * TilePatch::kTileSize / 1048576.0;
    timer.start();
    doc->undoStack()->undo();
    f.undoStrokeMs = timer.nsecsElapsed() / 1e6;
    return f;
}

QRect boxAround(const cv::Mat &mask)
{
    const cv::Rect b = cv::boundingRect(mask);
    return QRect(b.x - b.width / 10, b.y - b.height / 10, b.width * 12 / 10, b.height * 12 / 10)
           & QRect(0, 0, mask.cols, mask.rows);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int strokes = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    const int points = argc > 2 ? std::max(2, atoi(argv[2])) : 500;

    const BrushFigures small = benchBrush(strokes, points, 12);
    const BrushFigures large = benchBrush(std::max(1, strokes / 10), points, 64);

    std::vector<double> gcMs, cvMs;
    double gcDice = 0, cvDice = 0;
    const int seeds = 5, cvSeeds = 5;
    QElapsedTimer timer;
    for (int seed = 1; seed <= seeds; ++seed) {
        const SyntheticSample s = generateSample(quint64(seed), cv::Size(768, 576));
        const QRect box = boxAround(s.mask);
        QString error;
        timer.start();
        const cv::Mat out = grabCutMask(s.image, box, cv::Mat(), &error);
        gcMs.push_back(timer.nsecsElapsed() / 1e6);
        gcDice += compareMasks(s.mask, out).dice / seeds;
        if (seed <= cvSeeds) {
            cv::Mat labels, bgd, fgd;
            timer.start();
            cv::grabCut(s.image, labels, cv::Rect(box.x(), box.y(), box.width(), box.height()), bgd, fgd, 5,
                        cv::GC_INIT_WITH_RECT);
            cvMs.push_back(timer.nsecsElapsed() / 1e6);
            const cv::Mat fg = (labels == cv::GC_FGD) | (labels == cv::GC_PR_FGD);
            cvDice += compareMasks(s.mask, fg).dice / cvSeeds;
        }
    }

    QJsonObject o;
    o[QStringLiteral("image")] = QStringLiteral("6000x4000");
    o[QStringLiteral("strokes")] = strokes;
    o[QStringLiteral("points_per_stroke")] = points;
    o[QStringLiteral("brush_px")] = 12;
    o[QStringLiteral("mask_update_p95_ms")] = round3(percentile(small.update, 0.95));
    o[QStringLiteral("mask_update_max_ms")] = round3(percentile(small.update, 1.0));
    o[QStringLiteral("brush_event_p95_ms")] = round3(percentile(small.event, 0.95));
    o[QStringLiteral("brush_event_median_ms")] = round3(median(small.event));
    o[QStringLiteral("end_stroke_p95_ms")] = round3(percentile(small.end, 0.95));
    o[QStringLiteral("undo_stroke_ms")] = round3(small.undoStrokeMs);
    o[QStringLiteral("undo_mb")] = round3(small.undoMb);
    o[QStringLiteral("undo_raw_mb")] = round3(small.rawMb);
    o[QStringLiteral("brush64_event_p95_ms")] = round3(percentile(large.event, 0.95));
    o[QStringLiteral("brush64_undo_mb_per_stroke")] = round3(large.undoMb / std::max(1, strokes / 10));
    o[QStringLiteral("grabcut_image")] = QStringLiteral("768x576 synthetic, seeds 1-%1").arg(seeds);
    o[QStringLiteral("grabcut_ms")] = std::round(median(gcMs));
    o[QStringLiteral("grabcut_max_ms")] = std::round(percentile(gcMs, 1.0));
    o[QStringLiteral("grabcut_dice")] = round3(gcDice);
    o[QStringLiteral("opencv_grabcut_ms")] = std::round(median(cvMs));
    o[QStringLiteral("opencv_grabcut_max_ms")] = std::round(percentile(cvMs, 1.0));
    o[QStringLiteral("opencv_grabcut_dice")] = round3(cvDice);
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
