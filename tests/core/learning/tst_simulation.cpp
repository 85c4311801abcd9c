// The annotator simulator: every round reveals exactly K new masks, never one seen before, for
// every strategy; the starting images depend on the seed alone; the test set is measured
// after every round, with how well each uncertainty score finds the images it got wrong.

#include "core/learning/simulation.h"
#include "tests/support/enginetestdata.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace dermask::core;

class TestSimulation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pool = enginetest::writeBlobDataset(m_dir.filePath("pool"), 16);
        for (const TrainingSample &s : enginetest::writeBlobDataset(m_dir.filePath("test"), 4))
            m_test.append({s.id, s.imagePath, s.maskPath});
    }

    void rankCorrelation_data()
    {
        QTest::addColumn<QVector<double>>("a");
        QTest::addColumn<QVector<double>>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("same order") << QVector<double>{1, 2, 3, 4} << QVector<double>{10, 20, 35, 90} << 1.0;
        QTest::newRow("reversed") << QVector<double>{1, 2, 3, 4} << QVector<double>{4, 3, 2, 1} << -1.0;
        QTest::newRow("constant") << QVector<double>{1, 1, 1} << QVector<double>{1, 2, 3} << 0.0;
        QTest::newRow("ties share ranks")
            << QVector<double>{1, 1, 2} << QVector<double>{1, 2, 3} << std::sqrt(0.75);
    }
    void rankCorrelation()
    {
        QFETCH(QVector<double>, a);
        QFETCH(QVector<double>, b);
        QFETCH(double, expected);
        const double r = dermask::core::rankCorrelation(std::vector<double>(a.begin(), a.end()),
                                                        std::vector<double>(b.begin(), b.end()));
        QVERIFY2(std::abs(r - expected) < 1e-9, qPrintable(QString::number(r)));
    }

    void roundsRevealExactlyK_data()
    {
        QTest::addColumn<QString>("strategy");
        for (const QString &name : pickStrategyNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void roundsRevealExactlyK()
    {
        QFETCH(QString, strategy);
        SimulationConfig config;
        QVERIFY(parsePickStrategy(strategy, &config.strategy));
        config.training.width = 0.25;
        config.training.inputSize = 32;
        config.training.batchSize = 4;
        config.training.epochs = 1;
        config.training.augment = false;
        config.training.threads = 1;
        config.start = 4;
        config.step = 3;
        config.rounds = 3;
        config.minutes = 0;
        QTemporaryDir work;
        config.workDir = work.path();
        QVector<SimulationRound> rounds;
        QString error;
        Simulator simulator(config, m_pool, m_test);
        QVERIFY2(simulator.run([&](const SimulationRound &r) { rounds.append(r); }, &error), qPrintable(error));
        QCOMPARE(rounds.size(), 4);
        QSet<QString> seen;
        for (int i = 0; i < rounds.size(); ++i) {
            const SimulationRound &r = rounds[i];
            QCOMPARE(r.round, i);
            QCOMPARE(r.revealed.size(), i == 0 ? 4 : 3);
            QCOMPARE(r.labelled, 4 + 3 * i);
            for (const QString &id : r.revealed) {
                QVERIFY2(!seen.contains(id), qPrintable(id + " revealed twice"));
                seen.insert(id);
            }
            QVERIFY(r.dice >= 0.0 && r.dice <= 1.0);
            QVERIFY(r.iou >= 0.0 && r.iou <= r.dice + 1e-9);
            QVERIFY(std::abs(r.entropyFindsErrors) <= 1.0 && std::abs(r.uncertainFindsErrors) <= 1.0);
        }
        // The same seed starts from the same images whatever the strategy.
        if (m_start.isEmpty())
            m_start = rounds.first().revealed;
        QCOMPARE(rounds.first().revealed, m_start);
    }

    void refusesAPoolTooSmall()
    {
        SimulationConfig config;
        config.start = 10;
        config.step = 4;
        config.rounds = 2;
        QTemporaryDir work;
        config.workDir = work.path();
        QString error;
        Simulator simulator(config, m_pool, m_test);
        QVERIFY(!simulator.run([](const SimulationRound &) {}, &error));
        QVERIFY2(error.contains("16 images") && error.contains("18"), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    QVector<TrainingSample> m_pool;
    QVector<PredictionInput> m_test;
    QStringList m_start;
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
