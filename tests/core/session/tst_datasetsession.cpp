// An open dataset as both front ends see it: scanning alone leaves the folder as it was,
// opening adds the workspace (or says why it cannot), statuses follow the workspace, and the
// models with predictions are listed newest first with the one to show first.

#include "core/session/datasetsession.h"

#include "tests/support/uitestdata.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dermask;
using namespace dermask::core;

namespace {

const cv::Size kSize(40, 30);

} // namespace

class TestDatasetSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void scanningWritesNothing();
    void openingAddsTheWorkspace();
    void aFolderThatCannotBeReadIsNamed();
    void listsTheModelsWithPredictions();
    void sessionsAreToldApart();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_data;
};

void TestDatasetSession::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_data = m_tmp->filePath(QStringLiteral("data"));
    QVERIFY(uitest::writeSample(m_data, QStringLiteral("a"), kSize, cv::Rect(5, 5, 10, 10)));
    QVERIFY(uitest::writeSample(m_data, QStringLiteral("b"), kSize, cv::Rect(5, 5, 10, 10)));
}

void TestDatasetSession::scanningWritesNothing()
{
    QString error;
    const SessionPtr session = DatasetSession::scan(m_data, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->count(), 2);
    QVERIFY(!session->workspace());
    QVERIFY(!QFileInfo::exists(m_data + QStringLiteral("/.dermask")));
    QCOMPARE(session->status(0), SampleStatus::Source);
    QVERIFY(session->predictions(QStringLiteral("m")).isNull());
    QVERIFY(session->predictionModels().isEmpty());
}

void TestDatasetSession::openingAddsTheWorkspace()
{
    QString error;
    QStringList warnings;
    const SessionPtr session = DatasetSession::open(m_data, QString(), &error, &warnings);
    QVERIFY2(session, qPrintable(error));
    QVERIFY(session->workspace());
    QCOMPARE(session->workspacePath(), m_data + QStringLiteral("/.dermask"));
    QVERIFY(warnings.isEmpty());
    QString why;
    QVERIFY(session->workspace()->saveAnnotation(QStringLiteral("b"),
                                                 uitest::rectMask(kSize, cv::Rect(0, 0, 4, 4)), &why));
    QVERIFY(session->hasAnnotation(1));
    QCOMPARE(session->status(1), SampleStatus::Corrected);
    QCOMPARE(session->effectiveMaskPath(1), session->workspace()->annotationPath(QStringLiteral("b")));
    QCOMPARE(cv::countNonZero(session->effectiveMask(1, kSize, &why)), 16);
    // A workspace folder that cannot be made only costs the workspace: viewing still works.
    const QString blocker = m_tmp->filePath(QStringLiteral("file"));
    QVERIFY(uitest::writeBytes(blocker, "x"));
    const SessionPtr readOnly =
        DatasetSession::open(m_data, blocker + QStringLiteral("/ws"), &error, &warnings);
    QVERIFY(readOnly);
    QVERIFY(!readOnly->workspace());
    QCOMPARE(warnings.size(), 1);
}

void TestDatasetSession::aFolderThatCannotBeReadIsNamed()
{
    QString error;
    const QString missing = m_tmp->filePath(QStringLiteral("missing"));
    QVERIFY(!DatasetSession::open(missing, QString(), &error, nullptr));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
}

void TestDatasetSession::listsTheModelsWithPredictions()
{
    QString error;
    const SessionPtr session = DatasetSession::open(m_data, QString(), &error, nullptr);
    QVERIFY(session);
    QVERIFY(session->defaultPredictionModel().isEmpty());
    QVERIFY(session->predictions(QStringLiteral("old"))
                .write(QStringLiteral("a"), cv::Mat::zeros(kSize, CV_8UC1), cv::Mat(), &error));
    QThread::msleep(1100);  // folder times have a second's resolution on some file systems
    QVERIFY(session->predictions(QStringLiteral("new"))
                .write(QStringLiteral("a"), cv::Mat::zeros(kSize, CV_8UC1), cv::Mat(), &error));
    QCOMPARE(session->predictionModels(), QStringList({"new", "old"}));
    QCOMPARE(session->defaultPredictionModel(), QStringLiteral("new"));
    // The active model wins when it has predictions.
    QVERIFY(session->workspace()->setActiveModel(QStringLiteral("old"), &error));
    QCOMPARE(session->defaultPredictionModel(), QStringLiteral("old"));
    QCOMPARE(session->predictions(QStringLiteral("old")).folder(),
             QDir::cleanPath(session->workspace()->predictionsDir(QStringLiteral("old"))));
}

void TestDatasetSession::sessionsAreToldApart()
{
    QString error;
    const SessionPtr one = DatasetSession::scan(m_data, &error);
    const SessionPtr two = DatasetSession::scan(m_data, &error);
    QVERIFY(one->serial() != two->serial());
}

QTEST_GUILESS_MAIN(TestDatasetSession)
#include "tst_datasetsession.moc"
