// Click models: a tiny one trained for a few epochs on blob images with simulated clicks needs
// fewer clicks than its untrained self (the protocol's NoC and IoU); a correction changes the
// mask only inside the part of the image the model looked at and comes back at the image's
// size; each clicked pixel comes out as its click says; a box starts a mask inside it only;
// and the mix-ups are refused by name (a segmentation model asked to correct, a click model
// asked to predict or fine-tuned into a segmentation model, a mask of another size).

#include "tests/support/enginetestdata.h"

#include "core/click/clickprotocol.h"
#include "core/engine/modelworker.h"
#include "core/inference/clickcorrector.h"
#include "core/inference/predictor.h"
#include "core/metrics/metrics.h"
#include "core/training/trainer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <random>

using namespace dermask::core;

namespace {

/// The annotator played with @p model on blobs never trained on: the summary over them.
ClickSummary playOn(Predictor *model, int maxClicks)
{
    ClickCorrector corrector(model);
    std::vector<std::vector<double>> curves;
    for (int i = 0; i < 16; ++i) {
        cv::Mat image, truth;
        enginetest::makeBlob(quint64(1000 + i), 96, 80, &image, &truth);
        corrector.setImage(image);
        curves.push_back(playAnnotator(truth, maxClicks, [&](const std::vector<Click> &clicks, const cv::Mat &previous) {
            cv::Mat out;
            QString why;
            return corrector.correct(previous, clicks, &out, nullptr, &why) ? out : cv::Mat();
        }));
    }
    return summarizeClicks(curves, maxClicks);
}

} // namespace

class TestClickCorrector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(enginetest::trainTinyClickModel(m_dir.filePath("data"), m_dir.filePath("click.pt"), &error,
                                                 m_dir.filePath("untrained.pt")),
                 qPrintable(error));
        const auto samples = enginetest::writeBlobDataset(m_dir.filePath("data"), 48);
        TrainingConfig c;
        c.width = 0.25;
        c.inputSize = 64;
        c.batchSize = 8;
        c.learningRate = 5e-3;
        c.threads = 2;
        c.precision = Precision::Fp32;
        c.epochs = 1;
        c.outputModel = m_dir.filePath("segment.pt");
        Trainer s;
        QVERIFY2(s.prepare(c, samples, &error), qPrintable(error));
        QVERIFY2(s.run(&error), qPrintable(error));
        QVERIFY2(m_click.load(m_dir.filePath("click.pt"), &error), qPrintable(error));
        QVERIFY2(m_untrained.load(m_dir.filePath("untrained.pt"), &error), qPrintable(error));
        QCOMPARE(m_click.info().task, ModelTask::Click);
    }

    void trainingOnSimulatedClicksLowersTheClicksNeeded()
    {
        const ClickSummary untrained = playOn(&m_untrained, 5);
        const ClickSummary trained = playOn(&m_click, 5);
        const QString figures = QStringLiteral("NoC@85 %1 -> %2, IoU after 3 clicks %3 -> %4")
                                    .arg(untrained.nocAt85).arg(trained.nocAt85)
                                    .arg(untrained.meanIoU[2]).arg(trained.meanIoU[2]);
        qInfo("%s", qPrintable(figures));
        QVERIFY2(trained.nocAt85 < untrained.nocAt85 - 1.0, qPrintable(figures));
        QVERIFY2(trained.meanIoU[2] > untrained.meanIoU[2] + 0.2, qPrintable(figures));
        QVERIFY2(trained.meanIoU[2] > 0.7, qPrintable(figures));
    }

    void aCorrectionSaysExactlyWhatChanged()
    {
        QString error;
        ClickCorrector corrector(&m_click);
        cv::Mat image, truth;
        enginetest::makeBlob(77, 400, 300, &image, &truth);
        corrector.setImage(image);
        // A mask with the lesion and a speck: the answer is written where it differs, and the
        // box reported (what the undo step and the overlay look at) is exactly that.
        cv::Mat mask = truth.clone();
        cv::rectangle(mask, cv::Rect(0, 0, 3, 3), cv::Scalar(255), cv::FILLED);
        Click inside;
        QVERIFY(nextClick(truth, cv::Mat::zeros(truth.size(), CV_8UC1), &inside));
        cv::Mat out;
        cv::Rect changed;
        QVERIFY2(corrector.correct(mask, {inside}, &out, &changed, &error), qPrintable(error));
        QCOMPARE(out.size(), image.size());
        QCOMPARE(out.type(), CV_8UC1);
        QVERIFY((changed & cv::Rect(0, 0, 400, 300)) == changed);
        QCOMPARE(changed, cv::boundingRect(out != mask));   // exactly the box of what changed
        QVERIFY(!changed.empty());
        QVERIFY(out.at<uchar>(inside.point) != 0);
        // A mask of another size is refused, naming both sizes.
        QVERIFY(!corrector.correct(cv::Mat::zeros(10, 10, CV_8UC1), {inside}, &out, nullptr, &error));
        QVERIFY2(error.contains("10x10") && error.contains("400x300"), qPrintable(error));
    }

    void theClickedPixelsSayWhatTheClicksSay()
    {
        // Clicks of either sign anywhere, to a model that knows nothing: whatever it answers,
        // each clicked pixel comes out as its newest click says.
        QString error;
        ClickCorrector corrector(&m_untrained);
        cv::Mat image, truth;
        enginetest::makeBlob(5, 120, 90, &image, &truth);
        corrector.setImage(image);
        std::mt19937_64 rng(7);
        std::vector<Click> clicks;
        for (int i = 0; i < 40; ++i)
            clicks.push_back(Click{cv::Point(int(rng() % 120), int(rng() % 90)), i % 2 == 0});
        clicks.push_back(Click{clicks.front().point, !clicks.front().positive});  // changed its mind
        std::map<std::pair<int, int>, bool> said;
        for (const Click &c : clicks)
            said[{c.point.x, c.point.y}] = c.positive;
        for (const cv::Mat &mask : {cv::Mat(), truth}) {
            cv::Mat out;
            QVERIFY2(corrector.correct(mask, clicks, &out, nullptr, &error), qPrintable(error));
            for (const auto &[at, positive] : said)
                QCOMPARE(out.at<uchar>(at.second, at.first) != 0, positive);
        }
    }

    void aBoxStartsTheMaskInsideItOnly()
    {
        QString error;
        ClickCorrector corrector(&m_click);
        cv::Mat image, truth;
        enginetest::makeBlob(91, 320, 240, &image, &truth);
        corrector.setImage(image);
        const cv::Rect lesion = cv::boundingRect(truth);
        const cv::Rect box(lesion.x - 5, lesion.y - 5, lesion.width + 10, lesion.height + 10);
        // Over a mask with a speck far away: the speck stays, and the lesion is found in the box.
        cv::Mat mask = cv::Mat::zeros(truth.size(), CV_8UC1), out;
        cv::rectangle(mask, cv::Rect(0, 0, 3, 3), cv::Scalar(255), cv::FILLED);
        cv::Rect changed;
        QVERIFY2(corrector.startFromBox(mask, box, &out, &changed, &error), qPrintable(error));
        QVERIFY((changed & box) == changed);
        QCOMPARE(changed, cv::boundingRect(out != mask));
        QCOMPARE(cv::countNonZero(out(cv::Rect(0, 0, 3, 3))), 9);
        cv::Mat inBox = cv::Mat::zeros(truth.size(), CV_8UC1);
        out(box).copyTo(inBox(box));
        const double iou = compareMasks(truth, inBox).iou;
        QVERIFY2(iou > 0.6, qPrintable(QString::number(iou)));
        // A box off the image is refused, saying where it was.
        QVERIFY(!corrector.startFromBox(mask, cv::Rect(400, 300, 20, 20), &out, nullptr, &error));
        QVERIFY2(error.contains("box") && error.contains("400,300"), qPrintable(error));
    }

    void theModelWorkerCorrects()
    {
        // The same answer as the corrector's own, through the one model worker; a segmentation
        // model fails the job by name.
        cv::Mat image, truth;
        enginetest::makeBlob(31, 320, 240, &image, &truth);
        Click first;
        QVERIFY(nextClick(truth, cv::Mat::zeros(truth.size(), CV_8UC1), &first));
        QString error;
        ClickCorrector direct(&m_click);
        direct.setImage(image);
        cv::Mat expected;
        QVERIFY2(direct.correct(cv::Mat(), {first}, &expected, nullptr, &error), qPrintable(error));

        ModelWorker worker;
        QSignalSpy ready(&worker, &ModelWorker::correctionReady);
        QSignalSpy ended(&worker, &ModelWorker::jobEnded);
        const JobId job = worker.correct(m_dir.filePath("click.pt"), "k", image, cv::Mat(), {first});
        const JobId wrong = worker.correct(m_dir.filePath("segment.pt"), "other", image, cv::Mat(), {first});
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 30000);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(0).value<JobId>(), job);
        const ClickCorrection answer = ready.at(0).at(2).value<ClickCorrection>();
        QCOMPARE(cv::countNonZero(answer.mask != expected), 0);
        for (const QList<QVariant> &args : ended) {
            const auto id = args.at(0).value<JobId>();
            const auto result = args.at(1).value<JobResult>();
            if (id == wrong) {
                QCOMPARE(result.end, JobEnd::Failed);
                QVERIFY2(result.error.contains("click model"), qPrintable(result.error));
            }
        }
    }

    void modelsOfTheOtherTaskAreRefusedByName()
    {
        QString error;
        Predictor segment;
        QVERIFY2(segment.load(m_dir.filePath("segment.pt"), &error), qPrintable(error));
        ClickCorrector corrector(&segment);
        cv::Mat image, truth, out;
        enginetest::makeBlob(5, 64, 64, &image, &truth);
        corrector.setImage(image);
        QVERIFY(!corrector.correct(cv::Mat(), {Click{{32, 32}, true}}, &out, nullptr, &error));
        QVERIFY2(error.contains("click model"), qPrintable(error));

        Prediction p;
        QVERIFY(!m_click.predict(image, &p, &error));
        QVERIFY2(error.contains("click.pt") && error.contains("click model"), qPrintable(error));

        TrainingConfig c;
        c.initModel = m_dir.filePath("click.pt");
        c.epochs = 1;
        Trainer t;
        QVERIFY(!t.prepare(c, enginetest::writeBlobDataset(m_dir.filePath("more"), 4), &error));
        QVERIFY2(error.contains("click model") && error.contains("segment model"), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    Predictor m_click, m_untrained;  ///< the tiny click model trained in initTestCase, and its untrained self
};

QTEST_GUILESS_MAIN(TestClickCorrector)
#include "tst_clickcorrector.moc"
