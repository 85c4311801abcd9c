#include "app/cli/cli.h"

#include "core/model/networks.h"
#include "core/training/distributed.h"

#include <QDir>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace dermask::cli {

namespace {
QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}
} // namespace

bool parseArguments(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    return parseArguments(parser, args, -1, exitCode);
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args, int positionals,
                    int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        printError(parser.errorText());
        err() << parser.helpText() << Qt::flush;
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText() << Qt::flush;
        *exitCode = Ok;
        return false;
    }
    if (positionals >= 0 && parser.positionalArguments().size() != positionals) {
        printError(parser.positionalArguments().size() < positionals
                       ? QStringLiteral("missing argument")
                       : QStringLiteral("unexpected argument '%1'")
                             .arg(parser.positionalArguments().value(positionals)));
        err() << parser.helpText() << Qt::flush;
        *exitCode = UsageError;
        return false;
    }
    return true;
}

void printError(const QString &message)
{
    err() << "dermask-cli: " << message << Qt::endl;
}

void printLine(const QString &line)
{
    out() << line << Qt::endl;
}

namespace {
bool stderrIsTerminal()
{
    static const bool terminal = isatty(fileno(stderr));
    return terminal;
}
} // namespace

void printProgress(const QString &line)
{
    if (stderrIsTerminal())
        err() << "\r\033[K" << line << Qt::flush;
    else
        err() << line << Qt::endl;
}

void finishProgress()
{
    if (stderrIsTerminal())
        err() << Qt::endl;
}

void reportRefused(const core::Dataset &dataset)
{
    const int shown = std::min<int>(int(dataset.refused.size()), 20);
    for (int i = 0; i < shown; ++i) {
        const core::RefusedFile &r = dataset.refused.at(i);
        printError(QStringLiteral("skipped %1: %2").arg(QDir::toNativeSeparators(r.file), r.reason));
    }
    if (dataset.refused.size() > shown)
        printError(QStringLiteral("skipped %1 more files; dermask-cli info lists them all")
                       .arg(dataset.refused.size() - shown));
}

core::SessionPtr openSession(const QString &dir)
{
    QString error;
    QStringList warnings;
    const core::SessionPtr session = core::DatasetSession::open(dir, QString(), &error, &warnings);
    if (!session) {
        printError(error);
        return {};
    }
    for (const QString &warning : std::as_const(warnings))
        printError(warning);
    reportRefused(session->dataset());
    return session->workspace() ? session : core::SessionPtr();  // the warning said why not
}

bool intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        printError(QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
                       .arg(name).arg(min).arg(max).arg(parser.value(name)));
        return false;
    }
    *value = v;
    return true;
}

bool doubleOption(const QCommandLineParser &parser, const QString &name, double min, double max,
                  double *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || v < min || v > max) {
        printError(QStringLiteral("--%1 must be a number from %2 to %3, not '%4'")
                       .arg(name).arg(min).arg(max).arg(parser.value(name)));
        return false;
    }
    *value = v;
    return true;
}

bool networkOption(const QCommandLineParser &parser, QString *network)
{
    if (!parser.isSet(QStringLiteral("model")))
        return true;
    const QString name = parser.value(QStringLiteral("model"));
    if (!core::isNetworkName(name)) {
        printError(QStringLiteral("--model must be one of %1, not '%2'")
                       .arg(core::networkNames().join(QStringLiteral(", ")), name));
        return false;
    }
    *network = name;
    return true;
}

bool inputSizeOption(const QCommandLineParser &parser, int *size)
{
    if (!intOption(parser, QStringLiteral("size"), 16, 1024, size))
        return false;
    if (*size % 16 != 0) {
        printError(QStringLiteral("--size must be a multiple of 16, not %1").arg(*size));
        return false;
    }
    return true;
}

void addDistributedOptions(QCommandLineParser &parser, bool meet)
{
    parser.addOptions({
        {QStringLiteral("rank"), QStringLiteral("This process's rank (default: RANK, else SLURM_PROCID)."),
         QStringLiteral("R")},
        {QStringLiteral("world-size"),
         QStringLiteral("Processes in the run (default: WORLD_SIZE, else SLURM_NTASKS; none: one process)."),
         QStringLiteral("W")},
    });
    if (!meet)
        return;
    parser.addOptions({
        {QStringLiteral("dist-url"),
         QStringLiteral("Where the ranks of a data-parallel run meet: rank 0 listens at tcp://HOST:PORT "
                        "(default: MASTER_ADDR and MASTER_PORT, as torchrun sets them)."),
         QStringLiteral("URL")},
        {QStringLiteral("dist-timeout"),
         QStringLiteral("Seconds to wait for the other ranks to meet or to answer (default %1).")
             .arg(core::DistributedConfig().timeoutSeconds),
         QStringLiteral("S")},
    });
}

bool distributedOption(const QCommandLineParser &parser, bool meet, core::DistributedConfig *config)
{
    core::DistributedFlags flags;
    flags.needAddress = meet;
    if (meet)
        flags.url = parser.value(QStringLiteral("dist-url"));
    if (!intOption(parser, QStringLiteral("rank"), 0, 65535, &flags.rank)
        || !intOption(parser, QStringLiteral("world-size"), 1, 65536, &flags.worldSize)
        || (meet && !intOption(parser, QStringLiteral("dist-timeout"), 1, 86400, &flags.timeoutSeconds)))
        return false;
    QString error;
    if (!core::resolveDistributed(QProcessEnvironment::systemEnvironment(), flags, config, &error)) {
        printError(error);
        return false;
    }
    return true;
}

void addDeviceOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("device"),
                      QStringLiteral("cpu, cuda or cuda:N (default: CUDA when this LibTorch has it and a GPU is "
                                     "present, else the CPU)."),
                      QStringLiteral("D")});
}

} // namespace dermask::cli
