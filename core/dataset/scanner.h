#pragma once
/// @file Internal building blocks of scanDataset(): one-pass folder listings, the rules that
/// name image and mask folders, and the stem pairing that turns file lists into samples.
/// Not part of the public API; only core/dataset/*.cpp include it.

#include "core/dataset/dataset.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <map>

namespace dermask::core::scan {

/// One non-hidden entry of a folder.
struct Entry
{
    QString name;  ///< file name, e.g. "ISIC_0000000.jpg"
    QString path;  ///< absolute path
};

/// A folder read once: its files and sub-folders, hidden ones left out.
struct Listing
{
    bool readable = false;
    QVector<Entry> files;
    QVector<Entry> dirs;
};

/// Lists each folder at most once per scan: layout detection and pairing look at the same
/// folders, and a second readdir of 2,700 entries is wasted time. Returned references stay
/// valid for the cache's lifetime (callers iterate one listing while asking for another).
class FolderCache
{
public:
    const Listing &list(const QString &path);

private:
    std::map<QString, Listing> m_listings;  // node-based: no rehash moves a Listing
};

/// A file offered to pairFiles(): its path and its stem (file name without the extension).
struct Candidate
{
    QString path;
    QString stem;
};

/// How pairFiles() treats a second file for the same id.
enum class Strays {
    Refuse,  ///< refused as "duplicate of <file>" (plain folders: the user should know)
    Ignore,  ///< dropped quietly (PH2 ships stray .jpg copies beside its .bmp files)
};

/// Pairs @p images and @p masks by stem (case-insensitive) and appends to @p out: samples,
/// masks without an image, refused files. A mask stem matches its image either exactly or
/// after removing a mask suffix (maskSuffixLength()). Only headers are read. Duplicates keep
/// the lossless file (bmp/png/tif over jpg), then the first path in order.
void pairFiles(const QString &root, const QVector<Candidate> &images,
               const QVector<Candidate> &masks, Strays strays, Dataset *out);

/// Length of a mask suffix ending @p stem ("_segmentation", "_mask", "-mask", "_lesion";
/// any case), or 0.
int maskSuffixLength(const QString &stem);

/// Files that are never part of a dataset even with an image extension: ISIC superpixel
/// maps and Task 2 attribute masks.
bool isAuxiliaryIsicFile(const QString &stem);

/// "ISIC_" followed by digits only.
bool isIsicId(const QString &id);

/// Folder names that hold images / masks in the paired and split-ISIC layouts.
bool isImageFolderName(const QString &name);
bool isMaskFolderName(const QString &name);

/// The file name without its last extension ("a.b.png" -> "a.b").
QString stemOf(const QString &fileName);

/// Natural order: digit runs compare by value ("img2" < "img10"), letters ignore case;
/// ties fall back to a plain comparison so the order is total.
bool naturalLess(const QString &a, const QString &b);

/// Sorts samples (natural order of ids), refused files and masks without image.
void sortResults(Dataset *dataset);

} // namespace dermask::core::scan
