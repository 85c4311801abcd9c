// The networks: shapes, logits, width multiplier and the factory's refusals.

#include "core/model/network_p.h"
#include "core/model/networks.h"

#include <QTest>

using namespace dermask::core;

namespace {

int64_t parameterCount(torch::nn::Module &m)
{
    int64_t n = 0;
    for (const auto &p : m.parameters())
        n += p.numel();
    return n;
}

} // namespace

class TestNetworks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::manual_seed(1); }

    void outputIsOneChannelOfLogits_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("width");
        QTest::addColumn<int>("size");
        for (const QString &name : networkNames()) {
            QTest::newRow(qPrintable(name + "-w0.25-64")) << name << 0.25 << 64;
            QTest::newRow(qPrintable(name + "-w0.5-128")) << name << 0.5 << 128;
        }
    }
    void outputIsOneChannelOfLogits()
    {
        QFETCH(QString, name);
        QFETCH(double, width);
        QFETCH(int, size);
        QString error;
        NetworkPtr net = createNetwork(name, width, 3, &error);
        QVERIFY2(net, qPrintable(error));
        QCOMPARE(size % net->sizeDivisor(), 0);
        net->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::rand({2, 3, size, size});
        torch::Tensor y = net->forward(x);
        QCOMPARE(y.dim(), int64_t(4));
        QCOMPARE(y.size(0), int64_t(2));
        QCOMPARE(y.size(1), int64_t(1));
        QCOMPARE(y.size(2), int64_t(size));
        QCOMPARE(y.size(3), int64_t(size));
        QVERIFY(torch::isfinite(y).all().item<bool>());
        // Logits, not probabilities: a negative head bias must drive outputs below 0,
        // which a network ending in a sigmoid (the lesson's bug) could never give.
        for (auto &p : net->named_parameters())
            if (p.key().find("head") == 0 && p.key().find("bias") != std::string::npos)
                p.value().fill_(-20.0);
        y = net->forward(x);
        QVERIFY(y.max().item<float>() < 0.0f);

        // Channels-last gives the same numbers.
        toChannelsLast(*net);
        const torch::Tensor yc = net->forward(x.contiguous(torch::MemoryFormat::ChannelsLast));
        QVERIFY(torch::allclose(y, yc, /*rtol=*/1e-4, /*atol=*/1e-4));
    }

    void lessonSizes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("width");
        QTest::addColumn<qint64>("parameters");
        // The lesson's networks (seed_reference.py) at width 1 have exactly these counts.
        QTest::newRow("unet") << "unet" << 1.0 << qint64(974417);
        QTest::newRow("segnet") << "segnet" << 1.0 << qint64(780865);
    }
    void lessonSizes()
    {
        QFETCH(QString, name);
        QFETCH(double, width);
        QFETCH(qint64, parameters);
        NetworkPtr net = createNetwork(name, width, 3, nullptr);
        QVERIFY(net);
        QCOMPARE(qint64(parameterCount(*net)), parameters);
    }

    void fusingKeepsTheOutput()
    {
        // Networks whose BatchNorm folds into the conv give the same logits once fused.
        for (const QString &name : networkNames()) {
            torch::manual_seed(5);
            NetworkPtr net = createNetwork(name, 0.25, 3, nullptr);
            // Non-trivial statistics, as after training.
            for (auto &b : net->named_buffers()) {
                if (b.key().find("running_mean") != std::string::npos)
                    b.value().uniform_(-0.5, 0.5);
                if (b.key().find("running_var") != std::string::npos)
                    b.value().uniform_(0.5, 2.0);
            }
            net->eval();
            torch::NoGradGuard noGrad;
            const torch::Tensor x = torch::rand({1, 3, 64, 64});
            const torch::Tensor before = net->forward(x);
            net->fuseForInference();
            const torch::Tensor after = net->forward(x);
            QVERIFY2(torch::allclose(before, after, /*rtol=*/1e-4, /*atol=*/1e-4), qPrintable(name));
        }
    }

    void widthScalesTheNetwork()
    {
        NetworkPtr full = createNetwork(QStringLiteral("unet"), 1.0, 3, nullptr);
        NetworkPtr half = createNetwork(QStringLiteral("unet"), 0.5, 3, nullptr);
        QVERIFY(full && half);
        const double ratio = double(parameterCount(*half)) / double(parameterCount(*full));
        QVERIFY2(ratio > 0.2 && ratio < 0.3, qPrintable(QString::number(ratio)));
        QCOMPARE(scaledChannels(16, 0.25), 4);
        QCOMPARE(scaledChannels(16, 0.01), 1);
    }

    void factoryRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("width");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << "resnet" << 1.0 << "unknown network \"resnet\"";
        QTest::newRow("zero width") << "unet" << 0.0 << "width multiplier 0";
        QTest::newRow("negative width") << "segnet" << -1.0 << "out of range";
    }
    void factoryRefuses()
    {
        QFETCH(QString, name);
        QFETCH(double, width);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!createNetwork(name, width, 3, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void namesAreDescribed()
    {
        QVERIFY(networkNames().contains(QStringLiteral("unet")));
        QVERIFY(networkNames().contains(QStringLiteral("segnet")));
        QVERIFY(networkNames().contains(defaultNetwork()));
        for (const QString &n : networkNames())
            QVERIFY(!networkDescription(n).isEmpty());
        QVERIFY(!isNetworkName(QStringLiteral("UNET")));
    }
};

QTEST_GUILESS_MAIN(TestNetworks)
#include "tst_networks.moc"
