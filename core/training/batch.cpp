#include "core/training/batch.h"

#include <algorithm>
#include <random>

namespace dermask::core {

void packImage(const cv::Mat &rgb, const std::array<double, 3> &mean,
               const std::array<double, 3> &std, float *out, int stride)
{
    // One table per channel turns the normalisation into a lookup.
    float table[3][256];
    for (int c = 0; c < 3; ++c)
        for (int v = 0; v < 256; ++v)
            table[c][v] = float((v / 255.0 - mean[size_t(c)]) / std[size_t(c)]);
    for (int y = 0; y < rgb.rows; ++y) {
        const uchar *p = rgb.ptr<uchar>(y);
        for (int x = 0; x < rgb.cols; ++x, p += 3, out += stride) {
            out[0] = table[0][p[0]];
            out[1] = table[1][p[1]];
            out[2] = table[2][p[2]];
        }
    }
}

Batch makeBatch(const TrainingSet &set, const std::vector<int> &indices, bool augment,
                quint64 seed, int epoch, const std::array<double, 3> &mean,
                const std::array<double, 3> &std, ModelTask task)
{
    Batch b;
    b.count = int(indices.size());
    b.size = set.inputSize();
    b.channels = task == ModelTask::Click ? 3 + kGuidanceChannels : 3;
    b.indices = indices;
    const size_t pixels = size_t(b.size) * size_t(b.size);
    b.images.resize(pixels * size_t(b.channels) * size_t(b.count));
    b.masks.resize(pixels * size_t(b.count));
    b.clicks.resize(task == ModelTask::Click ? size_t(b.count) : 0);
    for (int k = 0; k < b.count; ++k) {
        const int i = indices[size_t(k)];
        cv::Mat image = set.image(i), mask = set.mask(i);
        std::mt19937_64 rng = sampleRng(seed, epoch, i);
        if (augment)
            augmentPair(image, mask, rng);
        cv::Mat previous;
        if (task == ModelTask::Click) {
            simulateStart(mask, rng, &b.clicks[size_t(k)], &previous);
            zoomToView(&image, &mask, &previous, &b.clicks[size_t(k)]);
        }
        float *pixel = b.images.data() + pixels * size_t(b.channels) * size_t(k);
        packImage(image, mean, std, pixel, b.channels);
        if (task == ModelTask::Click)
            drawGuidance(b.clicks[size_t(k)], previous, b.size, pixel + 3, b.channels);
        float *m = b.masks.data() + pixels * size_t(k);
        for (int y = 0; y < mask.rows; ++y) {
            const uchar *p = mask.ptr<uchar>(y);
            for (int x = 0; x < mask.cols; ++x)
                *m++ = p[x] ? 1.0f : 0.0f;
        }
    }
    return b;
}

void redrawGuidance(Batch &b, int k, const cv::Mat &previous)
{
    const size_t pixels = size_t(b.size) * size_t(b.size);
    drawGuidance(b.clicks[size_t(k)], previous, b.size,
                 b.images.data() + pixels * size_t(b.channels) * size_t(k) + 3, b.channels);
}

cv::Mat batchMask(const Batch &b, int k)
{
    const size_t pixels = size_t(b.size) * size_t(b.size);
    cv::Mat mask;
    cv::Mat(b.size, b.size, CV_32FC1, const_cast<float *>(b.masks.data() + pixels * size_t(k)))
        .convertTo(mask, CV_8UC1, 255.0);
    return mask;
}

std::vector<int> epochDraws(const std::vector<int> &train, const std::function<bool(int)> &corrected,
                            int weight, quint64 seed, int epoch)
{
    std::vector<int> order = train;
    for (int i : train)
        if (corrected(i))
            order.insert(order.end(), size_t(weight - 1), i);
    std::mt19937_64 rng(seed * 1000003ull + quint64(epoch));
    std::shuffle(order.begin(), order.end(), rng);
    return order;
}

int batchCount(int draws, int batchSize)
{
    const int batches = (draws + batchSize - 1) / batchSize;
    return batches > 1 && draws % batchSize == 1 ? batches - 1 : batches;
}

std::vector<int> batchSlice(const std::vector<int> &draws, int b, int batchSize)
{
    const size_t from = size_t(b) * size_t(batchSize);
    const size_t to = b + 1 == batchCount(int(draws.size()), batchSize)
                          ? draws.size()
                          : std::min(draws.size(), from + size_t(batchSize));
    return std::vector<int>(draws.begin() + long(from), draws.begin() + long(to));
}

} // namespace dermask::core
