// The workspace's fixed validation set: a sample's side, once given, never moves when images
// are added, corrected or the workspace is opened again; new images fill the validation share
// near the fraction asked; with nothing decided yet the split is the hashed one, the same
// whatever order the ids come in.

#include "core/workspace/split.h"
#include "core/workspace/workspace.h"

#include "tests/core/workspace/testdataset.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask::core;
using namespace dermask::test;

namespace {

QVector<SampleSpec> specs(int from, int to)
{
    QVector<SampleSpec> out;
    for (int i = from; i < to; ++i) {
        const QString id = QStringLiteral("img_%1").arg(i, 4, 10, QLatin1Char('0'));
        out.append({id, "images/" + id + ".png", "masks/" + id + ".png", cv::Size(24, 18), false});
    }
    return out;
}

QStringList idsOf(const Dataset &dataset)
{
    QStringList ids;
    for (const Sample &s : dataset.samples)
        ids.append(s.id);
    return ids;
}

} // namespace

class TestSplit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void undecidedSplitIsTheHashedOne_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("validation");
        QTest::newRow("one: nothing to measure on") << 1 << 0.2 << 0;
        QTest::newRow("two: one each") << 2 << 0.2 << 1;
        QTest::newRow("ten at 20 %") << 10 << 0.2 << 2;
        QTest::newRow("ten at 90 %: one still learns") << 10 << 0.95 << 9;
        QTest::newRow("no validation") << 10 << 0.0 << 0;
    }
    void undecidedSplitIsTheHashedOne()
    {
        QFETCH(int, count);
        QFETCH(double, fraction);
        QFETCH(int, validation);
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids.append(QStringLiteral("s%1").arg(i));
        const TrainingSplit split = splitSamples(ids, fraction, 7);
        QCOMPARE(int(split.validation.size()), validation);
        QCOMPARE(int(split.train.size() + split.validation.size()), count);
        // The order of the ids does not decide who validates.
        QStringList reversed = ids;
        std::reverse(reversed.begin(), reversed.end());
        const TrainingSplit again = splitSamples(reversed, fraction, 7);
        QStringList a, b;
        for (int i : split.validation)
            a.append(ids.at(i));
        for (int i : again.validation)
            b.append(reversed.at(i));
        a.sort();
        b.sort();
        QCOMPARE(a, b);
    }

    void decidedSidesAreKept()
    {
        const QStringList ids{"a", "b", "c", "d", "e"};
        // Every decided sample stays where it is, even against the share asked.
        const std::vector<SplitSide> sides{SplitSide::Validation, SplitSide::Validation, SplitSide::Validation,
                                           SplitSide::Unassigned, SplitSide::Unassigned};
        const TrainingSplit split = splitSamples(ids, sides, 0.2, 1);
        QCOMPARE(split.validation, (std::vector<int>{0, 1, 2}));
        QCOMPARE(split.train, (std::vector<int>{3, 4}));
        // All decided for validation and one undecided: that one learns.
        const TrainingSplit last = splitSamples({"a", "b"}, {SplitSide::Validation}, 0.5, 1);
        QCOMPARE(last.train, (std::vector<int>{1}));
    }

    void workspaceSplitIsStableAsImagesArrive_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("later");
        QTest::addColumn<double>("fraction");
        QTest::newRow("8 then 10") << 8 << 10 << 0.2;
        QTest::newRow("10 then 40") << 10 << 40 << 0.2;
        QTest::newRow("20 then 21") << 20 << 21 << 0.25;
        QTest::newRow("30 then 60 at a half") << 30 << 60 << 0.5;
    }
    void workspaceSplitIsStableAsImagesArrive()
    {
        QFETCH(int, first);
        QFETCH(int, later);
        QFETCH(double, fraction);
        QTemporaryDir dir;
        const QString ws = dir.filePath("ws");
        QString error;
        QMap<QString, SplitSide> before;
        {
            const Dataset dataset = makeDataset(dir.filePath("data"), specs(0, first));
            Workspace workspace;
            QVERIFY2(workspace.openAt(dataset, ws, &error), qPrintable(error));
            for (const QString &id : idsOf(dataset))
                QCOMPARE(workspace.splitSide(id), SplitSide::Unassigned);
            QVERIFY2(workspace.assignSplit(idsOf(dataset), fraction, 3, &error), qPrintable(error));
            for (const QString &id : idsOf(dataset))
                before.insert(id, workspace.splitSide(id));
            // A correction changes the mask, not the side.
            QVERIFY2(
                workspace.saveAnnotation(dataset.samples.first().id, annotationFor(cv::Size(24, 18)), &error),
                qPrintable(error));
            QVERIFY2(workspace.assignSplit(idsOf(dataset), fraction, 3, &error), qPrintable(error));
            QCOMPARE(workspace.splitSide(dataset.samples.first().id), before.first());
        }
        // More images, a new session (and another seed and share asked): the old sides hold.
        const Dataset grown = makeDataset(dir.filePath("data"), specs(0, later));
        Workspace workspace;
        QVERIFY2(workspace.openAt(grown, ws, &error), qPrintable(error));
        QVERIFY2(workspace.assignSplit(idsOf(grown), fraction, 99, &error), qPrintable(error));
        int validation = 0;
        for (const QString &id : idsOf(grown)) {
            const SplitSide side = workspace.splitSide(id);
            QVERIFY(side != SplitSide::Unassigned);
            if (before.contains(id))
                QCOMPARE(side, before.value(id));
            validation += side == SplitSide::Validation;
        }
        // The new images brought the validation share back near the fraction.
        const double share = double(validation) / later;
        QVERIFY2(std::abs(share - fraction) <= 1.0 / first + 1e-9,
                 qPrintable(QStringLiteral("%1 of %2 validate").arg(validation).arg(later)));
    }
};

QTEST_GUILESS_MAIN(TestSplit)
#include "tst_split.moc"
