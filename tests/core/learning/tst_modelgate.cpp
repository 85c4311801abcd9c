// No silent regressions: a new model is compared with the active one on the same validation
// images and replaces it only when it is not worse; a worse one is kept, listed with its score,
// and the user is told by how much it lost. Models with known answers make the verdicts sure.

#include "core/learning/modelgate.h"
#include "core/learning/trainingcontroller.h"
#include "core/session/datasetsession.h"
#include "tests/support/enginetestdata.h"
#include "tests/support/testmodels.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask;
using namespace dermask::core;

class TestModelGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void aWorseRunIsKeptButNotActivated_data();
    void aWorseRunIsKeptButNotActivated();

private:
    QString model(const QString &name) const { return m_tmp.filePath(name + QStringLiteral(".pt")); }

    QTemporaryDir m_tmp;
    QVector<PredictionInput> m_inputs;
};

void TestModelGate::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // Dark blobs on light skin: "dark is lesion" is right, "nothing anywhere" scores 0.
    for (const TrainingSample &s : enginetest::writeBlobDataset(m_tmp.filePath(QStringLiteral("blobs")), 6))
        m_inputs.append({s.id, s.imagePath, s.maskPath});
    test::saveDarknessModule(model(QStringLiteral("darkness")));
    test::saveConstantModule(model(QStringLiteral("nothing")), -10.0);
}

void TestModelGate::verdicts_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("active");
    QTest::addColumn<bool>("withImages");
    QTest::addColumn<bool>("adopt");
    QTest::addColumn<bool>("measured");   // the candidate's Dice is known
    QTest::newRow("better replaces worse") << "darkness" << "nothing" << true << true << true;
    QTest::newRow("worse is refused") << "nothing" << "darkness" << true << false << true;
    QTest::newRow("equal is not worse") << "darkness" << "darkness-copy" << true << true << true;
    QTest::newRow("first model") << "nothing" << "" << true << true << true;
    QTest::newRow("unreadable candidate") << "missing" << "nothing" << true << false << false;
    QTest::newRow("unreadable active") << "nothing" << "missing" << true << true << true;
    QTest::newRow("no validation images") << "nothing" << "darkness" << false << true << false;
}

void TestModelGate::verdicts()
{
    QFETCH(QString, candidate);
    QFETCH(QString, active);
    QFETCH(bool, withImages);
    QFETCH(bool, adopt);
    QFETCH(bool, measured);
    if (!QFileInfo::exists(model(QStringLiteral("darkness-copy"))))
        QVERIFY(QFile::copy(model(QStringLiteral("darkness")), model(QStringLiteral("darkness-copy"))));
    ModelWorker worker;
    ModelGate gate(&worker);
    QSignalSpy decided(&gate, &ModelGate::decided);
    gate.compare(model(candidate), active.isEmpty() ? QString() : model(active),
                 withImages ? m_inputs : QVector<PredictionInput>());
    QVERIFY(decided.count() == 1 || decided.wait(30000));
    QTest::qWait(50);
    QCOMPARE(decided.count(), 1);
    const GateVerdict verdict = decided.first().first().value<GateVerdict>();
    QCOMPARE(verdict.adopt, adopt);
    QCOMPARE(verdict.candidateDice >= 0, measured);
    if (candidate == QLatin1String("missing"))
        QVERIFY2(verdict.error.contains(QStringLiteral("missing.pt")), qPrintable(verdict.error));
    if (measured && withImages) {
        QCOMPARE(verdict.images, int(m_inputs.size()));
        const double expected = candidate.startsWith(QLatin1String("darkness")) ? 0.95 : 0.0;
        QVERIFY2(candidate == QLatin1String("nothing") ? verdict.candidateDice == 0.0
                                                       : verdict.candidateDice > expected,
                 qPrintable(QString::number(verdict.candidateDice)));
    }
}

void TestModelGate::aWorseRunIsKeptButNotActivated_data()
{
    QTest::addColumn<QString>("active");
    QTest::addColumn<bool>("adopted");
    // One epoch of a tiny network cannot match "dark is lesion" on these blobs, but it does
    // better than nothing at all.
    QTest::newRow("against a better model") << "darkness" << false;
    QTest::newRow("against a worse model") << "nothing" << true;
}

void TestModelGate::aWorseRunIsKeptButNotActivated()
{
    QFETCH(QString, active);
    QFETCH(bool, adopted);
    const QString data = m_tmp.filePath(QStringLiteral("data-") + active);
    enginetest::writeBlobDataset(data, 12);
    QString error;
    QStringList warnings;
    const SessionPtr session =
        DatasetSession::open(data, m_tmp.filePath(QStringLiteral("ws-") + active), &error, &warnings);
    QVERIFY2(session && session->workspace(), qPrintable(error));
    Workspace *workspace = session->workspace();
    QVERIFY(QDir().mkpath(workspace->modelsDir()));
    QVERIFY(QFile::copy(model(active), workspace->modelPath(active)));
    QVERIFY2(workspace->setActiveModel(active, &error), qPrintable(error));

    ModelWorker worker;
    TrainingController controller(&worker);
    TrainingConfig config;
    config.width = 0.25;
    config.inputSize = 64;
    config.batchSize = 4;
    config.epochs = 1;
    config.augment = false;
    controller.setBaseConfig(config);
    controller.setSession(session);
    QSignalSpy finished(&controller, &TrainingController::finished);
    QSignalSpy activated(&controller, &TrainingController::activeModelChanged);
    QVERIFY2(controller.start(TrainingChoice(), &error), qPrintable(error));
    QVERIFY(finished.wait(60000));
    const QString run = controller.runModelName();
    const QString message = finished.first().at(1).toString();
    QVERIFY(QFileInfo::exists(workspace->modelPath(run)));   // kept either way
    QCOMPARE(workspace->activeModel(), adopted ? run : active);
    QCOMPARE(activated.count(), adopted ? 1 : 0);
    // Both measured on the same fixed validation images, and remembered for the Models panel.
    const ModelScore runScore = workspace->modelScore(run);
    const ModelScore activeScore = workspace->modelScore(active);
    QVERIFY(runScore.dice >= 0 && activeScore.dice >= 0);
    QCOMPARE(runScore.images, int(validationInputs(*workspace).size()));
    QVERIFY(runScore.images > 0);
    QCOMPARE(runScore.validationSet, activeScore.validationSet);
    QCOMPARE(runScore.dice < activeScore.dice, !adopted);
    if (!adopted) {
        // The user is told by how much it lost and what to do.
        QVERIFY2(message.contains(QStringLiteral("worse")) && message.contains(QStringLiteral("Models panel"))
                     && message.contains(QLocale().toString(activeScore.dice - runScore.dice, 'f', 3)),
                 qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestModelGate)
#include "tst_modelgate.moc"
