#pragma once
/// @file The annotator simulator behind `dermask-cli simulate`: does the learning loop pay off,
/// and which images should the user correct next? It starts from a few labelled images (the
/// other masks of the pool hidden), and each round predicts the unlabelled ones, picks K by a
/// strategy, reveals their true masks as the user's corrections, fine-tunes the model on
/// them and measures it on a separate test set. Synchronous; runs on the calling thread.

#include "core/session/predictionrun.h"
#include "core/training/trainingconfig.h"
#include "core/training/trainingset.h"

#include <QStringList>
#include <atomic>
#include <functional>
#include <map>
#include <vector>

namespace dermask::core {

/// How the next images to correct are chosen. Each scores the unlabelled images with the
/// current model; the K highest are revealed.
enum class PickStrategy {
    Random,        ///< a seeded shuffle: the baseline every other strategy must beat
    Entropy,       ///< mean binary entropy over the whole image
    Uncertain,     ///< expectedDiceLoss() (core/metrics/uncertainty.h): the browser's Uncertainty
    Disagreement,  ///< how much the four flipped predictions disagree about the mask
    Diverse,       ///< among the 3K most uncertain, the K least alike (and unlike what is labelled)
};

/// "random", "entropy", "uncertain", "disagreement", "diverse".
QStringList pickStrategyNames();
QString pickStrategyName(PickStrategy strategy);
bool parsePickStrategy(const QString &name, PickStrategy *strategy);

/// Spearman's rank correlation of @p a and @p b (0 when either is constant or too short).
double rankCorrelation(const std::vector<double> &a, const std::vector<double> &b);

struct SimulationConfig
{
    TrainingConfig training;        ///< network, size, batch, threads, seed; no validation is used
    int start = 20;                 ///< labelled images at the start
    int step = 20;                  ///< images revealed per round
    int rounds = 5;
    double minutes = 1.0;           ///< training time per round; 0: training.epochs per round
    PickStrategy strategy = PickStrategy::Uncertain;
    QString workDir;                ///< where the round models go
};

/// What one round achieved (round 0: the model trained on the starting images).
struct SimulationRound
{
    int round = 0;
    int labelled = 0;               ///< images whose masks the model has seen
    double dice = -1.0;             ///< mean over the test images
    double iou = -1.0;
    double trainSeconds = 0.0;      ///< this round's training
    double elapsedMinutes = 0.0;    ///< since the start, everything included
    QStringList revealed;           ///< ids whose masks this round revealed
    /// Does a score find the test images the model got wrong? Spearman's correlation of the
    /// whole-image entropy and of expectedDiceLoss() (the browser's Uncertainty) with 1 - Dice.
    double entropyFindsErrors = 0.0;
    double uncertainFindsErrors = 0.0;
};

class Simulator
{
public:
    /// @p pool: images with their true masks (all hidden but @p config.start, chosen by the
    /// seed); @p test: images with truth paths, never trained on.
    Simulator(SimulationConfig config, QVector<TrainingSample> pool, QVector<PredictionInput> test);

    /// Plays every round, calling @p onRound after each (round 0 included). False with
    /// @p error when a round cannot train or evaluate, or the pool is too small.
    bool run(const std::function<void(const SimulationRound &)> &onRound, QString *error);
    /// Stops before the next round (safe from a signal handler).
    void requestCancel() { m_cancel = true; }

private:
    bool train(int round, SimulationRound *out, QString *error);
    bool evaluate(SimulationRound *out, QString *error);
    bool pick(int round, QStringList *picked, QString *error);
    /// Greedy farthest-first: fills @p chosen with candidates far from the labelled images and
    /// from each other, by looks().
    bool spreadPicks(const std::vector<int> &candidates, std::vector<int> *chosen, QString *error);
    /// Pool image @p index as a coarse appearance vector (cached). False when it cannot be read.
    bool looks(int index, cv::Mat *look, QString *error);

    SimulationConfig m_config;
    QVector<TrainingSample> m_pool;
    QVector<PredictionInput> m_test;
    QVector<bool> m_labelled;
    QString m_model;                ///< the current round's model file
    std::map<int, cv::Mat> m_looks;
    std::atomic<bool> m_cancel{false};
};

} // namespace dermask::core
