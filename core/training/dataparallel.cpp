#include "core/training/dataparallel_p.h"

#include "core/model/modelfile_p.h"
#include "core/util/error.h"

#include <QElapsedTimer>
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/torch.h>

#include <stdexcept>

namespace dermask::core {

namespace {

std::string peerFailure(const char *what, const DistributedConfig &config, const std::exception &e)
{
    return QStringLiteral("rank %1 of %2: %3 failed: another rank failed, left or did not answer "
                          "within %4 s (%5)")
        .arg(config.rank).arg(config.worldSize).arg(QLatin1String(what)).arg(config.timeoutSeconds)
        .arg(exceptionText(e)).toStdString();
}

/// Gradients are gathered into buckets of about this many floats (1 MiB): small enough that
/// the first ones travel while the backward pass computes the rest.
constexpr int64_t kBucketFloats = 1 << 18;

struct Bucket
{
    torch::Tensor flat;
    std::vector<size_t> params;
    int pending = 0;
    c10::intrusive_ptr<c10d::Work> work;
};

} // namespace

struct DataParallel::Private
{
    DistributedConfig config;
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;   // the gradients' buckets
    c10::intrusive_ptr<c10d::ProcessGroupGloo> small;   // BatchNorm's statistics and the rest:
                                                         // never queued behind a bucket
    std::vector<torch::Tensor> params;
    std::vector<std::pair<size_t, int64_t>> slot;  // per parameter: bucket, offset
    std::vector<bool> arrived;
    std::vector<Bucket> buckets;
    bool armed = false;
    double bytes = 0.0, allReduce = 0.0, waited = 0.0;
    qint64 steps = 0;

    /// Runs @p work, turning a peer's failure into an error that says what failed.
    template<typename F>
    auto guarded(const char *what, F &&work) -> decltype(work())
    {
        try {
            return work();
        } catch (const std::exception &e) {
            throw std::runtime_error(peerFailure(what, config, e));
        }
    }
    void launch(Bucket &b)
    {
        std::vector<torch::Tensor> t{b.flat};
        b.work = group->allreduce(t);
    }
    void onGradient(size_t i, const torch::Tensor &grad)
    {
        if (!armed || arrived[i])
            return;
        arrived[i] = true;
        const auto [bucket, offset] = slot[i];
        Bucket &b = buckets[bucket];
        b.flat.narrow(0, offset, grad.numel()).copy_(grad.reshape(-1));
        if (--b.pending == 0)
            guarded("a gradient all-reduce", [&] { launch(b); });
    }
};

DataParallel::DataParallel() : d(std::make_unique<Private>()) {}
DataParallel::~DataParallel() = default;

std::unique_ptr<DataParallel> DataParallel::join(const DistributedConfig &config, QString *error)
{
    std::unique_ptr<DataParallel> dp(new DataParallel);
    dp->d->config = config;
    const std::chrono::milliseconds timeout(qint64(config.timeoutSeconds) * 1000);
    try {
        c10d::TCPStoreOptions o;
        o.port = std::uint16_t(config.port);
        o.isServer = config.rank == 0;
        o.numWorkers = size_t(config.worldSize);
        o.waitWorkers = true;
        o.timeout = timeout;
        dp->d->store = c10::make_intrusive<c10d::TCPStore>(config.host.toStdString(), o);
        auto options = c10d::ProcessGroupGloo::Options::create(timeout);
        // Gloo's own variable names the network interface; a run on one machine talks over
        // loopback; otherwise the address this machine's name resolves to.
        const QByteArray interface = qgetenv("GLOO_SOCKET_IFNAME");
        const bool loopback =
            config.host == QLatin1String("127.0.0.1") || config.host == QLatin1String("localhost");
        using Gloo = c10d::ProcessGroupGloo;
        options->devices.push_back(!interface.isEmpty() ? Gloo::createDeviceForInterface(interface.toStdString())
                                   : loopback           ? Gloo::createDeviceForHostname("127.0.0.1")
                                                        : Gloo::createDefaultDevice());
        options->threads = 1;
        dp->d->group = c10::make_intrusive<c10d::ProcessGroupGloo>(
            c10::make_intrusive<c10d::PrefixStore>("buckets/", dp->d->store), config.rank, config.worldSize, options);
        dp->d->small = c10::make_intrusive<c10d::ProcessGroupGloo>(
            c10::make_intrusive<c10d::PrefixStore>("small/", dp->d->store), config.rank, config.worldSize, options);
    } catch (const std::exception &e) {
        return fail<std::unique_ptr<DataParallel>>(
            error, QStringLiteral("%1: could not meet the other ranks at %2:%3 within %4 s: %5")
                       .arg(config.describe().section(QLatin1Char(' '), 0, 3), config.host).arg(config.port)
                       .arg(config.timeoutSeconds).arg(exceptionText(e)));
    }
    return dp;
}

int DataParallel::rank() const { return d->config.rank; }
int DataParallel::ranks() const { return d->config.worldSize; }

void DataParallel::broadcast(torch::nn::Module &module)
{
    torch::NoGradGuard noGrad;
    d->guarded("the broadcast of rank 0's weights", [&] {
        std::vector<torch::Tensor> all = module.parameters();
        for (const torch::Tensor &b : module.buffers())
            all.push_back(b);
        for (torch::Tensor &t : all) {
            std::vector<torch::Tensor> one{t.contiguous()};
            d->small->broadcast(one)->wait();
            t.copy_(one[0]);
        }
    });
}

void DataParallel::attach(torch::nn::Module &module)
{
    for (const torch::Tensor &p : module.parameters())
        if (p.requires_grad())
            d->params.push_back(p);
    d->arrived.assign(d->params.size(), false);
    // In reverse order of the network: the backward pass computes the last layers first.
    for (size_t k = d->params.size(); k-- > 0;) {
        const int64_t n = d->params[k].numel();
        if (d->buckets.empty() || d->buckets.back().flat.numel() + n > kBucketFloats)
            d->buckets.push_back(Bucket{torch::zeros({0})});
        Bucket &b = d->buckets.back();
        d->slot.push_back({d->buckets.size() - 1, b.flat.numel()});
        b.flat = torch::zeros({b.flat.numel() + n});
        b.params.push_back(k);
        d->params[k].register_hook([this, k](torch::Tensor grad) { d->onGradient(k, grad); });
    }
    std::reverse(d->slot.begin(), d->slot.end());
    for (const Bucket &b : d->buckets)
        d->bytes += double(b.flat.numel()) * 4.0;
    // The all-reduce of every gradient, blocking, the best of three: the communication a step
    // needs when nothing overlaps it.
    d->allReduce = 1e9;
    d->guarded("the timing all-reduce", [&] {
        for (int r = 0; r < 3; ++r) {
            QElapsedTimer clock;
            clock.start();
            for (Bucket &b : d->buckets)
                d->launch(b);
            for (Bucket &b : d->buckets)
                b.work->wait();
            d->allReduce = std::min(d->allReduce, clock.nsecsElapsed() * 1e-9);
        }
    });
}

void DataParallel::beginStep()
{
    std::fill(d->arrived.begin(), d->arrived.end(), false);
    for (Bucket &b : d->buckets) {
        b.pending = int(b.params.size());
        b.work.reset();
    }
    d->armed = true;
}

void DataParallel::averageGradients()
{
    d->armed = false;
    QElapsedTimer clock;
    clock.start();
    d->guarded("a gradient all-reduce", [&] {
        // Parameters the pass did not reach count as zero; their buckets leave now, in order.
        for (size_t i = 0; i < d->params.size(); ++i) {
            if (!d->arrived[i]) {
                const auto [bucket, offset] = d->slot[i];
                d->buckets[bucket].flat.narrow(0, offset, d->params[i].numel()).zero_();
                if (--d->buckets[bucket].pending == 0)
                    d->launch(d->buckets[bucket]);
            }
        }
        for (Bucket &b : d->buckets)
            b.work->wait();
    });
    torch::NoGradGuard noGrad;
    const double scale = 1.0 / ranks();
    for (size_t i = 0; i < d->params.size(); ++i) {
        torch::Tensor &p = d->params[i];
        const auto [bucket, offset] = d->slot[i];
        const torch::Tensor mean = d->buckets[bucket].flat.narrow(0, offset, p.numel()).view(p.sizes()) * scale;
        if (p.grad().defined())
            p.mutable_grad().copy_(mean);
        else
            p.mutable_grad() = mean.contiguous(p.suggest_memory_format());
    }
    d->waited += clock.nsecsElapsed() * 1e-9;
    ++d->steps;
}

int DataParallel::maxOverRanks(int value)
{
    return d->guarded("an agreement between the ranks", [&] {
        std::vector<torch::Tensor> t{torch::full({1}, double(value))};
        c10d::AllreduceOptions o;
        o.reduceOp = c10d::ReduceOp::MAX;
        d->small->allreduce(t, o)->wait();
        return int(t[0].item<double>());
    });
}

std::vector<double> DataParallel::sumOverRanks(std::vector<double> values)
{
    torch::Tensor t = torch::tensor(values, torch::kDouble);
    sumInPlace(t);
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = t[int64_t(i)].item<double>();
    return values;
}

bool DataParallel::fromRankZero(bool flag)
{
    return d->guarded("the broadcast of rank 0's choice", [&] {
        std::vector<torch::Tensor> t{torch::full({1}, flag ? 1.0 : 0.0)};
        d->small->broadcast(t)->wait();
        return t[0].item<double>() > 0.5;
    });
}

double DataParallel::gradientBytes() const { return d->bytes; }
double DataParallel::allReduceSeconds() const { return d->allReduce; }
double DataParallel::waitSecondsPerStep() const { return d->steps ? d->waited / double(d->steps) : 0.0; }

void DataParallel::sumInPlace(torch::Tensor &t)
{
    d->guarded("a sum over the ranks", [&] {
        std::vector<torch::Tensor> one{t};
        d->small->allreduce(one)->wait();
    });
}

} // namespace dermask::core
