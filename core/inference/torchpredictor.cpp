#include "core/inference/torchpredictor_p.h"

#include "core/inference/postprocess.h"
#include "core/mask/maskops.h"
#include "core/metrics/uncertainty.h"
#include "core/model/device_p.h"
#include "core/model/modelfile_p.h"
#include "core/model/runtime.h"
#include "core/training/batch.h"
#include "core/training/trainer.h"
#include "core/util/error.h"

#include <ATen/Parallel.h>
#include <QFileInfo>
#include <opencv2/imgproc.hpp>

namespace dermask::core {

struct TorchPredictor::Private
{
    ModelInfo info;
    QString path;
    NetworkPtr source;         // as loaded or trained (fp32)
    NetworkPtr inference;      // the copy that runs: bf16 + channels-last where it pays
    std::shared_ptr<SegmentationNetworkImpl> live;
    quint64 liveVersion = ~0ull;
    int threads = 0;
    bool reduced = true;
    bool useBf16 = false;
    c10::Device device{c10::kCPU};
    PredictOptions options;
    std::vector<float> input;  // kept between calls: no reallocation per image

    bool prepareInference(QString *error);
    torch::Tensor forward(const torch::Tensor &x);
    bool probabilities(const cv::Mat &resized, const cv::Mat &guidance, std::vector<cv::Mat> *views,
                       QString *error);
};

bool TorchPredictor::Private::prepareInference(QString *error)
{
    if (!resolveDevice(options.device, &device, error))
        return false;
    // Reduced precision: bf16 where the CPU computes it natively; fp16 on a GPU.
    useBf16 = reduced && (device.is_cuda() || cpuHasNativeBf16()) && !source->isScripted();
    if (source->isScripted()) {
        device = c10::Device(c10::kCPU);   // a TorchScript module runs where it was loaded
        inference = source;
        return true;
    }
    // A separate copy: the source may be the trainer's network, which must stay fp32 and
    // in training mode for the next batch.
    QString why;
    NetworkPtr copy = createNetwork(info.network, info.width, info.inputChannels(), &why);
    if (!copy) {
        return fail(error, why);
    }
    {
        torch::NoGradGuard noGrad;
        auto dst = copy->named_parameters(), src = source->named_parameters();
        for (auto &p : dst)
            p.value().copy_(*src.find(p.key()));
        auto dstB = copy->named_buffers(), srcB = source->named_buffers();
        for (auto &b : dstB)
            b.value().copy_(*srcB.find(b.key()));
    }
    copy->eval();
    copy->fuseForInference();
    if (useBf16)
        copy->to(device.is_cuda() ? torch::kHalf : torch::kBFloat16);
    toChannelsLast(*copy);
    copy->to(device);
    inference = copy;
    return true;
}

torch::Tensor TorchPredictor::Private::forward(const torch::Tensor &x)
{
    torch::Tensor in = (source->isScripted() ? x.contiguous() : x).to(device);
    if (useBf16)
        in = in.to(device.is_cuda() ? torch::kHalf : torch::kBFloat16);
    torch::Tensor logits = inference->forward(in).to(torch::kCPU, torch::kFloat);
    return torch::sigmoid(info.temperature != 1.0 ? logits / info.temperature : logits);
}

bool TorchPredictor::Private::probabilities(const cv::Mat &resized, const cv::Mat &guidance,
                                            std::vector<cv::Mat> *views, QString *error)
{
    if (!inference) {
        return fail(error, QStringLiteral("no model loaded"));
    }
    const int size = resized.cols;
    const int channels = info.inputChannels();
    if (channels > 3
        && (guidance.type() != CV_32FC(channels - 3) || guidance.size() != resized.size() || !guidance.isContinuous()))
        return fail(error, QStringLiteral("a click model needs its clicks and mask with the image"));
    const int n = options.flipTta ? 4 : 1;
    input.resize(size_t(n) * size_t(size) * size_t(size) * size_t(channels));
    packImage(resized, info.mean, info.std, input.data(), channels);
    if (channels > 3) {
        const float *g = guidance.ptr<float>();
        float *out = input.data() + 3;
        for (int i = 0; i < size * size; ++i, out += channels, g += channels - 3)
            std::copy(g, g + channels - 3, out);
    }
    try {
        // Only on a change: set_num_threads also rebuilds LibTorch's pthreadpool each call.
        const int wanted = resolveThreads(threads);
        if (at::get_num_threads() != wanted)
            at::set_num_threads(wanted);
        torch::InferenceMode guard;
        torch::Tensor x = torch::from_blob(input.data(), {1, size, size, channels}).permute({0, 3, 1, 2});
        if (n == 4)   // the four flips in one batch: one forward pass, better core use
            x = torch::cat({x, x.flip({3}), x.flip({2}), x.flip({2, 3})})
                    .contiguous(torch::MemoryFormat::ChannelsLast);
        torch::Tensor p = forward(x);
        if (n == 4)
            p = torch::cat({p[0].unsqueeze(0), p[1].flip({2}).unsqueeze(0),
                            p[2].flip({1}).unsqueeze(0), p[3].flip({1, 2}).unsqueeze(0)});
        p = p.contiguous();
        views->clear();
        for (int i = 0; i < n; ++i)
            views->push_back(cv::Mat(size, size, CV_32FC1, p[i].data_ptr<float>()).clone());
    } catch (const std::exception &e) {
        return fail(error, QStringLiteral("prediction failed: %1").arg(exceptionText(e)));
    }
    return true;
}

TorchPredictor::TorchPredictor() : d(std::make_unique<Private>()) {}
TorchPredictor::~TorchPredictor() = default;

std::unique_ptr<PredictorEngine> newTorchPredictor()
{
    return std::make_unique<TorchPredictor>();
}

bool TorchPredictor::load(const QString &modelPath, QString *error)
{
    tuneAllocatorForTensors();
    ModelInfo info;
    NetworkPtr net = loadModelFile(modelPath, &info, error);
    if (!net)
        return false;
    d->source = net;
    d->live.reset();
    d->info = info;
    d->path = modelPath;
    if (!d->prepareInference(error))
        return false;
    // Warm-up: oneDNN picks and caches its kernels on the first pass.
    cv::Mat blank(info.inputSize, info.inputSize, CV_8UC3, cv::Scalar(128, 128, 128));
    const cv::Mat noClicks = info.task == ModelTask::Click
                                 ? cv::Mat::zeros(blank.size(), CV_32FC(kGuidanceChannels))
                                 : cv::Mat();
    cv::Mat probability;
    return forwardResized(blank, noClicks, &probability, false, error);
}

void TorchPredictor::useLiveNetwork(const std::shared_ptr<SegmentationNetworkImpl> &network,
                               const ModelInfo &info, quint64 version)
{
    if (d->live == network && d->liveVersion == version && d->inference)
        return;
    d->live = network;
    d->liveVersion = version;
    d->source = network;
    d->info = info;
    d->path.clear();
    QString ignored;
    if (!d->prepareInference(&ignored))
        d->inference.reset();
}

bool TorchPredictor::isLoaded() const { return bool(d->inference); }
const ModelInfo &TorchPredictor::info() const { return d->info; }
QString TorchPredictor::modelPath() const { return d->path; }
void TorchPredictor::setThreads(int threads) { d->threads = threads; }
void TorchPredictor::setOptions(const PredictOptions &options) { d->options = options; }
const PredictOptions &TorchPredictor::options() const { return d->options; }

void TorchPredictor::setReducedPrecision(bool on)
{
    if (d->reduced == on)
        return;
    d->reduced = on;
    if (d->source)
        d->prepareInference(nullptr);
}

bool TorchPredictor::forwardResized(const cv::Mat &rgbAtInputSize, const cv::Mat &guidance,
                                    cv::Mat *probability, bool flips, QString *error)
{
    std::vector<cv::Mat> views;
    const bool tta = d->options.flipTta;
    d->options.flipTta = flips;
    const bool ok = d->probabilities(rgbAtInputSize, guidance, &views, error);
    d->options.flipTta = tta;
    if (!ok)
        return false;
    *probability = views[0];
    for (size_t i = 1; i < views.size(); ++i)
        *probability += views[i];
    if (views.size() > 1)
        *probability /= double(views.size());
    return true;
}

bool TorchPredictor::predict(const cv::Mat &rgb, Prediction *out, QString *error)
{
    if (rgb.empty() || rgb.type() != CV_8UC3) {
        return fail(error, QStringLiteral("the image must be 8-bit RGB"));
    }
    if (d->info.task == ModelTask::Click)
        return fail(error, QStringLiteral("%1 is a click model: it corrects a mask around clicks "
                                          "(the click tool) and predicts none by itself")
                               .arg(QFileInfo(d->path).fileName()));
    const int size = d->info.inputSize;
    cv::Mat resized;
    const bool shrink = rgb.cols >= size && rgb.rows >= size;
    cv::resize(rgb, resized, cv::Size(size, size), 0, 0, shrink ? cv::INTER_AREA : cv::INTER_LINEAR);
    std::vector<cv::Mat> views;
    if (!d->probabilities(resized, cv::Mat(), &views, error))
        return false;
    const double threshold = d->options.threshold >= 0 ? d->options.threshold : d->info.threshold;
    cv::Mat mean = views[0].clone();
    for (size_t i = 1; i < views.size(); ++i)
        mean += views[i];
    mean /= double(views.size());
    out->uncertainty = expectedDiceLoss(mean);
    out->disagreement = views.size() > 1 ? disagreement(views, threshold) : -1.0;
    // Back to the image's own size before thresholding, so borders are smooth there.
    cv::resize(mean, out->probability, rgb.size(), 0, 0, cv::INTER_LINEAR);
    out->mask = thresholdProbability(out->probability, threshold);
    if (d->options.fillHoles)
        out->mask = fillHoles(out->mask);
    if (d->options.largestComponent)
        out->mask = keepLargestComponent(out->mask);
    return true;
}

} // namespace dermask::core
