// The engine's protocol: every job is answered exactly once (finished, failed with the file
// named, or cancelled, also while queued); a cancel at any moment ends a run; predictions are
// served between training batches and say which weights made them; a prediction run files its
// images between the batches of a run; the worker going away answers what is left.

#include "tests/support/enginetestdata.h"

#include "core/engine/modelworker.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask::core;

Q_DECLARE_METATYPE(cv::Mat)

namespace {

TrainingConfig tinyConfig(const QString &dir, int epochs)
{
    TrainingConfig c;
    c.network = QStringLiteral("unet");
    c.width = 0.25;
    c.inputSize = 64;
    c.batchSize = 4;
    c.epochs = epochs;
    c.patience = 1000;
    c.threads = 1;
    c.validationFraction = 0.25;
    c.outputModel = dir + "/worker.pt";
    c.checkpointPath = dir + "/worker.ckpt";
    return c;
}

/// What a worker reported, received on the test's thread (a Reports on the worker itself
/// would be filled by the worker's thread while the test reads it).
class Reports : public QObject
{
public:
    template <typename Signal>
    Reports(ModelWorker *worker, Signal signal)
    {
        QObject::connect(worker, signal, this, [this](auto... args) {
            m_calls.append(QList<QVariant>{QVariant::fromValue(args)...});
        }, Qt::QueuedConnection);
    }
    int size() const { return int(m_calls.size()); }
    int count() const { return size(); }
    bool isEmpty() const { return m_calls.isEmpty(); }
    void clear() { m_calls.clear(); }
    const QList<QVariant> &first() const { return m_calls.first(); }
    const QList<QVariant> &last() const { return m_calls.last(); }
    const QList<QVariant> &at(int i) const { return m_calls.at(i); }
    QList<QList<QVariant>>::const_iterator begin() const { return m_calls.begin(); }
    QList<QList<QVariant>>::const_iterator end() const { return m_calls.end(); }
    bool wait(int ms)
    {
        const int before = size();
        QElapsedTimer clock;
        clock.start();
        while (size() == before && clock.elapsed() < ms)
            QTest::qWait(10);
        return size() > before;
    }

private:
    QList<QList<QVariant>> m_calls;
};

/// The answers jobEnded() gave, by job.
class Answers
{
public:
    explicit Answers(ModelWorker *worker) : m_reports(worker, &ModelWorker::jobEnded) {}
    int count(JobId job) const
    {
        int n = 0;
        for (const QList<QVariant> &args : m_reports)
            n += args.at(0).value<JobId>() == job;
        return n;
    }
    bool has(JobId job) const { return count(job) > 0; }
    JobResult of(JobId job) const
    {
        for (const QList<QVariant> &args : m_reports)
            if (args.at(0).value<JobId>() == job)
                return args.at(1).value<JobResult>();
        return JobResult();
    }

private:
    Reports m_reports;
};

} // namespace

class TestModelWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_samples = enginetest::writeBlobDataset(m_dir.filePath("data"), 16);
        // One small model every test can predict with.
        ModelWorker worker;
        Answers answers(&worker);
        const JobId job = worker.train(tinyConfig(m_dir.path(), 2), m_samples);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(job), 60000);
        QCOMPARE(answers.of(job).end, JobEnd::Finished);
        QCOMPARE(answers.of(job).stopReason, StopReason::Completed);
        m_model = answers.of(job).modelPath;
        QCOMPARE(m_model, m_dir.filePath("worker.pt"));
    }

    void predictsBetweenBatchesWithTheLiveWeights()
    {
        QTemporaryDir out;
        ModelWorker worker;
        Answers answers(&worker);
        Reports started(&worker, &ModelWorker::trainingStarted);
        Reports progress(&worker, &ModelWorker::trainingProgress);
        Reports ready(&worker, &ModelWorker::predictionReady);
        const JobId run = worker.train(tinyConfig(out.path(), 400), m_samples);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 20000);
        QCOMPARE(started.first().at(0).value<JobId>(), run);
        QCOMPARE(started.first().at(1).toInt(), 12);
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 20000);
        QVERIFY(worker.isTraining());

        cv::Mat image, truth;
        enginetest::makeBlob(77, 90, 70, &image, &truth);
        const JobId look = worker.predict(QString(), QStringLiteral("look"), image);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(look), 20000);
        QCOMPARE(answers.of(look).end, JobEnd::Finished);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(0).value<JobId>(), look);
        QCOMPARE(ready.first().at(1).toString(), QStringLiteral("look"));
        const Prediction p = ready.first().at(2).value<Prediction>();
        QCOMPARE(p.mask.cols, 90);
        QCOMPARE(p.mask.rows, 70);
        // Made by the run's weights, at the step it had reached; never by a stored model.
        const WeightsId weights = ready.first().at(3).value<WeightsId>();
        QVERIFY(weights.live);
        QVERIFY(weights.version > 0);
        QCOMPARE(weights.model, out.filePath("worker.pt"));
        // Served between two batches: the run goes on.
        QVERIFY(!answers.has(run));
        const int before = progress.size();
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() > before, 20000);

        // A model file asked for by name is that file's weights, even while a run trains.
        const JobId stored = worker.predict(m_model, QStringLiteral("stored"), image);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(stored), 20000);
        QCOMPARE(ready.last().at(3).value<WeightsId>(), (WeightsId{m_model, 0, false}));

        worker.cancel(run);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(run), 20000);
        QCOMPARE(answers.of(run).end, JobEnd::Cancelled);
        QCOMPARE(answers.of(run).stopReason, StopReason::Cancelled);
        QCOMPARE(answers.of(run).modelPath, out.filePath("worker.pt"));  // the best so far is kept
        QVERIFY(!worker.isTraining());
        QCOMPARE(answers.count(run), 1);
    }

    void queuedJobsCancelledAreAnswered()
    {
        QTemporaryDir out;
        ModelWorker worker;
        Answers answers(&worker);
        Reports progress(&worker, &ModelWorker::trainingProgress);
        const JobId first = worker.train(tinyConfig(out.path(), 400), m_samples);
        TrainingConfig second = tinyConfig(out.path(), 2);
        second.outputModel = out.filePath("second.pt");
        second.checkpointPath.clear();
        const JobId queued = worker.train(second, m_samples);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
        worker.cancel(queued);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(queued), 10000);
        QCOMPARE(answers.of(queued).end, JobEnd::Cancelled);
        QVERIFY(!answers.has(first));
        // Nothing of the queued run ran.
        worker.cancel(first);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(first), 20000);
        QVERIFY(!QFileInfo::exists(out.filePath("second.pt")));
        // A predict replaced by a newer one with the same tag is answered too.
        const cv::Mat image(30, 30, CV_8UC3, cv::Scalar(90, 60, 50));
        JobId a = 0, b = 0;
        {
            // Both are queued before the worker can look: a run's first batch holds it.
            const JobId busy = worker.train(tinyConfig(out.path(), 400), m_samples);
            QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 2, 20000);
            a = worker.predict(m_model, QStringLiteral("same"), image);
            b = worker.predict(m_model, QStringLiteral("same"), image);
            worker.cancel(busy);
        }
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(a) && answers.has(b), 20000);
        QVERIFY(answers.of(b).end == JobEnd::Finished);
        QVERIFY(answers.of(a).end == JobEnd::Cancelled || answers.of(a).end == JobEnd::Finished);
        QCOMPARE(answers.count(a), 1);
    }

    void aStopAtAnyMomentEndsTheRun_data()
    {
        QTest::addColumn<int>("afterProgress");  // -1: at once, before the images are read
        QTest::newRow("at once") << -1;
        QTest::newRow("after the first batch") << 1;
        QTest::newRow("after an epoch") << 4;
    }

    void aStopAtAnyMomentEndsTheRun()
    {
        QFETCH(int, afterProgress);
        QTemporaryDir out;
        ModelWorker worker;
        Answers answers(&worker);
        Reports progress(&worker, &ModelWorker::trainingProgress);
        const JobId run = worker.train(tinyConfig(out.path(), 10000), m_samples);
        if (afterProgress > 0)
            QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= afterProgress, 30000);
        worker.cancel(run);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(run), 20000);
        QCOMPARE(answers.of(run).end, JobEnd::Cancelled);
        QCOMPARE(answers.count(run), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!worker.isTraining(), 5000);
    }

    void aPredictionRunFilesEveryImage()
    {
        QTemporaryDir out;
        ModelWorker worker;
        Answers answers(&worker);
        Reports images(&worker, &ModelWorker::imagePredicted);
        QVector<PredictionInput> inputs;
        for (const TrainingSample &s : m_samples)
            inputs.append({s.id, s.imagePath});
        inputs.append({QStringLiteral("missing"), m_dir.filePath("nothing.png")});
        const PredictionStore store(out.filePath("predictions/worker"));
        const JobId job = worker.predictMany(m_model, inputs, store);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(job), 60000);
        QCOMPARE(answers.of(job).end, JobEnd::Finished);
        QCOMPARE(answers.of(job).done, inputs.size());
        QCOMPARE(images.size(), inputs.size());
        QCOMPARE(images.last().at(2).toInt(), inputs.size());
        const PredictionOutcome missing = images.last().at(1).value<PredictionOutcome>();
        QVERIFY(!missing.ok);
        QVERIFY2(missing.error.contains(QStringLiteral("nothing.png")), qPrintable(missing.error));
        QVERIFY(store.hasMask(m_samples.first().id) && store.hasProbability(m_samples.first().id));

        // Between the batches of a run, and cancelled half-way.
        const JobId run = worker.train(tinyConfig(out.path(), 400), m_samples);
        Reports progress(&worker, &ModelWorker::trainingProgress);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
        images.clear();
        const JobId second = worker.predictMany(m_model, inputs, PredictionStore(out.filePath("again")));
        QTRY_VERIFY_WITH_TIMEOUT(images.size() >= 2, 30000);
        worker.cancel(second);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(second), 20000);
        QCOMPARE(answers.of(second).end, JobEnd::Cancelled);
        QVERIFY(answers.of(second).done < inputs.size());
        QVERIFY(!answers.has(run));  // the run trained on meanwhile
        worker.cancel(run);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(run), 20000);
    }

    void anEvaluationScoresAndFilesNothing()
    {
        QTemporaryDir out;
        ModelWorker worker;
        Answers answers(&worker);
        Reports images(&worker, &ModelWorker::imagePredicted);
        QVector<PredictionInput> inputs;
        for (const TrainingSample &s : m_samples)
            inputs.append({s.id, s.imagePath, s.maskPath});
        const JobId job = worker.evaluate(m_model, inputs);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(job), 60000);
        const JobResult result = answers.of(job);
        QCOMPARE(result.end, JobEnd::Finished);
        QCOMPARE(result.scored, inputs.size());
        // The mean is the mean of what each image reported, at the images' own size.
        double sum = 0.0;
        for (const QList<QVariant> &args : images)
            sum += args.at(1).value<PredictionOutcome>().dice;
        QVERIFY(qAbs(result.dice - sum / inputs.size()) < 1e-9);
        QVERIFY2(result.dice > 0.5, qPrintable(QString::number(result.dice)));   // the blobs were learnt
        QVERIFY(result.iou > 0 && result.iou <= result.dice);
        // A truth that cannot be read is named; the others still count.
        images.clear();
        inputs.first().truthPath = m_dir.filePath("no-such-mask.png");
        const JobId second = worker.evaluate(m_model, inputs);
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(second), 60000);
        QCOMPARE(answers.of(second).scored, inputs.size() - 1);
        const PredictionOutcome first = images.first().at(1).value<PredictionOutcome>();
        QVERIFY(!first.ok);
        QVERIFY2(first.error.contains(QStringLiteral("no-such-mask.png")), qPrintable(first.error));
    }

    void failuresAreAnsweredAndNamed()
    {
        ModelWorker worker;
        Answers answers(&worker);
        const cv::Mat image(8, 8, CV_8UC3, cv::Scalar(0));
        const JobId missing = worker.predict(m_dir.filePath("nothing.pt"), QString(), image);
        const JobId noRun = worker.predict(QString(), QString(), image);
        TrainingConfig bad = tinyConfig(m_dir.path(), 1);
        bad.inputSize = 50;
        const JobId badRun = worker.train(bad, m_samples);
        const JobId badMany =
            worker.predictMany(m_dir.filePath("nothing.pt"), {{"a", "b"}}, PredictionStore(m_dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(
            answers.has(missing) && answers.has(noRun) && answers.has(badRun) && answers.has(badMany), 10000);
        QCOMPARE(answers.of(missing).end, JobEnd::Failed);
        QVERIFY(answers.of(missing).error.contains("nothing.pt"));
        QCOMPARE(answers.of(noRun).end, JobEnd::Failed);
        QVERIFY(answers.of(noRun).error.contains("no run"));
        QCOMPARE(answers.of(badRun).end, JobEnd::Failed);
        QCOMPARE(answers.of(badRun).stopReason, StopReason::Failed);
        QVERIFY(answers.of(badRun).error.contains("multiple of 16"));
        QCOMPARE(answers.of(badMany).end, JobEnd::Failed);
        QVERIFY(answers.of(badMany).error.contains("nothing.pt"));
        // Unknown and ended ids are ignored.
        worker.cancel(4242);
        worker.cancel(missing);
        QTest::qWait(100);
        QCOMPARE(answers.count(missing), 1);
    }

    // Inputs no front end should send, but a bug or a plug-in might: each is answered with a
    // message, and the worker goes on serving (a throw out of its loop would end the program).
    void oddInputsAreAnsweredAndTheWorkerGoesOn_data()
    {
        QTest::addColumn<cv::Mat>("image");
        QTest::addColumn<cv::Mat>("mask");  // in-memory mask for a training sample; empty: none
        QTest::newRow("empty image") << cv::Mat() << cv::Mat();
        QTest::newRow("one pixel") << cv::Mat(1, 1, CV_8UC3, cv::Scalar(9)) << cv::Mat();
        QTest::newRow("float image") << cv::Mat(40, 40, CV_32FC3, cv::Scalar(0.5)) << cv::Mat();
        QTest::newRow("four channels") << cv::Mat(40, 40, CV_8UC4, cv::Scalar(3)) << cv::Mat();
        QTest::newRow("grey image") << cv::Mat(40, 40, CV_8UC1, cv::Scalar(3)) << cv::Mat();
        QTest::newRow("mask of another size") << cv::Mat() << cv::Mat(7, 5, CV_8UC1, cv::Scalar(255));
        QTest::newRow("float mask") << cv::Mat() << cv::Mat(64, 64, CV_32FC1, cv::Scalar(1.0));
        QTest::newRow("three-channel mask") << cv::Mat() << cv::Mat(64, 64, CV_8UC3, cv::Scalar(255));
    }

    void oddInputsAreAnsweredAndTheWorkerGoesOn()
    {
        QFETCH(cv::Mat, image);
        QFETCH(cv::Mat, mask);
        ModelWorker worker;
        Answers answers(&worker);
        QTemporaryDir out;
        JobId odd = 0;
        if (mask.empty()) {
            odd = worker.predict(m_model, QString(), image);
        } else {
            QVector<TrainingSample> samples = m_samples;
            for (TrainingSample &s : samples)
                s.mask = mask;
            odd = worker.train(tinyConfig(out.path(), 1), samples);
        }
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(odd), 60000);
        if (answers.of(odd).end == JobEnd::Failed)
            QVERIFY2(!answers.of(odd).error.isEmpty(), "a failure without a message");
        // Still serving.
        const JobId next = worker.predict(m_model, QString(), cv::Mat(64, 64, CV_8UC3, cv::Scalar(120)));
        QTRY_VERIFY_WITH_TIMEOUT(answers.has(next), 60000);
        QCOMPARE(answers.of(next).end, JobEnd::Finished);
    }

    void goingAwayAnswersEveryJob()
    {
        QTemporaryDir out;
        QElapsedTimer clock;
        std::unique_ptr<Answers> answers;
        JobId run = 0, queued = 0;
        {
            ModelWorker worker;
            answers = std::make_unique<Answers>(&worker);
            Reports progress(&worker, &ModelWorker::trainingProgress);
            run = worker.train(tinyConfig(out.path(), 10000), m_samples);
            queued = worker.predictMany(m_model, {{"x", m_samples.first().imagePath}},
                                        PredictionStore(out.path()));
            QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 1, 20000);
            clock.start();
        }
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(answers->has(run) && answers->has(queued), 5000);
        QCOMPARE(answers->count(run), 1);
        QCOMPARE(answers->count(queued), 1);
    }

private:
    QTemporaryDir m_dir;
    QVector<TrainingSample> m_samples;
    QString m_model;
};

QTEST_GUILESS_MAIN(TestModelWorker)
#include "tst_modelworker.moc"
