// The learning-rate schedule: by epochs, by the clock, by whichever ends first, and resumed.

#include "core/training/schedule.h"

#include <QTest>

#include <cmath>

using namespace dermask::core;

class TestSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsThePlan_data()
    {
        QTest::addColumn<int>("epochs");
        QTest::addColumn<double>("budget");
        QTest::addColumn<double>("resumedAt");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("progress");
        // 10 batches per epoch throughout.
        QTest::newRow("epochs: half the steps") << 20 << 0.0 << 0.0 << qint64(100) << 999.0 << 0.5;
        QTest::newRow("clock: half the budget") << 0 << 600.0 << 0.0 << qint64(5) << 300.0 << 0.5;
        QTest::newRow("clock: past the budget") << 0 << 600.0 << 0.0 << qint64(5) << 700.0 << 1.0;
        QTest::newRow("both: the clock is further") << 100 << 600.0 << 0.0 << qint64(10) << 450.0 << 0.75;
        QTest::newRow("both: the steps are further") << 8 << 600.0 << 0.0 << qint64(60) << 60.0 << 0.75;
        QTest::newRow("resumed: starts where it was") << 0 << 60.0 << 0.6 << qint64(500) << 0.0 << 0.6;
        QTest::newRow("resumed: half the new budget") << 0 << 60.0 << 0.6 << qint64(500) << 30.0 << 0.8;
    }
    void followsThePlan()
    {
        QFETCH(int, epochs);
        QFETCH(double, budget);
        QFETCH(double, resumedAt);
        QFETCH(qint64, step);
        QFETCH(double, seconds);
        QFETCH(double, progress);
        const LearningSchedule s{1.0, epochs, 10, budget, resumedAt};
        QCOMPARE(s.progress(step, seconds), progress);
        // Past the warm-up, cosine from the peak to 1% of it.
        const double expected = 0.01 + 0.99 * 0.5 * (1.0 + std::cos(M_PI * progress));
        QCOMPARE(s.rate(std::max<qint64>(step, 60), seconds, 0.1), expected);
    }

    void warmsUpOverTheFirstSteps()
    {
        // A 10-minute budget at 0.5 s per batch plans 1200 steps: 50 of warm-up.
        const LearningSchedule s{1.0, 0, 10, 600.0, 0.0};
        QCOMPARE(s.rate(0, 0.0, 0.0), 0.1);
        QCOMPARE(s.rate(25, 12.5, 0.5), 0.1 + 0.9 * 0.5);
        QVERIFY(s.rate(50, 25.0, 0.5) > 0.99);
        // A 20-second budget at the same speed plans 40 steps: 2 of warm-up.
        const LearningSchedule short_{1.0, 0, 10, 20.0, 0.0};
        QVERIFY(short_.rate(2, 1.0, 0.5) > 0.9);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
