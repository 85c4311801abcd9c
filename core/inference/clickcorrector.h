#pragma once
/// @file Correcting a mask around clicks with a click model (ModelTask::Click): the model looks
/// at the part of the image around the mask and the clicks (clickCrop()) at its input size,
/// and its answer is pasted back at the image's size. A large image is reduced once, when it
/// is set, so that a click on a 6000x4000 image costs what it costs on a small one.

#include "core/click/clickprotocol.h"

#include <QString>
#include <opencv2/core.hpp>

namespace dermask::core {

class Predictor;

class ClickCorrector
{
public:
    /// @p predictor holds a loaded click model; it is not owned and must outlive this.
    explicit ClickCorrector(Predictor *predictor = nullptr);
    /// Another loaded click model (the image and its reduced copy stay).
    void setPredictor(Predictor *predictor) { m_predictor = predictor; }

    /// The image the clicks are on (CV_8UC3 RGB, any size; shared, not copied: it must not
    /// change while it is set). Setting the same image again costs nothing.
    void setImage(const cv::Mat &rgb);
    const cv::Mat &image() const { return m_image; }

    /// Whether the answer is the mean of the four flips of the view (the default: on ISIC 2018
    /// it saves a tenth of the clicks, README "Click to correct") or the view's alone (a quarter
    /// of the network's time).
    void setFlips(bool on) { m_flips = on; }

    /// @p mask (CV_8UC1 at the image's size, non-zero = lesion; empty for none) corrected around
    /// @p clicks (in the image's pixels, the newest last) into @p out (0/255): the model's answer
    /// around the clicks, @p mask elsewhere (@p out may be @p mask itself, written in place).
    /// Whatever the model says, the pixel under each click comes out as the click says (the
    /// newest click wins a pixel clicked twice).
    /// @p changed receives the box of the pixels that changed (empty when none did).
    /// False with @p error when there is no click model,
    /// no image, a mask of another size, or the model fails.
    bool correct(const cv::Mat &mask, const std::vector<Click> &clicks, cv::Mat *out, cv::Rect *changed,
                 QString *error);

    /// A mask started from @p box (in the image's pixels), which holds the lesion: the model
    /// corrects the ellipse the box holds, with a lesion click at boxCentre() of the box's part
    /// in the image (the first of the clicks that follow), and only the box changes; @p mask,
    /// @p out and @p changed as for correct(). False with @p error also for a box outside the
    /// image.
    bool startFromBox(const cv::Mat &mask, const cv::Rect &box, cv::Mat *out, cv::Rect *changed, QString *error);

private:
    /// Where a view's pixels come from: the part of the image its clicks and masks are mapped
    /// to, and the same part of the reduced copy when the view is taken from it (else empty).
    struct View
    {
        cv::Rect crop;
        cv::Rect reduced;
    };

    bool ready(const cv::Mat &mask, QString *error) const;
    /// The view of @p crop: from the reduced copy when it holds enough detail, the crop then
    /// grown to whole pixels of the copy (snapToReduced()).
    View viewOf(const cv::Rect &crop) const;
    /// The model's answer for @p view with @p previous (in the view) and @p clicks (in the
    /// image's pixels), written into @p out where it differs within @p writable; the pixel under
    /// each click keeps the click's label.
    bool redraw(const cv::Mat &mask, const View &view, const cv::Mat &previous, const std::vector<Click> &clicks,
                const cv::Rect &writable, cv::Mat *out, cv::Rect *changed, QString *error);

    Predictor *m_predictor;
    cv::Mat m_image;
    cv::Mat m_reduced;       ///< the image reduced by m_reduction, for views of large parts
    double m_reduction = 1.0;
    bool m_flips = true;
    cv::Mat m_fresh, m_differs;  ///< the answer and where it differs, at the image's size, reused
};

} // namespace dermask::core
