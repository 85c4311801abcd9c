// A brush stroke on a 6000x4000 image as the user makes it: mouse events sent to the real
// ImageCanvas with the brush tool, each followed by the repaint Qt would do next (only the
// dirty region: QEvent::UpdateRequest handled at once). Offscreen. Prints one JSON line:
//   brush_event_p95_ms        the worse of the two zooms below (target < 8 ms)
//   brush_event_p95_ms_100 / _fit, brush_event_median_ms_100 / _fit, brush_event_max_ms_*
//                             per mouse event: mask update + repaint of the dirty region, at
//                             100 % and at fit zoom, over the timed strokes
//   full_repaint_ms_100 / _fit  repainting the whole canvas (pan, zoom), for comparison
//   flood_press_ms, flood_click_ms
//                             a flood-erase click (right button) on the lesion: what the GUI
//                             thread spends on it, without and with the repaint (fit zoom);
//                             the fill itself runs on a worker
//   flood_done_ms             from the click until the erased lesion is on the canvas (the
//                             result becomes an undo step on the GUI thread)
//   grabcut_box_ms            GrabCut on a box around the lesion (2900x2300 px), from the
//                             mouse release until the result is applied and repainted
//   paints_100                repaints during the strokes at 100 % (one per event)
//   undo_mb                   history held after `strokes` strokes with the app's history
//                             budget (target < 200 MB)
//   undo_unbounded_mb         the same strokes without a budget: what the history would hold
// Usage: QT_QPA_PLATFORM=offscreen bench_brush_ui [strokes (200)] [points per stroke (500)]
//        [timed strokes per zoom (10)]

#include "tests/bench/benchstats.h"
#include "core/mask/historybudget.h"
#include "core/mask/maskdocument.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/common/loadedsample.h"
#include "ui/tools/brushtool.h"
#include "ui/tools/floodtool.h"
#include "ui/tools/grabcuttool.h"
#include "ui/common/toolsettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QUndoStack>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QWindow>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace dermask;
using namespace dermask::ui;

namespace {

const cv::Size kImage(6000, 4000);
const QSize kWidget(1200, 800);

using benchstats::percentile;

double round3(double x) { return std::round(x * 1000) / 1000; }

LoadedSamplePtr makeSample(cv::Mat *mask)
{
    cv::Mat small(kImage.height / 16, kImage.width / 16, CV_8UC3);
    cv::randu(small, cv::Scalar(170, 110, 100), cv::Scalar(230, 160, 150));
    cv::Mat rgb;
    cv::resize(small, rgb, kImage, 0, 0, cv::INTER_LINEAR);
    *mask = cv::Mat::zeros(kImage, CV_8UC1);
    // Off-centre, so the view at 100 % (around the image centre) holds lesion and skin: strokes
    // there cross the border, painting new pixels and old ones.
    cv::ellipse(*mask, cv::Point(1900, 1700), cv::Size(1200, 900), 20, 0, 360, cv::Scalar(255), cv::FILLED);
    rgb.setTo(cv::Scalar(110, 70, 60), *mask);
    auto s = std::make_shared<LoadedSample>();
    s->id = QStringLiteral("big");
    s->index = 0;
    s->size = QSize(kImage.width, kImage.height);
    s->levels = buildImagePyramid(rgb);
    s->truth = makeMaskLayer(*mask, s->levelCount());
    return s;
}

void send(ImageCanvas *canvas, QEvent::Type type, const QPointF &pos, Qt::MouseButtons buttons,
          Qt::MouseButton button = Qt::LeftButton)
{
    QMouseEvent event(type, pos, canvas->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : button,
                      buttons, Qt::NoModifier);
    QApplication::sendEvent(canvas, &event);
}

/// Counts the paint events, to prove the timed repaints happen.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    QRect last;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            last = static_cast<QPaintEvent *>(event)->rect();
        }
        return false;
    }
};

/// Handles the repaint the events asked for, as the event loop would next.
void repaintNow(ImageCanvas *canvas)
{
    QCoreApplication::sendPostedEvents(canvas->window(), QEvent::UpdateRequest);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
}

/// Stroke s in widget coordinates: a wavy line across the canvas, `points` events.
std::vector<QPointF> strokePoints(int s, int points)
{
    std::vector<QPointF> out;
    const double band = (kWidget.height() - 160.0) / 20;
    for (int i = 0; i < points; ++i) {
        const double x = 50 + i * (kWidget.width() - 100.0) / (points - 1);
        const double y = 80 + (s % 20) * band + (s / 20) * 1.7 + 25 * std::sin(i / 15.0 + s);
        out.emplace_back(x, y);
    }
    return out;
}

/// Replays strokes [first, first + count); returns per-event times when @p timed.
std::vector<double> replay(ImageCanvas *canvas, int first, int count, int points, bool timed)
{
    std::vector<double> times;
    QElapsedTimer timer;
    for (int s = first; s < first + count; ++s) {
        const std::vector<QPointF> pts = strokePoints(s, points);
        send(canvas, QEvent::MouseButtonPress, pts[0], Qt::LeftButton);
        repaintNow(canvas);
        for (size_t i = 1; i < pts.size(); ++i) {
            timer.start();
            send(canvas, QEvent::MouseMove, pts[i], Qt::LeftButton);
            // Untimed strokes (the history figure) repaint once at their end.
            if (timed) {
                repaintNow(canvas);
                times.push_back(timer.nsecsElapsed() / 1e6);
            }
        }
        send(canvas, QEvent::MouseButtonRelease, pts.back(), Qt::NoButton);
        repaintNow(canvas);
    }
    return times;
}

double fullRepaintMs(ImageCanvas *canvas)
{
    std::vector<double> t;
    QElapsedTimer timer;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        canvas->repaint();
        t.push_back(timer.nsecsElapsed() / 1e6);
    }
    return percentile(t, 0.5);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int strokes = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    const int points = argc > 2 ? std::max(2, atoi(argv[2])) : 500;
    const int timedStrokes = argc > 3 ? std::max(1, atoi(argv[3])) : 10;

    cv::Mat mask;
    const LoadedSamplePtr sample = makeSample(&mask);
    ToolSettings settings;
    settings.setBrushSize(12);
    BrushTool brush(BrushTool::Kind::Brush, &settings);

    auto run = [&](std::shared_ptr<core::HistoryBudget> budget, bool timed, QJsonObject *o) {
        QString error;
        auto doc = core::MaskDocument::create(sample->id, kImage, mask, mask, &error, budget);
        ImageCanvas canvas;
        canvas.resize(kWidget);
        canvas.show();
        for (int i = 0; i < 200 && !(canvas.windowHandle() && canvas.windowHandle()->isExposed()); ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        canvas.setSample(sample);
        canvas.setDocument(doc.get());
        canvas.setTool(&brush);
        canvas.repaint();
        int done = 0;
        if (timed) {
            canvas.actualSize();
            canvas.repaint();
            const double full100 = fullRepaintMs(&canvas);
            PaintCounter counter;
            canvas.installEventFilter(&counter);
            const std::vector<double> at100 = replay(&canvas, 0, timedStrokes, points, true);
            (*o)[QStringLiteral("paints_100")] = counter.paints;
            canvas.fitToWindow();
            canvas.repaint();
            const double fullFit = fullRepaintMs(&canvas);
            const std::vector<double> atFit = replay(&canvas, timedStrokes, timedStrokes, points, true);
            done = 2 * timedStrokes;
            (*o)[QStringLiteral("brush_event_p95_ms")] = round3(std::max(percentile(at100, 0.95), percentile(atFit, 0.95)));
            (*o)[QStringLiteral("brush_event_p95_ms_100")] = round3(percentile(at100, 0.95));
            (*o)[QStringLiteral("brush_event_p95_ms_fit")] = round3(percentile(atFit, 0.95));
            (*o)[QStringLiteral("brush_event_median_ms_100")] = round3(percentile(at100, 0.5));
            (*o)[QStringLiteral("brush_event_median_ms_fit")] = round3(percentile(atFit, 0.5));
            (*o)[QStringLiteral("brush_event_max_ms_100")] = round3(percentile(at100, 1.0));
            (*o)[QStringLiteral("brush_event_max_ms_fit")] = round3(percentile(atFit, 1.0));
            (*o)[QStringLiteral("full_repaint_ms_100")] = round3(full100);
            (*o)[QStringLiteral("full_repaint_ms_fit")] = round3(fullFit);
            (*o)[QStringLiteral("fit_zoom")] = round3(canvas.zoom());
        } else {
            canvas.fitToWindow();
        }
        // The rest of the strokes at fit zoom, where a stroke covers the most tiles.
        replay(&canvas, done, strokes - done, points, false);
        const double historyMb = doc->historyBytes() / 1048576.0;
        if (timed) {
            // A flood-erase click on the lesion (a whole-image operation, off the GUI thread).
            FloodTool flood(&settings);
            canvas.setTool(&flood);
            const int steps = doc->undoStack()->count();
            QElapsedTimer clock;
            clock.start();
            // The lesion's centre, unless the strokes erased it: then any lesion pixel.
            cv::Point seed(1900, 1700);
            if (doc->mask().at<uchar>(seed) == 0) {
                std::vector<cv::Point> lesionPixels;
                cv::findNonZero(doc->mask(), lesionPixels);
                if (!lesionPixels.empty())
                    seed = lesionPixels[lesionPixels.size() / 2];
            }
            const QPointF lesion = canvas.toWidget(QPointF(seed.x + 0.5, seed.y + 0.5));
            send(&canvas, QEvent::MouseButtonPress, lesion, Qt::RightButton, Qt::RightButton);
            send(&canvas, QEvent::MouseButtonRelease, lesion, Qt::NoButton, Qt::RightButton);
            (*o)[QStringLiteral("flood_press_ms")] = round3(clock.nsecsElapsed() / 1e6);
            repaintNow(&canvas);
            (*o)[QStringLiteral("flood_click_ms")] = round3(clock.nsecsElapsed() / 1e6);
            flood.waitForIdle();
            repaintNow(&canvas);
            (*o)[QStringLiteral("flood_done_ms")] = round3(clock.nsecsElapsed() / 1e6);
            if (doc->undoStack()->count() == steps + 1)
                doc->undoStack()->undo();
            else
                (*o)[QStringLiteral("flood_error")] = QStringLiteral("the click changed nothing");
            // GrabCut: a box dragged around the lesion, until its result is on the canvas.
            GrabCutTool grabCut(&settings);
            canvas.setTool(&grabCut);
            const QPointF from = canvas.toWidget(QPointF(500, 600));
            const QPointF to = canvas.toWidget(QPointF(3400, 2900));
            clock.start();
            send(&canvas, QEvent::MouseButtonPress, from, Qt::LeftButton);
            send(&canvas, QEvent::MouseMove, to, Qt::LeftButton);
            send(&canvas, QEvent::MouseButtonRelease, to, Qt::NoButton);
            grabCut.waitForFinished();
            repaintNow(&canvas);
            (*o)[QStringLiteral("grabcut_box_ms")] = round3(clock.nsecsElapsed() / 1e6);
            (*o)[QStringLiteral("grabcut_box")] = QStringLiteral("2900x2300 of 6000x4000");
            doc->undoStack()->undo();
        }
        canvas.setTool(nullptr);
        canvas.setDocument(nullptr);
        (*o)[timed ? QStringLiteral("painted_px") : QStringLiteral("painted_px_unbounded")] =
            double(cv::countNonZero(doc->mask() != mask));
        (*o)[timed ? QStringLiteral("undo_steps") : QStringLiteral("undo_steps_unbounded")] = doc->undoStack()->count();
        return historyMb;
    };

    QJsonObject o;
    o[QStringLiteral("image")] = QStringLiteral("6000x4000");
    o[QStringLiteral("canvas")] = QStringLiteral("%1x%2").arg(kWidget.width()).arg(kWidget.height());
    o[QStringLiteral("strokes")] = strokes;
    o[QStringLiteral("points_per_stroke")] = points;
    o[QStringLiteral("timed_strokes_per_zoom")] = timedStrokes;
    o[QStringLiteral("brush_px")] = 12;
    // The app's budget (DocumentCache's default HistoryBudget), then none.
    o[QStringLiteral("undo_mb")] = round3(run(std::make_shared<core::HistoryBudget>(), true, &o));
    o[QStringLiteral("undo_budget_mb")] = round3(core::HistoryBudget::kDefaultPerDocument / 1048576.0);
    o[QStringLiteral("undo_unbounded_mb")] =
        round3(run(std::make_shared<core::HistoryBudget>(8LL << 30, 8LL << 30), false, &o));
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
