// The annotator simulator: every round reveals exactly K new masks, never one seen before, for
// every strategy; the starting images depend on the seed alone; the test set is measured
// after every round; the "uncertain" score ranks a soft border above a confident one.

#include "core/learning/simulation.h"
#include "tests/support/enginetestdata.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace dermask::core;

namespace {

/// A disk of probability @p inside on @p outside, with a border ramp @p ramp pixels wide.
cv::Mat disk(float inside, float outside, int ramp)
{
    cv::Mat mask = cv::Mat::zeros(100, 100, CV_8UC1);
    cv::circle(mask, {50, 50}, 25, cv::Scalar(255), cv::FILLED);
    cv::Mat p(100, 100, CV_32FC1, cv::Scalar(outside));
    p.setTo(inside, mask);
    if (ramp > 0)
        cv::blur(p, p, cv::Size(ramp, ramp));
    return p;
}

} // namespace

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

    void expectedDiceLossRanksUncertainBorders()
    {
        const double confident = expectedDiceLoss(disk(0.99f, 0.01f, 0));
        const double soft = expectedDiceLoss(disk(0.8f, 0.2f, 15));
        QVERIFY2(confident < 0.05, qPrintable(QString::number(confident)));
        QVERIFY2(soft > 3 * confident, qPrintable(QString::number(soft)));
        // Nothing found at all is the worst case, whatever the probabilities say.
        QCOMPARE(expectedDiceLoss(cv::Mat(100, 100, CV_32FC1, cv::Scalar(0.01))), 1.0);
        // Soft background far from the lesion does not count (over the whole image: about 0.38).
        const double softSkin = expectedDiceLoss(disk(0.99f, 0.3f, 0));
        QVERIFY2(softSkin < 0.1, qPrintable(QString::number(softSkin)));
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
