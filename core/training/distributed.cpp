#include "core/training/distributed.h"

#include "core/util/error.h"

#include <QUrl>

namespace dermask::core {

namespace {

/// An integer from @p text in [min, max]; false with @p error naming @p what.
bool readInt(const QString &text, const QString &what, int min, int max, int *value, QString *error)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return fail(error, QStringLiteral("%1 must be a whole number from %2 to %3, not \"%4\"")
                               .arg(what).arg(min).arg(max).arg(text));
    *value = v;
    return true;
}

/// The first of @p names set in @p env (its name in @p which), or empty.
QString firstSet(const QProcessEnvironment &env, std::initializer_list<const char *> names, QString *which)
{
    for (const char *name : names) {
        if (env.contains(QLatin1String(name))) {
            *which = QLatin1String(name);
            return env.value(QLatin1String(name));
        }
    }
    return {};
}

} // namespace

QString DistributedConfig::describe() const
{
    if (!enabled())
        return QStringLiteral("one process");
    return QStringLiteral("rank %1 of %2 (rank 0 at %3:%4)").arg(rank).arg(worldSize).arg(host).arg(port);
}

bool resolveDistributed(const QProcessEnvironment &env, const DistributedFlags &flags,
                        DistributedConfig *out, QString *error)
{
    DistributedConfig c;
    QString worldFrom = QStringLiteral("--world-size"), rankFrom = QStringLiteral("--rank");
    QString worldText = flags.worldSize >= 0 ? QString::number(flags.worldSize)
                                             : firstSet(env, {"WORLD_SIZE", "SLURM_NTASKS"}, &worldFrom);
    QString rankText = flags.rank >= 0 ? QString::number(flags.rank)
                                       : firstSet(env, {"RANK", "SLURM_PROCID"}, &rankFrom);
    if (worldText.isEmpty()) {
        if (!rankText.isEmpty())
            return fail(error, QStringLiteral("%1 is set but no world size is (--world-size, WORLD_SIZE or "
                                              "SLURM_NTASKS)").arg(rankFrom));
        *out = c;   // a run on its own
        return true;
    }
    if (!readInt(worldText, worldFrom, 1, 65536, &c.worldSize, error))
        return false;
    if (rankText.isEmpty() && c.worldSize > 1)
        return fail(error, QStringLiteral("%1 is %2 but no rank is set (--rank, RANK or SLURM_PROCID)")
                               .arg(worldFrom).arg(c.worldSize));
    if (!rankText.isEmpty() && !readInt(rankText, rankFrom, 0, 65535, &c.rank, error))
        return false;
    if (c.rank >= c.worldSize)
        return fail(error, QStringLiteral("%1 %2 is outside the world of %3 ranks (0 to %4)")
                               .arg(rankFrom).arg(c.rank).arg(c.worldSize).arg(c.worldSize - 1));
    QString localFrom;
    const QString localText = firstSet(env, {"LOCAL_RANK", "SLURM_LOCALID"}, &localFrom);
    if (!localText.isEmpty() && !readInt(localText, localFrom, 0, 65535, &c.localRank, error))
        return false;
    if (flags.timeoutSeconds >= 0)
        c.timeoutSeconds = flags.timeoutSeconds;
    if (c.timeoutSeconds < 1)
        return fail(error, QStringLiteral("--dist-timeout must be at least 1 second"));

    if (!flags.url.isEmpty()) {
        const QUrl url(flags.url, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("tcp") || url.host().isEmpty() || url.port() < 1)
            return fail(error, QStringLiteral("--dist-url must look like tcp://HOST:PORT, not \"%1\"").arg(flags.url));
        c.host = url.host();
        c.port = url.port();
    } else {
        c.host = env.value(QStringLiteral("MASTER_ADDR"));
        const QString port = env.value(QStringLiteral("MASTER_PORT"));
        if (flags.needAddress && c.worldSize > 1 && (c.host.isEmpty() || port.isEmpty()))
            return fail(error, QStringLiteral("%1 is %2 but rank 0's address is not set: give --dist-url "
                                              "tcp://HOST:PORT, or MASTER_ADDR and MASTER_PORT")
                                   .arg(worldFrom).arg(c.worldSize));
        if (!port.isEmpty() && !readInt(port, QStringLiteral("MASTER_PORT"), 1, 65535, &c.port, error))
            return false;
    }
    *out = c;
    return true;
}

std::vector<int> rankShare(const std::vector<int> &batch, int rank, int ranks)
{
    if (ranks <= 1 || batch.empty())
        return batch;
    const size_t share = (batch.size() + size_t(ranks) - 1) / size_t(ranks);
    std::vector<int> out;
    out.reserve(share);
    for (size_t k = 0; k < share; ++k)
        out.push_back(batch[(size_t(rank) * share + k) % batch.size()]);
    return out;
}

std::vector<int> rankStride(int count, int rank, int ranks)
{
    std::vector<int> out;
    for (int i = std::max(0, rank); i < count; i += std::max(1, ranks))
        out.push_back(i);
    return out;
}

} // namespace dermask::core
