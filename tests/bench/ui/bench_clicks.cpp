// Click to correct as the user meets it: a click on the real ImageCanvas with the click tool,
// answered by the click model on the one ModelWorker, until the corrected mask is on the canvas
// (the repaint of its dirty region handled at once). Clicks alternate, lesion then skin, around
// a lesion's border. Offscreen. Prints one JSON line:
//   click_p95_ms_ph2, click_p95_ms_large     click to updated overlay, 95th percentile, on a
//                                            PH2-sized image (765x572) and a 6000x4000 one
//                                            (target < 100 ms on 2 cores)
//   click_median_ms_ph2, click_median_ms_large
//   first_click_ms_ph2, first_click_ms_large the first click on an image (it also converts the
//                                            image and keeps a reduced copy of a large one)
//   model, input_size, threads, clicks
// The model's weights do not change the time: without --model, an untrained click model of the
// default architecture (train --click's) is made first.
// Usage: OMP_WAIT_POLICY=PASSIVE QT_QPA_PLATFORM=offscreen bench_clicks [--model CLICKMODEL] [--clicks N]

#include "tests/bench/benchstats.h"
#include "core/engine/modelworker.h"
#include "core/image/imageio.h"
#include "core/mask/maskdocument.h"
#include "core/training/trainer.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/common/currentsample.h"
#include "ui/common/loadedsample.h"
#include "ui/tools/clicktool.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QWindow>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <thread>

using namespace dermask;
using namespace dermask::ui;

namespace {

const QSize kWidget(1200, 800);

using benchstats::percentile;

double round1(double x) { return std::round(x * 10) / 10; }

/// Skin with a darker lesion ellipse in the middle, and its mask.
cv::Mat makeImage(cv::Size size, cv::Mat *mask)
{
    cv::Mat small(std::max(8, size.height / 16), std::max(8, size.width / 16), CV_8UC3);
    cv::randu(small, cv::Scalar(170, 110, 100), cv::Scalar(230, 160, 150));
    cv::Mat rgb;
    cv::resize(small, rgb, size, 0, 0, cv::INTER_LINEAR);
    *mask = cv::Mat::zeros(size, CV_8UC1);
    cv::ellipse(*mask, cv::Point(size.width / 2, size.height / 2), cv::Size(size.width / 4, size.height / 4), 20, 0,
                360, cv::Scalar(255), cv::FILLED);
    rgb.setTo(cv::Scalar(110, 70, 60), *mask);
    return rgb;
}

/// An untrained click model of train --click's architecture, written to @p path.
bool makeModel(const QString &dir, const QString &path, QString *error)
{
    QVector<core::TrainingSample> samples;
    QDir().mkpath(dir);
    for (int i = 0; i < 4; ++i) {
        cv::Mat mask;
        const cv::Mat rgb = makeImage(cv::Size(160, 120), &mask);
        const QString id = QStringLiteral("b%1").arg(i);
        const QString image = dir + QLatin1Char('/') + id + QStringLiteral(".png");
        const QString truth = dir + QLatin1Char('/') + id + QStringLiteral("_mask.png");
        if (!core::writePng(image, rgb, error) || !core::writePng(truth, mask, error))
            return false;
        samples.append(core::TrainingSample{id, image, truth, cv::Mat()});
    }
    core::TrainingConfig config = core::TrainingConfig::defaults(core::ModelTask::Click);
    config.validationFraction = 0;
    core::Trainer trainer;
    return trainer.prepare(config, samples, error) && trainer.saveBestModel(path, error);
}

struct Timing
{
    std::vector<double> clicks;  ///< after the first
    double first = 0;
};

Timing timeClicks(core::ModelWorker *worker, const QString &model, cv::Size size, int count)
{
    cv::Mat mask;
    const cv::Mat rgb = makeImage(size, &mask);
    auto sample = std::make_shared<LoadedSample>();
    sample->id = QStringLiteral("bench-%1").arg(size.width);
    sample->size = QSize(size.width, size.height);
    sample->levels = buildImagePyramid(rgb);
    QString error;
    auto doc = core::MaskDocument::create(sample->id, size, cv::Mat(), cv::Mat(), &error);
    CurrentSample current;
    ClickTool tool(&current);
    tool.setWorker(worker);
    tool.setModel(model);
    ImageCanvas canvas;
    canvas.resize(kWidget);
    canvas.show();
    for (int i = 0; i < 200 && !(canvas.windowHandle() && canvas.windowHandle()->isExposed()); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    canvas.setSample(sample);
    canvas.setDocument(doc.get());
    canvas.setTool(&tool);
    canvas.repaint();

    Timing t;
    QElapsedTimer timer;
    for (int i = 0; i <= count; ++i) {
        // Around the border: inside for a lesion click, outside for a skin click.
        const bool lesion = i % 2 == 0;
        const double angle = 0.7 * i, reach = lesion ? 0.8 : 1.25;
        const QPointF image(size.width / 2.0 + reach * size.width / 4.0 * std::cos(angle),
                            size.height / 2.0 + reach * size.height / 4.0 * std::sin(angle));
        const QPointF at = canvas.toWidget(image);
        const Qt::MouseButton button = lesion ? Qt::LeftButton : Qt::RightButton;
        bool done = false;
        const QMetaObject::Connection landed = QObject::connect(&tool, &ClickTool::corrected, [&done] { done = true; });
        timer.start();
        QMouseEvent press(QEvent::MouseButtonPress, at, canvas.mapToGlobal(at), button, button, Qt::NoModifier);
        QApplication::sendEvent(&canvas, &press);
        QMouseEvent release(QEvent::MouseButtonRelease, at, canvas.mapToGlobal(at), button, Qt::NoButton,
                            Qt::NoModifier);
        QApplication::sendEvent(&canvas, &release);
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QObject::disconnect(landed);
        QCoreApplication::sendPostedEvents(canvas.window(), QEvent::UpdateRequest);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (i == 0)
            t.first = ms;
        else
            t.clicks.push_back(ms);
    }
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QString model;
    int count = 40;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--model"))
            model = args[i + 1];
        else if (args[i] == QLatin1String("--clicks"))
            count = std::max(2, args[i + 1].toInt());
    }
    QTemporaryDir dir;
    QString error;
    if (model.isEmpty()) {
        model = dir.filePath(QStringLiteral("click.pt"));
        if (!makeModel(dir.filePath(QStringLiteral("data")), model, &error)) {
            std::fprintf(stderr, "bench_clicks: %s\n", qPrintable(error));
            return 1;
        }
    }
    core::ModelInfo info;
    if (!core::readSidecar(model, &info, &error) || info.task != core::ModelTask::Click) {
        std::fprintf(stderr, "bench_clicks: %s is not a click model %s\n", qPrintable(model), qPrintable(error));
        return 1;
    }
    core::ModelWorker worker;
    const Timing ph2 = timeClicks(&worker, model, cv::Size(765, 572), count);
    const Timing large = timeClicks(&worker, model, cv::Size(6000, 4000), count);
    const QJsonObject o{
        {QStringLiteral("click_p95_ms_ph2"), round1(percentile(ph2.clicks, 0.95))},
        {QStringLiteral("click_p95_ms_large"), round1(percentile(large.clicks, 0.95))},
        {QStringLiteral("click_median_ms_ph2"), round1(percentile(ph2.clicks, 0.5))},
        {QStringLiteral("click_median_ms_large"), round1(percentile(large.clicks, 0.5))},
        {QStringLiteral("first_click_ms_ph2"), round1(ph2.first)},
        {QStringLiteral("first_click_ms_large"), round1(large.first)},
        {QStringLiteral("model"), QFileInfo(model).fileName()},
        {QStringLiteral("input_size"), info.inputSize},
        {QStringLiteral("threads"), int(std::thread::hardware_concurrency())},
        {QStringLiteral("clicks"), count},
    };
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
