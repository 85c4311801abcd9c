// Decoding for display: the pyramid, masks with their areas and contours, the agreement and
// uncertainty carried over from the core layers, errors that name the file; the loader's
// cache and prefetch, and how it feeds the CurrentSample.

#include "tests/support/uitestdata.h"
#include "ui/common/currentsample.h"
#include "ui/common/loadedsample.h"
#include "ui/common/sampleloader.h"

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
    void undecodableImageIsNamed();
    void cacheAndPrefetch();
    void invalidateReloadsTheCurrentSample();
    void feedsTheCurrentSample();
    void hugeImagesPreviewWhileMovingAndReadInFullAtRest();

private:
    QTemporaryDir m_tmp;
    std::shared_ptr<core::DatasetSession> m_session;
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
    m_session = core::DatasetSession::open(data, m_tmp.filePath(QStringLiteral("ws")), &error, &warnings);
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
    // Probability 230/255 inside (900 px), 10/255 outside (3900 px): about 47 expected wrong
    // pixels in the band around the border, against a lesion mass of 812: a Dice loss of 0.028.
    QVERIFY(s->uncertainty > 0.02 && s->uncertainty < 0.04);
    QVERIFY(s->maskErrors.isEmpty());
    QCOMPARE(s->maskOrigin, core::MaskOrigin::Dataset);
    QCOMPARE(s->probability.size(), s->levels.size());
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

void TestSampleLoader::undecodableImageIsNamed()
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    QVERIFY(uitest::writeSample(data, QStringLiteral("cut"), kSize, kTruth));
    const QString image = data + QStringLiteral("/images/cut.png");
    QVERIFY(uitest::truncate(image));
    QString error;
    const auto session = core::DatasetSession::open(data, tmp.filePath(QStringLiteral("ws")), &error, nullptr);
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
    QVERIFY(uitest::writePrediction(m_session->predictions(QStringLiteral("demo")).folder(),
                                    QStringLiteral("s3"), kSize, kTruth));
    loader.invalidate(3);
    QVERIFY(loaded.wait(10000));
    const auto s = loaded.last().first().value<LoadedSamplePtr>();
    QCOMPARE(s->id, QStringLiteral("s3"));
    QVERIFY(s->prediction.present());
    QCOMPARE(s->metrics.dice, 1.0);
}

void TestSampleLoader::feedsTheCurrentSample()
{
    CurrentSample current;
    SampleLoader loader;
    loader.follow(&current);
    QSignalSpy layers(&current, &CurrentSample::layersLoaded);
    current.setSession(m_session, QStringLiteral("demo"));
    QCOMPARE(loader.session(), m_session);
    QCOMPARE(loader.model(), QStringLiteral("demo"));
    // The image shown is decoded and handed back; its prediction layer is the model's.
    current.setIndex(0, core::SampleStatus::Source);
    QVERIFY(layers.wait(10000));
    QCOMPARE(current.layers()->id, QStringLiteral("s0"));
    QVERIFY(current.layers()->prediction.present());
    // Another model shown: the same image comes again without that model's prediction.
    current.setModel(QStringLiteral("none-such"));
    QVERIFY(layers.wait(10000));
    QCOMPARE(current.layers()->model, QStringLiteral("none-such"));
    QVERIFY(!current.layers()->prediction.present());
    // A layer of an image no longer shown is not taken.
    current.setIndex(1, core::SampleStatus::Source);
    const LoadedSamplePtr old = loader.cached(0);
    QVERIFY(old);
    current.setLayers(old);
    QVERIFY(!current.layers() || current.layers()->index == 1);
}

void TestSampleLoader::hugeImagesPreviewWhileMovingAndReadInFullAtRest()
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    const cv::Size size(800, 600);
    for (int i = 0; i < 3; ++i)
        QVERIFY(uitest::writeJpegSample(data, QStringLiteral("p%1").arg(i), size, cv::Rect(200, 150, 300, 240)));
    QString error;
    const auto session = core::DatasetSession::open(data, tmp.filePath(QStringLiteral("ws")), &error, nullptr);
    QVERIFY2(session, qPrintable(error));
    SampleLoader loader;
    loader.setSession(session, QString());
    loader.setPreviewSide(200);  // 800 px previews at 1/4
    loader.setRefineDelay(60000);
    loader.setPreviewFolder(tmp.filePath(QStringLiteral("previews")));
    QCOMPARE(loader.previewReduction(0), 4);
    QSignalSpy loaded(&loader, &SampleLoader::loaded);
    loader.request(0);
    QVERIFY(loaded.wait(10000));
    const auto preview = loaded.last().first().value<LoadedSamplePtr>();
    QVERIFY(preview->isPreview());
    QCOMPARE(preview->levels.front().size(), QSize(200, 150));
    QCOMPARE(preview->size, QSize(800, 600));
    // Still moving (the current image is only previewed): neighbours are previewed, not read.
    loader.prefetch({1, 2});
    loader.waitForIdle();
    QTRY_VERIFY(loader.cachedPreview(1) && loader.cachedPreview(2));
    QVERIFY(!loader.cached(1) && !loader.cached(2));
    // Asked for, a previewed neighbour is served at once.
    loader.request(1);
    QCOMPARE(loaded.last().first().value<LoadedSamplePtr>()->id, QStringLiteral("p1"));
    QVERIFY(loaded.last().first().value<LoadedSamplePtr>()->isPreview());
    // The user stays: the full read, then the neighbours in full.
    loader.refine();
    QTRY_VERIFY(loader.cached(1));
    QVERIFY(!loaded.last().first().value<LoadedSamplePtr>()->isPreview());
    QCOMPARE(loaded.last().first().value<LoadedSamplePtr>()->levels.front().size(), QSize(800, 600));
    QTRY_VERIFY_WITH_TIMEOUT(loader.cached(2), 10000);
}

QTEST_MAIN(TestSampleLoader)
#include "tst_sampleloader.moc"
