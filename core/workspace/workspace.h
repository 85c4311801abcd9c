#pragma once
/// @file The workspace of a dataset: the user's corrected masks, the status of each sample,
/// predictions and models. Original dataset files are never written.
///
/// Layout on disk (DESIGN.md):
///   <root>/.dermask/ (or, when the dataset folder is read-only,
///   <AppDataLocation>/workspaces/<name>-<hash of root>/)
///     project.json                 schema version, status and split side per sample, active
///                                  model, each model's score on the validation set
///     annotations/<id>.png         corrected masks
///     predictions/<model>/<id>.png predicted masks (+ <id>_prob.png probability maps)
///     models/<model>.pt + .json    trained models

#include "core/dataset/dataset.h"
#include "core/workspace/split.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <opencv2/core.hpp>

namespace dermask::core {

/// Review state of a sample.
enum class SampleStatus {
    Unlabeled,  ///< no mask at all
    Source,     ///< the dataset's own mask, untouched
    Corrected,  ///< the user saved a corrected mask
    Approved,   ///< the user reviewed the effective mask and approved it
};

/// "unlabeled", "source", "corrected", "approved".
QString statusName(SampleStatus status);
/// Parses statusName(); false for anything else.
bool parseStatus(const QString &name, SampleStatus *status);

/// A model's mean Dice on the workspace's fixed validation set, as last measured.
struct ModelScore
{
    double dice = -1.0;     ///< -1: never measured
    int images = 0;
    QString validationSet;  ///< which set it was measured on (a key; equal keys compare)
};

/// A dataset's workspace. Methods are thread-safe (the UI saves from a worker thread).
class Workspace
{
public:
    static constexpr int kSchemaVersion = 1;
    /// Name of the workspace folder inside a writable dataset folder.
    static constexpr const char *kFolderName = ".dermask";

    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    /// Opens (creating if needed) the workspace of @p dataset: <root>/.dermask when the
    /// dataset folder is writable, else the fallback in the app-data folder. A project.json
    /// that is unreadable or of an unknown schema is moved aside (never deleted) and a fresh
    /// one started; @p warning (if given) then says so. Returns false only when no workspace
    /// folder can be created at all.
    /// An existing fallback workspace is reused even if the folder became writable, so the
    /// corrections stay where they were made. The environment variable
    /// DERMASK_FORCE_FALLBACK_WORKSPACE=1 forces the fallback (tests; root ignores permissions).
    bool open(const Dataset &dataset, QString *error, QString *warning = nullptr);
    /// As open(), at an explicit folder (tests, --workspace). Fails if it is not writable.
    bool openAt(const Dataset &dataset, const QString &workspaceDir, QString *error,
                QString *warning = nullptr);

    /// A model name becomes a file stem and a folder name: no separators, not "." or "..".
    static bool isValidModelName(const QString &name);

    /// The fallback folder for a dataset at @p root:
    /// <AppDataLocation>/workspaces/<folder name>-<first 12 hex digits of SHA-1 of root>.
    static QString fallbackDir(const QString &root);

    const Dataset &dataset() const;
    QString path() const;           ///< the workspace folder
    bool isFallback() const;        ///< true when it lives in the app-data folder

    QString annotationPath(const QString &id) const;  ///< annotations/<id>.png (may not exist)
    bool hasAnnotation(const QString &id) const;

    /// The effective mask path: the annotation if any, else the source mask, else empty.
    QString effectiveMaskPath(const Sample &sample) const;
    /// The effective mask decoded (CV_8UC1 0/255 at the image's size); empty Mat when the
    /// sample has none. On a decoding error returns empty and sets @p error.
    cv::Mat effectiveMask(const Sample &sample, QString *error) const;

    /// Saves a corrected mask atomically; the status becomes Corrected (an approval is
    /// withdrawn: the mask changed). @p mask must be CV_8UC1 at the image's size; a mask of
    /// two values (0/1, 0/255) counts every non-zero pixel as lesion, any other is
    /// thresholded at 128. Unknown ids and wrong sizes are refused with a message.
    bool saveAnnotation(const QString &id, const cv::Mat &mask, QString *error);
    /// Removes the annotation so the source mask is effective again; status follows (an
    /// approval is withdrawn). Removing an annotation that does not exist succeeds.
    bool removeAnnotation(const QString &id, QString *error);
    /// A corrected mask that turned out unusable when decoded (@p problem, e.g. truncated):
    /// moves it aside ("<id>.png.broken-<time>", never deleted), forgets its status, and sets
    /// @p message to what the user should read. False if @p id has no corrected mask or it
    /// cannot be moved (then @p message says why). open() does the same for masks whose header
    /// is unreadable or of the wrong size.
    bool setAnnotationAside(const QString &id, const QString &problem, QString *message);

    /// Corrected with an annotation, Source with a source mask, else Unlabeled; Approved when
    /// the user approved it and it still has an effective mask. The files decide: a stored
    /// status that contradicts them (an annotation deleted by hand) is not believed.
    SampleStatus status(const QString &id) const;
    /// Approved needs an effective mask; the other statuses must match the files (use
    /// saveAnnotation()/removeAnnotation() to change them). Setting the status the files
    /// imply withdraws an approval.
    bool setStatus(const QString &id, SampleStatus status, QString *error);

    /// The side of the workspace's fixed split @p id is on (Unassigned until assignSplit()).
    SplitSide splitSide(const QString &id) const;
    /// Gives each of @p ids that has no side yet its own (splitSamples() with the sides
    /// already decided), and stores them. A side once given never changes, whatever is added,
    /// corrected or removed, so every run is measured on the same images.
    bool assignSplit(const QStringList &ids, double validationFraction, quint64 seed, QString *error);

    QString activeModel() const;    ///< model name (file stem in models/), or empty
    bool setActiveModel(const QString &name, QString *error);

    /// The last measurement of model @p name on the fixed validation set.
    ModelScore modelScore(const QString &name) const;
    bool setModelScore(const QString &name, const ModelScore &score, QString *error);
    /// Moves what the workspace records of model @p from (score, active) to @p to; with an
    /// empty @p to, forgets it.
    bool renameModelRecord(const QString &from, const QString &to, QString *error);

    QString modelsDir() const;                          ///< models/
    QString modelPath(const QString &name) const;       ///< models/<name>.pt (may not exist)
    QString predictionsDir(const QString &model) const; ///< predictions/<model>/
    /// Names of the models with a predictions/<model>/ folder, newest first.
    QStringList predictionModels() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dermask::core
