// Where a process stands in a data-parallel run: torchrun's and Slurm's environment and the
// flags, read and refused with messages that name the setting; each rank's share of a batch.

#include "core/training/distributed.h"

#include <QTest>

using namespace dermask::core;

Q_DECLARE_METATYPE(DistributedFlags)

namespace {

QProcessEnvironment environment(const QStringList &pairs)
{
    QProcessEnvironment env;
    for (const QString &pair : pairs)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return env;
}

DistributedFlags flags(const QString &url, int rank, int world)
{
    DistributedFlags f;
    f.url = url;
    f.rank = rank;
    f.worldSize = world;
    return f;
}

} // namespace

class TestDistributed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolves_data()
    {
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<DistributedFlags>("given");
        QTest::addColumn<QString>("expected");   // describe(), localRank; or the error's words

        QTest::newRow("nothing: on its own") << QStringList{} << DistributedFlags{} << "one process 0";
        QTest::newRow("torchrun") << QStringList{"MASTER_ADDR=10.0.0.5", "MASTER_PORT=29500", "RANK=3",
                                                 "WORLD_SIZE=8", "LOCAL_RANK=1"}
                                  << DistributedFlags{} << "rank 3 of 8 (rank 0 at 10.0.0.5:29500) 1";
        QTest::newRow("slurm") << QStringList{"MASTER_ADDR=node1", "MASTER_PORT=12345", "SLURM_PROCID=5",
                                              "SLURM_NTASKS=6", "SLURM_LOCALID=2"}
                               << DistributedFlags{} << "rank 5 of 6 (rank 0 at node1:12345) 2";
        QTest::newRow("torchrun wins over slurm")
            << QStringList{"MASTER_ADDR=a", "MASTER_PORT=1", "RANK=1", "WORLD_SIZE=2", "SLURM_PROCID=7",
                           "SLURM_NTASKS=9"}
            << DistributedFlags{} << "rank 1 of 2 (rank 0 at a:1) 0";
        QTest::newRow("flags win over the environment")
            << QStringList{"MASTER_ADDR=a", "MASTER_PORT=1", "RANK=1", "WORLD_SIZE=2"}
            << flags("tcp://127.0.0.1:4000", 0, 3) << "rank 0 of 3 (rank 0 at 127.0.0.1:4000) 0";
        QTest::newRow("a world of one") << QStringList{"WORLD_SIZE=1", "RANK=0"} << DistributedFlags{} << "one process 0";

        QTest::newRow("rank without world") << QStringList{"RANK=1"} << DistributedFlags{}
                                            << "error: RANK is set but no world size is";
        QTest::newRow("world without rank") << QStringList{"WORLD_SIZE=2", "MASTER_ADDR=a", "MASTER_PORT=1"}
                                            << DistributedFlags{} << "error: WORLD_SIZE is 2 but no rank is set";
        QTest::newRow("rank outside the world") << QStringList{"WORLD_SIZE=2", "RANK=2", "MASTER_ADDR=a", "MASTER_PORT=1"}
                                                << DistributedFlags{} << "error: RANK 2 is outside the world of 2 ranks";
        QTest::newRow("world not a number") << QStringList{"WORLD_SIZE=two", "RANK=0"} << DistributedFlags{}
                                            << "error: WORLD_SIZE must be a whole number";
        QTest::newRow("no master address") << QStringList{"WORLD_SIZE=2", "RANK=0", "MASTER_PORT=1"}
                                           << DistributedFlags{} << "error: MASTER_ADDR and MASTER_PORT";
        QTest::newRow("bad port") << QStringList{"WORLD_SIZE=2", "RANK=0", "MASTER_ADDR=a", "MASTER_PORT=99999"}
                                  << DistributedFlags{} << "error: MASTER_PORT must be a whole number from 1 to 65535";
        QTest::newRow("bad url") << QStringList{} << flags("a:1", 0, 2) << "error: --dist-url must look like tcp://HOST:PORT";
        QTest::newRow("url without port") << QStringList{} << flags("tcp://a", 0, 2)
                                          << "error: --dist-url must look like tcp://HOST:PORT";
        QTest::newRow("flag rank outside") << QStringList{} << flags("tcp://a:1", 5, 4)
                                           << "error: --rank 5 is outside the world of 4 ranks (0 to 3)";
    }

    void resolves()
    {
        QFETCH(QStringList, env);
        QFETCH(DistributedFlags, given);
        QFETCH(QString, expected);
        DistributedConfig config;
        config.rank = 99;   // overwritten either way on success
        QString error;
        const bool ok = resolveDistributed(environment(env), given, &config, &error);
        if (expected.startsWith(QLatin1String("error: "))) {
            QVERIFY2(!ok, qPrintable(config.describe()));
            QVERIFY2(error.contains(expected.mid(7)), qPrintable(error));
        } else {
            QVERIFY2(ok, qPrintable(error));
            QCOMPARE(config.describe() + QLatin1Char(' ') + QString::number(config.localRank), expected);
        }
    }

    void predictionRanksNeedNoAddress()
    {
        DistributedFlags f = flags(QString(), 1, 3);
        f.needAddress = false;
        DistributedConfig config;
        QString error;
        QVERIFY2(resolveDistributed(QProcessEnvironment(), f, &config, &error), qPrintable(error));
        QCOMPARE(config.rank, 1);
        QCOMPARE(config.worldSize, 3);
    }

    void ranksShareEachBatchInEqualPieces()
    {
        const std::vector<int> batch{10, 11, 12, 13, 14, 15, 16, 17};
        QCOMPARE(rankShare(batch, 0, 2), (std::vector<int>{10, 11, 12, 13}));
        QCOMPARE(rankShare(batch, 1, 2), (std::vector<int>{14, 15, 16, 17}));
        QCOMPARE(rankShare(batch, 0, 1), batch);
        // A last batch that does not divide: equal pieces, completed from its start.
        const std::vector<int> last{1, 2, 3, 4, 5};
        QCOMPARE(rankShare(last, 0, 2), (std::vector<int>{1, 2, 3}));
        QCOMPARE(rankShare(last, 1, 2), (std::vector<int>{4, 5, 1}));
        QCOMPARE(rankShare({7}, 2, 3), (std::vector<int>{7}));
    }

    void ranksStrideThroughAList()
    {
        QCOMPARE(rankStride(7, 0, 3), (std::vector<int>{0, 3, 6}));
        QCOMPARE(rankStride(7, 2, 3), (std::vector<int>{2, 5}));
        QCOMPARE(rankStride(2, 3, 4), (std::vector<int>{}));
        QCOMPARE(rankStride(3, 0, 1), (std::vector<int>{0, 1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestDistributed)
#include "tst_distributed.moc"
