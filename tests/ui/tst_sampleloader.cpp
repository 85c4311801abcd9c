// Decoding for display: the pyramid, masks with their areas and contours, prediction scores
// and uncertainty, errors that name the file; the loader's cache and prefetch.

#include "ui/common/loadedsample.h"
#include "ui/common/predictionscore.h"
#include "ui/common/sampleloader.h"
#include "uitestdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask;
using namespace dermask::ui;

namespace {

const cv::Size kSize(80, 60);
const cv::Rect kTruth(20, 15, 30, 30);

} // namespace

class TestSampleLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsImageMasksAndScores();
    void pyramidHalvesDownTo256();
    void uncertainty_data();
    void uncertainty();
    void undecodableImageIsNamed();
    void cacheAndPrefetch();
    void invalidateReloadsTheCurrentSample();

private:
    QTemporaryDir m_tmp;
    std::shared_ptr<DatasetSession> m_session;
};

void TestSampleLoader::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QString data = m_tmp.filePath(QStringLiteral("data"));
    for (int i = 0; i < 4; ++i)
        QVERIFY(uitest::writeSample(data, QStringLiteral("s%1").arg(i), kSize, kTruth));
    // s0's prediction is the truth shifted 6 px right: Dice (30-6)/30 = 0.8, IoU 24/36.
    QVERIFY(uitest::writePrediction(m_tmp.filePath(QStringLiteral("ws/predictions/demo")),
                                    QStringLiteral("s0"), kSize, kTruth + cv::Point(6, 0)));
    QString error;
    QStringList warnings;
    m_session = DatasetSession::open(data, m_tmp.filePath(QStringLiteral("ws")), &error, &warnings);
    QVERIFY2(m_session, qPrintable(error));
    QCOMPARE(m_session->count(), 4);
    QCOMPARE(m_session->predictionModels(), QStringList({"demo"}));
    QCOMPARE(m_session->defaultPredictionModel(), QStringLiteral("demo"));
}

void TestSampleLoader::loadsImageMasksAndScores()
{
    const auto s = loadSample(*m_session, 0, QStringLiteral("demo"));
    QVERIFY2(s->imageOk(), qPrintable(s->imageError));
    QCOMPARE(s->id, QStringLiteral("s0"));
    QCOMPARE(s->size, QSize(80, 60));
    QCOMPARE(s->levels.front().format(), QImage::Format_RGB32);
    QCOMPARE(s->truth.area, qint64(900));
    QCOMPARE(s->prediction.area, qint64(900));
    QCOMPARE(s->truth.contours.size(), 1);
    QVERIFY(s->hasMetrics);
    QVERIFY(qAbs(s->metrics.dice - 0.8) < 1e-9);
    QVERIFY(qAbs(s->metrics.iou - 24.0 / 36.0) < 1e-9);
    // Probability 230/255 inside (900 px), 10/255 outside (3900 px).
    QVERIFY(s->uncertainty > 0.2 && s->uncertainty < 0.35);
    QVERIFY(s->maskErrors.isEmpty());

    const SampleScore score = scoreSample(*m_session, 0, QStringLiteral("demo"));
    QVERIFY(score.hasDice);
    QVERIFY(qAbs(score.dice - 0.8) < 1e-9);
    QVERIFY(score.hasUncertainty);
    const SampleScore none = scoreSample(*m_session, 1, QStringLiteral("demo"));
    QVERIFY(!none.hasPrediction && !none.hasDice && !none.hasUncertainty);
    // No model: no prediction layer, nothing to compare.
    const auto bare = loadSample(*m_session, 0, QString());
    QVERIFY(!bare->prediction.present());
    QVERIFY(!bare->hasMetrics);
}

void TestSampleLoader::pyramidHalvesDownTo256()
{
    const auto levels = buildImagePyramid(cv::Mat(600, 1000, CV_8UC3, cv::Scalar(1, 2, 3)));
    QCOMPARE(int(levels.size()), 3);
    QCOMPARE(levels[1].size(), QSize(500, 300));
    QCOMPARE(levels[2].size(), QSize(250, 150));
    // RGB order survives the conversion.
    QCOMPARE(levels[2].pixel(10, 10), qRgb(1, 2, 3));
    const auto masks = buildMaskPyramid(cv::Mat(600, 1000, CV_8UC1, cv::Scalar(255)), 3);
    QCOMPARE(masks[2].cols, 250);
}

void TestSampleLoader::uncertainty_data()
{
    QTest::addColumn<int>("inside");
    QTest::addColumn<int>("outside");
    QTest::addColumn<double>("expected");
    // Mean binary entropy in bits over the map; half the pixels are "inside".
    QTest::newRow("certain") << 255 << 0 << 0.0;
    QTest::newRow("coin toss inside") << 128 << 0 << 0.5 * 0.99998;
    QTest::newRow("coin toss everywhere") << 128 << 127 << 0.99998;
    // p = 51/255 = 0.2: H = 0.7219 bits, on half the pixels.
    QTest::newRow("fifth inside") << 51 << 0 << 0.5 * 0.721928;
}

void TestSampleLoader::uncertainty()
{
    QFETCH(int, inside);
    QFETCH(int, outside);
    QFETCH(double, expected);
    cv::Mat prob(10, 10, CV_8UC1, cv::Scalar(outside));
    prob(cv::Rect(0, 0, 5, 10)).setTo(inside);
    QVERIFY2(qAbs(uncertaintyOf(prob) - expected) < 1e-4, qPrintable(QString::number(uncertaintyOf(prob))));
    QCOMPARE(uncertaintyOf(cv::Mat()), -1.0);
}

void TestSampleLoader::undecodableImageIsNamed()
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    QVERIFY(uitest::writeSample(data, QStringLiteral("cut"), kSize, kTruth));
    const QString image = data + QStringLiteral("/images/cut.png");
    QFile file(image);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(uitest::writeBytes(image, bytes.left(bytes.size() / 2)));
    QString error;
    const auto session = DatasetSession::open(data, tmp.filePath(QStringLiteral("ws")), &error, nullptr);
    QVERIFY(session);
    QCOMPARE(session->count(), 1);
    const auto s = loadSample(*session, 0, QString());
    QVERIFY(!s->imageOk());
    QVERIFY2(s->imageError.contains(image), qPrintable(s->imageError));
}

void TestSampleLoader::cacheAndPrefetch()
{
    SampleLoader loader;
    loader.setSession(m_session, QStringLiteral("demo"));
    QSignalSpy loaded(&loader, &SampleLoader::loaded);
    loader.request(0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().first().value<LoadedSamplePtr>()->index, 0);
    loader.prefetch({1, 2});
    QTRY_VERIFY_WITH_TIMEOUT(loader.cached(1) && loader.cached(2), 10000);
    // A prefetched sample is served at once, without waiting for a thread.
    const int before = int(loaded.count());
    loader.request(2);
    QCOMPARE(loaded.count(), before + 1);
    QCOMPARE(loaded.last().first().value<LoadedSamplePtr>()->id, QStringLiteral("s2"));
    // A new session forgets the old samples.
    loader.setSession(m_session, QString());
    QVERIFY(!loader.cached(2));
}

void TestSampleLoader::invalidateReloadsTheCurrentSample()
{
    SampleLoader loader;
    loader.setSession(m_session, QStringLiteral("demo"));
    QSignalSpy loaded(&loader, &SampleLoader::loaded);
    loader.request(3);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!loaded.last().first().value<LoadedSamplePtr>()->prediction.present());
    // A prediction for s3 appears on disk (as "Predict" writes it); the loader picks it up.
    QVERIFY(uitest::writePrediction(m_session->predictionsFolder(QStringLiteral("demo")),
                                    QStringLiteral("s3"), kSize, kTruth));
    loader.invalidate(3);
    QVERIFY(loaded.wait(10000));
    const auto s = loaded.last().first().value<LoadedSamplePtr>();
    QCOMPARE(s->id, QStringLiteral("s3"));
    QVERIFY(s->prediction.present());
    QCOMPARE(s->metrics.dice, 1.0);
}

QTEST_MAIN(TestSampleLoader)
#include "tst_sampleloader.moc"
