#pragma once
/// @file The training data: which samples, decoded and resized once (OpenCV), held in memory
/// as 8-bit pixels. Augmentation and tensors are made per batch from these.

#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <opencv2/core.hpp>

namespace dermask::core {

/// One image and its truth, as handed to a Trainer.
struct TrainingSample
{
    QString id;
    QString imagePath;
    QString maskPath;   ///< the effective mask's file; ignored when @c mask is set
    cv::Mat mask;       ///< an in-memory mask (CV_8UC1 0/255 at the image's size), e.g. a fresh correction
    SplitSide side = SplitSide::Unassigned;  ///< the workspace's fixed split; Unassigned: hashed
    bool corrected = false;  ///< a mask the user corrected (drawn more often, correctionWeight)
};

/// The samples of @p workspace's dataset that have an effective mask (annotation, else source
/// mask), each with its side of the workspace's split; the ids of those without one go to
/// @p skipped.
QVector<TrainingSample> collectTrainingSamples(const Workspace &workspace, QStringList *skipped = nullptr);

/// Keeps the corrected mark only on samples whose mask file changed after @p since (for a
/// fine-tune: the corrections its parent model has not seen).
void keepCorrectionsSince(QVector<TrainingSample> *samples, const QDateTime &since);

/// collectTrainingSamples() after every masked sample was given its side of @p workspace's
/// fixed split (Workspace::assignSplit()): what a run of the workspace trains on. With a
/// fraction of 0 every sample trains and no side is stored. False with @p error when
/// project.json cannot be written.
bool collectSplitSamples(Workspace &workspace, double validationFraction, quint64 seed,
                         QVector<TrainingSample> *samples, QString *error, QStringList *skipped = nullptr);

/// Decoded, resized samples.
class TrainingSet
{
public:
    /// Decodes and resizes every sample to @p size x @p size (images INTER_AREA, masks
    /// thresholded after INTER_AREA so thin borders survive) on @p threads threads.
    /// Large JPEGs are decoded at 1/2, 1/4 or 1/8 scale by libjpeg (still >= size), which is
    /// several times faster for camera-sized images. Samples that fail to decode are left out
    /// and listed in failures(). Returns false only when @p cancel is set.
    bool load(const QVector<TrainingSample> &samples, int size, int threads,
              const std::atomic_bool *cancel = nullptr);

    int size() const { return int(m_ids.size()); }
    int inputSize() const { return m_inputSize; }
    const QString &id(int i) const { return m_ids[i]; }
    const QStringList &ids() const { return m_ids; }
    const cv::Mat &image(int i) const { return m_images[i]; }   ///< CV_8UC3 RGB
    const cv::Mat &mask(int i) const { return m_masks[i]; }     ///< CV_8UC1 0/255
    const QStringList &failures() const { return m_failures; }  ///< "<file>: <reason>"
    int indexOf(const QString &id) const { return m_ids.indexOf(id); }

    /// Replaces (or adds) one sample, decoding it now. False with @p error if it cannot be read.
    bool update(const TrainingSample &sample, QString *error);

    /// Per-channel mean and standard deviation of the RGB values in [0,1].
    void channelStats(double mean[3], double std[3]) const;

    /// Decodes one sample at @p size (exposed for tests and the predictor's checks).
    static bool decode(const TrainingSample &sample, int size, cv::Mat *image, cv::Mat *mask,
                       QString *error);

private:
    int m_inputSize = 0;
    QStringList m_ids;
    QVector<cv::Mat> m_images, m_masks;
    QStringList m_failures;
};

/// Decodes an RGB image for a network input of @p size: JPEGs much larger than that are
/// decoded at a reduced scale (libjpeg), everything else through readImageRgb().
cv::Mat readImageForSize(const QString &path, int size, QString *error);

} // namespace dermask::core
