#pragma once
/// @file The simulated annotator of click-based interactive segmentation, as the field measures
/// it (RITM, Sofiiuk et al. 2022): each click goes to the middle of the largest error, positive
/// where lesion was missed and negative where skin was taken, and a method is scored by the
/// number of clicks it needs to reach an IoU (NoC@85, NoC@90). Used to evaluate a click model
/// and, without gradients, to simulate the extra clicks it trains on.

#include <opencv2/core.hpp>

#include <functional>
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

/// Whether @p ious reaches IoU @p target within @p maxClicks clicks: false is a failure, which
/// clicksToReach() counts as maxClicks like a target reached only on the last click.
bool reachesWithin(const std::vector<double> &ious, double target, int maxClicks);

/// A method under test: from the clicks so far (the newest last) and its own previous mask
/// (empty before the first click), its new mask (CV_8UC1 at the truth's size, non-zero =
/// lesion). An empty result counts as an empty mask.
using ClickSegmenter = std::function<cv::Mat(const std::vector<Click> &clicks, const cv::Mat &previous)>;

/// Plays the annotator on one image: click after click from nextClick(), @p maxClicks of them
/// (once nothing is wrong, the rest score 1 without asking @p segment). Returns the IoU after
/// each click, maxClicks values.
std::vector<double> playAnnotator(const cv::Mat &truth, int maxClicks, const ClickSegmenter &segment);

/// What the protocol reports over a set of images (RITM's tables).
struct ClickSummary
{
    int images = 0;
    double nocAt85 = 0;       ///< mean clicks to IoU 0.85 (maxClicks for a failure)
    double nocAt90 = 0;       ///< mean clicks to IoU 0.90
    int failuresAt90 = 0;     ///< images that never reached IoU 0.90
    std::vector<double> meanIoU;  ///< mean IoU after 1, 2, ... maxClicks clicks
};

/// Sums up the curves of playAnnotator() (all of @p maxClicks values).
ClickSummary summarizeClicks(const std::vector<std::vector<double>> &curves, int maxClicks);

} // namespace dermask::core
