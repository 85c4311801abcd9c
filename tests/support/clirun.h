#pragma once
// Runs the built dermask-cli (its path comes in DERMASK_CLI, set by dermask_add_test()) for the
// suites that drive it end to end, and keeps what it said.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace clitest {

struct Run
{
    int code = -1;  ///< the exit code; -1 when it crashed or did not finish within 4 minutes
    QString out, err;
};

inline Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("DERMASK_CLI"), args);
    Run r;
    if (!p.waitForFinished(240000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace clitest
