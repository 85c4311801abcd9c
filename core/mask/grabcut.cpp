#include "core/mask/grabcut.h"
#include "core/util/error.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <exception>

namespace dermask::core {

namespace {

constexpr int kBandTile = 128;

bool validate(const cv::Mat &image, const QRect &box, const cv::Mat &hints, QString *error)
{
    if (image.empty() || image.type() != CV_8UC3)
        return fail(error, QStringLiteral("GrabCut: the image must be 8-bit RGB"));
    if (!hints.empty() && (hints.type() != CV_8UC1 || hints.size() != image.size()))
        return fail(error, QStringLiteral("GrabCut: the hints must be 8-bit, %1x%2 like the image")
                               .arg(image.cols).arg(image.rows));
    const QRect inside = box & QRect(0, 0, image.cols, image.rows);
    if (inside.width() < 4 || inside.height() < 4)
        return fail(error, QStringLiteral("GrabCut: the box %1x%2 at (%3, %4) is too small or outside the image")
                               .arg(box.width()).arg(box.height()).arg(box.x()).arg(box.y()));
    return true;
}

/// Sets labels where a hint of value @p hint covers any part of the (downscaled) pixel.
void applyHints(const cv::Mat &hints, uchar hint, cv::Mat &labels, uchar label)
{
    if (hints.empty())
        return;
    cv::Mat marked;
    cv::compare(hints, hint, marked, cv::CMP_EQ);
    if (marked.size() != labels.size()) {
        cv::Mat small;
        // INTER_AREA averages, so a scribble thinner than one coarse pixel still leaves a trace.
        cv::resize(marked, small, labels.size(), 0, 0, cv::INTER_AREA);
        cv::compare(small, 0, marked, cv::CMP_GT);
    }
    labels.setTo(label, marked);
}

cv::Mat isForeground(const cv::Mat &labels)
{
    cv::Mat fg = (labels == cv::GC_FGD) | (labels == cv::GC_PR_FGD);
    return fg;
}

/// 0/255 mask resized to @p size with a smooth (bilinear, thresholded) outline.
cv::Mat upscale(const cv::Mat &mask, cv::Size size)
{
    if (mask.size() == size)
        return mask;
    cv::Mat up, out;
    cv::resize(mask, up, size, 0, 0, cv::INTER_LINEAR);
    cv::compare(up, 127, out, cv::CMP_GT);
    return out;
}

/// @p r scaled by (sx, sy), rounded outwards and clipped to @p size.
cv::Rect scaled(const cv::Rect &r, double sx, double sy, cv::Size size)
{
    return cv::Rect(cv::Point(int(std::floor(r.x * sx)), int(std::floor(r.y * sy))),
                    cv::Point(int(std::ceil(r.br().x * sx)), int(std::ceil(r.br().y * sy))))
           & cv::Rect(0, 0, size.width, size.height);
}

/// One graph cut with the coarse pass's colour models, limited to a band along the border
/// of @p coarse (at the resolution of @p image): sure lesion inside the band, sure skin
/// outside it and outside @p box, "probably" (as the coarse pass said) within it.
/// @p ratio: how many of these pixels one coarse pixel spans.
cv::Mat refineBand(const cv::Mat &image, const cv::Mat &coarse, const cv::Rect &box,
                   const cv::Mat &hints, double ratio, cv::Mat &bgdModel, cv::Mat &fgdModel)
{
    const int w = int(std::ceil(1.5 * ratio)) + 2;
    const cv::Mat element = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * w + 1, 2 * w + 1));
    cv::Mat inner, outer;
    cv::erode(coarse, inner, element);
    cv::dilate(coarse, outer, element);
    cv::Mat labels(coarse.size(), CV_8UC1, cv::Scalar(cv::GC_BGD));
    labels.setTo(cv::GC_PR_BGD, outer);
    labels.setTo(cv::GC_PR_FGD, coarse);
    labels.setTo(cv::GC_FGD, inner);
    applyHints(hints, kGrabCutForeground, labels, cv::GC_FGD);
    applyHints(hints, kGrabCutBackground, labels, cv::GC_BGD);
    cv::Mat outside(coarse.size(), CV_8UC1, cv::Scalar(255));
    outside(box).setTo(0);
    labels.setTo(cv::GC_BGD, outside);

    // One frozen-model cut per tile holding band pixels: the cost follows the border's
    // length, not the lesion's area.
    const cv::Rect all(0, 0, coarse.cols, coarse.rows);
    const cv::Mat band = (labels == cv::GC_PR_BGD) | (labels == cv::GC_PR_FGD);
    for (int ty = 0; ty < coarse.rows; ty += kBandTile) {
        for (int tx = 0; tx < coarse.cols; tx += kBandTile) {
            const cv::Rect tile = cv::Rect(tx, ty, kBandTile, kBandTile) & all;
            if (cv::countNonZero(band(tile)) == 0)
                continue;
            // A few pixels of overlap give the cut context across the tile's edges.
            const cv::Rect context = cv::Rect(tile.x - 8, tile.y - 8, tile.width + 16, tile.height + 16) & all;
            try {
                cv::Mat sub = labels(context).clone();
                cv::grabCut(image(context), sub, cv::Rect(), bgdModel, fgdModel, 1, cv::GC_EVAL_FREEZE_MODEL);
                sub(tile - context.tl()).copyTo(labels(tile));
            } catch (const std::exception &) {
                continue;  // OpenCV refused the tile or memory ran out: its coarse labels stay
            }
        }
    }
    return isForeground(labels);
}

} // namespace

cv::Mat grabCutMask(const cv::Mat &imageRgb, const QRect &box, const cv::Mat &hints,
                    QString *error, const GrabCutOptions &options)
{
    if (!validate(imageRgb, box, hints, error))
        return {};
    const cv::Rect imageRect(0, 0, imageRgb.cols, imageRgb.rows);
    const QRect qb = box & QRect(0, 0, imageRgb.cols, imageRgb.rows);
    const cv::Rect boxRect(qb.x(), qb.y(), qb.width(), qb.height());

    // Crop: the box plus some skin around it, which is what the background model should learn.
    const int m = std::max(8, int(options.margin * std::max(boxRect.width, boxRect.height)));
    const cv::Rect crop = cv::Rect(boxRect.x - m, boxRect.y - m, boxRect.width + 2 * m,
                                   boxRect.height + 2 * m) & imageRect;
    const cv::Rect boxInCrop = boxRect - crop.tl();
    const cv::Mat image = imageRgb(crop);
    const cv::Mat cropHints = hints.empty() ? cv::Mat() : hints(crop);

    // Coarse pass.
    const double scale = std::min(1.0, double(std::max(16, options.workingSize))
                                           / std::max(crop.width, crop.height));
    cv::Mat small;
    if (scale < 1.0)
        cv::resize(image, small, cv::Size(), scale, scale, cv::INTER_AREA);
    else
        small = image;
    cv::Mat labels(small.size(), CV_8UC1, cv::Scalar(cv::GC_BGD));
    const cv::Rect smallBox = scaled(boxInCrop, scale, scale, small.size());
    labels(smallBox).setTo(cv::GC_PR_FGD);
    if (size_t(smallBox.area()) == labels.total() && labels.cols > 4 && labels.rows > 4) {
        // The box covers the whole image: the frame is the only skin the model can learn from.
        labels.setTo(cv::GC_BGD);
        labels(cv::Rect(2, 2, labels.cols - 4, labels.rows - 4)).setTo(cv::GC_PR_FGD);
    }
    applyHints(cropHints, kGrabCutForeground, labels, cv::GC_FGD);
    applyHints(cropHints, kGrabCutBackground, labels, cv::GC_BGD);
    cv::Mat bgdModel, fgdModel;
    try {
        cv::grabCut(small, labels, cv::Rect(), bgdModel, fgdModel, std::max(1, options.iterations),
                    cv::GC_INIT_WITH_MASK);
    } catch (const cv::Exception &e) {
        fail(error, QStringLiteral("GrabCut failed: %1").arg(QString::fromStdString(e.msg)));
        return {};
    } catch (const std::exception &e) {  // memory ran out
        fail(error, QStringLiteral("GrabCut failed: %1").arg(QString::fromLocal8Bit(e.what())));
        return {};
    }

    // Refinement level: the crop itself up to refineSize, else downscaled to it (then upscaled
    // at the end), so a 6000x4000 image costs about what a 1000x750 one does.
    const double fine = std::min(1.0, double(std::max(options.workingSize, options.refineSize))
                                          / std::max(crop.width, crop.height));
    const bool refine = options.refineBorder && fine > scale;
    const cv::Size fineSize = fine < 1.0 ? cv::Size(std::max(1, int(std::lround(crop.width * fine))),
                                                    std::max(1, int(std::lround(crop.height * fine))))
                                         : crop.size();
    cv::Mat result = upscale(isForeground(labels), refine ? fineSize : crop.size());

    if (refine) {
        cv::Mat fineImage;
        if (fine < 1.0)
            cv::resize(image, fineImage, fineSize, 0, 0, cv::INTER_AREA);
        else
            fineImage = image;
        const cv::Rect fineBox = scaled(boxInCrop, double(fineSize.width) / crop.width,
                                        double(fineSize.height) / crop.height, fineSize);
        result = refineBand(fineImage, result, fineBox, cropHints, fine / scale, bgdModel, fgdModel);
        if (fine < 1.0)
            result = upscale(result, crop.size());
    }
    // The user's scribbles are hard constraints at full resolution too.
    if (!cropHints.empty()) {
        result.setTo(255, cropHints == kGrabCutForeground);
        result.setTo(0, cropHints == kGrabCutBackground);
    }

    cv::Mat out = cv::Mat::zeros(imageRgb.size(), CV_8UC1);
    result(boxInCrop).copyTo(out(boxRect));
    return out;
}

} // namespace dermask::core
