#include "core/image/imageheader.h"
#include "core/util/error.h"

#include <QFile>

#include <climits>
#include <cstring>

namespace dermask::core {

namespace {

/// Random-access reads over a file through one small cached block: a header scan touches a
/// few hundred bytes, and a JPEG or TIFF may point past them (EXIF segments, IFD at the end),
/// so far offsets are reached with a seek instead of reading everything in between.
class HeaderReader
{
public:
    explicit HeaderReader(QFile *file) : m_file(file), m_size(file->size()) {}

    qint64 size() const { return m_size; }

    /// Copies @p n bytes at @p offset into @p out; false when the file is shorter.
    bool read(qint64 offset, int n, uchar *out)
    {
        // Offsets come from the file (BigTIFF's are 64-bit): offset + n could overflow.
        if (offset < 0 || n < 0 || offset > m_size - n)
            return false;
        if (offset < m_blockStart || offset + n > m_blockStart + m_block.size()) {
            if (!m_file->seek(offset))
                return false;
            m_block = m_file->read(qMax(n, kBlockSize));
            m_blockStart = offset;
            if (m_block.size() < n)
                return false;
        }
        std::memcpy(out, m_block.constData() + (offset - m_blockStart), size_t(n));
        return true;
    }

private:
    static constexpr int kBlockSize = 2048;
    QFile *m_file;
    qint64 m_size;
    QByteArray m_block;
    qint64 m_blockStart = 0;
};

quint16 be16(const uchar *p) { return quint16((p[0] << 8) | p[1]); }
quint32 be32(const uchar *p) { return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3]; }
quint16 le16(const uchar *p) { return quint16(p[0] | (p[1] << 8)); }
quint32 le32(const uchar *p) { return p[0] | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24); }

const char kTruncated[] = "truncated header";

QString invalidDimensions(qint64 width, qint64 height)
{
    return QStringLiteral("invalid dimensions %1x%2").arg(width).arg(height);
}

bool readPng(HeaderReader &in, ImageHeader *h, QString *error)
{
    // Signature (8), then the first chunk must be IHDR: length, type, 13 bytes of data.
    uchar b[29];
    if (!in.read(0, 29, b))
        return fail(error, kTruncated);
    if (std::memcmp(b + 12, "IHDR", 4) != 0 || be32(b + 8) < 13)
        return fail(error, QStringLiteral("PNG without an IHDR chunk"));
    const quint32 w = be32(b + 16), hgt = be32(b + 20);
    // The PNG spec caps both at 2^31-1; anything larger is a corrupt header.
    if (w == 0 || hgt == 0 || w > 0x7fffffffu || hgt > 0x7fffffffu)
        return fail(error, invalidDimensions(w, hgt));
    h->width = int(w);
    h->height = int(hgt);
    h->bitDepth = b[24];
    switch (b[25]) {
    case 0: h->channels = 1; break;
    case 2: h->channels = 3; break;
    case 3: h->channels = 3; h->palette = true; break;
    case 4: h->channels = 2; break;
    case 6: h->channels = 4; break;
    default: return fail(error, QStringLiteral("invalid PNG colour type %1").arg(b[25]));
    }
    return true;
}

bool readBmp(HeaderReader &in, ImageHeader *h, QString *error)
{
    uchar b[30];
    if (!in.read(0, 18, b))
        return fail(error, kTruncated);
    const quint32 dibSize = le32(b + 14);
    qint64 w = 0, hgt = 0;
    int bpp = 0;
    if (dibSize == 12) { // BITMAPCOREHEADER (OS/2 1.x): unsigned 16-bit sides
        if (!in.read(18, 8, b))
            return fail(error, kTruncated);
        w = le16(b);
        hgt = le16(b + 2);
        bpp = le16(b + 6);
    } else if (dibSize >= 40) { // BITMAPINFOHEADER, OS/2 2.x, V2..V5: signed 32-bit sides
        if (!in.read(18, 12, b))
            return fail(error, kTruncated);
        w = qint32(le32(b));
        hgt = qint32(le32(b + 4));
        bpp = le16(b + 10);
    } else {
        return fail(error, QStringLiteral("unsupported BMP header size %1").arg(dibSize));
    }
    if (hgt < 0) { // negative height: rows stored top row first
        h->topDown = true;
        hgt = -hgt;
    }
    if (w <= 0 || hgt <= 0 || w > INT_MAX || hgt > INT_MAX)
        return fail(error, invalidDimensions(w, hgt));
    h->width = int(w);
    h->height = int(hgt);
    switch (bpp) {
    case 1: case 2: case 4: case 8:
        h->bitDepth = bpp;
        h->channels = 3;
        h->palette = true;
        break;
    case 16: h->bitDepth = 5; h->channels = 3; break; // 5-5-5 or 5-6-5
    case 24: h->bitDepth = 8; h->channels = 3; break;
    case 32: h->bitDepth = 8; h->channels = 4; break;
    default: return fail(error, QStringLiteral("invalid BMP bit count %1").arg(bpp));
    }
    return true;
}

bool readJpeg(HeaderReader &in, ImageHeader *h, QString *error)
{
    // Walk the marker segments from SOI to the first frame header, seeking over each segment
    // (EXIF and ICC segments can be 64 KiB each). A bound keeps hostile files cheap.
    qint64 pos = 2;
    for (int segment = 0; segment < 4096; ++segment) {
        uchar m[2];
        if (!in.read(pos, 2, m))
            return fail(error, kTruncated);
        if (m[0] != 0xFF)
            return fail(error, QStringLiteral("corrupt JPEG marker at byte %1").arg(pos));
        if (m[1] == 0xFF) { // fill byte before a marker
            ++pos;
            continue;
        }
        const uchar marker = m[1];
        pos += 2;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) // no length field
            continue;
        if (marker == 0xD9 || marker == 0xDA)
            return fail(error, QStringLiteral("JPEG without a frame header"));
        uchar len[2];
        if (!in.read(pos, 2, len))
            return fail(error, kTruncated);
        const int length = be16(len);
        if (length < 2)
            return fail(error, QStringLiteral("corrupt JPEG segment at byte %1").arg(pos));
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                         && marker != 0xCC;
        if (sof) {
            uchar f[6];
            if (length < 8 || !in.read(pos + 2, 6, f))
                return fail(error, kTruncated);
            h->bitDepth = f[0];
            h->height = be16(f + 1);
            h->width = be16(f + 3);
            h->channels = f[5];
            if (h->width == 0 || h->height == 0)
                return fail(error, invalidDimensions(h->width, h->height));
            if (h->channels == 0)
                return fail(error, QStringLiteral("JPEG frame without components"));
            return true;
        }
        pos += length;
    }
    return fail(error, QStringLiteral("JPEG frame header not found"));
}

bool readTiff(HeaderReader &in, ImageHeader *h, QString *error)
{
    uchar b[16];
    if (!in.read(0, 8, b))
        return fail(error, kTruncated);
    const bool le = b[0] == 'I';
    auto u16 = [le](const uchar *p) { return le ? le16(p) : be16(p); };
    auto u32 = [le](const uchar *p) { return le ? le32(p) : be32(p); };
    auto u64 = [&](const uchar *p) {
        return le ? (quint64(u32(p + 4)) << 32) | u32(p) : (quint64(u32(p)) << 32) | u32(p + 4);
    };
    const bool big = u16(b + 2) == 43; // BigTIFF: 8-byte offsets and counts
    qint64 ifd = 0;
    if (big) {
        if (!in.read(0, 16, b))
            return fail(error, kTruncated);
        ifd = qint64(qMin<quint64>(u64(b + 8), quint64(LLONG_MAX)));
    } else {
        ifd = u32(b + 4);
    }
    if (ifd < 8)
        return fail(error, QStringLiteral("corrupt TIFF: no image directory"));
    uchar countBytes[8];
    if (!in.read(ifd, big ? 8 : 2, countBytes))
        return fail(error, kTruncated);
    const quint64 count = big ? u64(countBytes) : u16(countBytes);
    const int entrySize = big ? 20 : 12;
    if (count == 0 || count > 4096)
        return fail(error, QStringLiteral("corrupt TIFF: %1 directory entries").arg(count));
    QByteArray entries(int(count) * entrySize, Qt::Uninitialized);
    if (!in.read(ifd + (big ? 8 : 2), entries.size(), reinterpret_cast<uchar *>(entries.data())))
        return fail(error, kTruncated);

    qint64 width = 0, height = 0;
    int bits = 1, samples = 1, photometric = -1; // TIFF defaults
    for (quint64 i = 0; i < count; ++i) {
        const uchar *e = reinterpret_cast<const uchar *>(entries.constData()) + i * entrySize;
        const int tag = u16(e), type = u16(e + 2);
        const uchar *value = e + (big ? 12 : 8);
        // Only SHORT (3) and LONG (4) matter here; a value that fits is stored inline,
        // left-justified, so the first value sits at the start of the field either way.
        qint64 v = 0;
        if (type == 3)
            v = u16(value);
        else if (type == 4)
            v = u32(value);
        else
            continue;
        switch (tag) {
        case 256: width = v; break;
        case 257: height = v; break;
        case 258: {
            const quint64 n = big ? u64(e + 4) : u32(e + 4);
            const int inlineBytes = big ? 8 : 4;
            if (type == 3 && n * 2 > quint64(inlineBytes)) { // one value per sample, elsewhere
                uchar s[2];
                const qint64 at = big ? qint64(u64(value)) : qint64(u32(value));
                if (!in.read(at, 2, s))
                    return fail(error, kTruncated);
                v = u16(s);
            }
            bits = int(v);
            break;
        }
        case 262: photometric = int(v); break;
        case 277: samples = int(v); break;
        default: break;
        }
    }
    if (width <= 0 || height <= 0 || width > INT_MAX || height > INT_MAX)
        return fail(error, invalidDimensions(width, height));
    h->width = int(width);
    h->height = int(height);
    h->bitDepth = bits;
    h->channels = samples;
    if (photometric == 3) {
        h->palette = true;
        h->channels = 3;
    }
    return true;
}

} // namespace

QString formatName(ImageHeader::Format format)
{
    switch (format) {
    case ImageHeader::Format::Bmp: return QStringLiteral("BMP");
    case ImageHeader::Format::Png: return QStringLiteral("PNG");
    case ImageHeader::Format::Jpeg: return QStringLiteral("JPEG");
    case ImageHeader::Format::Tiff: return QStringLiteral("TIFF");
    case ImageHeader::Format::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool hasImageExtension(const QString &fileName)
{
    // No QFileInfo: a dataset scan calls this for every file it meets.
    const int dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    const QStringView suffix = QStringView(fileName).mid(dot + 1);
    for (const char *ext : {"png", "jpg", "jpeg", "bmp", "tif", "tiff"}) {
        if (suffix.compare(QLatin1String(ext), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool readImageHeader(const QString &path, ImageHeader *header, QString *error)
{
    ImageHeader h;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("cannot open: %1").arg(file.errorString()));
    HeaderReader in(&file);
    if (in.size() == 0)
        return fail(error, QStringLiteral("empty file"));
    uchar magic[8] = {};
    const int magicSize = int(qMin<qint64>(8, in.size()));
    if (!in.read(0, magicSize, magic))
        return fail(error, QStringLiteral("cannot read: %1").arg(file.errorString()));

    // The format comes from the magic bytes alone: extensions lie (a PNG saved as .jpg).
    static const uchar png[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    bool ok = false;
    if (magicSize >= 8 && std::memcmp(magic, png, 8) == 0) {
        h.format = ImageHeader::Format::Png;
        ok = readPng(in, &h, error);
    } else if (magicSize >= 3 && magic[0] == 0xFF && magic[1] == 0xD8 && magic[2] == 0xFF) {
        h.format = ImageHeader::Format::Jpeg;
        ok = readJpeg(in, &h, error);
    } else if (magicSize >= 2 && magic[0] == 'B' && magic[1] == 'M') {
        h.format = ImageHeader::Format::Bmp;
        ok = readBmp(in, &h, error);
    } else if (magicSize >= 4
               && ((magic[0] == 'I' && magic[1] == 'I' && (magic[2] == 42 || magic[2] == 43) && magic[3] == 0)
                   || (magic[0] == 'M' && magic[1] == 'M' && magic[2] == 0 && (magic[3] == 42 || magic[3] == 43)))) {
        h.format = ImageHeader::Format::Tiff;
        ok = readTiff(in, &h, error);
    } else if (magicSize < 8 && (std::memcmp(magic, png, size_t(magicSize)) == 0
                                 || (magic[0] == 0xFF && (magicSize < 2 || magic[1] == 0xD8)))) {
        return fail(error, kTruncated); // the start of a known signature, cut short
    } else {
        return fail(error, QStringLiteral("unknown format"));
    }
    if (ok && header)
        *header = h;
    return ok;
}

QString checkImageLimits(const ImageHeader &header)
{
    if (header.width <= 0 || header.height <= 0)
        return invalidDimensions(header.width, header.height);
    const QString dims = QStringLiteral("%1x%2").arg(header.width).arg(header.height);
    if (header.width > kMaxImageSide || header.height > kMaxImageSide)
        return QStringLiteral("dimensions %1 exceed the limit of %2 px a side").arg(dims).arg(kMaxImageSide);
    if (qint64(header.width) * header.height > kMaxImagePixels)
        return QStringLiteral("dimensions %1 exceed the limit of %2 megapixels")
            .arg(dims)
            .arg(kMaxImagePixels / 1'000'000);
    return {};
}

} // namespace dermask::core
