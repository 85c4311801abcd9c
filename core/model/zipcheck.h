#pragma once
/// @file A check of the zip container of a .pt file (model, checkpoint, TorchScript) before
/// LibTorch reads it. LibTorch's zip reader skips the CRC-32 checks (its miniz is built with
/// MINIZ_DISABLE_ZIP_READER_CRC32_CHECKS), so a damaged file reaches its unpickler and
/// TorchScript parser, which can crash on it (a SEGV in ScriptTypeParser::parseClassConstant,
/// found by tests/fuzz/fuzz_modelfile) instead of throwing.

#include <QByteArray>
#include <QString>

namespace dermask::core {

/// Empty when every entry of the zip archive in @p data, stored or deflated, has the CRC-32
/// its central directory gives (or @p data is not a zip archive at all: LibTorch refuses that
/// itself); otherwise why not, e.g. "entry archive/data.pkl is damaged (checksum mismatch)".
/// Zip64 entries, which LibTorch writes only past 4 GB, are not checked.
QString zipDamage(const QByteArray &data);

} // namespace dermask::core
