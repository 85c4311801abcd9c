// The layers of one sample behind one call: the image, the effective mask and where it came
// from, the dataset's mask beside a correction, the prediction and probability map of a model,
// their agreement and the model's uncertainty; scoring without decoding the image; every file
// that cannot be used is named, and the rest is still read.

#include "core/session/samplelayers.h"
#include "core/session/samplescore.h"

#include "tests/support/uitestdata.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dermask;
using namespace dermask::core;

namespace {

const cv::Size kSize(80, 60);
const cv::Rect kTruth(20, 15, 30, 30);
const QString kModel = QStringLiteral("demo");

} // namespace

class TestSampleLayers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void readsEveryLayer();
    void aCorrectionIsTheEffectiveMask();
    void scoresWithoutTheImage();
    void undecodableImageIsNamedAndMasksStillRead();
    void layersOfAnotherSizeAreRefused();
    void hooksRunAsLayersArrive();

private:
    SessionPtr open();

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_data;
    QString m_predictions;
};

void TestSampleLayers::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_data = m_tmp->filePath(QStringLiteral("data"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(uitest::writeSample(m_data, QStringLiteral("s%1").arg(i), kSize, kTruth));
    m_predictions = m_tmp->filePath(QStringLiteral("ws/predictions/demo"));
    // s0's prediction is the truth shifted 6 px right: Dice (30-6)/30 = 0.8, IoU 24/36.
    QVERIFY(uitest::writePrediction(m_predictions, QStringLiteral("s0"), kSize, kTruth + cv::Point(6, 0)));
}

SessionPtr TestSampleLayers::open()
{
    QString error;
    const SessionPtr session =
        DatasetSession::open(m_data, m_tmp->filePath(QStringLiteral("ws")), &error, nullptr);
    if (!session)
        qWarning("%s", qPrintable(error));
    return session;
}

void TestSampleLayers::readsEveryLayer()
{
    const SessionPtr session = open();
    QVERIFY(session);
    const SampleLayers layers = loadSampleLayers(*session, 0, kModel);
    QVERIFY2(layers.imageOk(), qPrintable(layers.imageError));
    QCOMPARE(layers.id, QStringLiteral("s0"));
    QCOMPARE(layers.size, kSize);
    QCOMPARE(layers.image.type(), CV_8UC3);
    QCOMPARE(layers.maskOrigin, MaskOrigin::Dataset);
    QCOMPARE(cv::countNonZero(layers.mask), 900);
    QVERIFY(layers.sourceMask.empty());  // the effective mask is the dataset's own
    QCOMPARE(cv::countNonZero(layers.prediction), 900);
    QCOMPARE(layers.probability.type(), CV_8UC1);
    QVERIFY(layers.hasMetrics);
    QVERIFY(qAbs(layers.metrics.dice - 0.8) < 1e-9);
    QVERIFY(qAbs(layers.metrics.iou - 24.0 / 36.0) < 1e-9);
    // Probability 230/255 inside (900 px), 10/255 outside (3900 px): about 47 expected wrong
    // pixels in the band around the border, against a lesion mass of 812: a Dice loss of 0.028.
    QVERIFY(layers.uncertainty > 0.02 && layers.uncertainty < 0.04);
    QVERIFY(layers.maskErrors.isEmpty());
    // Without a model there is no prediction layer, and nothing to compare.
    const SampleLayers bare = loadSampleLayers(*session, 0, QString());
    QVERIFY(bare.prediction.empty() && bare.probability.empty() && !bare.hasMetrics);
    QCOMPARE(bare.uncertainty, -1.0);
}

void TestSampleLayers::aCorrectionIsTheEffectiveMask()
{
    const SessionPtr session = open();
    QVERIFY(session);
    const cv::Mat corrected = uitest::rectMask(kSize, cv::Rect(10, 10, 20, 20));
    QString error;
    QVERIFY2(session->workspace()->saveAnnotation(QStringLiteral("s1"), corrected, &error), qPrintable(error));
    const SampleLayers layers = loadSampleLayers(*session, 1, kModel);
    QCOMPARE(layers.maskOrigin, MaskOrigin::Correction);
    QCOMPARE(cv::countNonZero(layers.mask), 400);
    QCOMPARE(layers.maskPath, session->workspace()->annotationPath(QStringLiteral("s1")));
    // "Revert" has the dataset's own mask at hand.
    QCOMPARE(cv::countNonZero(layers.sourceMask), 900);
    LayerRequest noSource;
    noSource.sourceMask = false;
    QVERIFY(loadSampleLayers(*session, 1, kModel, noSource).sourceMask.empty());
}

void TestSampleLayers::scoresWithoutTheImage()
{
    // The image of s0 is cut in half: scoring must not need it.
    const QString image = m_data + QStringLiteral("/images/s0.png");
    QVERIFY(uitest::truncate(image));
    const SessionPtr session = open();
    QVERIFY(session);
    const SampleScore score = scoreSample(*session, 0, kModel);
    QVERIFY2(score.error.isEmpty(), qPrintable(score.error));
    QVERIFY(score.hasPrediction && score.hasDice && score.hasUncertainty);
    QVERIFY(qAbs(score.dice - 0.8) < 1e-9);
    QVERIFY(qAbs(score.iou - 24.0 / 36.0) < 1e-9);
    // No prediction of s1: nothing to score, and nothing is read.
    const SampleScore none = scoreSample(*session, 1, kModel);
    QVERIFY(!none.hasPrediction && !none.hasDice && !none.hasUncertainty && none.error.isEmpty());
}

void TestSampleLayers::undecodableImageIsNamedAndMasksStillRead()
{
    const QString image = m_data + QStringLiteral("/images/s0.png");
    QVERIFY(uitest::truncate(image));
    const SessionPtr session = open();
    QVERIFY(session);
    const SampleLayers layers = loadSampleLayers(*session, 0, kModel);
    QVERIFY(!layers.imageOk());
    QVERIFY2(layers.imageError.contains(image), qPrintable(layers.imageError));
    // The masks were read at the header's size all the same.
    QCOMPARE(layers.size, kSize);
    QCOMPARE(cv::countNonZero(layers.mask), 900);
}

void TestSampleLayers::layersOfAnotherSizeAreRefused()
{
    QVERIFY(uitest::writePrediction(m_predictions, QStringLiteral("s2"), cv::Size(40, 30),
                                    cv::Rect(5, 5, 10, 10)));
    const SessionPtr session = open();
    QVERIFY(session);
    const SampleLayers layers = loadSampleLayers(*session, 2, kModel);
    QVERIFY(layers.imageOk());
    QVERIFY(layers.prediction.empty() && layers.probability.empty() && !layers.hasMetrics);
    QCOMPARE(layers.maskErrors.size(), 2);
    QVERIFY2(layers.maskErrors.join(QLatin1Char('\n')).contains(m_predictions + QStringLiteral("/s2.png")),
             qPrintable(layers.maskErrors.join(QLatin1Char('\n'))));
    QVERIFY(layers.maskErrors.join(QLatin1Char('\n')).contains(QStringLiteral("s2_prob.png")));
    // The mask of the image itself is fine.
    QCOMPARE(cv::countNonZero(layers.mask), 900);
}

void TestSampleLayers::hooksRunAsLayersArrive()
{
    const SessionPtr session = open();
    QVERIFY(session);
    QAtomicInt images = 0;
    int masks = 0;
    cv::Size seen;
    LayerRequest request;
    request.onImage = [&](const cv::Mat &rgb) {
        seen = rgb.size();
        images.fetchAndAddRelaxed(1);
    };
    request.onMasks = [&](const SampleLayers &layers) {
        QCOMPARE(layers.size, kSize);
        QCOMPARE(cv::countNonZero(layers.mask), 900);
        ++masks;
    };
    const SampleLayers layers = loadSampleLayers(*session, 0, kModel, request);
    QVERIFY(layers.imageOk());
    QCOMPARE(int(images), 1);
    QCOMPARE(seen, kSize);
    QCOMPARE(masks, 1);
    QCOMPARE(layers.image.size(), kSize);
    // A caller that took the pixels in its hook need not keep them.
    request.keepImage = false;
    const SampleLayers taken = loadSampleLayers(*session, 0, kModel, request);
    QVERIFY(taken.imageOk() && taken.image.empty());
    QCOMPARE(taken.size, kSize);
    QCOMPARE(int(images), 2);
    request.keepImage = true;
    // Without the image, only the masks are read.
    request.image = false;
    const SampleLayers light = loadSampleLayers(*session, 0, kModel, request);
    QVERIFY(!light.imageOk() && light.imageError.isEmpty());
    QCOMPARE(int(images), 2);
    QCOMPARE(masks, 3);
}

QTEST_GUILESS_MAIN(TestSampleLayers)
#include "tst_samplelayers.moc"
