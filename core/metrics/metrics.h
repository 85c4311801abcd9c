#pragma once
/// @file Agreement between two masks (Dice, IoU...) and their means over a set of images.

#include <QVector>
#include <QtGlobal>
#include <opencv2/core.hpp>

namespace dermask::core {

/// Agreement of a predicted mask with its truth, with the pixel counts behind it.
struct MaskMetrics
{
    double dice = 1, iou = 1, precision = 1, recall = 1, accuracy = 1;
    qint64 truePositive = 0, falsePositive = 0, falseNegative = 0, trueNegative = 0;
};

/// Compares two CV_8UC1 masks of the same size (non-zero = lesion). Empty truth and empty
/// prediction score 1 everywhere. A ratio whose denominator is 0 is 1 when truth and
/// prediction are both empty, else 0.
/// @throws std::invalid_argument when the sizes or types differ or a mask is not CV_8UC1.
MaskMetrics compareMasks(const cv::Mat &truth, const cv::Mat &prediction);

/// ISIC 2018 Task 1: a per-image Jaccard below this scores 0.
constexpr double kIsicJaccardThreshold = 0.65;

/// Means of the per-image metrics over a set of images.
struct MetricsSummary
{
    int images = 0;
    double dice = 0, iou = 0, precision = 0, recall = 0, accuracy = 0, thresholdedJaccard = 0;
};

/// Per-image means; thresholdedJaccard is the ISIC 2018 score: per-image IoU below 0.65
/// counts as 0. images == 0 gives all zeros.
MetricsSummary summarize(const QVector<MaskMetrics> &perImage);

} // namespace dermask::core
