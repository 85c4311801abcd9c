// How long "next image" takes until the next image is on screen with its overlays (mask and
// prediction outlines), as a user browsing a dataset sees it: a pause to look at each image
// (during which the neighbours are prefetched), then the key. Also the same without pauses
// (a held key: "burst"), and the first image after opening. A huge image is on screen first as
// its preview (fitted in the 1400x900 window it has a pixel per screen pixel); "refine" is the
// time from the last key of a burst to the full-resolution image on screen.
//
// Datasets are generated in a temporary folder: PH2-sized (768x560 BMP images with BMP
// masks) and large (6000x4000 JPEG photos with PNG masks), each with a prediction and a
// probability map per image in the workspace.

#include "core/image/imageio.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/common/sampleloader.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace dermask;
using namespace dermask::ui;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats statsOf(QVector<double> v)
{
    Stats s;
    if (v.isEmpty())
        return s;
    std::sort(v.begin(), v.end());
    s.median = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
    s.p95 = v[std::min<qsizetype>(v.size() - 1, qsizetype(std::ceil(0.95 * v.size())) - 1)];
    return s;
}

/// A lesion-like blob with noise, so JPEG/PNG sizes and decode times are realistic.
void makeSample(cv::Size size, quint64 seed, cv::Mat *rgb, cv::Mat *mask, cv::Mat *prediction,
                cv::Mat *probability)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    cv::Mat small(size.height / 8, size.width / 8, CV_8UC3);
    cv::randu(small, cv::Scalar(170, 110, 100), cv::Scalar(230, 160, 150));
    cv::resize(small, *rgb, size, 0, 0, cv::INTER_CUBIC);
    cv::Mat noise(size, CV_8UC3);
    cv::randn(noise, cv::Scalar(0, 0, 0), cv::Scalar(6, 6, 6));
    *rgb += noise;
    *mask = cv::Mat::zeros(size, CV_8UC1);
    const cv::Point centre(int(size.width * (0.4 + 0.2 * u(rng))), int(size.height * (0.4 + 0.2 * u(rng))));
    const cv::Size axes(int(size.width * (0.15 + 0.1 * u(rng))), int(size.height * (0.15 + 0.1 * u(rng))));
    cv::ellipse(*mask, centre, axes, u(rng) * 180, 0, 360, cv::Scalar(255), cv::FILLED);
    rgb->setTo(cv::Scalar(110, 70, 60), *mask);
    *prediction = cv::Mat::zeros(size, CV_8UC1);
    cv::ellipse(*prediction, centre + cv::Point(axes.width / 10, 0), axes, u(rng) * 180, 0, 360,
                cv::Scalar(255), cv::FILLED);
    cv::GaussianBlur(*prediction, *probability, cv::Size(0, 0), std::max(2.0, size.width / 200.0));
}

bool writeDataset(const QString &dir, const QString &workspace, int count, cv::Size size, bool large)
{
    QDir().mkpath(dir + QStringLiteral("/images"));
    QDir().mkpath(dir + QStringLiteral("/masks"));
    const QString predictions = workspace + QStringLiteral("/predictions/bench");
    QDir().mkpath(predictions);
    for (int i = 0; i < count; ++i) {
        cv::Mat rgb, mask, prediction, probability;
        makeSample(size, quint64(i + 1), &rgb, &mask, &prediction, &probability);
        const QString id = QStringLiteral("img_%1").arg(i, 3, 10, QLatin1Char('0'));
        cv::Mat bgr;
        cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
        const std::string image = (dir + QStringLiteral("/images/") + id + (large ? QStringLiteral(".jpg") : QStringLiteral(".bmp"))).toStdString();
        const std::string maskFile = (dir + QStringLiteral("/masks/") + id + (large ? QStringLiteral(".png") : QStringLiteral(".bmp"))).toStdString();
        if (!cv::imwrite(image, bgr, {cv::IMWRITE_JPEG_QUALITY, 92}) || !cv::imwrite(maskFile, mask))
            return false;
        if (!core::writePng(predictions + QLatin1Char('/') + id + QStringLiteral(".png"), prediction, nullptr)
            || !core::writePng(predictions + QLatin1Char('/') + id + QStringLiteral("_prob.png"), probability, nullptr))
            return false;
    }
    return true;
}

/// Runs the event loop until @p done or @p timeoutMs; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Result
{
    double openMs = 0;
    QVector<double> paced;
    QVector<double> burst;
    QVector<double> refine;
    bool ok = true;
};

struct Mode
{
    bool previews = true;      ///< false: every image is read in full at once, as before previews
    bool previewCache = true;  ///< false: no reduced copies of masks are kept
};

Result measure(const QString &dir, const QString &workspace, int steps, int thinkMs, Mode mode)
{
    Result result;
    MainWindow::Options options;
    options.persistent = false;
    options.workspaceDir = workspace;
    MainWindow window(options);
    window.resize(1400, 900);
    window.show();
    auto *loader = window.findChild<SampleLoader *>();
    if (!mode.previewCache)
        loader->setPreviewFolder(QString());
    if (!mode.previews)
        loader->setPreviewSide(1 << 20);
    // The "Next Image" command, as the arrow key runs it.
    QAction *next = window.findChild<QAction *>(QStringLiteral("next"));
    QString lastShown;
    QObject::connect(&window, &MainWindow::sampleShown, &window, [&](const QString &id) { lastShown = id; });
    ImageCanvas *canvas = window.findChild<ImageCanvas *>();
    QString lastFull;  // the last image painted at full resolution
    QObject::connect(canvas, &ImageCanvas::framePainted, &window, [&](const QString &id) {
        if (canvas->sample() && !canvas->sample()->isPreview())
            lastFull = id;
    });

    QElapsedTimer clock;
    clock.start();
    window.openDataset(dir);
    if (!waitFor([&] { return window.session() && !window.currentId().isEmpty() && lastShown == window.currentId(); }, 120000)) {
        result.ok = false;
        return result;
    }
    result.openMs = double(clock.nsecsElapsed()) / 1e6;
    const int count = window.session()->count();

    QElapsedTimer lastKey;
    auto step = [&](QVector<double> *out) {
        if (window.currentIndex() + 1 >= count)
            window.showSample(0);
        waitFor([&] { return lastShown == window.currentId(); }, 60000);
        lastKey.start();
        next->trigger();
        const QString target = window.currentId();
        if (!waitFor([&] { return lastShown == target; }, 60000))
            result.ok = false;
        out->append(double(lastKey.nsecsElapsed()) / 1e6);
    };
    // The key let go: from it to the image at full resolution on screen.
    auto stop = [&] {
        const QString target = window.currentId();
        if (!waitFor([&] { return lastFull == target; }, 60000))
            result.ok = false;
        result.refine.append(double(lastKey.nsecsElapsed()) / 1e6);
    };
    // Paced: look at each image for a moment, as a reviewer does.
    for (int i = 0; i < steps; ++i) {
        pause(thinkMs);
        step(&result.paced);
    }
    // Burst: the key held down, no time to prefetch.
    window.showSample(0);
    pause(thinkMs);
    for (int i = 0; i < std::min(steps, count - 1); ++i)
        step(&result.burst);
    stop();
    // More short bursts, each let go, for a refine figure from more than one release.
    for (int round = 0; round < 6; ++round) {
        pause(thinkMs);
        for (int i = 0; i < 3; ++i)
            step(&result.burst);
        stop();
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("steps per dataset"),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption thinkOption(QStringLiteral("think-ms"),
                                         QStringLiteral("pause on each image before the next (ms)"),
                                         QStringLiteral("ms"), QStringLiteral("400"));
    const QCommandLineOption largeThinkOption(QStringLiteral("large-think-ms"),
                                              QStringLiteral("pause on each 6000x4000 image (ms)"),
                                              QStringLiteral("ms"), QStringLiteral("1500"));
    const QCommandLineOption coldOption(
        QStringLiteral("no-preview-cache"),
        QStringLiteral("keep no reduced copies of masks: every preview decodes the PNG masks in full"));
    const QCommandLineOption fullOption(QStringLiteral("no-previews"),
                                        QStringLiteral("read every image in full at once (the behaviour before previews)"));
    parser.addOptions({stepsOption, thinkOption, largeThinkOption, coldOption, fullOption});
    parser.addHelpOption();
    parser.process(app);
    const int steps = std::max(3, parser.value(stepsOption).toInt());
    const int thinkMs = std::max(0, parser.value(thinkOption).toInt());
    const int largeThinkMs = std::max(0, parser.value(largeThinkOption).toInt());

    QTemporaryDir tmp;
    if (!tmp.isValid())
        return 1;
    const QString ph2 = tmp.filePath(QStringLiteral("ph2"));
    const QString large = tmp.filePath(QStringLiteral("large"));
    std::fprintf(stderr, "bench_view: writing datasets into %s\n", qPrintable(tmp.path()));
    const int largeCount = std::min(steps + 1, 8);
    if (!writeDataset(ph2, tmp.filePath(QStringLiteral("ws-ph2")), steps + 1, cv::Size(768, 560), false)
        || !writeDataset(large, tmp.filePath(QStringLiteral("ws-large")), largeCount, cv::Size(6000, 4000), true)) {
        std::fprintf(stderr, "bench_view: cannot write the datasets\n");
        return 1;
    }
    Mode mode;
    mode.previewCache = !parser.isSet(coldOption);
    mode.previews = !parser.isSet(fullOption);
    const Result a = measure(ph2, tmp.filePath(QStringLiteral("ws-ph2")), steps, thinkMs, mode);
    const Result b = measure(large, tmp.filePath(QStringLiteral("ws-large")), std::min(steps, largeCount - 1),
                             largeThinkMs, mode);
    auto list = [](const QVector<double> &v) {
        QStringList parts;
        for (double x : v)
            parts.append(QString::number(x, 'f', 1));
        return parts.join(QLatin1Char(' '));
    };
    std::fprintf(stderr, "ph2 paced: %s\nph2 burst: %s\nlarge paced: %s\nlarge burst: %s\nlarge refine: %s\n",
                 qPrintable(list(a.paced)), qPrintable(list(a.burst)), qPrintable(list(b.paced)),
                 qPrintable(list(b.burst)), qPrintable(list(b.refine)));
    const Stats ph2Paced = statsOf(a.paced), ph2Burst = statsOf(a.burst);
    const Stats largePaced = statsOf(b.paced), largeBurst = statsOf(b.burst), largeRefine = statsOf(b.refine);
    auto round = [](double v) { return std::round(v * 10.0) / 10.0; };
    QJsonObject json{
        {QStringLiteral("ph2_next_median_ms"), round(ph2Paced.median)},
        {QStringLiteral("ph2_next_p95_ms"), round(ph2Paced.p95)},
        {QStringLiteral("large_next_median_ms"), round(largePaced.median)},
        {QStringLiteral("large_next_p95_ms"), round(largePaced.p95)},
        {QStringLiteral("ph2_burst_median_ms"), round(ph2Burst.median)},
        {QStringLiteral("ph2_burst_p95_ms"), round(ph2Burst.p95)},
        {QStringLiteral("large_burst_median_ms"), round(largeBurst.median)},
        {QStringLiteral("large_burst_p95_ms"), round(largeBurst.p95)},
        {QStringLiteral("large_refine_median_ms"), round(largeRefine.median)},
        {QStringLiteral("large_refine_max_ms"), round(b.refine.isEmpty() ? 0.0 : *std::max_element(b.refine.begin(), b.refine.end()))},
        {QStringLiteral("previews"), mode.previews},
        {QStringLiteral("preview_cache"), mode.previewCache},
        {QStringLiteral("ph2_first_image_ms"), round(a.openMs)},
        {QStringLiteral("large_first_image_ms"), round(b.openMs)},
        {QStringLiteral("ph2_think_ms"), thinkMs},
        {QStringLiteral("large_think_ms"), largeThinkMs},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("ok"), a.ok && b.ok},
    };
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return a.ok && b.ok ? 0 : 1;
}
