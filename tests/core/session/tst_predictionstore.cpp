// Where predictions live and how they are encoded, once for the CLI, the Predict menu and the
// training loop: the file names, the probability encoding (x 255, rounded, 16-bit maps read
// too), atomic writes that create the folder, and refusals that name the file.

#include "core/session/predictionstore.h"

#include "core/image/imageio.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>

using namespace dermask::core;

class TestPredictionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesTheFiles();
    void writesAndReadsBack_data();
    void writesAndReadsBack();
    void readsSixteenBitMaps();
    void refusesAnotherSize();
    void nullStoreWritesNothing();
    void knowsWhatIsUpToDate();
};

void TestPredictionStore::namesTheFiles()
{
    const PredictionStore store(QStringLiteral("/ws/predictions/m1/"));
    QCOMPARE(store.folder(), QStringLiteral("/ws/predictions/m1"));
    QCOMPARE(store.maskPath(QStringLiteral("ISIC_0000001")),
             QStringLiteral("/ws/predictions/m1/ISIC_0000001.png"));
    QCOMPARE(store.probabilityPath(QStringLiteral("ISIC_0000001")),
             QStringLiteral("/ws/predictions/m1/ISIC_0000001_prob.png"));
}

void TestPredictionStore::writesAndReadsBack_data()
{
    QTest::addColumn<float>("probability");
    QTest::addColumn<int>("stored");
    QTest::newRow("certain lesion") << 1.0f << 255;
    QTest::newRow("certain skin") << 0.0f << 0;
    QTest::newRow("rounded half") << 0.5f << 128;
    QTest::newRow("saturates above one") << 1.5f << 255;
    QTest::newRow("saturates below zero") << -0.2f << 0;
}

void TestPredictionStore::writesAndReadsBack()
{
    QFETCH(float, probability);
    QFETCH(int, stored);
    QTemporaryDir tmp;
    const PredictionStore store(tmp.filePath(QStringLiteral("predictions/model")));  // created on write
    cv::Mat mask = cv::Mat::zeros(30, 40, CV_8UC1);
    mask(cv::Rect(5, 5, 10, 10)).setTo(255);
    const cv::Mat map(30, 40, CV_32FC1, cv::Scalar(probability));
    QString error;
    QVERIFY2(store.write(QStringLiteral("a"), mask, map, &error), qPrintable(error));
    QVERIFY(store.hasMask(QStringLiteral("a")) && store.hasProbability(QStringLiteral("a")));
    const cv::Mat maskBack = store.readMask(QStringLiteral("a"), cv::Size(40, 30), &error);
    QCOMPARE(cv::countNonZero(maskBack != mask), 0);
    const cv::Mat mapBack = store.readProbability(QStringLiteral("a"), cv::Size(40, 30), &error);
    QCOMPARE(mapBack.type(), CV_8UC1);
    QCOMPARE(int(mapBack.at<uchar>(0, 0)), stored);
    // A map already encoded is written as it is.
    const cv::Mat encoded(30, 40, CV_8UC1, cv::Scalar(77));
    QVERIFY(store.write(QStringLiteral("b"), mask, encoded, &error));
    QCOMPARE(int(store.readProbability(QStringLiteral("b"), {}, &error).at<uchar>(3, 3)), 77);
    // Without a map only the mask is written.
    QVERIFY(store.write(QStringLiteral("c"), mask, cv::Mat(), &error));
    QVERIFY(store.hasMask(QStringLiteral("c")) && !store.hasProbability(QStringLiteral("c")));
    QVERIFY(store.readProbability(QStringLiteral("c"), {}, &error).empty());
}

void TestPredictionStore::readsSixteenBitMaps()
{
    QTemporaryDir tmp;
    const PredictionStore store(tmp.path());
    const cv::Mat sixteen(8, 8, CV_16UC1, cv::Scalar(65535));
    QVERIFY(cv::imwrite(store.probabilityPath(QStringLiteral("x")).toStdString(), sixteen));
    QString error;
    const cv::Mat map = store.readProbability(QStringLiteral("x"), cv::Size(8, 8), &error);
    QVERIFY2(!map.empty(), qPrintable(error));
    QCOMPARE(int(map.at<uchar>(0, 0)), 255);
}

void TestPredictionStore::refusesAnotherSize()
{
    QTemporaryDir tmp;
    const PredictionStore store(tmp.path());
    QString error;
    const cv::Mat mask = cv::Mat::zeros(10, 10, CV_8UC1);
    QVERIFY(store.write(QStringLiteral("s"), mask, cv::Mat(10, 10, CV_32FC1, cv::Scalar(0.3)), &error));
    // The image is 20x10: the files belong to another picture and are refused, never resized.
    QVERIFY(store.readProbability(QStringLiteral("s"), cv::Size(20, 10), &error).empty());
    QVERIFY2(error.contains(store.probabilityPath(QStringLiteral("s")))
                 && error.contains(QStringLiteral("10x10")),
             qPrintable(error));
    error.clear();
    QVERIFY(store.readMask(QStringLiteral("s"), cv::Size(20, 10), &error).empty());
    QVERIFY2(error.contains(QStringLiteral("s.png")), qPrintable(error));
    // Neither a mask of another type nor a map of another size is written.
    QVERIFY(!store.write(QStringLiteral("t"), cv::Mat::zeros(10, 10, CV_32FC1), cv::Mat(), &error));
    QVERIFY(!store.write(QStringLiteral("t"), mask, cv::Mat(5, 5, CV_32FC1, cv::Scalar(0)), &error));
    QVERIFY(!store.hasMask(QStringLiteral("t")));
}

void TestPredictionStore::nullStoreWritesNothing()
{
    const PredictionStore none;
    QVERIFY(none.isNull());
    QVERIFY(none.maskPath(QStringLiteral("a")).isEmpty());
    QString error;
    QVERIFY(!none.write(QStringLiteral("a"), cv::Mat::zeros(4, 4, CV_8UC1), cv::Mat(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!none.hasMask(QStringLiteral("a")));
}

void TestPredictionStore::knowsWhatIsUpToDate()
{
    QTemporaryDir tmp;
    const PredictionStore store(tmp.path());
    const QDateTime before = QDateTime::currentDateTime().addSecs(-60);
    QVERIFY(!store.isUpToDate(QStringLiteral("a"), before));  // nothing written yet
    QVERIFY(store.write(QStringLiteral("a"), cv::Mat::zeros(4, 4, CV_8UC1), cv::Mat(), nullptr));
    QVERIFY(store.isUpToDate(QStringLiteral("a"), before));
    QVERIFY(!store.isUpToDate(QStringLiteral("a"), QDateTime::currentDateTime().addSecs(60)));
}

QTEST_GUILESS_MAIN(TestPredictionStore)
#include "tst_predictionstore.moc"
