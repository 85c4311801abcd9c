// bench_startup: how long the programs take to start, as a user sees it (process start to
// answer), with the parts loaded on first use. Prints one JSON line (medians, ms):
//   cli_version_ms   dermask-cli --version
//   cli_info_ms      dermask-cli info on five 768x576 images (headers only)
//   cli_evaluate_ms  dermask-cli evaluate of those five masks against themselves (decodes
//                    them: loads the codecs part)
//   cli_net_part_ms  dermask-cli predict with a model file that does not exist: what loading
//                    the network part (LibTorch) costs the first command that needs it
//   app_first_window_ms   dermask to its first painted window (welcome page)
//   app_first_image_ms    dermask DIR to the first image painted with its mask
// The app runs on Qt's offscreen platform (no display server's share in the figure). Options:
// --runs N (default 7).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

/// Milliseconds from starting @p program to the line @p marker on its output (or to its end
/// when @p marker is empty); -1 when it did not get there or ended with another code than
/// @p exitCode.
double timeTo(const QString &program, const QStringList &args, const QByteArray &marker,
              const QProcessEnvironment &env, int exitCode)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    double ms = -1;
    if (marker.isEmpty()) {
        if (p.waitForFinished(60000))
            ms = timer.nsecsElapsed() / 1e6;
    } else {
        QByteArray out;
        while (ms < 0 && p.waitForReadyRead(60000)) {
            out += p.readAllStandardOutput();
            if (out.split('\n').contains(marker))
                ms = timer.nsecsElapsed() / 1e6;
        }
        p.waitForFinished(60000);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == exitCode ? ms : -1;
}

double median(const QString &program, const QStringList &args, const QByteArray &marker,
              const QProcessEnvironment &env, int runs, int exitCode = 0)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double ms = timeTo(program, args, marker, env, exitCode);
        if (ms < 0) {
            std::fprintf(stderr, "bench_startup: %s %s failed\n", qPrintable(program),
                         qPrintable(args.join(QLatin1Char(' '))));
            std::exit(1);
        }
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = std::max(1, runsAt >= 0 ? args.value(runsAt + 1).toInt() : 7);
    const QString cli = QStringLiteral(DERMASK_CLI), gui = QStringLiteral(DERMASK_APP);

    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home")));
    median(cli, {QStringLiteral("sample"), data, QStringLiteral("--count"), QStringLiteral("5")}, {}, env, 1);

    QJsonObject o;
    o[QStringLiteral("runs")] = runs;
    auto put = [&](const char *key, double ms) { o[QLatin1String(key)] = qRound(ms * 10) / 10.0; };
    put("cli_version_ms", median(cli, {QStringLiteral("--version")}, {}, env, runs));
    put("cli_info_ms", median(cli, {QStringLiteral("info"), data}, {}, env, runs));
    put("cli_evaluate_ms", median(cli, {QStringLiteral("evaluate"), QStringLiteral("--truth"), data,
                                        QStringLiteral("--pred"), data + QStringLiteral("/masks")},
                                  {}, env, runs));
    // Fails (exit code 1: no such model) once the part is loaded: timed to the failure.
    put("cli_net_part_ms",
        median(cli,
               {QStringLiteral("predict"), data, QStringLiteral("--model"),
                dir.filePath(QStringLiteral("none.pt")), QStringLiteral("--out"),
                dir.filePath(QStringLiteral("out"))},
               {}, env, runs, 1));
    QProcessEnvironment probe = env;
    probe.insert(QStringLiteral("DERMASK_STARTUP_PROBE"), QStringLiteral("1"));
    put("app_first_window_ms", median(gui, {}, "window", probe, runs));
    put("app_first_image_ms", median(gui, {data}, "image", probe, runs));
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
