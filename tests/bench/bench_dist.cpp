// bench_dist: data-parallel training on one machine over loopback (c10d, Gloo), against one
// process. Runs `dermask-cli train` as 1 process x 2 threads (batch 2B) and as 2 processes x
// 1 thread (batch B each, the same global batch) on the same synthetic images, and prints one
// JSON line:
//   one_process_img_s, two_ranks_img_s   training throughput (every rank's images)
//   gradient_mb          the gradients all-reduced each step
//   allreduce_ms         one blocking all-reduce of all of them over loopback
//   wait_ms              what a step waited for its buckets after the backward pass (the
//                        communication the backward pass did not hide)
//   compute_ms           a rank's step without that wait
//   efficiency           estimated scaling efficiency at 4, 8 and 32 ranks on 10 and 100 Gbit/s:
//                        compute / (compute + ring all-reduce of the gradients), the all-reduce
//                        taking 2 (N-1)/N x gradient bytes / bandwidth + 2 (N-1) x 50 us
//                        latency (no overlap: a lower bound)
// Options: --network NAME (fastunet), --width W (1), --size S (256), --batch B per rank (8),
// --images N (96), --epochs E (2), --port P (29517), --runs R (3: the two set-ups take turns,
// and the best throughput of each counts, since other work on the machine only slows runs).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

namespace {

struct Outcome
{
    double imagesPerSecond = -1.0;
    double gradientMb = 0.0, allReduceMs = 0.0, waitMs = 0.0;
};

/// Reads a finished rank's output: the last epoch line's throughput, the data-parallel line.
Outcome readOutcome(QProcess &p)
{
    Outcome o;
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("([0-9.]+) img/s")).globalMatch(out);
    while (it.hasNext())
        o.imagesPerSecond = it.next().captured(1).toDouble();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral(
        "data-parallel: \\d+ ranks, ([0-9.]+) MB of gradients, all-reduce ([0-9.]+) ms, waited ([0-9.]+) ms")).match(out);
    if (m.hasMatch()) {
        o.gradientMb = m.captured(1).toDouble();
        o.allReduceMs = m.captured(2).toDouble();
        o.waitMs = m.captured(3).toDouble();
    }
    if (p.exitCode() != 0)
        std::fprintf(stderr, "bench_dist: a run failed:\n%s\n", qPrintable(out));
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("network"), QStringLiteral("Network."), QStringLiteral("NAME"), QStringLiteral("fastunet")},
                       {QStringLiteral("width"), QStringLiteral("Width."), QStringLiteral("W"), QStringLiteral("1")},
                       {QStringLiteral("size"), QStringLiteral("Input size."), QStringLiteral("S"), QStringLiteral("256")},
                       {QStringLiteral("batch"), QStringLiteral("Batch per rank."), QStringLiteral("B"), QStringLiteral("8")},
                       {QStringLiteral("images"), QStringLiteral("Training images."), QStringLiteral("N"), QStringLiteral("96")},
                       {QStringLiteral("epochs"), QStringLiteral("Epochs."), QStringLiteral("E"), QStringLiteral("2")},
                       {QStringLiteral("port"), QStringLiteral("Rank 0's port."), QStringLiteral("P"), QStringLiteral("29517")},
                       {QStringLiteral("runs"), QStringLiteral("Runs of each."), QStringLiteral("R"), QStringLiteral("3")}});
    parser.addHelpOption();
    parser.process(app);
    QTemporaryDir dir;
    const QString cli = QStringLiteral(DERMASK_CLI), data = dir.filePath(QStringLiteral("data"));
    if (QProcess::execute(cli, {QStringLiteral("sample"), data, QStringLiteral("--count"), parser.value(QStringLiteral("images")),
                                QStringLiteral("--size"), QStringLiteral("384x288")}) != 0)
        return 1;
    const int batch = parser.value(QStringLiteral("batch")).toInt();
    auto args = [&](int threads, int perRank, const QString &model) {
        return QStringList{QStringLiteral("train"), data, QStringLiteral("--out"), dir.filePath(model),
                           QStringLiteral("--model"), parser.value(QStringLiteral("network")),
                           QStringLiteral("--width"), parser.value(QStringLiteral("width")),
                           QStringLiteral("--size"), parser.value(QStringLiteral("size")),
                           QStringLiteral("--epochs"), parser.value(QStringLiteral("epochs")),
                           QStringLiteral("--batch"), QString::number(perRank), QStringLiteral("--threads"),
                           QString::number(threads), QStringLiteral("--val"), QStringLiteral("0"),
                           QStringLiteral("--precision"), QStringLiteral("fp32")};
    };

    const QString url = QStringLiteral("tcp://127.0.0.1:%1").arg(parser.value(QStringLiteral("port")));
    auto rankArgs = [&](int rank) {
        return args(1, batch, QStringLiteral("ranked%1.pt").arg(rank))
            + QStringList{QStringLiteral("--dist-url"), url, QStringLiteral("--rank"), QString::number(rank),
                          QStringLiteral("--world-size"), QStringLiteral("2")};
    };
    Outcome single, ranked;
    for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
        QProcess one;
        one.start(cli, args(2, 2 * batch, QStringLiteral("one.pt")));
        one.waitForFinished(-1);
        const Outcome s = readOutcome(one);
        if (s.imagesPerSecond > single.imagesPerSecond)
            single = s;
        QProcess r0, r1;
        r0.start(cli, rankArgs(0));
        r1.start(cli, rankArgs(1));
        r0.waitForFinished(-1);
        r1.waitForFinished(-1);
        const Outcome r = readOutcome(r0);
        readOutcome(r1);
        if (r.imagesPerSecond > ranked.imagesPerSecond)
            ranked = r;
    }
    if (single.imagesPerSecond <= 0 || ranked.imagesPerSecond <= 0)
        return 1;

    // A rank's step: its share of the global batch at the measured global throughput.
    const double stepMs = 2.0 * batch / ranked.imagesPerSecond * 1e3;
    const double computeMs = stepMs - ranked.waitMs;
    QJsonObject efficiency;
    for (int ranks : {4, 8, 32}) {
        for (double gbit : {10.0, 100.0}) {
            const double commMs = (2.0 * (ranks - 1) / ranks * ranked.gradientMb * 8e6 / (gbit * 1e9)
                                   + 2.0 * (ranks - 1) * 50e-6) * 1e3;
            efficiency[QStringLiteral("%1_ranks_%2_gbit").arg(ranks).arg(gbit)] =
                std::round(computeMs / (computeMs + commMs) * 1000) / 1000;
        }
    }
    const QJsonObject o{
        {QStringLiteral("network"), parser.value(QStringLiteral("network"))},
        {QStringLiteral("size"), parser.value(QStringLiteral("size")).toInt()},
        {QStringLiteral("global_batch"), 2 * batch},
        {QStringLiteral("one_process_img_s"), single.imagesPerSecond},
        {QStringLiteral("two_ranks_img_s"), ranked.imagesPerSecond},
        {QStringLiteral("gradient_mb"), ranked.gradientMb},
        {QStringLiteral("allreduce_ms"), ranked.allReduceMs},
        {QStringLiteral("wait_ms"), ranked.waitMs},
        {QStringLiteral("compute_ms"), std::round(computeMs * 10) / 10},
        {QStringLiteral("efficiency"), efficiency},
    };
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
