#pragma once
/// @file A dataset folder as Dermask sees it: its layout, its samples (image + source mask),
/// and everything that did not fit, with the reason. Scanning reads headers, never pixels.

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dermask::core {

/// The folder layouts Dermask recognises (DESIGN.md).
enum class Layout {
    Empty,   ///< no image found
    Ph2,     ///< PH2 Dataset images/IMDxxx/IMDxxx_Dermoscopic_Image/IMDxxx.bmp + _lesion
    Isic,    ///< ISIC_nnnnnnn.jpg + ISIC_nnnnnnn_segmentation.png (one folder, *_Data/*_GroundTruth, images/masks)
    Paired,  ///< images/ + masks/ with the same stem
    Images,  ///< a plain folder of images, no masks
};

/// "empty", "ph2", "isic", "paired", "images".
QString layoutName(Layout layout);

/// One image of the dataset with its source mask, if any.
struct Sample
{
    QString id;          ///< unique in the dataset: file stem ("ISIC_0000000", "IMD002", "synth_0001")
    QString imagePath;   ///< absolute path
    QString maskPath;    ///< absolute path of the source mask; empty when there is none (or it was refused)
    int width = 0;       ///< from the image header
    int height = 0;
    QString diagnosis;   ///< clinical diagnosis where the dataset gives one (PH2), else empty

    bool hasMask() const { return !maskPath.isEmpty(); }
};

/// A file the scan could not use, and why.
struct RefusedFile
{
    QString file;    ///< absolute path
    QString reason;  ///< e.g. "unknown format", "mask is 100x80 but its image is 768x576"
};

/// The result of scanning a folder.
struct Dataset
{
    QString root;                    ///< absolute, clean path of the scanned folder
    Layout layout = Layout::Empty;
    QVector<Sample> samples;         ///< sorted by id; includes images without a mask
    QStringList masksWithoutImage;   ///< absolute paths of masks whose image is missing
    QVector<RefusedFile> refused;    ///< sorted by file

    int pairs() const;               ///< samples with a mask
    int imagesWithoutMask() const;   ///< samples without a mask
    int indexOf(const QString &id) const;       ///< -1 when absent
    QMap<QString, int> diagnosisCounts() const; ///< samples per non-empty diagnosis

    /// Rebuilds the id lookup behind indexOf(). scanDataset() calls it; call it again after
    /// editing samples by hand (indexOf() stays correct without it, only slower).
    void reindex();
    QHash<QString, int> idIndex;     ///< id -> row in samples, filled by reindex()
};

/// Scans @p dir and recognises its layout. Returns false (and sets @p error to a message
/// naming the folder) only when the folder itself cannot be read; unreadable or odd files
/// inside it go to Dataset::refused. Non-image files (README, LICENSE, .txt) are ignored.
bool scanDataset(const QString &dir, Dataset *dataset, QString *error);

} // namespace dermask::core
