#include "core/model/networks.h"

#include <algorithm>
#include <cmath>

namespace dermask::core {

namespace {

/// The networks by name; network.cpp builds them (it is part of the network part, LibTorch's).
struct NetworkEntry
{
    const char *name;
    const char *description;
};

const NetworkEntry kNetworks[] = {
    {"fastunet", "a U-Net for CPUs: stride-2 stem, 5 levels, Conv-BN-ReLU, half-resolution logits"},
    {"unet", "the lesson's U-Net (encoder 16-32-64-128, bottleneck 256, skips)"},
    {"segnet", "the lesson's SegNet (the U-Net's encoder, a decoder without skips)"},
};

const NetworkEntry *findNetwork(const QString &name)
{
    for (const NetworkEntry &e : kNetworks)
        if (name == QLatin1String(e.name))
            return &e;
    return nullptr;
}

} // namespace

QStringList networkNames()
{
    QStringList names;
    for (const NetworkEntry &e : kNetworks)
        names << QString::fromLatin1(e.name);
    return names;
}

QString defaultNetwork()
{
    return QString::fromLatin1(kNetworks[0].name);
}

bool isNetworkName(const QString &name)
{
    return findNetwork(name) != nullptr;
}

QString networkDescription(const QString &name)
{
    const NetworkEntry *e = findNetwork(name);
    return e ? QString::fromLatin1(e->description) : QString();
}

int scaledChannels(int channels, double width)
{
    return std::max(1, int(std::lround(channels * width)));
}

} // namespace dermask::core
