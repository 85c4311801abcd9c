#include "core/learning/simulation.h"

#include "core/image/imageio.h"
#include "core/inference/predictor.h"
#include "core/metrics/uncertainty.h"
#include "core/training/trainer.h"
#include "core/util/error.h"

#include <QDir>
#include <QElapsedTimer>
#include <opencv2/imgproc.hpp>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace dermask::core {

namespace {

const std::pair<PickStrategy, const char *> kStrategies[] = {
    {PickStrategy::Random, "random"},
    {PickStrategy::Entropy, "entropy"},
    {PickStrategy::Uncertain, "uncertain"},
    {PickStrategy::Disagreement, "disagreement"},
    {PickStrategy::Diverse, "diverse"},
};

/// The ranks of @p v (0 = smallest; ties share their mean rank).
std::vector<double> ranks(const std::vector<double> &v)
{
    std::vector<size_t> order(v.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&v](size_t a, size_t b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]])
            ++j;
        for (size_t k = i; k <= j; ++k)
            r[order[k]] = (double(i) + double(j)) / 2.0;
        i = j + 1;
    }
    return r;
}

} // namespace

double rankCorrelation(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size() || a.size() < 2)
        return 0.0;
    const std::vector<double> ra = ranks(a), rb = ranks(b);
    const double mean = (double(a.size()) - 1.0) / 2.0;
    double ab = 0, aa = 0, bb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        ab += (ra[i] - mean) * (rb[i] - mean);
        aa += (ra[i] - mean) * (ra[i] - mean);
        bb += (rb[i] - mean) * (rb[i] - mean);
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

QStringList pickStrategyNames()
{
    QStringList names;
    for (const auto &[strategy, name] : kStrategies)
        names.append(QLatin1String(name));
    return names;
}

QString pickStrategyName(PickStrategy strategy)
{
    for (const auto &[s, name] : kStrategies)
        if (s == strategy)
            return QLatin1String(name);
    return QString();
}

bool parsePickStrategy(const QString &name, PickStrategy *strategy)
{
    for (const auto &[s, n] : kStrategies)
        if (name == QLatin1String(n)) {
            *strategy = s;
            return true;
        }
    return false;
}

Simulator::Simulator(SimulationConfig config, QVector<TrainingSample> pool, QVector<PredictionInput> test)
    : m_config(std::move(config)), m_pool(std::move(pool)), m_test(std::move(test))
{
    // A fixed order, so that the seed alone decides which images start labelled.
    std::sort(m_pool.begin(), m_pool.end(),
              [](const TrainingSample &a, const TrainingSample &b) { return a.id < b.id; });
}

bool Simulator::run(const std::function<void(const SimulationRound &)> &onRound, QString *error)
{
    const SimulationConfig &c = m_config;
    if (m_pool.size() < c.start + c.step * c.rounds)
        return fail(error, QStringLiteral("the pool has %1 images with a mask; %2 + %3 rounds x %4 need %5")
                               .arg(m_pool.size()).arg(c.start).arg(c.rounds).arg(c.step)
                               .arg(c.start + c.step * c.rounds));
    if (m_test.isEmpty())
        return fail(error, QStringLiteral("the test set has no image with a mask"));
    if (!QDir().mkpath(c.workDir))
        return fail(error, fileError(c.workDir, QStringLiteral("cannot create the folder")));

    QElapsedTimer clock;
    clock.start();
    m_labelled = QVector<bool>(m_pool.size(), false);
    std::vector<int> order(size_t(m_pool.size()));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937_64(c.training.seed));
    QStringList revealed;
    for (int i = 0; i < c.start; ++i) {
        m_labelled[order[size_t(i)]] = true;
        revealed.append(m_pool[order[size_t(i)]].id);
    }
    for (int round = 0; round <= c.rounds && !m_cancel; ++round) {
        if (round > 0 && !pick(round, &revealed, error))
            return false;
        SimulationRound r;
        r.round = round;
        r.labelled = int(std::count(m_labelled.cbegin(), m_labelled.cend(), true));
        r.revealed = revealed;
        if (!train(round, &r, error) || !evaluate(&r, error))
            return false;
        r.elapsedMinutes = clock.elapsed() / 60000.0;
        onRound(r);
    }
    return true;
}

bool Simulator::train(int round, SimulationRound *out, QString *error)
{
    TrainingConfig config = m_config.training;
    config.validationFraction = 0.0;   // the test set judges; every labelled image trains
    config.checkpointPath.clear();
    if (m_config.minutes > 0) {
        config.minutes = m_config.minutes;
        config.epochs = 100000;
    }
    config.outputModel = QDir(m_config.workDir).filePath(QStringLiteral("round-%1.pt").arg(round));
    config.initModel = round > 0 ? m_model : QString();
    if (round > 0)
        config.network.clear();   // the previous round's network wins
    QVector<TrainingSample> samples;
    for (int i = 0; i < m_pool.size(); ++i)
        if (m_labelled[i]) {
            TrainingSample s = m_pool[i];
            s.corrected = round > 0 && out->revealed.contains(s.id);   // this round's "corrections"
            samples.append(s);
        }
    QElapsedTimer clock;
    clock.start();
    Trainer trainer;
    if (!trainer.prepare(config, samples, error) || !trainer.run(error)
        || !trainer.saveBestModel(config.outputModel, error))
        return false;
    out->trainSeconds = clock.elapsed() / 1000.0;
    m_model = config.outputModel;
    return true;
}

bool Simulator::evaluate(SimulationRound *out, QString *error)
{
    Predictor predictor;
    predictor.setThreads(m_config.training.threads);
    if (!predictor.load(m_model, error))
        return false;
    PredictionRunOptions options;
    options.probabilities = false;
    // Each test image's two uncertainty scores, in the order the run predicts them.
    std::vector<double> entropy, uncertain, loss;
    PredictionRun run(
        m_test,
        [&](const cv::Mat &rgb, Prediction *p, QString *why) {
            if (!predictor.predict(rgb, p, why))
                return false;
            entropy.push_back(meanBinaryEntropy(p->probability));
            uncertain.push_back(expectedDiceLoss(p->probability));
            return true;
        },
        PredictionStore(), options);
    double dice = 0, iou = 0;
    int scored = 0;
    PredictionOutcome o;
    while (run.step(&o)) {
        if (!o.ok)
            return fail(error, o.error);
        if (o.dice >= 0) {
            dice += o.dice;
            iou += o.iou;
            ++scored;
        }
        loss.push_back(o.dice >= 0 ? 1.0 - o.dice : 0.0);
    }
    if (loss.size() == entropy.size()) {
        out->entropyFindsErrors = rankCorrelation(entropy, loss);
        out->uncertainFindsErrors = rankCorrelation(uncertain, loss);
    }
    if (scored == 0)
        return fail(error, QStringLiteral("no test image could be scored"));
    out->dice = dice / scored;
    out->iou = iou / scored;
    return true;
}

bool Simulator::pick(int round, QStringList *picked, QString *error)
{
    struct Scored
    {
        double score;
        double tie;   // random: equal scores (a model that finds nothing anywhere) are not taken in id order
        int index;
    };
    std::vector<Scored> scored;   // highest first
    std::mt19937_64 rng(m_config.training.seed * 1000003ull + quint64(round));
    Predictor predictor;
    if (m_config.strategy != PickStrategy::Random) {
        predictor.setThreads(m_config.training.threads);
        PredictOptions options;
        options.flipTta = m_config.strategy == PickStrategy::Disagreement;
        predictor.setOptions(options);
        if (!predictor.load(m_model, error))
            return false;
    }
    for (int i = 0; i < m_pool.size(); ++i) {
        if (m_labelled[i])
            continue;
        const double random = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        double score = random;
        if (m_config.strategy != PickStrategy::Random) {
            const cv::Mat rgb = readImageRgb(m_pool[i].imagePath, error);
            Prediction p;
            if (rgb.empty() || !predictor.predict(rgb, &p, error))
                return false;
            score = m_config.strategy == PickStrategy::Entropy        ? meanBinaryEntropy(p.probability)
                    : m_config.strategy == PickStrategy::Disagreement ? p.disagreement
                                                                      : expectedDiceLoss(p.probability);
        }
        scored.push_back({score, random, i});
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return a.score != b.score ? a.score > b.score : a.tie > b.tie;
    });
    std::vector<int> chosen;
    for (int k = 0; k < m_config.step && k < int(scored.size()); ++k)
        chosen.push_back(scored[size_t(k)].index);
    if (m_config.strategy == PickStrategy::Diverse) {
        // Among the 3K most uncertain, each next pick is the one least like everything
        // labelled or picked so far: hard images, but not ten of the same kind.
        std::vector<int> candidates;
        for (int k = 0; k < 3 * m_config.step && k < int(scored.size()); ++k)
            candidates.push_back(scored[size_t(k)].index);
        if (!spreadPicks(candidates, &chosen, error))
            return false;
    }
    picked->clear();
    for (int i : chosen) {
        m_labelled[i] = true;
        picked->append(m_pool[i].id);
    }
    return true;
}

bool Simulator::looks(int index, cv::Mat *look, QString *error)
{
    cv::Mat &f = m_looks[index];
    if (f.empty()) {
        // A 16 x 16 colour thumbnail with its mean taken out and unit length: what an image
        // looks like, coarsely, whatever its exposure.
        const cv::Mat rgb = readImageRgb(m_pool[index].imagePath, error);
        if (rgb.empty())
            return false;
        cv::resize(rgb, f, cv::Size(16, 16), 0, 0, cv::INTER_AREA);
        f = f.reshape(1, 1);
        f.convertTo(f, CV_32F);
        f -= cv::mean(f)[0];
        f /= std::max(1e-6, cv::norm(f));
    }
    *look = f;
    return true;
}

bool Simulator::spreadPicks(const std::vector<int> &candidates, std::vector<int> *chosen, QString *error)
{
    std::vector<cv::Mat> of(candidates.size());
    for (size_t c = 0; c < candidates.size(); ++c)
        if (!looks(candidates[c], &of[c], error))
            return false;
    std::vector<double> nearest(candidates.size(), 1e9);   // to the labelled and chosen images
    const auto add = [&](const cv::Mat &look) {
        for (size_t c = 0; c < candidates.size(); ++c)
            nearest[c] = std::min(nearest[c], cv::norm(of[c], look));
    };
    for (int i = 0; i < m_pool.size(); ++i) {
        cv::Mat look;
        if (m_labelled[i] && !looks(i, &look, error))
            return false;
        if (m_labelled[i])
            add(look);
    }
    chosen->clear();
    std::vector<bool> taken(candidates.size(), false);
    while (int(chosen->size()) < m_config.step && chosen->size() < candidates.size()) {
        size_t best = candidates.size();
        for (size_t c = 0; c < candidates.size(); ++c)
            if (!taken[c] && (best == candidates.size() || nearest[c] > nearest[best]))
                best = c;
        taken[best] = true;
        chosen->push_back(candidates[best]);
        add(of[best]);
    }
    return true;
}

} // namespace dermask::core
