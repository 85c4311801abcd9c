// Does the interface stay responsive while a network trains inside it? The real main window
// trains with its own TrainingController on the synthetic sample dataset while a GUI-thread
// timer measures how late the event loop serves it (a stall) and the user moves to the next
// image every 0.7 s (the live re-prediction of the image on screen included). Then
// dermask-cli trains on the same data with the same settings and threads, for the throughput
// the app should match. One JSON line:
//   stall_p99_ms, stall_max_ms, train_img_per_s, cli_train_img_per_s, threads, epochs, ...
// Run it as scripts/run starts the app (OMP_WAIT_POLICY=PASSIVE lets training use both cores):
//   OMP_WAIT_POLICY=PASSIVE QT_QPA_PLATFORM=offscreen ./bench_ui_responsiveness [--epochs N]

#include "core/learning/trainingcontroller.h"
#include "core/synthetic/generator.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/training/trainingdock.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace dermask;

namespace {

double percentile(QVector<double> v, double q)
{
    if (v.isEmpty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(std::ceil(q * v.size())) - 1)];
}

/// The last "N img/s" dermask-cli train printed, -1 when none.
double cliImagesPerSecond(const QString &cli, const QStringList &args)
{
    QProcess p;
    p.start(cli, args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "dermask-cli train failed: %s\n", p.readAllStandardError().constData());
        return -1.0;
    }
    const QString log = QString::fromUtf8(p.readAllStandardError());
    double last = -1.0;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("([0-9.]+) img/s")).globalMatch(log);
    while (it.hasNext())
        last = it.next().captured(1).toDouble();
    return last;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Epochs of the run (default 10)."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("images"), QStringLiteral("Images in the dataset (default 48)."),
                      QStringLiteral("N"), QStringLiteral("48")});
    parser.process(app);
    const int epochs = parser.value(QStringLiteral("epochs")).toInt();
    const int images = parser.value(QStringLiteral("images")).toInt();

    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    QString error;
    if (!core::writeSyntheticDataset(data, images, 1, &error, cv::Size(768, 576))) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ui::MainWindow::Options options;
    options.persistent = false;
    options.workspaceDir = tmp.filePath(QStringLiteral("ws"));
    ui::MainWindow window(options);
    window.show();
    {
        QEventLoop wait;
        QObject::connect(&window, &ui::MainWindow::sampleShown, &wait, &QEventLoop::quit);
        window.openDataset(data);
        wait.exec();
    }
    auto *dock = window.findChild<ui::TrainingDock *>();
    core::TrainingController *training = dock->controller();
    core::TrainingConfig config;   // the app's defaults, with a fixed length
    config.epochs = epochs;
    config.patience = epochs;
    training->setBaseConfig(config);

    // The GUI thread's lateness: a 10 ms timer that should fire every 10 ms.
    const int tick = 10;
    QVector<double> stalls;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(tick);
    double last = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double now = clock.nsecsElapsed() / 1e6;
        stalls.append(std::max(0.0, now - last - tick));
        last = now;
    });
    // The user: the next image every 0.7 s, and back at the end.
    QAction *next = window.findChild<QAction *>(QStringLiteral("next"));
    QAction *previous = window.findChild<QAction *>(QStringLiteral("previous"));
    bool forward = true;
    QTimer user;
    user.setInterval(700);
    int moves = 0;
    QObject::connect(&user, &QTimer::timeout, [&] {
        if (!(forward ? next : previous)->isEnabled())
            forward = !forward;
        (forward ? next : previous)->trigger();
        ++moves;
    });

    QEventLoop run;
    QObject::connect(training, &core::TrainingController::finished, &run, &QEventLoop::quit);
    if (!training->start(core::TrainingChoice(), &error)) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(error));
        return 1;
    }
    clock.start();
    probe.start();
    user.start();
    run.exec();
    probe.stop();
    user.stop();
    const double seconds = clock.elapsed() / 1000.0;
    const double appRate = training->lastProgress().imagesPerSecond;
    const int threads = training->threads() > 0 ? training->threads() : QThread::idealThreadCount();

    // The same run from the command line: same data, settings and threads.
    const double cliRate =
        cliImagesPerSecond(QStringLiteral(DERMASK_CLI),
                           {QStringLiteral("train"), data, QStringLiteral("--out"),
                            tmp.filePath(QStringLiteral("cli.pt")), QStringLiteral("--epochs"),
                            QString::number(epochs), QStringLiteral("--threads"), QString::number(threads)});

    const QJsonObject result{
        {QStringLiteral("stall_p99_ms"), percentile(stalls, 0.99)},
        {QStringLiteral("stall_max_ms"), percentile(stalls, 1.0)},
        {QStringLiteral("stall_p50_ms"), percentile(stalls, 0.5)},
        {QStringLiteral("train_img_per_s"), appRate},
        {QStringLiteral("cli_train_img_per_s"), cliRate},
        {QStringLiteral("app_vs_cli"), cliRate > 0 ? appRate / cliRate : 0.0},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("images"), images},
        {QStringLiteral("image_moves"), moves},
        {QStringLiteral("run_seconds"), seconds},
        {QStringLiteral("omp_wait_policy"), qEnvironmentVariable("OMP_WAIT_POLICY")},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
