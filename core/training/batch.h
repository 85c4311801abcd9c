#pragma once
/// @file Batches: augmented samples packed as normalised floats, ready to wrap as tensors
/// without a copy. Torch-free, so the next batch is made on a helper thread while the
/// network trains on this one.

#include "core/click/clickinput.h"
#include "core/training/augment.h"
#include "core/training/trainingset.h"

#include <array>
#include <functional>
#include <vector>

namespace dermask::core {

/// Images as N x H x W x channels floats: RGB as (x/255 - mean) / std, then for a click model
/// the guidance (core/click/clickinput.h). NCHW in channels-last memory, the layout the
/// networks run in. Masks as N x H x W floats, 0 or 1.
struct Batch
{
    int count = 0;
    int size = 0;
    int channels = 3;
    std::vector<int> indices;     ///< samples of the TrainingSet
    std::vector<float> images;
    std::vector<float> masks;
    std::vector<std::vector<Click>> clicks;  ///< a click model's clicks so far, per image
};

/// Makes the batch of @p indices. With @p augment, sample i of epoch @p epoch is transformed
/// by sampleRng(seed, epoch, i), so a batch does not depend on the thread that makes it. For
/// ModelTask::Click, each image starts from simulateStart() with that generator too.
Batch makeBatch(const TrainingSet &set, const std::vector<int> &indices, bool augment,
                quint64 seed, int epoch, const std::array<double, 3> &mean,
                const std::array<double, 3> &std, ModelTask task = ModelTask::Segment);
/// Draws image @p k's guidance again from its clicks and @p previous (a click model's
/// answer, CV_8UC1 at the batch's size).
void redrawGuidance(Batch &b, int k, const cv::Mat &previous);
/// Image @p k's mask as CV_8UC1 (0/255), a view of the batch's floats converted.
cv::Mat batchMask(const Batch &b, int k);

/// The draws of one epoch, shuffled by (@p seed, @p epoch): each of @p train once, those
/// @p corrected says yes to @p weight times (a fine-tune learns what the user just fixed).
std::vector<int> epochDraws(const std::vector<int> &train, const std::function<bool(int)> &corrected,
                            int weight, quint64 seed, int epoch);
/// Batches in an epoch of @p draws. A last batch of one image joins the one before: BatchNorm
/// cannot train on a single value per channel (a fine-tune's extra draws often leave one over).
int batchCount(int draws, int batchSize);
/// Batch @p b of @p draws (the last one takes what is left).
std::vector<int> batchSlice(const std::vector<int> &draws, int b, int batchSize);

/// Packs one RGB image (CV_8UC3, any size) into @p out (H*W pixels of @p stride floats, RGB
/// first) with the normalisation.
void packImage(const cv::Mat &rgb, const std::array<double, 3> &mean,
               const std::array<double, 3> &std, float *out, int stride = 3);

} // namespace dermask::core
