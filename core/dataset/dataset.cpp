#include "core/dataset/dataset.h"

#include "core/dataset/ph2.h"
#include "core/dataset/scanner.h"
#include "core/image/imageheader.h"
#include "core/util/error.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace dermask::core {

using namespace scan;

namespace {

// Image files directly inside @p listing, minus ISIC's superpixel and attribute maps.
void gatherImages(const Listing &listing, QVector<Candidate> *out)
{
    for (const Entry &file : listing.files) {
        if (!hasImageExtension(file.name))
            continue;
        const QString stem = stemOf(file.name);
        if (!isAuxiliaryIsicFile(stem))
            out->append({file.path, stem});
    }
}

// ISIC when every id is an ISIC id (the archive's own naming), otherwise generic pairs.
Layout pairedLayout(const Dataset &dataset)
{
    if (dataset.samples.isEmpty())
        return Layout::Empty;
    for (const Sample &sample : dataset.samples) {
        if (!isIsicId(sample.id))
            return Layout::Paired;
    }
    return Layout::Isic;
}

// images/ + masks/, *_Data + *_GroundTruth, *Input* + *GroundTruth*: every image folder and
// every mask folder of the root are pooled, so ISIC's training, validation and test splits
// unpacked side by side scan as one dataset. False when there is no such pair of folders.
bool scanFolderPairs(const Listing &top, FolderCache *cache, Dataset *out)
{
    QVector<Candidate> images;
    QVector<Candidate> masks;
    bool imageFolder = false;
    bool maskFolder = false;
    for (const Entry &dir : top.dirs) {
        // Mask names first: "..._Part1_GroundTruth" must not count as image data.
        if (isMaskFolderName(dir.name)) {
            maskFolder = true;
            gatherImages(cache->list(dir.path), &masks);
        } else if (isImageFolderName(dir.name)) {
            imageFolder = true;
            gatherImages(cache->list(dir.path), &images);
        }
    }
    if (!imageFolder || !maskFolder || (images.isEmpty() && masks.isEmpty()))
        return false;
    pairFiles(out->root, images, masks, Strays::Refuse, out);
    out->layout = pairedLayout(*out);
    return true;
}

// Images and masks side by side in the root. "_segmentation" always marks a mask (ISIC);
// the looser suffixes ("_mask", "_lesion") only when the image they belong to is there too,
// so a photo that happens to be called "face_mask.jpg" stays an image.
bool scanOneFolder(const Listing &top, Dataset *out)
{
    QVector<Candidate> files;
    gatherImages(top, &files);
    if (files.isEmpty())
        return false;
    QSet<QString> stems;
    for (const Candidate &file : files)
        stems.insert(file.stem.toLower());
    QVector<Candidate> images;
    QVector<Candidate> masks;
    for (const Candidate &file : files) {
        const QString stem = file.stem.toLower();
        const int suffix = maskSuffixLength(stem);
        const bool mask = stem.endsWith(QLatin1String("_segmentation"))
                          || (suffix > 0 && stems.contains(stem.left(stem.size() - suffix)));
        (mask ? masks : images).append(file);
    }
    pairFiles(out->root, images, masks, Strays::Refuse, out);
    out->layout = masks.isEmpty() ? (out->samples.isEmpty() ? Layout::Empty : Layout::Images)
                                  : pairedLayout(*out);
    return true;
}

// An images/ folder with no mask folder beside it and nothing at the top level.
void scanImageFoldersOnly(const Listing &top, FolderCache *cache, Dataset *out)
{
    QVector<Candidate> images;
    for (const Entry &dir : top.dirs) {
        if (isImageFolderName(dir.name) && !isMaskFolderName(dir.name))
            gatherImages(cache->list(dir.path), &images);
    }
    pairFiles(out->root, images, {}, Strays::Refuse, out);
    out->layout = out->samples.isEmpty() ? Layout::Empty : Layout::Images;
}

} // namespace

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Empty: return QStringLiteral("empty");
    case Layout::Ph2: return QStringLiteral("ph2");
    case Layout::Isic: return QStringLiteral("isic");
    case Layout::Paired: return QStringLiteral("paired");
    case Layout::Images: return QStringLiteral("images");
    }
    return QStringLiteral("empty");
}

int Dataset::pairs() const
{
    int count = 0;
    for (const Sample &sample : samples)
        count += sample.hasMask() ? 1 : 0;
    return count;
}

int Dataset::imagesWithoutMask() const
{
    return int(samples.size()) - pairs();
}

int Dataset::indexOf(const QString &id) const
{
    // The index is trusted only when it still points at the right sample, so a dataset
    // edited after the scan answers correctly, just without the shortcut.
    const auto hit = idIndex.constFind(id);
    if (hit != idIndex.constEnd() && *hit >= 0 && *hit < samples.size()
        && samples.at(*hit).id == id)
        return *hit;
    for (int i = 0; i < samples.size(); ++i) {
        if (samples.at(i).id == id)
            return i;
    }
    return -1;
}

QMap<QString, int> Dataset::diagnosisCounts() const
{
    QMap<QString, int> counts;
    for (const Sample &sample : samples) {
        if (!sample.diagnosis.isEmpty())
            ++counts[sample.diagnosis];
    }
    return counts;
}

void Dataset::reindex()
{
    idIndex.clear();
    idIndex.reserve(samples.size());
    for (int i = 0; i < samples.size(); ++i)
        idIndex.insert(samples.at(i).id, i);
}

bool scanDataset(const QString &dir, Dataset *dataset, QString *error)
{
    *dataset = Dataset();
    if (dir.trimmed().isEmpty())
        return fail(error, QStringLiteral("no folder given"));

    const QFileInfo info(dir);
    const QString root = QDir::cleanPath(info.absoluteFilePath());
    const QString shown = QDir::toNativeSeparators(root);
    dataset->root = root;
    if (!info.exists())
        return fail(error, QStringLiteral("%1: folder does not exist").arg(shown));
    if (!info.isDir())
        return fail(error, QStringLiteral("%1: not a folder").arg(shown));

    FolderCache cache;
    const Listing &top = cache.list(root);
    if (!top.readable)
        return fail(error, QStringLiteral("%1: cannot read folder").arg(shown));

    // Most specific layout first: PH2's nested folders, then pairs of folders, then files
    // side by side; a folder of images without any mask folder comes last.
    const QString ph2 = findPh2Folder(root, &cache);
    if (!ph2.isEmpty()) {
        scanPh2(root, ph2, &cache, dataset);
        dataset->layout = dataset->samples.isEmpty() ? Layout::Empty : Layout::Ph2;
    } else if (!scanFolderPairs(top, &cache, dataset) && !scanOneFolder(top, dataset)) {
        scanImageFoldersOnly(top, &cache, dataset);
    }
    sortResults(dataset);
    dataset->reindex();
    return true;
}

} // namespace dermask::core
