#include "core/inference/clickcorrector.h"

#include "core/click/clickinput.h"
#include "core/inference/predictor.h"
#include "core/util/error.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace dermask::core {

namespace {

/// Images with a longer side than this keep a copy reduced to kReducedSide for their views.
constexpr int kReduceAbove = 1536;
constexpr int kReducedSide = 1024;

} // namespace

ClickCorrector::ClickCorrector(Predictor *predictor) : m_predictor(predictor) {}

void ClickCorrector::setImage(const cv::Mat &rgb)
{
    // The held image keeps its buffer alive, so the same address is the same image.
    if (rgb.data == m_image.data && rgb.size() == m_image.size() && rgb.step == m_image.step)
        return;
    m_image = rgb;
    m_reduced.release();
    m_fresh.release();
    m_differs.release();
    m_reduction = 1.0;
    const int side = std::max(rgb.cols, rgb.rows);
    if (side > kReduceAbove) {
        m_reduction = double(side) / kReducedSide;
        cv::resize(rgb, m_reduced,
                   cv::Size(std::max(1, int(std::lround(rgb.cols / m_reduction))),
                            std::max(1, int(std::lround(rgb.rows / m_reduction)))),
                   0, 0, cv::INTER_AREA);
    }
}

bool ClickCorrector::ready(const cv::Mat &mask, QString *error) const
{
    if (!m_predictor || !m_predictor->isLoaded() || m_predictor->info().task != ModelTask::Click)
        return fail(error, QStringLiteral("no click model is loaded"));
    if (m_image.empty() || m_image.type() != CV_8UC3)
        return fail(error, QStringLiteral("no image to correct the mask of"));
    if (!mask.empty() && (mask.size() != m_image.size() || mask.type() != CV_8UC1))
        return fail(error, QStringLiteral("the mask (%1x%2) does not fit the image (%3x%4)")
                               .arg(mask.cols).arg(mask.rows).arg(m_image.cols).arg(m_image.rows));
    return true;
}

bool ClickCorrector::correct(const cv::Mat &mask, const std::vector<Click> &clicks, cv::Mat *out,
                             cv::Rect *changed, QString *error)
{
    if (!ready(mask, error))
        return false;
    const int size = m_predictor->info().inputSize;
    const View view = viewOf(clickCrop(m_image.size(), mask.empty() ? cv::Rect() : cv::boundingRect(mask), clicks));
    cv::Mat previous;
    if (!mask.empty())
        previous = resizeMask(mask(view.crop), cv::Size(size, size));
    return redraw(mask, view, previous, clicks, view.crop, out, changed, error);
}

bool ClickCorrector::startFromBox(const cv::Mat &mask, const cv::Rect &box, cv::Mat *out, cv::Rect *changed,
                                  QString *error)
{
    if (!ready(mask, error))
        return false;
    const cv::Rect inside = box & cv::Rect(cv::Point(), m_image.size());
    if (inside.width < 2 || inside.height < 2)
        return fail(error, QStringLiteral("the box (%1x%2 at %3,%4) holds no part of the image")
                               .arg(box.width).arg(box.height).arg(box.x).arg(box.y));
    const Click centre = boxCentre(inside);
    // The view of a mask of the box's size, and in it the ellipse the box holds: a rough
    // mask, as the model corrects in training, with a lesion click in its middle.
    const int size = m_predictor->info().inputSize;
    const View view = viewOf(clickCrop(m_image.size(), inside, {centre}));
    const cv::Rect &crop = view.crop;
    const double sx = double(size) / crop.width, sy = double(size) / crop.height;
    cv::Mat previous = cv::Mat::zeros(size, size, CV_8UC1);
    // At a fraction of a pixel (a pixel's centre is at its index + 0.5 of the view's length).
    cv::ellipse(previous,
                cv::RotatedRect(cv::Point2f(float((inside.x - crop.x + inside.width / 2.0) * sx - 0.5),
                                            float((inside.y - crop.y + inside.height / 2.0) * sy - 0.5)),
                                cv::Size2f(float(inside.width * sx), float(inside.height * sy)), 0),
                cv::Scalar(255), cv::FILLED);
    return redraw(mask, view, previous, {centre}, crop & inside, out, changed, error);
}

ClickCorrector::View ClickCorrector::viewOf(const cv::Rect &crop) const
{
    const int size = m_predictor->info().inputSize;
    View view{crop, cv::Rect()};
    if (!m_reduced.empty() && crop.width >= size * m_reduction && crop.height >= size * m_reduction)
        view.crop = snapToReduced(crop, m_image.size(), m_reduced.size(), &view.reduced);
    return view;
}

bool ClickCorrector::redraw(const cv::Mat &mask, const View &where, const cv::Mat &previous,
                            const std::vector<Click> &clicks, const cv::Rect &writable, cv::Mat *out,
                            cv::Rect *changed, QString *error)
{
    // The view at the network's size.
    const int size = m_predictor->info().inputSize;
    const cv::Rect &crop = where.crop;
    const cv::Mat source = where.reduced.empty() ? m_image(crop) : m_reduced(where.reduced);
    cv::Mat view;
    const bool shrink = source.cols >= size && source.rows >= size;
    cv::resize(source, view, cv::Size(size, size), 0, 0, shrink ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat guidance(size, size, CV_32FC(kGuidanceChannels));
    drawGuidance(clicksInView(clicks, crop, size), previous, size, guidance.ptr<float>(), kGuidanceChannels);
    cv::Mat probability;
    if (!m_predictor->forwardResized(view, guidance, &probability, error, m_flips))
        return false;

    cv::Mat answer;
    probability.convertTo(answer, CV_8UC1, 255.0);
    if (mask.empty())
        *out = cv::Mat::zeros(m_image.size(), CV_8UC1);
    else if (out->data != mask.data)
        *out = mask.clone();  // else the caller gave its own copy to write into (no 24 MB copy per click)
    // Thresholded in place after a bilinear enlargement of the 8-bit probabilities: smooth
    // borders at the image's size for the price of one 8-bit resize. Into buffers kept for the
    // image: a fresh 24 MB per click would cost its page faults every time.
    const auto scratch = [&](cv::Mat &buffer) {
        if (buffer.size() != m_image.size())
            buffer.create(m_image.size(), CV_8UC1);
        return buffer(crop);
    };
    cv::Mat fresh = scratch(m_fresh), differs = scratch(m_differs);
    cv::resize(answer, fresh, crop.size(), 0, 0, cv::INTER_LINEAR);
    cv::threshold(fresh, fresh, 255.0 * m_predictor->info().threshold, 255, cv::THRESH_BINARY);
    // The pixel under each click takes the click's label (the newest wins). On an error a
    // pixel or two wide the model may keep its answer, and a click that changes nothing is
    // made again and again: evaluate-clicks' annotator was caught so on small lesions.
    for (const Click &c : clicks) {
        if (crop.contains(c.point))
            fresh.at<uchar>(c.point - crop.tl()) = c.positive ? 255 : 0;
    }
    // Only what changed is written, and said: the undo step and the overlay then look at the
    // changed band, not at a view that may be the whole 24 Mpx image (here, on the worker).
    const cv::Rect part = (writable & crop) - crop.tl();
    fresh = fresh(part);
    differs = differs(part);
    cv::Mat inside = (*out)(part + crop.tl());
    cv::compare(fresh, inside, differs, cv::CMP_NE);
    const cv::Rect tight = cv::boundingRect(differs);
    if (!tight.empty()) {
        cv::Mat band = inside(tight);
        fresh(tight).copyTo(band);
    }
    if (changed)
        *changed = tight.empty() ? cv::Rect() : tight + part.tl() + crop.tl();
    return true;
}

} // namespace dermask::core
