#pragma once
/// @file What a click model sees besides the image, and where it looks. The same code draws
/// the guidance when the model trains (core/training/batch.cpp) and when it corrects a mask
/// (core/inference/clickcorrector.h), so the network works on what it learnt on.
///
/// The guidance is kGuidanceChannels planes after RGB: a disk of clickRadius() at each
/// positive click, one at each negative click, and the current mask (1 = lesion). Disks, not
/// distance maps: measured on ISIC 2018 (README, "Click to correct").

#include "core/click/clickprotocol.h"
#include "core/model/modelinfo.h"

#include <random>

namespace dermask::core {

/// Radius of a click's disk, in pixels of a network input @p size pixels wide.
int clickRadius(int size);

/// Draws the guidance of @p clicks (in the input's pixels) and @p previous (CV_8UC1 of
/// @p size x @p size, non-zero = lesion; empty for none) into @p out: the first guidance
/// channel of an interleaved input of @p size x @p size pixels, @p stride floats per pixel.
void drawGuidance(const std::vector<Click> &clicks, const cv::Mat &previous, int size, float *out,
                  int stride);

/// Where a training sample starts (after RITM's protocol, adapted to correcting a mask): half
/// the time from no mask, with a first positive click deep inside the lesion and sometimes a
/// negative one on the skin; otherwise from @p truth spoilt the way a segmentation model errs
/// (grown, shrunk, shifted, bitten, or with a blob of skin), with the first click on its largest
/// error. @p truth is CV_8UC1; @p previous comes out at its size, empty for "no mask".
void simulateStart(const cv::Mat &truth, std::mt19937_64 &rng, std::vector<Click> *clicks,
                   cv::Mat *previous);

/// The part of an image of @p imageSize a click model looks at: the box around @p maskBox
/// (the current mask's, empty for none) and @p clicks, grown by half its size on each side and
/// to at least a quarter of the image's sides; the whole image while there is no mask.
cv::Rect clickCrop(cv::Size imageSize, const cv::Rect &maskBox, const std::vector<Click> &clicks);

/// The lesion click a box drag stands for: at the middle of @p box.
inline Click boxCentre(const cv::Rect &box)
{
    return Click{cv::Point(box.x + box.width / 2, box.y + box.height / 2), true};
}

/// @p mask (CV_8UC1, non-zero = lesion) resized to @p size, borders where they were: bilinear
/// and thresholded halfway (0/255) when enlarging, the nearest pixel centre when shrinking (an
/// area average of a 6000x4000 image's mask doubled a click's time). Not INTER_NEAREST, which
/// moves borders by half a pixel of the larger side: a perfect answer taken to a view and back
/// that way lost 1.2% IoU on ISIC 2018 (3% on a fifth of the images).
cv::Mat resizeMask(const cv::Mat &mask, cv::Size size);

/// The part of an image's reduced copy (the image of @p imageSize resized to @p reducedSize)
/// that holds @p crop, in whole pixels of the copy, into @p reducedPart; returns the crop that
/// part holds, in the image's pixels (@p crop grown by less than a pixel of the copy on each
/// side). A view from that part lies where the returned crop's clicks and masks do; from the
/// part truncated to the copy's pixels it lay up to a pixel of the view off them.
cv::Rect snapToReduced(const cv::Rect &crop, cv::Size imageSize, cv::Size reducedSize, cv::Rect *reducedPart);

/// Where @p clicks (in an image's pixels) fall in the view of @p crop resized to @p size x
/// @p size; those that fall outside are left out.
std::vector<Click> clicksInView(const std::vector<Click> &clicks, const cv::Rect &crop, int size);

/// A training sample seen as ClickCorrector sees an image: @p image (CV_8UC3), @p truth and
/// @p previous (CV_8UC1; @p previous empty for no mask), all square, and @p clicks in their
/// pixels are replaced by the clickCrop() view of them at the same size. Without it the network
/// would learn on whole images and correct zoomed views.
void zoomToView(cv::Mat *image, cv::Mat *truth, cv::Mat *previous, std::vector<Click> *clicks);

} // namespace dermask::core
