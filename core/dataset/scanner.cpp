#include "core/dataset/scanner.h"

#include "core/image/imageheader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace dermask::core::scan {

namespace {

// Lossless files win over JPEG when the same id comes twice: a JPEG copy of a BMP or PNG is
// the derived one, never the other way round.
int extensionRank(const QString &path)
{
    const QStringView suffix = QStringView(path).mid(path.lastIndexOf(QLatin1Char('.')) + 1);
    for (const char *lossless : {"bmp", "png", "tif", "tiff"}) {
        if (suffix.compare(QLatin1String(lossless), Qt::CaseInsensitive) == 0)
            return 0;
    }
    for (const char *lossy : {"jpg", "jpeg"}) {
        if (suffix.compare(QLatin1String(lossy), Qt::CaseInsensitive) == 0)
            return 1;
    }
    return 2;
}

bool preferred(const Candidate *a, const Candidate *b)
{
    const int ra = extensionRank(a->path);
    const int rb = extensionRank(b->path);
    if (ra != rb)
        return ra < rb;
    return a->path < b->path;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

int naturalCompare(const QString &a, const QString &b)
{
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        if (isAsciiDigit(a[i]) && isAsciiDigit(b[j])) {
            int ei = i;
            while (ei < a.size() && isAsciiDigit(a[ei]))
                ++ei;
            int ej = j;
            while (ej < b.size() && isAsciiDigit(b[ej]))
                ++ej;
            // Compare by value without converting: drop leading zeros, then longer is larger.
            while (i < ei - 1 && a[i] == QLatin1Char('0'))
                ++i;
            while (j < ej - 1 && b[j] == QLatin1Char('0'))
                ++j;
            if (ei - i != ej - j)
                return (ei - i) < (ej - j) ? -1 : 1;
            for (; i < ei; ++i, ++j) {
                if (a[i] != b[j])
                    return a[i] < b[j] ? -1 : 1;
            }
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

bool endsWithCi(const QString &s, QLatin1String suffix)
{
    return s.endsWith(suffix, Qt::CaseInsensitive);
}

// The header of one file, checked against the limits: empty reason when usable.
QString headerProblem(const QString &path, ImageHeader *header)
{
    const QFileInfo link(path);
    if (link.isSymLink() && !link.exists())
        return QStringLiteral("a link to %1, which does not exist or leads back to itself")
            .arg(QDir::toNativeSeparators(link.symLinkTarget()));
    QString error;
    if (!readImageHeader(path, header, &error))
        return error.isEmpty() ? QStringLiteral("unreadable image header") : error;
    return checkImageLimits(*header);
}

struct PickedImage
{
    const Candidate *file = nullptr;
    int width = 0;
    int height = 0;
};

} // namespace

const Listing &FolderCache::list(const QString &path)
{
    const auto it = m_listings.find(path);
    if (it != m_listings.end())
        return it->second;
    Listing listing;
    const QFileInfo info(path);
    listing.readable = info.isDir() && info.isReadable() && info.isExecutable();
    if (listing.readable) {
        // One readdir; the entry type comes from the directory itself, no stat per file.
        // System: broken links are listed only with it (FIFOs and sockets are then skipped).
        QDirIterator iterator(path, QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot);
        while (iterator.hasNext()) {
            iterator.next();
            const QFileInfo entry = iterator.fileInfo();
            const QString name = entry.fileName();
            if (name.startsWith(QLatin1Char('.')))
                continue;
            if (entry.isDir())
                listing.dirs.append({name, entry.filePath()});
            else if (entry.isFile() || entry.isSymLink())  // a link to nothing: refused by name
                listing.files.append({name, entry.filePath()});
        }
    }
    return m_listings.emplace(path, std::move(listing)).first->second;
}

int maskSuffixLength(const QString &stem)
{
    static const QLatin1String suffixes[] = {
        QLatin1String("_segmentation"), QLatin1String("_mask"), QLatin1String("-mask"),
        QLatin1String("_lesion")};
    for (const QLatin1String &suffix : suffixes) {
        if (stem.size() > suffix.size() && endsWithCi(stem, suffix))
            return int(suffix.size());
    }
    return 0;
}

bool isAuxiliaryIsicFile(const QString &stem)
{
    return endsWithCi(stem, QLatin1String("_superpixels"))
           || stem.contains(QLatin1String("_attribute_"), Qt::CaseInsensitive);
}

bool isIsicId(const QString &id)
{
    if (id.size() <= 5 || !id.startsWith(QLatin1String("ISIC_")))
        return false;
    for (int i = 5; i < id.size(); ++i) {
        if (!isAsciiDigit(id[i]))
            return false;
    }
    return true;
}

bool isImageFolderName(const QString &name)
{
    const QString lower = name.toLower();
    return lower == QLatin1String("images") || lower == QLatin1String("image")
           || lower == QLatin1String("imgs") || lower == QLatin1String("img")
           || lower.contains(QLatin1String("input")) || lower.endsWith(QLatin1String("_data"));
}

bool isMaskFolderName(const QString &name)
{
    static const QLatin1String names[] = {
        QLatin1String("masks"),       QLatin1String("mask"),         QLatin1String("labels"),
        QLatin1String("label"),       QLatin1String("gt"),           QLatin1String("annotations"),
        QLatin1String("annotation"),  QLatin1String("segmentations"),
        QLatin1String("segmentation")};
    const QString lower = name.toLower();
    for (const QLatin1String &n : names) {
        if (lower == n)
            return true;
    }
    return lower.contains(QLatin1String("groundtruth"))
           || lower.contains(QLatin1String("ground_truth"));
}

QString stemOf(const QString &fileName)
{
    const int dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? fileName.left(dot) : fileName;
}

bool naturalLess(const QString &a, const QString &b)
{
    const int c = naturalCompare(a, b);
    return c != 0 ? c < 0 : a < b;
}

void pairFiles(const QString &root, const QVector<Candidate> &images,
               const QVector<Candidate> &masks, Strays strays, Dataset *out)
{
    const QDir rootDir(root);
    auto refuse = [out](const QString &file, const QString &reason) {
        out->refused.append({file, reason});
    };
    auto duplicateOf = [&](const Candidate *loser, const Candidate *winner) {
        if (strays == Strays::Refuse)
            refuse(loser->path,
                   QStringLiteral("duplicate of %1").arg(rootDir.relativeFilePath(winner->path)));
    };

    // Images grouped by id, case-insensitively: "IMD001.BMP" and "imd001.jpg" are one id.
    QHash<QString, QVector<const Candidate *>> imageGroups;
    imageGroups.reserve(images.size());
    for (const Candidate &image : images)
        imageGroups[image.stem.toLower()].append(&image);

    QHash<QString, PickedImage> picked;
    QHash<QString, const Candidate *> refusedImage;  // id whose every image was refused
    picked.reserve(imageGroups.size());
    for (auto it = imageGroups.begin(); it != imageGroups.end(); ++it) {
        QVector<const Candidate *> &group = it.value();
        std::sort(group.begin(), group.end(), preferred);
        PickedImage winner;
        for (const Candidate *file : group) {
            if (winner.file) {
                duplicateOf(file, winner.file);
                continue;
            }
            ImageHeader header;
            const QString problem = headerProblem(file->path, &header);
            if (!problem.isEmpty()) {
                refuse(file->path, problem);
                continue;
            }
            winner = {file, header.width, header.height};
        }
        if (winner.file)
            picked.insert(it.key(), winner);
        else
            refusedImage.insert(it.key(), group.first());
    }

    // Masks find their image by exact stem first, then without a mask suffix, so an image
    // whose own name ends in "_mask" still pairs with a same-stem mask.
    QHash<QString, QVector<const Candidate *>> maskGroups;
    for (const Candidate &mask : masks) {
        QString key = mask.stem.toLower();
        if (!imageGroups.contains(key)) {
            const int suffix = maskSuffixLength(key);
            if (suffix > 0 && imageGroups.contains(key.left(key.size() - suffix)))
                key.chop(suffix);
        }
        if (!imageGroups.contains(key))
            out->masksWithoutImage.append(mask.path);
        else
            maskGroups[key].append(&mask);
    }

    QHash<QString, QString> maskOf;
    for (auto it = maskGroups.begin(); it != maskGroups.end(); ++it) {
        QVector<const Candidate *> &group = it.value();
        std::sort(group.begin(), group.end(), preferred);
        const auto image = picked.constFind(it.key());
        if (image == picked.constEnd()) {
            const QString imageFile = rootDir.relativeFilePath(refusedImage.value(it.key())->path);
            for (const Candidate *mask : group)
                refuse(mask->path, QStringLiteral("its image %1 was refused").arg(imageFile));
            continue;
        }
        const Candidate *winner = nullptr;
        for (const Candidate *mask : group) {
            if (winner) {
                duplicateOf(mask, winner);
                continue;
            }
            ImageHeader header;
            const QString problem = headerProblem(mask->path, &header);
            if (!problem.isEmpty()) {
                refuse(mask->path, problem);
                continue;
            }
            if (header.width != image->width || header.height != image->height) {
                refuse(mask->path, QStringLiteral("mask is %1x%2 but its image is %3x%4")
                                       .arg(header.width)
                                       .arg(header.height)
                                       .arg(image->width)
                                       .arg(image->height));
                continue;
            }
            winner = mask;
        }
        if (winner)
            maskOf.insert(it.key(), winner->path);
    }

    out->samples.reserve(out->samples.size() + picked.size());
    for (auto it = picked.cbegin(); it != picked.cend(); ++it) {
        Sample sample;
        sample.id = it->file->stem;
        sample.imagePath = it->file->path;
        sample.maskPath = maskOf.value(it.key());
        sample.width = it->width;
        sample.height = it->height;
        out->samples.append(sample);
    }
}

void sortResults(Dataset *dataset)
{
    std::sort(dataset->samples.begin(), dataset->samples.end(),
              [](const Sample &a, const Sample &b) { return naturalLess(a.id, b.id); });
    std::sort(dataset->refused.begin(), dataset->refused.end(),
              [](const RefusedFile &a, const RefusedFile &b) {
                  return a.file != b.file ? naturalLess(a.file, b.file) : a.reason < b.reason;
              });
    std::sort(dataset->masksWithoutImage.begin(), dataset->masksWithoutImage.end(), naturalLess);
}

} // namespace dermask::core::scan
