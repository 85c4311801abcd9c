#include "core/model/zipcheck.h"

#include <array>
#include <cstdint>

namespace dermask::core {

namespace {

uint32_t crc32(const unsigned char *p, size_t n)
{
    static const std::array<uint32_t, 256> table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; ++i)
        c = table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

uint32_t le16(const unsigned char *p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8; }
uint32_t le32(const unsigned char *p) { return le16(p) | le16(p + 2) << 16; }

} // namespace

QString zipDamage(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const size_t size = size_t(data.size());
    // The end-of-central-directory record: 22 bytes and a comment of up to 64 KiB.
    if (size < 22)
        return {};
    size_t eocd = size - 22;
    const size_t lowest = size > 22 + 0xFFFF ? size - 22 - 0xFFFF : 0;
    while (le32(p + eocd) != 0x06054b50u) {
        if (eocd == lowest)
            return {};  // not a zip archive
        --eocd;
    }
    const uint32_t entries = le16(p + eocd + 10);
    const uint32_t directorySize = le32(p + eocd + 12);
    const uint32_t directory = le32(p + eocd + 16);
    if (directory == 0xFFFFFFFFu || entries == 0xFFFFu)
        return {};  // zip64
    if (directory > eocd || directorySize > eocd - directory)
        return QStringLiteral("its zip directory lies outside the file");
    size_t at = directory;
    for (uint32_t i = 0; i < entries; ++i) {
        if (at + 46 > eocd || le32(p + at) != 0x02014b50u)
            return QStringLiteral("its zip directory is damaged");
        const uint32_t method = le16(p + at + 10);
        const uint32_t crc = le32(p + at + 16);
        const uint32_t stored = le32(p + at + 20);
        const uint32_t nameLength = le16(p + at + 28);
        const size_t entrySize = 46 + size_t(nameLength) + le16(p + at + 30) + le16(p + at + 32);
        const uint32_t local = le32(p + at + 42);
        if (at + entrySize > eocd)
            return QStringLiteral("its zip directory is damaged");
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(p + at + 46), int(nameLength));
        at += entrySize;
        if (method != 0 || stored == 0xFFFFFFFFu || local == 0xFFFFFFFFu)
            continue;
        if (size_t(local) + 30 > size || le32(p + local) != 0x04034b50u)
            return QStringLiteral("entry %1 of its zip archive is damaged").arg(name);
        const size_t start = size_t(local) + 30 + le16(p + local + 26) + le16(p + local + 28);
        if (start > size || stored > size - start)
            return QStringLiteral("entry %1 of its zip archive is cut short").arg(name);
        if (crc32(p + start, stored) != crc)
            return QStringLiteral("entry %1 of its zip archive is damaged (checksum mismatch)").arg(name);
    }
    return {};
}

} // namespace dermask::core
