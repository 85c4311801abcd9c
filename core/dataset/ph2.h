#pragma once
/// @file The PH2 layout (Mendonça et al. 2013): "PH2 Dataset images/IMDxxx/" folders holding
/// IMDxxx_Dermoscopic_Image/IMDxxx.bmp and IMDxxx_lesion/IMDxxx_lesion.bmp, and the clinical
/// diagnoses of PH2_dataset.txt (or its .csv / .tsv conversions). Internal to core/dataset.

#include "core/dataset/scanner.h"

#include <QHash>
#include <QString>

namespace dermask::core::scan {

/// The folder that holds the IMDxxx/ folders: @p root itself, one of its sub-folders
/// ("PH2 Dataset images") or one level deeper ("PH2Dataset/PH2 Dataset images").
/// Empty when there is none.
QString findPh2Folder(const QString &root, FolderCache *cache);

/// Collects the dermoscopic images and lesion masks under @p ph2Folder, pairs them into
/// @p out (stray copies such as IMDxxx_lesion.jpg beside the .bmp are ignored, IMDxxx_roi/
/// is never read) and sets each sample's diagnosis from PH2_dataset.txt when one is found
/// near @p ph2Folder or @p root.
void scanPh2(const QString &root, const QString &ph2Folder, FolderCache *cache, Dataset *out);

/// Parses the '||'-delimited table of PH2_dataset.txt, or the same table separated by tabs,
/// commas or semicolons with a header row (Name, Clinical Diagnosis, ...): upper-case id
/// ("IMD003") -> clinical diagnosis ("common nevus", "atypical nevus", "melanoma"), from a
/// code 0-2 or the name written out. Malformed rows are skipped.
QHash<QString, QString> parsePh2Diagnoses(const QString &text);

} // namespace dermask::core::scan
