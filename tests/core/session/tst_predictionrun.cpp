// The one loop that predicts images and files the results (dermask-cli predict and the Predict
// menu): every outcome is reported in order, results go through the store, an image that
// cannot be read or predicted is named and the run goes on, an up-to-date prediction is left
// alone, and the caller can stop it between two images.

#include "core/session/predictionrun.h"

#include "tests/support/uitestdata.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask;
using namespace dermask::core;

namespace {

const cv::Size kSize(40, 30);

/// A "network" that calls the left half of every image lesion, with probability 0.9.
bool leftHalf(const cv::Mat &rgb, Prediction *out, QString *)
{
    out->mask = cv::Mat::zeros(rgb.size(), CV_8UC1);
    out->mask(cv::Rect(0, 0, rgb.cols / 2, rgb.rows)).setTo(255);
    out->probability = cv::Mat(rgb.size(), CV_32FC1, cv::Scalar(0.1));
    out->probability(cv::Rect(0, 0, rgb.cols / 2, rgb.rows)).setTo(0.9);
    out->uncertainty = 0.469;
    return true;
}

} // namespace

class TestPredictionRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void predictsEveryImageInOrder();
    void namesWhatFailsAndGoesOn();
    void leavesUpToDatePredictionsAlone();
    void stopsWhenAsked();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QVector<PredictionInput> m_inputs;
};

void TestPredictionRun::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    const QString data = m_tmp->filePath(QStringLiteral("data"));
    m_inputs.clear();
    for (int i = 0; i < 4; ++i) {
        const QString id = QStringLiteral("s%1").arg(i);
        QVERIFY(uitest::writeSample(data, id, kSize, cv::Rect(5, 5, 10, 10)));
        m_inputs.append({id, data + QStringLiteral("/images/") + id + QStringLiteral(".png")});
    }
}

void TestPredictionRun::predictsEveryImageInOrder()
{
    const PredictionStore store(m_tmp->filePath(QStringLiteral("out")));
    QVector<PredictionOutcome> outcomes;
    const int written = runPredictions(m_inputs, leftHalf, store, PredictionRunOptions(),
                                       [&](const PredictionOutcome &outcome) {
                                           outcomes.append(outcome);
                                           return true;
                                       });
    QCOMPARE(written, 4);
    QCOMPARE(outcomes.size(), 4);
    for (int i = 0; i < outcomes.size(); ++i) {
        QCOMPARE(outcomes[i].id, m_inputs[i].id);
        QCOMPARE(outcomes[i].position, i);
        QVERIFY(outcomes[i].ok && !outcomes[i].skipped && outcomes[i].error.isEmpty());
        QCOMPARE(outcomes[i].uncertainty, 0.469);
    }
    QString error;
    const cv::Mat mask = store.readMask(QStringLiteral("s2"), kSize, &error);
    QCOMPARE(cv::countNonZero(mask), 20 * 30);
    const cv::Mat map = store.readProbability(QStringLiteral("s2"), kSize, &error);
    QCOMPARE(int(map.at<uchar>(0, 0)), 230);   // 0.9 x 255, rounded
    QCOMPARE(int(map.at<uchar>(0, 39)), 26);   // 0.1 x 255, rounded
    // Masks only, when the maps are not wanted.
    const PredictionStore masksOnly(m_tmp->filePath(QStringLiteral("masks")));
    PredictionRunOptions options;
    options.probabilities = false;
    runPredictions(m_inputs, leftHalf, masksOnly, options, [](const PredictionOutcome &) { return true; });
    QVERIFY(masksOnly.hasMask(QStringLiteral("s0")) && !masksOnly.hasProbability(QStringLiteral("s0")));
}

void TestPredictionRun::namesWhatFailsAndGoesOn()
{
    // s1's image is garbage; the network refuses s2.
    QVERIFY(uitest::writeBytes(m_inputs[1].imagePath, QByteArray("not a png")));
    int calls = 0;
    const PredictFunction picky = [&calls](const cv::Mat &rgb, Prediction *out, QString *error) {
        if (++calls == 2) {
            *error = QStringLiteral("out of memory");
            return false;
        }
        return leftHalf(rgb, out, error);
    };
    const PredictionStore store(m_tmp->filePath(QStringLiteral("out")));
    QVector<PredictionOutcome> outcomes;
    const int written = runPredictions(m_inputs, picky, store, PredictionRunOptions(),
                                       [&](const PredictionOutcome &o) {
                                           outcomes.append(o);
                                           return true;
                                       });
    QCOMPARE(written, 2);
    QCOMPARE(outcomes.size(), 4);
    QVERIFY(!outcomes[1].ok);
    QVERIFY2(outcomes[1].error.contains(QStringLiteral("s1.png")), qPrintable(outcomes[1].error));
    QVERIFY(!outcomes[2].ok);
    QVERIFY2(outcomes[2].error.contains(QStringLiteral("s2.png"))
                 && outcomes[2].error.contains(QStringLiteral("out of memory")),
             qPrintable(outcomes[2].error));
    QVERIFY(outcomes[3].ok);
    QVERIFY(!store.hasMask(QStringLiteral("s1")) && !store.hasMask(QStringLiteral("s2")));
}

void TestPredictionRun::leavesUpToDatePredictionsAlone()
{
    const PredictionStore store(m_tmp->filePath(QStringLiteral("out")));
    QVERIFY(store.write(QStringLiteral("s1"), cv::Mat::zeros(kSize, CV_8UC1), cv::Mat(), nullptr));
    PredictionRunOptions options;
    options.skipIfNewerThan = QDateTime::currentDateTime().addSecs(-60);  // the model file's time
    int predicted = 0;
    QStringList skipped;
    runPredictions(m_inputs, [&](const cv::Mat &rgb, Prediction *out, QString *error) {
        ++predicted;
        return leftHalf(rgb, out, error);
    }, store, options, [&](const PredictionOutcome &o) {
        if (o.skipped)
            skipped << o.id;
        return true;
    });
    QCOMPARE(predicted, 3);
    QCOMPARE(skipped, QStringList({"s1"}));
    QCOMPARE(cv::countNonZero(store.readMask(QStringLiteral("s1"), kSize, nullptr)), 0);  // untouched
}

void TestPredictionRun::stopsWhenAsked()
{
    const PredictionStore store(m_tmp->filePath(QStringLiteral("out")));
    int reported = 0;
    const int written = runPredictions(m_inputs, leftHalf, store, PredictionRunOptions(),
                                       [&](const PredictionOutcome &) { return ++reported < 2; });
    QCOMPARE(reported, 2);
    QCOMPARE(written, 2);
    QVERIFY(!store.hasMask(QStringLiteral("s2")));
}

QTEST_GUILESS_MAIN(TestPredictionRun)
#include "tst_predictionrun.moc"
