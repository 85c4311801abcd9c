// The one object that tells every feature what is on screen: each change comes as its own
// signal and as changed(), and layers that belong to another image or another dataset (a late
// decode) are never taken for the image shown.

#include "ui/common/currentsample.h"

#include <QSignalSpy>
#include <QTest>

using namespace dermask;
using namespace dermask::ui;

namespace {

core::SessionPtr makeSession(int count)
{
    core::Dataset dataset;
    dataset.root = QStringLiteral("/data");
    for (int i = 0; i < count; ++i)
        dataset.samples.append(
            {QStringLiteral("s%1").arg(i), QStringLiteral("/data/s%1.png").arg(i), {}, 10, 10, {}});
    dataset.reindex();
    return std::make_shared<core::DatasetSession>(dataset);
}

LoadedSamplePtr layersOf(const core::SessionPtr &session, int index)
{
    auto layers = std::make_shared<LoadedSample>();
    layers->sessionSerial = session->serial();
    layers->index = index;
    layers->id = session->sample(index).id;
    return layers;
}

} // namespace

class TestCurrentSample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheImageShown();
    void refusesLayersOfAnotherImage();
};

void TestCurrentSample::followsTheImageShown()
{
    CurrentSample current;
    QSignalSpy changed(&current, &CurrentSample::changed);
    QSignalSpy sessions(&current, &CurrentSample::sessionChanged);
    QSignalSpy indices(&current, &CurrentSample::indexChanged);
    QSignalSpy loaded(&current, &CurrentSample::layersLoaded);
    QSignalSpy models(&current, &CurrentSample::modelChanged);
    const core::SessionPtr session = makeSession(3);
    current.setSession(session, QStringLiteral("m1"));
    QCOMPARE(sessions.count(), 1);
    QCOMPARE(current.index(), -1);
    QVERIFY(current.id().isEmpty());
    QCOMPARE(current.model(), QStringLiteral("m1"));

    current.setIndex(2, core::SampleStatus::Approved);
    QCOMPARE(indices.count(), 1);
    QCOMPARE(current.id(), QStringLiteral("s2"));
    QCOMPARE(current.status(), core::SampleStatus::Approved);
    QVERIFY(!current.layers());  // not decoded yet
    current.setLayers(layersOf(session, 2));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(current.layers()->id, QStringLiteral("s2"));
    current.setStatus(core::SampleStatus::Corrected);
    QCOMPARE(current.status(), core::SampleStatus::Corrected);
    current.setModel(QStringLiteral("m2"));
    current.setModel(QStringLiteral("m2"));  // no change, no signal
    QCOMPARE(models.count(), 1);
    // Every one of these changed what a panel shows.
    QCOMPARE(changed.count(), 5);
    // Out of range: nothing happens.
    current.setIndex(7, core::SampleStatus::Source);
    QCOMPARE(current.index(), 2);
    // Another image: its layers are not the old ones.
    current.setIndex(0, core::SampleStatus::Source);
    QVERIFY(!current.layers());
}

void TestCurrentSample::refusesLayersOfAnotherImage()
{
    CurrentSample current;
    const core::SessionPtr session = makeSession(3);
    current.setSession(session, QString());
    current.setIndex(1, core::SampleStatus::Source);
    QSignalSpy loaded(&current, &CurrentSample::layersLoaded);
    QSignalSpy refreshed(&current, &CurrentSample::layersRefreshed);
    current.setLayers(layersOf(session, 0));  // the user has moved on
    QCOMPARE(loaded.count(), 0);
    const core::SessionPtr other = makeSession(3);
    current.setLayers(layersOf(other, 1));  // same index, another dataset
    QCOMPARE(loaded.count(), 0);
    current.setLayers(nullptr);
    QCOMPARE(loaded.count(), 0);
    current.setLayers(layersOf(session, 1));
    QCOMPARE(loaded.count(), 1);
    current.refreshLayers(layersOf(session, 1));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(loaded.count(), 1);  // a refresh is not a new picture
}

QTEST_GUILESS_MAIN(TestCurrentSample)
#include "tst_currentsample.moc"
