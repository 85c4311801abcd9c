#include "core/model/zipcheck.h"

#include <libdeflate.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace dermask::core {

namespace {

// LibTorch deflates only its small code and debug files; a larger entry is refused unread.
constexpr uint32_t kMaxDeflatedEntry = 256u << 20;

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
        const uint32_t unpacked = le32(p + at - entrySize + 24);
        if ((method != 0 && method != 8) || stored == 0xFFFFFFFFu || local == 0xFFFFFFFFu
            || unpacked == 0xFFFFFFFFu)
            continue;
        if (size_t(local) + 30 > size || le32(p + local) != 0x04034b50u)
            return QStringLiteral("entry %1 of its zip archive is damaged").arg(name);
        const size_t start = size_t(local) + 30 + le16(p + local + 26) + le16(p + local + 28);
        if (start > size || stored > size - start)
            return QStringLiteral("entry %1 of its zip archive is cut short").arg(name);
        const unsigned char *body = p + start;
        std::vector<unsigned char> inflated;
        size_t length = stored;
        if (method == 8) {
            if (unpacked > kMaxDeflatedEntry)
                return QStringLiteral("entry %1 of its zip archive is too large").arg(name);
            inflated.resize(unpacked);
            const std::unique_ptr<libdeflate_decompressor, void (*)(libdeflate_decompressor *)> d(
                libdeflate_alloc_decompressor(), libdeflate_free_decompressor);
            if (!d || libdeflate_deflate_decompress(d.get(), body, stored, inflated.data(), unpacked, nullptr)
                          != LIBDEFLATE_SUCCESS)
                return QStringLiteral("entry %1 of its zip archive is damaged").arg(name);
            body = inflated.data();
            length = unpacked;
        }
        if (libdeflate_crc32(0, body, length) != crc)
            return QStringLiteral("entry %1 of its zip archive is damaged (checksum mismatch)").arg(name);
    }
    return {};
}

} // namespace dermask::core
