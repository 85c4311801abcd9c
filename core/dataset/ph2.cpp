#include "core/dataset/ph2.h"

#include "core/image/imageheader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

namespace dermask::core::scan {

namespace {

const QLatin1String kImageFolderSuffix("_Dermoscopic_Image");
const QLatin1String kLesionSuffix("_lesion");
// The table as the archive has it, and as it circulates converted to a spreadsheet's text.
const QLatin1String kTableNames[] = {QLatin1String("PH2_dataset.txt"), QLatin1String("PH2_dataset.csv"),
                                     QLatin1String("PH2_dataset.tsv")};

// "IMD" followed by digits, any case.
bool isCaseName(const QString &name)
{
    if (name.size() <= 3 || !name.startsWith(QLatin1String("IMD"), Qt::CaseInsensitive))
        return false;
    for (int i = 3; i < name.size(); ++i) {
        if (name[i] < QLatin1Char('0') || name[i] > QLatin1Char('9'))
            return false;
    }
    return true;
}

const Entry *findEntry(const QVector<Entry> &entries, const QString &name)
{
    for (const Entry &entry : entries) {
        if (entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

QVector<Entry> sortedByName(QVector<Entry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return naturalLess(a.name, b.name); });
    return entries;
}

// A PH2 folder holds IMDxxx/IMDxxx_Dermoscopic_Image/; looking at a few cases is enough and
// keeps a large unrelated folder cheap.
bool looksLikePh2Folder(const QString &path, FolderCache *cache)
{
    int looked = 0;
    for (const Entry &dir : cache->list(path).dirs) {
        if (!isCaseName(dir.name))
            continue;
        if (findEntry(cache->list(dir.path).dirs, dir.name + kImageFolderSuffix))
            return true;
        if (++looked == 3)
            break;
    }
    return false;
}

// Files in @p folder named <stem>.<image extension>, any case.
void collect(const QString &folder, const QString &stem, FolderCache *cache,
             QVector<Candidate> *out)
{
    for (const Entry &file : cache->list(folder).files) {
        if (!hasImageExtension(file.name))
            continue;
        const QString fileStem = stemOf(file.name);
        if (fileStem.compare(stem, Qt::CaseInsensitive) == 0)
            out->append({file.path, fileStem});
    }
}

// PH2_dataset.txt sits beside "PH2 Dataset images" in the archive; the user may have opened
// that folder, its parent, or the folder above both.
QString findTable(const QString &root, const QString &ph2Folder, FolderCache *cache)
{
    QStringList places;
    QDir up(ph2Folder);
    places << up.absolutePath();
    for (int level = 0; level < 2 && up.cdUp(); ++level)
        places << up.absolutePath();
    places << root;
    for (const Entry &dir : sortedByName(cache->list(root).dirs))
        places << dir.path;
    places.removeDuplicates();
    for (const QString &place : places) {
        for (const QLatin1String &name : kTableNames)
            if (const Entry *table = findEntry(cache->list(place).files, name))
                return table->path;
    }
    return {};
}

} // namespace

QString findPh2Folder(const QString &root, FolderCache *cache)
{
    if (looksLikePh2Folder(root, cache))
        return root;
    const QVector<Entry> children = sortedByName(cache->list(root).dirs);
    for (const Entry &child : children) {
        if (looksLikePh2Folder(child.path, cache))
            return child.path;
    }
    for (const Entry &child : children) {
        for (const Entry &grandchild : sortedByName(cache->list(child.path).dirs)) {
            if (looksLikePh2Folder(grandchild.path, cache))
                return grandchild.path;
        }
    }
    return {};
}

void scanPh2(const QString &root, const QString &ph2Folder, FolderCache *cache, Dataset *out)
{
    QVector<Candidate> images;
    QVector<Candidate> masks;
    for (const Entry &caseDir : cache->list(ph2Folder).dirs) {
        if (!isCaseName(caseDir.name))
            continue;
        const Listing &inside = cache->list(caseDir.path);
        if (const Entry *imageDir = findEntry(inside.dirs, caseDir.name + kImageFolderSuffix))
            collect(imageDir->path, caseDir.name, cache, &images);
        const QString lesion = caseDir.name + kLesionSuffix;
        if (const Entry *lesionDir = findEntry(inside.dirs, lesion))
            collect(lesionDir->path, lesion, cache, &masks);
    }
    pairFiles(root, images, masks, Strays::Ignore, out);

    const QString tablePath = findTable(root, ph2Folder, cache);
    if (tablePath.isEmpty())
        return;
    QFile table(tablePath);
    // A table we cannot read only costs the diagnoses; the images are still usable.
    if (!table.open(QIODevice::ReadOnly))
        return;
    const QHash<QString, QString> diagnoses =
        parsePh2Diagnoses(QString::fromLatin1(table.readAll()));
    for (Sample &sample : out->samples)
        sample.diagnosis = diagnoses.value(sample.id.toUpper());
}

QHash<QString, QString> parsePh2Diagnoses(const QString &text)
{
    static const QString names[] = {QStringLiteral("common nevus"),
                                    QStringLiteral("atypical nevus"),
                                    QStringLiteral("melanoma")};
    QHash<QString, QString> diagnoses;
    int nameColumn = -1;
    int diagnosisColumn = -1;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        // The archive's '||' table, or the same table saved by a spreadsheet: tabs, commas
        // or semicolons, cells perhaps quoted.
        QStringList cells;
        if (line.contains(QLatin1String("||")))
            cells = line.split(QLatin1String("||"));
        else
            for (QChar separator : {QLatin1Char('\t'), QLatin1Char(','), QLatin1Char(';')})
                if (line.contains(separator)) {
                    cells = line.split(separator);
                    break;
                }
        if (cells.isEmpty())
            continue;
        for (QString &cell : cells) {
            cell = cell.trimmed();
            if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
                cell = cell.mid(1, cell.size() - 2).trimmed();
        }
        // Header cells are matched loosely ("Clinical  Diagnosis", "NAME") so the column
        // order of the file, not of our code, decides where the values are.
        int name = -1;
        int diagnosis = -1;
        for (int i = 0; i < cells.size(); ++i) {
            const QString label = cells[i].simplified().toLower();
            if (label == QLatin1String("name"))
                name = i;
            else if (label == QLatin1String("clinical diagnosis"))
                diagnosis = i;
        }
        if (name >= 0 && diagnosis >= 0) {
            nameColumn = name;
            diagnosisColumn = diagnosis;
            continue;
        }
        if (nameColumn < 0 || cells.size() <= std::max(nameColumn, diagnosisColumn))
            continue;
        const QString id = cells[nameColumn];
        if (!isCaseName(id))
            continue;
        // A code (0, 1, 2, as in the archive) or the diagnosis written out.
        const QString value = cells[diagnosisColumn].simplified().toLower();
        bool ok = false;
        const int code = value.toInt(&ok);
        if (ok && code >= 0 && code <= 2)
            diagnoses.insert(id.toUpper(), names[code]);
        else if (std::find(std::begin(names), std::end(names), value) != std::end(names))
            diagnoses.insert(id.toUpper(), value);
    }
    return diagnoses;
}

} // namespace dermask::core::scan
