// Where next/previous and the jumps go, over the order the browser shows.

#include "ui/browser/navigation.h"

#include <QTest>

using namespace dermask::ui;

class TestNavigation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neighbour_data();
    void neighbour();
    void nextMatchingWrapsAndSkipsCurrent();
    void nextByRankWalksDownTheRanking();
    void nextByRankWithoutKeys();
};

void TestNavigation::neighbour_data()
{
    QTest::addColumn<QVector<int>>("order");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("expected");
    const QVector<int> order{4, 2, 7, 1};
    QTest::newRow("next") << order << 2 << 1 << 7;
    QTest::newRow("previous") << order << 2 << -1 << 4;
    QTest::newRow("past the end stays") << order << 1 << 1 << 1;
    QTest::newRow("before the start stays") << order << 4 << -1 << 4;
    QTest::newRow("filtered out, forward: first") << order << 9 << 1 << 4;
    QTest::newRow("filtered out, back: last") << order << 9 << -1 << 1;
    QTest::newRow("empty") << QVector<int>() << 3 << 1 << -1;
}

void TestNavigation::neighbour()
{
    QFETCH(QVector<int>, order);
    QFETCH(int, current);
    QFETCH(int, step);
    QFETCH(int, expected);
    QCOMPARE(neighbourOf(order, current, step), expected);
}

void TestNavigation::nextMatchingWrapsAndSkipsCurrent()
{
    const QVector<int> order{0, 1, 2, 3, 4};
    auto even = [](int i) { return i % 2 == 0; };
    QCOMPARE(nextMatching(order, 0, even), 2);
    QCOMPARE(nextMatching(order, 4, even), 0);     // wraps round
    QCOMPARE(nextMatching(order, -1, even), 0);    // nothing current: from the top
    QCOMPARE(nextMatching(order, 1, [](int i) { return i == 1; }), -1);  // only the current one
    QCOMPARE(nextMatching({}, 0, even), -1);
}

void TestNavigation::nextByRankWalksDownTheRanking()
{
    // Disagreement = 1 - Dice: 3 (0.9), 0 (0.5), 2 (0.5, later in the order), 1 has none.
    const QVector<int> order{0, 1, 2, 3};
    const QMap<int, double> disagreement{{0, 0.5}, {2, 0.5}, {3, 0.9}};
    auto key = [&](int i) -> std::optional<double> {
        return disagreement.contains(i) ? std::optional<double>(disagreement.value(i)) : std::nullopt;
    };
    QCOMPARE(nextByRank(order, 1, key), 3);   // no key: start at the top
    QCOMPARE(nextByRank(order, 3, key), 0);
    QCOMPARE(nextByRank(order, 0, key), 2);
    QCOMPARE(nextByRank(order, 2, key), -1);  // the last one
}

void TestNavigation::nextByRankWithoutKeys()
{
    QCOMPARE(nextByRank({0, 1}, 0, [](int) { return std::optional<double>(); }), -1);
}

QTEST_GUILESS_MAIN(TestNavigation)
#include "tst_navigation.moc"
