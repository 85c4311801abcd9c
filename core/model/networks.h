#pragma once
/// @file The segmentation networks Dermask can build, by name. Torch-free: the networks
/// themselves live in network_p.h, which only core .cpp files include.

#include <QString>
#include <QStringList>

namespace dermask::core {

/// Names accepted by the network factory, the default first.
QStringList networkNames();

/// The network a default training run uses.
QString defaultNetwork();

/// True when @p name is one of networkNames().
bool isNetworkName(const QString &name);

/// One line describing @p name for --help texts and the UI ("" for an unknown name).
QString networkDescription(const QString &name);

/// Channels of a layer of nominal width @p channels under width multiplier @p width
/// (rounded, at least 1). Exposed so tests and the UI can show the real layer sizes.
int scaledChannels(int channels, double width);

} // namespace dermask::core
