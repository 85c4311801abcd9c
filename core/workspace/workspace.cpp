#include "core/workspace/workspace.h"
#include "core/workspace/workspacefiles_p.h"

#include "core/image/imageio.h"
#include "core/util/atomicfile.h"
#include "core/util/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QStandardPaths>
#include <opencv2/imgproc.hpp>

namespace dermask::core {

namespace {

const char kProjectFile[] = "project.json";
const char kAnnotations[] = "annotations";
const char kPredictions[] = "predictions";

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString statusName(SampleStatus status)
{
    switch (status) {
    case SampleStatus::Unlabeled: return QStringLiteral("unlabeled");
    case SampleStatus::Source: return QStringLiteral("source");
    case SampleStatus::Corrected: return QStringLiteral("corrected");
    case SampleStatus::Approved: return QStringLiteral("approved");
    }
    return {};
}

bool parseStatus(const QString &name, SampleStatus *status)
{
    for (SampleStatus s : {SampleStatus::Unlabeled, SampleStatus::Source, SampleStatus::Corrected,
                           SampleStatus::Approved}) {
        if (name == statusName(s)) {
            if (status)
                *status = s;
            return true;
        }
    }
    return false;
}

struct Workspace::Private
{
    // One lock around all state and every write, so the UI can save from a worker thread.
    mutable QMutex mutex;
    Dataset dataset;
    QString path;
    bool fallback = false;
    QJsonObject project;      // the whole project.json, unknown keys and sample ids kept
    QSet<QString> annotated;  // ids with annotations/<id>.png
    bool created = false;     // the folder exists and takes writes (made by the first write)

    /// Makes the workspace folder before its first write: opening a dataset only to look at
    /// it leaves no trace in it.
    bool create(QString *error)
    {
        if (created)
            return true;
        if (!QDir().mkpath(QDir(path).filePath(kAnnotations)))
            return fail(error, QStringLiteral("%1: cannot create the workspace folder").arg(native(path)));
        if (!canWriteIn(path))
            return fail(error, QStringLiteral("%1: the workspace folder is not writable").arg(native(path)));
        created = true;
        return true;
    }

    QString annotationPath(const QString &id) const
    {
        return QDir(path).filePath(QStringLiteral("%1/%2.png").arg(kAnnotations, id));
    }

    const Sample *sample(const QString &id) const
    {
        const int i = dataset.indexOf(id);
        return i < 0 ? nullptr : &dataset.samples.at(i);
    }

    SampleStatus derivedStatus(const Sample &s) const
    {
        if (annotated.contains(s.id))
            return SampleStatus::Corrected;
        return s.hasMask() ? SampleStatus::Source : SampleStatus::Unlabeled;
    }

    /// A field of @p id's entry in project.json ("status", "split").
    QString stored(const QString &id, const QString &field) const
    {
        return project.value(QStringLiteral("samples")).toObject().value(id).toObject().value(field).toString();
    }
    QString storedStatus(const QString &id) const { return stored(id, QStringLiteral("status")); }

    /// Sets (or with an empty @p value removes) a field of @p id's entry, keeping the others.
    void store(const QString &id, const QString &field, const QString &value)
    {
        QJsonObject samples = project.value(QStringLiteral("samples")).toObject();
        QJsonObject entry = samples.value(id).toObject();
        if (value.isEmpty())
            entry.remove(field);
        else
            entry.insert(field, value);
        if (entry.isEmpty())
            samples.remove(id);
        else
            samples.insert(id, entry);
        project.insert(QStringLiteral("samples"), samples);
    }
    void storeStatus(const QString &id, const QString &status) { store(id, QStringLiteral("status"), status); }

    bool writeProject(QString *error)
    {
        if (!create(error))
            return false;
        project.insert(QStringLiteral("schema"), kSchemaVersion);
        project.insert(QStringLiteral("app"), QStringLiteral("Dermask"));
        project.insert(QStringLiteral("dataset"), dataset.root);
        if (!project.contains(QStringLiteral("active_model")))
            project.insert(QStringLiteral("active_model"), QString());
        if (!project.contains(QStringLiteral("samples")))
            project.insert(QStringLiteral("samples"), QJsonObject());
        return writeFileAtomically(QDir(path).filePath(kProjectFile),
                                   QJsonDocument(project).toJson(QJsonDocument::Indented), error);
    }

    /// Loads project.json; a broken one is renamed aside and replaced by a fresh one.
    bool loadProject(QString *error, QString *warning)
    {
        const QString file = QDir(path).filePath(kProjectFile);
        project = {};
        if (!QFileInfo::exists(file))
            return true;   // written with the first thing worth keeping
        QFile f(file);
        QString problem;
        if (!f.open(QIODevice::ReadOnly))
            problem = QStringLiteral("cannot be read (%1)").arg(f.errorString());
        else
            problem = projectProblem(f.readAll(), &project);
        f.close();
        if (problem.isEmpty())
            return true;
        project = {};
        QString why;
        const QString aside = moveAside(file, &why);
        if (aside.isEmpty())
            return fail(error, QStringLiteral("%1: %2, and it %3").arg(native(file), problem, why));
        if (warning)
            *warning = QStringLiteral("%1: %2; moved aside to %3 and started a fresh project "
                                      "(corrected masks are kept, statuses and the active "
                                      "model are reset)")
                           .arg(native(file), problem, native(QFileInfo(aside).fileName()));
        return writeProject(error);
    }

    bool open(const Dataset &data, const QString &dir, bool isFallback, QString *error,
              QString *warning)
    {
        QMutexLocker lock(&mutex);
        dataset = data;
        dataset.reindex();
        path = QDir::cleanPath(QDir(dir).absolutePath());
        fallback = isFallback;
        project = {};
        annotated.clear();
        if (warning)
            warning->clear();
        created = false;
        // A workspace that exists must be writable now; one that does not is made by the
        // first write (create()).
        if (QFileInfo(path).isDir()) {
            if (!create(error))
                return false;
        } else if (!canBeMade(path)) {
            return fail(error, QStringLiteral("%1: cannot create the workspace folder").arg(native(path)));
        }
        removeLeftoverCopies(path);  // a crash between two steps of a write
        removeLeftoverCopies(QDir(path).filePath(kAnnotations));
        if (!loadProject(error, warning))
            return false;
        QStringList problems;
        if (warning && !warning->isEmpty())
            problems << *warning;
        const qsizetype before = problems.size();
        scanAnnotations(&problems);
        if (problems.size() > before)
            writeProject(nullptr);  // the statuses of masks set aside are gone
        if (warning)
            *warning = problems.join(QLatin1Char('\n'));
        return true;
    }

    /// Lists annotations/; a corrected mask of a sample whose header is unreadable or of
    /// another size than its image is moved aside, and @p problems says so.
    void scanAnnotations(QStringList *problems)
    {
        annotated.clear();
        // Only finished "<id>.png" files: a copy left by a crash (".<id>.png.tmp-x1y2") is
        // not an annotation.
        const QDir dir(QDir(path).filePath(kAnnotations));
        const QStringList names = dir.entryList({QStringLiteral("*.png")}, QDir::Files);
        for (const QString &name : names) {
            if (!name.endsWith(QLatin1String(".png")))
                continue;
            const QString id = name.left(name.size() - 4);
            const Sample *s = sample(id);
            const QString problem = s ? annotationProblem(dir.filePath(name), s->width, s->height) : QString();
            if (problem.isEmpty() || !setAside(id, problem, problems))
                annotated.insert(id);
        }
    }

    /// Moves @p id's corrected mask aside (it cannot be used: @p problem), forgets its status
    /// and adds the message for the user to @p problems. False if it cannot be moved.
    bool setAside(const QString &id, const QString &problem, QStringList *problems)
    {
        const QString file = annotationPath(id);
        // A reader's message begins with the file already; this one names it once.
        const QString named = native(file) + QLatin1String(": ");
        const QString cause = problem.startsWith(named) ? problem.mid(named.size()) : problem;
        QString why;
        const QString aside = moveAside(file, &why);
        if (aside.isEmpty()) {
            problems->append(QStringLiteral("%1: %2, and it %3").arg(native(file), cause, why));
            return false;
        }
        annotated.remove(id);
        storeStatus(id, QString());
        const Sample *s = sample(id);
        problems->append(QStringLiteral("%1: %2; moved aside to %3, %4")
                             .arg(native(file), cause, QFileInfo(aside).fileName(),
                                  s && s->hasMask() ? QStringLiteral("the dataset's own mask is used again")
                                                    : QStringLiteral("the image has no mask again")));
        return true;
    }
};

Workspace::Workspace() : d(std::make_unique<Private>()) {}

bool Workspace::isValidModelName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
           && name != QLatin1String(".") && name != QLatin1String("..");
}
Workspace::~Workspace() = default;

QString Workspace::fallbackDir(const QString &root)
{
    const QString clean = QDir::cleanPath(QDir(root).absolutePath());
    QString name = QFileInfo(clean).fileName();
    if (name.isEmpty())
        name = QStringLiteral("dataset");
    const QByteArray hash =
        QCryptographicHash::hash(clean.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(
        QStringLiteral("workspaces/%1-%2").arg(name, QString::fromLatin1(hash)));
}

bool Workspace::open(const Dataset &dataset, QString *error, QString *warning)
{
    if (dataset.root.isEmpty())
        return fail(error, QStringLiteral("no dataset folder to open a workspace for"));
    const QString inside = QDir(dataset.root).filePath(kFolderName);
    const QString fallback = fallbackDir(dataset.root);
    const bool forced = qEnvironmentVariableIntValue("DERMASK_FORCE_FALLBACK_WORKSPACE") == 1;
    bool useInside = false;
    if (!forced) {
        if (QFileInfo(inside).isDir())
            useInside = isMarkedWritable(inside) && canWriteIn(inside);
        else if (!QFileInfo::exists(QDir(fallback).filePath(kProjectFile)))
            useInside = canBeMade(inside);   // nothing is written before it is needed
    }
    if (useInside)
        return d->open(dataset, inside, /*fallback=*/false, error, warning);
    QString why;
    if (!d->open(dataset, fallback, /*fallback=*/true, &why, warning))
        return fail(error, QStringLiteral("%1 is read-only and the fallback workspace "
                                              "cannot be used: %2")
                                   .arg(native(dataset.root), why));
    return true;
}

bool Workspace::openAt(const Dataset &dataset, const QString &workspaceDir, QString *error,
                       QString *warning)
{
    return d->open(dataset, workspaceDir, /*fallback=*/false, error, warning);
}

const Dataset &Workspace::dataset() const
{
    return d->dataset;
}

QString Workspace::path() const
{
    QMutexLocker lock(&d->mutex);
    return d->path;
}

bool Workspace::isFallback() const
{
    QMutexLocker lock(&d->mutex);
    return d->fallback;
}

QString Workspace::annotationPath(const QString &id) const
{
    QMutexLocker lock(&d->mutex);
    return d->annotationPath(id);
}

bool Workspace::hasAnnotation(const QString &id) const
{
    QMutexLocker lock(&d->mutex);
    return d->annotated.contains(id);
}

QString Workspace::effectiveMaskPath(const Sample &sample) const
{
    QMutexLocker lock(&d->mutex);
    return d->annotated.contains(sample.id) ? d->annotationPath(sample.id) : sample.maskPath;
}

cv::Mat Workspace::effectiveMask(const Sample &sample, QString *error) const
{
    // Decoding happens outside the lock; the atomic rename of a save means we read either
    // the old file or the new one, never half of one.
    const QString path = effectiveMaskPath(sample);
    if (path.isEmpty())
        return {};
    const cv::Size expected = sample.width > 0 && sample.height > 0
                                  ? cv::Size(sample.width, sample.height)
                                  : cv::Size();
    return readMask(path, error, expected);
}

bool Workspace::saveAnnotation(const QString &id, const cv::Mat &mask, QString *error)
{
    QMutexLocker lock(&d->mutex);
    const Sample *sample = d->sample(id);
    if (!sample)
        return fail(error, QStringLiteral("cannot save a mask for '%1': no such sample in %2")
                                   .arg(id, native(d->dataset.root)));
    if (d->path.isEmpty())
        return fail(error, QStringLiteral("cannot save a mask for '%1': no workspace is open").arg(id));
    if (mask.empty() || mask.type() != CV_8UC1)
        return fail(error, QStringLiteral("cannot save the mask of %1: it must be 8-bit single "
                                              "channel (got %2 channels, depth %3)")
                                   .arg(id)
                                   .arg(mask.empty() ? 0 : mask.channels())
                                   .arg(mask.depth()));
    if (sample->width > 0 && sample->height > 0
        && (mask.cols != sample->width || mask.rows != sample->height))
        return fail(error, QStringLiteral("cannot save the mask of %1: it is %2x%3 but its "
                                              "image %4 is %5x%6")
                                   .arg(id)
                                   .arg(mask.cols)
                                   .arg(mask.rows)
                                   .arg(native(sample->imagePath))
                                   .arg(sample->width)
                                   .arg(sample->height));
    double maxValue = 0;
    cv::minMaxLoc(mask, nullptr, &maxValue);
    const bool twoLevel = cv::countNonZero(mask == 0) + cv::countNonZero(mask == maxValue)
                          == int(mask.total());
    const cv::Mat binary = twoLevel ? (mask != 0) : (mask >= 128);
    QString why;
    if (!d->create(&why))
        return fail(error, QStringLiteral("%1: not saved, %2").arg(native(d->annotationPath(id)), why));
    if (!writePng(d->annotationPath(id), binary, error))
        return false;
    d->annotated.insert(id);
    d->storeStatus(id, statusName(SampleStatus::Corrected));
    return d->writeProject(error);
}

bool Workspace::setAnnotationAside(const QString &id, const QString &problem, QString *message)
{
    QMutexLocker lock(&d->mutex);
    if (!d->annotated.contains(id))
        return false;
    QStringList problems;
    const bool moved = d->setAside(id, problem, &problems);
    if (moved)
        d->writeProject(nullptr);
    if (message)
        *message = problems.join(QLatin1Char('\n'));
    return moved;
}

bool Workspace::removeAnnotation(const QString &id, QString *error)
{
    QMutexLocker lock(&d->mutex);
    if (!d->sample(id))
        return fail(error, QStringLiteral("cannot remove the mask of '%1': no such sample in %2")
                                   .arg(id, native(d->dataset.root)));
    const QString file = d->annotationPath(id);
    if (QFileInfo::exists(file) && !QFile::remove(file))
        return fail(error, QStringLiteral("%1: cannot remove the corrected mask").arg(native(file)));
    const bool had = d->annotated.remove(id);
    const bool hadStatus = !d->storedStatus(id).isEmpty();
    if (!had && !hadStatus)
        return true;
    d->storeStatus(id, QString());
    return d->writeProject(error);
}

SampleStatus Workspace::status(const QString &id) const
{
    QMutexLocker lock(&d->mutex);
    const Sample *sample = d->sample(id);
    if (!sample)
        return SampleStatus::Unlabeled;
    const SampleStatus derived = d->derivedStatus(*sample);
    if (derived != SampleStatus::Unlabeled
        && d->storedStatus(id) == statusName(SampleStatus::Approved))
        return SampleStatus::Approved;
    return derived;
}

bool Workspace::setStatus(const QString &id, SampleStatus status, QString *error)
{
    QMutexLocker lock(&d->mutex);
    const Sample *sample = d->sample(id);
    if (!sample)
        return fail(error, QStringLiteral("cannot set the status of '%1': no such sample in %2")
                                   .arg(id, native(d->dataset.root)));
    const SampleStatus derived = d->derivedStatus(*sample);
    if (status == SampleStatus::Approved && derived == SampleStatus::Unlabeled)
        return fail(error, QStringLiteral("cannot approve %1: it has no mask").arg(id));
    if (status != SampleStatus::Approved && status != derived)
        return fail(error, QStringLiteral("cannot mark %1 as %2: it is %3 (save or remove "
                                              "a corrected mask to change that)")
                                   .arg(id, statusName(status), statusName(derived)));
    if (d->storedStatus(id) == statusName(status))
        return true;
    d->storeStatus(id, statusName(status));
    return d->writeProject(error);
}

SplitSide Workspace::splitSide(const QString &id) const
{
    QMutexLocker lock(&d->mutex);
    return parseSplitSide(d->stored(id, QStringLiteral("split")));
}

bool Workspace::assignSplit(const QStringList &ids, double validationFraction, quint64 seed, QString *error)
{
    QMutexLocker lock(&d->mutex);
    if (d->path.isEmpty())
        return fail(error, QStringLiteral("cannot keep a validation set: no workspace is open"));
    std::vector<SplitSide> sides;
    bool open = false;
    for (const QString &id : ids) {
        sides.push_back(parseSplitSide(d->stored(id, QStringLiteral("split"))));
        open = open || sides.back() == SplitSide::Unassigned;
    }
    if (!open)
        return true;
    const TrainingSplit split = splitSamples(ids, sides, validationFraction, seed);
    for (const auto &[indices, side] : {std::pair{&split.train, SplitSide::Train},
                                        std::pair{&split.validation, SplitSide::Validation}})
        for (int i : *indices)
            if (sides[size_t(i)] == SplitSide::Unassigned)
                d->store(ids.at(i), QStringLiteral("split"), splitSideName(side));
    return d->writeProject(error);
}

QString Workspace::activeModel() const
{
    QMutexLocker lock(&d->mutex);
    return d->project.value(QStringLiteral("active_model")).toString();
}

bool Workspace::setActiveModel(const QString &name, QString *error)
{
    QMutexLocker lock(&d->mutex);
    if (!name.isEmpty() && !isValidModelName(name))
        return fail(error, QStringLiteral("'%1' is not a valid model name").arg(name));
    if (d->path.isEmpty())
        return fail(error, QStringLiteral("cannot set the active model: no workspace is open"));
    d->project.insert(QStringLiteral("active_model"), name);
    return d->writeProject(error);
}

ModelScore Workspace::modelScore(const QString &name) const
{
    QMutexLocker lock(&d->mutex);
    const QJsonObject entry = d->project.value(QStringLiteral("models")).toObject().value(name).toObject();
    ModelScore score;
    score.dice = entry.value(QStringLiteral("validation_dice")).toDouble(-1.0);
    score.images = entry.value(QStringLiteral("validation_images")).toInt();
    score.validationSet = entry.value(QStringLiteral("validation_set")).toString();
    return score;
}

bool Workspace::setModelScore(const QString &name, const ModelScore &score, QString *error)
{
    QMutexLocker lock(&d->mutex);
    if (!isValidModelName(name))
        return fail(error, QStringLiteral("'%1' is not a valid model name").arg(name));
    QJsonObject models = d->project.value(QStringLiteral("models")).toObject();
    QJsonObject entry = models.value(name).toObject();
    entry.insert(QStringLiteral("validation_dice"), score.dice);
    entry.insert(QStringLiteral("validation_images"), score.images);
    entry.insert(QStringLiteral("validation_set"), score.validationSet);
    models.insert(name, entry);
    d->project.insert(QStringLiteral("models"), models);
    return d->writeProject(error);
}

bool Workspace::renameModelRecord(const QString &from, const QString &to, QString *error)
{
    QMutexLocker lock(&d->mutex);
    if (!to.isEmpty() && !isValidModelName(to))
        return fail(error, QStringLiteral("'%1' is not a valid model name").arg(to));
    QJsonObject models = d->project.value(QStringLiteral("models")).toObject();
    const QJsonValue entry = models.take(from);
    if (!to.isEmpty() && !entry.isUndefined())
        models.insert(to, entry);
    d->project.insert(QStringLiteral("models"), models);
    if (d->project.value(QStringLiteral("active_model")).toString() == from)
        d->project.insert(QStringLiteral("active_model"), to);
    return d->writeProject(error);
}

QString Workspace::modelsDir() const
{
    QMutexLocker lock(&d->mutex);
    return QDir(d->path).filePath(QStringLiteral("models"));
}

QString Workspace::modelPath(const QString &name) const
{
    return QDir(modelsDir()).filePath(name + QStringLiteral(".pt"));
}

QString Workspace::predictionsDir(const QString &model) const
{
    QMutexLocker lock(&d->mutex);
    return QDir(d->path).filePath(QStringLiteral("%1/%2").arg(QLatin1String(kPredictions), model));
}

QStringList Workspace::predictionModels() const
{
    QString root;
    {
        QMutexLocker lock(&d->mutex);
        root = QDir(d->path).filePath(QLatin1String(kPredictions));
    }
    QStringList names;
    for (const QFileInfo &folder : QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time))
        names.append(folder.fileName());
    return names;
}

} // namespace dermask::core
