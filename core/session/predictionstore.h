#pragma once
/// @file Where the predictions of one model live and how they are encoded, written once for
/// dermask-cli, the Predict menu and the training loop:
///   <folder>/<id>.png       the predicted mask, 8-bit 0/255 at the image's own size
///   <folder>/<id>_prob.png  the probability map, 8-bit, probability x 255 (rounded)
/// A workspace keeps one folder per model (Workspace::predictionsDir()); `dermask-cli predict`
/// writes to the folder it is given. Writes are atomic; readers also take 16-bit maps.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <opencv2/core.hpp>

namespace dermask::core {

class PredictionStore
{
    Q_DECLARE_TR_FUNCTIONS(PredictionStore)

public:
    /// A null store: no folder, nothing to read, every write refused.
    PredictionStore() = default;
    explicit PredictionStore(const QString &folder);

    bool isNull() const { return m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    QString maskPath(const QString &id) const;         ///< <folder>/<id>.png
    QString probabilityPath(const QString &id) const;  ///< <folder>/<id>_prob.png
    /// True for a file named as probabilityPath() names them (not a mask of its own).
    static bool isProbabilityFile(const QString &fileName);
    bool hasMask(const QString &id) const;
    bool hasProbability(const QString &id) const;
    /// True when @p id's mask exists and was written at or after @p time.
    bool isUpToDate(const QString &id, const QDateTime &time) const;

    /// Writes @p id's mask (CV_8UC1 0/255) and, unless @p probability is empty, its map
    /// (CV_32FC1 in [0, 1], or CV_8UC1 already encoded), atomically; creates the folder.
    bool write(const QString &id, const cv::Mat &mask, const cv::Mat &probability, QString *error) const;
    /// The mask (0/255), empty when absent or unreadable (+ @p error); refused when its size
    /// differs from @p expected (when given).
    cv::Mat readMask(const QString &id, cv::Size expected, QString *error) const;
    /// The probability map as CV_8UC1 (0 = surely skin, 255 = surely lesion), empty when
    /// absent or unreadable (+ @p error); refused when its size differs from @p expected.
    cv::Mat readProbability(const QString &id, cv::Size expected, QString *error) const;

    /// The on-disk encoding of a probability map: CV_32FC1 [0, 1] -> CV_8UC1 x 255, rounded
    /// and saturated; a CV_8UC1 map is returned as it is.
    static cv::Mat encodeProbability(const cv::Mat &probability);
    /// Decodes a probability map file (8- or 16-bit grey) to CV_8UC1.
    static cv::Mat readProbabilityFile(const QString &path, cv::Size expected, QString *error);

private:
    QString m_folder;
};

} // namespace dermask::core
