#pragma once
/// @file The simulated annotator of click-based interactive segmentation, as the field measures
/// it (RITM, Sofiiuk et al. 2022): each click goes to the middle of the largest error, positive
/// where lesion was missed and negative where skin was taken, and a method is scored by the
/// number of clicks it needs to reach an IoU (NoC@85, NoC@90). Used to evaluate a click model
/// and, without gradients, to simulate the extra clicks it trains on.

#include <opencv2/core.hpp>

#include <vector>

namespace dermask::core {

struct Click
{
    cv::Point point;       ///< in the masks' pixels
    bool positive = true;  ///< true: "this is lesion"; false: "this is skin"
};

/// The next click for @p prediction against @p truth (CV_8UC1 masks of the same size,
/// non-zero = lesion): on the missed lesion (false negatives) or the taken skin (false
/// positives), whichever holds the point farthest from its region's border (the image's edge
/// counts as border), at that point. An empty @p prediction gives the first click: the point
/// deepest inside the lesion. False when there is no error, or the masks do not fit.
bool nextClick(const cv::Mat &truth, const cv::Mat &prediction, Click *click);

/// Clicks needed to reach IoU @p target, where @p ious[k] is the IoU after k + 1 clicks: the
/// first k + 1 that reaches it, or @p maxClicks when none does within @p maxClicks (a failure,
/// counted as maxClicks the way NoC is reported).
int clicksToReach(const std::vector<double> &ious, double target, int maxClicks);

} // namespace dermask::core
