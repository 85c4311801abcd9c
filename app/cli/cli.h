#pragma once
// dermask-cli: one function per command, each parsing its own arguments with
// QCommandLineParser. Exit codes: 0 ok, 1 runtime error, 2 usage error. Errors go to stderr
// and name the file and the problem.

#include "core/session/datasetsession.h"
#include "core/training/distributed.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace dermask::cli {

enum ExitCode { Ok = 0, RuntimeError = 1, UsageError = 2 };

/// Parses @p args (args[0] is "dermask-cli <command>") with --help added. Returns true when
/// the command should run; otherwise *exitCode is set (0 after --help, 2 on a usage error,
/// which is printed to stderr with the command's usage).
bool parseArguments(QCommandLineParser &parser, const QStringList &args, int *exitCode);
/// As above and additionally requires exactly @p positionals positional arguments.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, int positionals,
                    int *exitCode);

/// "dermask-cli: <message>" on stderr.
void printError(const QString &message);
/// One line on stdout.
void printLine(const QString &line);
/// A progress line on stderr, redrawn in place when stderr is a terminal.
void printProgress(const QString &line);
/// Ends a run of printProgress() lines (a newline when stderr is a terminal).
void finishProgress();

/// Parses an option as a number within [min, max]; on failure prints a usage error
/// naming the option and returns false.
bool intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *value);
bool doubleOption(const QCommandLineParser &parser, const QString &name, double min, double max,
                  double *value);

/// --model NAME, one of the networks (a usage error lists them); unset leaves @p network.
bool networkOption(const QCommandLineParser &parser, QString *network);
/// --size S, from 16 to 1024 and a multiple of 16; unset leaves @p size.
bool inputSizeOption(const QCommandLineParser &parser, int *size);

/// --rank and --world-size: a process's place among ranks; with @p meet (ranks that
/// communicate), also --dist-url and --dist-timeout.
void addDistributedOptions(QCommandLineParser &parser, bool meet);
/// Resolves those options and torchrun's or Slurm's environment (core/training/distributed.h);
/// a usage error names the flag or variable. A process on its own is worldSize 1.
bool distributedOption(const QCommandLineParser &parser, bool meet, core::DistributedConfig *config);

/// --device cpu|cuda|cuda:N (default: CUDA when LibTorch has it and a GPU is present).
void addDeviceOption(QCommandLineParser &parser);

/// Says on stderr which files the scan of @p dataset refused and why ("skipped FILE: REASON",
/// the first 20, then how many more `dermask-cli info` lists): every command that works
/// through a dataset skips them and says so.
void reportRefused(const core::Dataset &dataset);

/// Scans @p dir and opens its workspace (the effective masks live there), as the app does.
/// Errors go to stderr and give null; a workspace warning (a broken project.json moved aside)
/// and the refused files (reportRefused()) are printed.
core::SessionPtr openSession(const QString &dir);

// The commands (cmd_<name>.cpp).
int runInfo(const QStringList &args);
int runSample(const QStringList &args);
int runEvaluate(const QStringList &args);
int runEvaluateClicks(const QStringList &args);
int runExport(const QStringList &args);
int runTrain(const QStringList &args);
int runPredict(const QStringList &args);
int runSimulate(const QStringList &args);

} // namespace dermask::cli
