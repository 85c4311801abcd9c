// The Models panel on a dataset with two models of known quality ("dark is lesion" and
// "nothing anywhere"): each is scored on the fixed validation images when the panel is shown,
// the active one is marked and cannot be deleted, and making active, renaming, deleting,
// importing and exporting change the workspace's files and records as the user expects, with
// a message naming the file when something cannot be done.

#include "ui/models/modelsdock.h"

#include "core/learning/modelgate.h"
#include "core/learning/predictcontroller.h"
#include "core/learning/trainingcontroller.h"
#include "core/model/modelinfo.h"
#include "tests/support/enginetestdata.h"
#include "tests/support/testmodels.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dermask;
using namespace dermask::core;
using namespace dermask::ui;

namespace {

const int kDiceColumn = 3;

QPushButton *button(QWidget *dock, const QString &text)
{
    for (QPushButton *b : dock->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')).startsWith(text))
            return b;
    qFatal("no button %s", qPrintable(text));
    return nullptr;
}

} // namespace

class TestModelsDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsAndScoresEveryModelOnTheSameImages();
    void makeActive();
    void theActiveModelCannotBeDeleted();
    void deleteTakesThePredictionsAlong();
    void renameKeepsTheRecords_data();
    void renameKeepsTheRecords();
    void importChecksTheFile_data();
    void importChecksTheFile();
    void exportWritesTorchScript();
    void aModelBeingPredictedStaysPut();

private:
    Workspace *workspace() const { return m_session->workspace(); }
    QString diceText(const QString &name) const;

    QTemporaryDir m_tmp;
    QString m_darkness, m_nothing;   // model files outside any workspace
    int m_run = 0;
    SessionPtr m_session;
    std::unique_ptr<ModelWorker> m_worker;
    std::unique_ptr<TrainingController> m_training;
    std::unique_ptr<ModelsDock> m_dock;
};

void TestModelsDock::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_darkness = m_tmp.filePath(QStringLiteral("darkness.pt"));
    m_nothing = m_tmp.filePath(QStringLiteral("nothing.pt"));
    test::saveDarknessModule(m_darkness);
    test::saveConstantModule(m_nothing, -10.0);
}

void TestModelsDock::init()
{
    // A fresh dataset and workspace per test: darkness and nothing, nothing active, half of
    // the images set aside for validation.
    const QString root = m_tmp.filePath(QStringLiteral("run%1").arg(++m_run));
    const QVector<TrainingSample> samples = enginetest::writeBlobDataset(root + QStringLiteral("/data"), 8);
    QString error;
    QStringList warnings;
    m_session =
        DatasetSession::open(root + QStringLiteral("/data"), root + QStringLiteral("/ws"), &error, &warnings);
    QVERIFY2(m_session && workspace(), qPrintable(error));
    QStringList ids;
    for (const TrainingSample &s : samples)
        ids.append(s.id);
    QVERIFY2(workspace()->assignSplit(ids, 0.5, 7, &error), qPrintable(error));
    QVERIFY(QDir().mkpath(workspace()->modelsDir()));
    for (const QString &model : {m_darkness, m_nothing})
        QVERIFY(QFile::copy(model, workspace()->modelPath(QFileInfo(model).completeBaseName())));
    // A prediction of "darkness" on disk, as a model that predicted leaves behind.
    QVERIFY(QDir().mkpath(workspace()->predictionsDir(QStringLiteral("darkness"))));
    QFile prediction(workspace()->predictionsDir(QStringLiteral("darkness")) + QStringLiteral("/blob_000.png"));
    QVERIFY(prediction.open(QIODevice::WriteOnly));
    prediction.close();
    QVERIFY2(workspace()->setActiveModel(QStringLiteral("nothing"), &error), qPrintable(error));

    m_worker = std::make_unique<ModelWorker>();
    m_training = std::make_unique<TrainingController>(m_worker.get());
    m_training->setSession(m_session);
    m_dock = std::make_unique<ModelsDock>(m_worker.get(), m_training.get());
    m_dock->setSession(m_session);
}

void TestModelsDock::cleanup()
{
    m_dock.reset();
    m_training.reset();
    m_worker.reset();
    m_session.reset();
}

QString TestModelsDock::diceText(const QString &name) const
{
    for (int i = 0; i < m_dock->list()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_dock->list()->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == name)
            return item->text(kDiceColumn);
    }
    return QStringLiteral("(not listed)");
}

void TestModelsDock::listsAndScoresEveryModelOnTheSameImages()
{
    QCOMPARE(m_dock->list()->topLevelItemCount(), 2);
    // Scores are measured once the panel is on screen, not before.
    QCOMPARE(diceText(QStringLiteral("darkness")), QStringLiteral("–"));
    m_dock->show();
    QTRY_VERIFY_WITH_TIMEOUT(diceText(QStringLiteral("darkness")) != QStringLiteral("–")
                                 && diceText(QStringLiteral("nothing")) != QStringLiteral("–"),
                             30000);
    QVERIFY2(QLocale().toDouble(diceText(QStringLiteral("darkness"))) > 0.9,
             qPrintable(diceText(QStringLiteral("darkness"))));
    QCOMPARE(QLocale().toDouble(diceText(QStringLiteral("nothing"))), 0.0);
    // Remembered in the workspace, on the same validation images.
    const ModelScore dark = workspace()->modelScore(QStringLiteral("darkness"));
    const ModelScore none = workspace()->modelScore(QStringLiteral("nothing"));
    QCOMPARE(dark.images, int(validationInputs(*workspace()).size()));
    QVERIFY(dark.images > 0);
    QCOMPARE(dark.validationSet, none.validationSet);
    // The active model is marked.
    m_dock->selectModel(QStringLiteral("nothing"));
    QVERIFY(m_dock->list()->currentItem()->text(0).startsWith(QStringLiteral("★")));
    m_dock->selectModel(QStringLiteral("darkness"));
    QVERIFY(!m_dock->list()->currentItem()->text(0).startsWith(QStringLiteral("★")));
}

void TestModelsDock::makeActive()
{
    QSignalSpy activated(m_dock.get(), &ModelsDock::activeModelChanged);
    m_dock->selectModel(QStringLiteral("darkness"));
    QVERIFY(button(m_dock.get(), QStringLiteral("Make Active"))->isEnabled());
    m_dock->makeActive();
    QCOMPARE(workspace()->activeModel(), QStringLiteral("darkness"));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), workspace()->modelPath(QStringLiteral("darkness")));
    // Already active: nothing more to do.
    QVERIFY(!button(m_dock.get(), QStringLiteral("Make Active"))->isEnabled());
    m_dock->makeActive();
    QCOMPARE(activated.count(), 1);
}

void TestModelsDock::theActiveModelCannotBeDeleted()
{
    m_dock->selectModel(QStringLiteral("nothing"));
    QVERIFY(!button(m_dock.get(), QStringLiteral("Delete"))->isEnabled());
    m_dock->deleteSelected(/*confirmed=*/true);
    QVERIFY(QFileInfo::exists(workspace()->modelPath(QStringLiteral("nothing"))));
    QCOMPARE(m_dock->list()->topLevelItemCount(), 2);
}

void TestModelsDock::deleteTakesThePredictionsAlong()
{
    QSignalSpy removed(m_dock.get(), &ModelsDock::modelRemoved);
    m_dock->selectModel(QStringLiteral("darkness"));
    m_dock->deleteSelected(/*confirmed=*/true);
    QVERIFY(!QFileInfo::exists(workspace()->modelPath(QStringLiteral("darkness"))));
    QVERIFY(!QFileInfo::exists(workspace()->predictionsDir(QStringLiteral("darkness"))));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_dock->list()->topLevelItemCount(), 1);
    QVERIFY2(m_dock->messageText().contains(QStringLiteral("darkness")), qPrintable(m_dock->messageText()));
}

void TestModelsDock::renameKeepsTheRecords_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("refusal");   // empty: the rename happens
    QTest::newRow("the active model") << "nothing" << "baseline" << "";
    QTest::newRow("another model") << "darkness" << "dark is lesion" << "";
    QTest::newRow("a name taken") << "darkness" << "nothing" << "nothing.pt";
    QTest::newRow("a path") << "darkness" << "../escape" << "cannot be a model name";
}

void TestModelsDock::renameKeepsTheRecords()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, refusal);
    QString error;
    const ModelScore score{0.5, 4, QStringLiteral("set")};
    QVERIFY(workspace()->setModelScore(from, score, &error));
    const bool wasActive = workspace()->activeModel() == from;
    QSignalSpy activated(m_dock.get(), &ModelsDock::activeModelChanged);
    m_dock->selectModel(from);
    m_dock->renameSelected(to);
    if (!refusal.isEmpty()) {
        QVERIFY2(m_dock->messageText().contains(refusal), qPrintable(m_dock->messageText()));
        QVERIFY(QFileInfo::exists(workspace()->modelPath(from)));
        QCOMPARE(workspace()->modelScore(from).dice, 0.5);
        return;
    }
    QVERIFY(!QFileInfo::exists(workspace()->modelPath(from)));
    QVERIFY(QFileInfo::exists(workspace()->modelPath(to)));
    QCOMPARE(workspace()->modelScore(to).dice, 0.5);
    QCOMPARE(QFileInfo::exists(workspace()->predictionsDir(to)), from == QLatin1String("darkness"));
    QCOMPARE(workspace()->activeModel(), wasActive ? to : QStringLiteral("nothing"));
    QCOMPARE(activated.count(), wasActive ? 1 : 0);
    QCOMPARE(m_dock->selectedModel(), to);
}

void TestModelsDock::importChecksTheFile_data()
{
    QTest::addColumn<QString>("content");   // empty: a real model
    QTest::addColumn<QString>("listedAs");
    QTest::newRow("a model of the same name") << "" << "darkness-2";
    QTest::newRow("a text file") << "not a model" << "";
    QTest::newRow("an empty file") << "-" << "";
}

void TestModelsDock::importChecksTheFile()
{
    QFETCH(QString, content);
    QFETCH(QString, listedAs);
    QString file = m_darkness;
    if (!content.isEmpty()) {
        file = m_tmp.filePath(QStringLiteral("broken model.pt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (content != QLatin1String("-"))
            f.write(content.toUtf8());
    }
    QSignalSpy done(m_dock.get(), &ModelsDock::done);
    m_dock->importFile(file);
    QVERIFY(done.count() == 1 || done.wait(30000));
    if (listedAs.isEmpty()) {
        QVERIFY2(m_dock->messageText().contains(QStringLiteral("broken model.pt")),
                 qPrintable(m_dock->messageText()));
        QCOMPARE(m_dock->list()->topLevelItemCount(), 2);
        QCOMPARE(QDir(workspace()->modelsDir()).entryList({QStringLiteral("*.pt*")}, QDir::Files).size(), 2);
        return;
    }
    QVERIFY(QFileInfo::exists(workspace()->modelPath(listedAs)));
    QCOMPARE(m_dock->list()->topLevelItemCount(), 3);
    QCOMPARE(m_dock->selectedModel(), listedAs);
    QCOMPARE(workspace()->activeModel(), QStringLiteral("nothing"));   // imported, not activated
}

void TestModelsDock::exportWritesTorchScript()
{
    const QString target = m_tmp.filePath(QStringLiteral("exported-%1.pt").arg(m_run));
    QSignalSpy done(m_dock.get(), &ModelsDock::done);
    m_dock->selectModel(QStringLiteral("darkness"));
    m_dock->exportSelected(target);
    QVERIFY(done.count() == 1 || done.wait(30000));
    QVERIFY2(QFileInfo::exists(target), qPrintable(m_dock->messageText()));
    ModelInfo info;
    QString error;
    QVERIFY2(readSidecar(target, &info, &error), qPrintable(error));
    QCOMPARE(info.kind, ModelKind::TorchScript);
    QVERIFY2(m_dock->messageText().contains(QStringLiteral("torch.jit.load")),
             qPrintable(m_dock->messageText()));
    // A file that cannot be written is reported with its name.
    m_dock->exportSelected(m_tmp.filePath(QStringLiteral("no such folder/out.pt")));
    QVERIFY(done.count() == 2 || done.wait(30000));
    QVERIFY2(m_dock->messageText().contains(QStringLiteral("no such folder")),
             qPrintable(m_dock->messageText()));
}

void TestModelsDock::aModelBeingPredictedStaysPut()
{
    // Predict All writes predictions/darkness/: the model cannot be renamed or deleted until it ends.
    PredictController predict(m_worker.get());
    predict.setSession(m_session);
    predict.setModelFile(workspace()->modelPath(QStringLiteral("darkness")));
    m_dock->setPredictions(&predict);
    QSignalSpy finished(&predict, &PredictController::finished);
    QVector<int> all;
    for (int i = 0; i < m_session->count(); ++i)
        all.append(i);
    QString error;
    QVERIFY2(predict.predict(all, /*skipUpToDate=*/false, &error), qPrintable(error));
    m_dock->selectModel(QStringLiteral("darkness"));
    m_dock->renameSelected(QStringLiteral("renamed"));
    QVERIFY2(m_dock->messageText().contains(QStringLiteral("being written")),
             qPrintable(m_dock->messageText()));
    m_dock->deleteSelected(/*confirmed=*/true);
    QVERIFY(QFileInfo::exists(workspace()->modelPath(QStringLiteral("darkness"))));
    QVERIFY(!button(m_dock.get(), QStringLiteral("Rename"))->isEnabled());
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    // Done: now it can.
    QVERIFY(button(m_dock.get(), QStringLiteral("Rename"))->isEnabled());
    m_dock->renameSelected(QStringLiteral("renamed"));
    QVERIFY(QFileInfo::exists(workspace()->modelPath(QStringLiteral("renamed"))));
    QVERIFY(QFileInfo::exists(workspace()->predictionsDir(QStringLiteral("renamed"))
                              + QStringLiteral("/blob_000.png")));
    QVERIFY(!QFileInfo::exists(workspace()->predictionsDir(QStringLiteral("darkness"))));
}

QTEST_MAIN(TestModelsDock)
#include "tst_modelsdock.moc"
