#include "core/click/clickinput.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace dermask::core {

namespace {

/// A random point of @p region (0/255) at least @p fraction of its greatest depth from its
/// border (the image's edge counts as border): "deep inside", but not always the same point.
bool deepRandomPoint(const cv::Mat &region, double fraction, std::mt19937_64 &rng, cv::Point *at)
{
    cv::Mat padded, distance;
    cv::copyMakeBorder(region, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::distanceTransform(padded, distance, cv::DIST_L2, cv::DIST_MASK_3);
    distance = distance(cv::Rect(1, 1, region.cols, region.rows));
    double deepest = 0;
    cv::minMaxLoc(distance, nullptr, &deepest);
    if (deepest <= 0)
        return false;
    std::vector<cv::Point> candidates;
    cv::findNonZero(distance >= std::max(1.0, fraction * deepest), candidates);
    if (candidates.empty())
        return false;
    *at = candidates[std::uniform_int_distribution<size_t>(0, candidates.size() - 1)(rng)];
    return true;
}

/// @p truth spoilt by one or two of the errors a segmentation model makes.
cv::Mat spoil(const cv::Mat &truth, std::mt19937_64 &rng)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const int side = std::min(truth.cols, truth.rows);
    cv::Mat mask = truth.clone();
    const int errors = u(rng) < 0.6 ? 1 : 2;
    for (int e = 0; e < errors; ++e) {
        const int kind = std::uniform_int_distribution<int>(0, 4)(rng);
        const int reach = std::max(2, int(std::lround(side * (0.03 + 0.12 * u(rng)))));
        if (kind <= 1) {  // grown or shrunk all round
            const cv::Mat disk =
                cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * reach + 1, 2 * reach + 1));
            cv::morphologyEx(mask, mask, kind == 0 ? cv::MORPH_DILATE : cv::MORPH_ERODE, disk);
        } else if (kind == 2) {  // shifted
            const double angle = 2.0 * M_PI * u(rng);
            const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, reach * std::cos(angle), 0, 1,
                                   reach * std::sin(angle));
            cv::warpAffine(mask, mask, shift, mask.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT, 0);
        } else {  // a bite out of the lesion, or a blob of skin taken with it, on the border
            std::vector<cv::Point> border;
            cv::Mat edge;
            cv::morphologyEx(truth, edge, cv::MORPH_GRADIENT, cv::Mat());
            cv::findNonZero(edge, border);
            if (border.empty())
                continue;
            const cv::Point at = border[std::uniform_int_distribution<size_t>(0, border.size() - 1)(rng)];
            const cv::Size axes(reach + int(reach * u(rng)), reach + int(reach * u(rng)));
            cv::ellipse(mask, at, axes, 180.0 * u(rng), 0, 360, cv::Scalar(kind == 3 ? 0 : 255), cv::FILLED);
        }
    }
    return mask;
}

} // namespace

int clickRadius(int size)
{
    return std::max(2, int(std::lround(size / 50.0)));
}

void drawGuidance(const std::vector<Click> &clicks, const cv::Mat &previous, int size, float *out,
                  int stride)
{
    cv::Mat positive = cv::Mat::zeros(size, size, CV_8UC1), negative = positive.clone();
    const int radius = clickRadius(size);
    for (const Click &c : clicks)
        cv::circle(c.positive ? positive : negative, c.point, radius, cv::Scalar(255), cv::FILLED);
    const bool hasPrevious = !previous.empty() && previous.size() == cv::Size(size, size);
    for (int y = 0; y < size; ++y) {
        const uchar *p = positive.ptr<uchar>(y), *n = negative.ptr<uchar>(y);
        const uchar *m = hasPrevious ? previous.ptr<uchar>(y) : nullptr;
        for (int x = 0; x < size; ++x, out += stride) {
            out[0] = p[x] ? 1.0f : 0.0f;
            out[1] = n[x] ? 1.0f : 0.0f;
            out[2] = m && m[x] ? 1.0f : 0.0f;
        }
    }
}

void simulateStart(const cv::Mat &truth, std::mt19937_64 &rng, std::vector<Click> *clicks,
                   cv::Mat *previous)
{
    clicks->clear();
    *previous = cv::Mat();
    cv::Mat lesion;
    cv::compare(truth, 0, lesion, cv::CMP_NE);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    if (u(rng) < 0.5) {
        const cv::Mat spoilt = spoil(lesion, rng);
        Click first;
        if (nextClick(lesion, spoilt, &first)) {
            *previous = spoilt;
            clicks->push_back(first);
            return;
        }
    }
    cv::Point at;
    if (!deepRandomPoint(lesion, 0.5, rng, &at))
        return;  // no lesion: nothing to click
    clicks->push_back(Click{at, true});
    if (u(rng) < 0.3 && deepRandomPoint(~lesion, 0.3, rng, &at))
        clicks->push_back(Click{at, false});
}

cv::Rect clickCrop(cv::Size imageSize, const cv::Rect &maskBox, const std::vector<Click> &clicks)
{
    const cv::Rect image(cv::Point(0, 0), imageSize);
    if (maskBox.empty())
        return image;
    cv::Rect box = maskBox;
    for (const Click &c : clicks)
        box |= cv::Rect(c.point, cv::Size(1, 1));
    // The image's proportions, as the network saw whole images squeezed into its square input.
    const double scale = std::min(1.0, std::max({2.0 * box.width / imageSize.width,
                                                 2.0 * box.height / imageSize.height, 0.25}));
    const int w = std::max(1, int(std::lround(scale * imageSize.width)));
    const int h = std::max(1, int(std::lround(scale * imageSize.height)));
    const int x = std::clamp(box.x + box.width / 2 - w / 2, 0, imageSize.width - w);
    const int y = std::clamp(box.y + box.height / 2 - h / 2, 0, imageSize.height - h);
    return cv::Rect(x, y, w, h) & image;
}

cv::Mat resizeMask(const cv::Mat &mask, cv::Size size)
{
    cv::Mat resized;
    if (size.width <= mask.cols && size.height <= mask.rows) {
        cv::resize(mask, resized, size, 0, 0, cv::INTER_NEAREST_EXACT);
        return resized;
    }
    cv::compare(mask, 0, resized, cv::CMP_NE);  // a 0/1 mask would not reach the threshold
    cv::resize(resized, resized, size, 0, 0, cv::INTER_LINEAR);
    cv::threshold(resized, resized, 127, 255, cv::THRESH_BINARY);
    return resized;
}

cv::Rect snapToReduced(const cv::Rect &crop, cv::Size imageSize, cv::Size reducedSize, cv::Rect *reducedPart)
{
    // Pixel i of the copy covers [i * s, (i + 1) * s) of the image: the copy's pixels that hold
    // the first and the last pixel centre of the crop, and the image's pixels they cover.
    const auto snap = [](int begin, int end, int image, int reduced, int *from, int *to) {
        const double s = double(image) / reduced;
        *from = std::clamp(int(std::floor((begin + 0.5) / s)), 0, reduced - 1);
        *to = std::clamp(int(std::ceil((end - 0.5) / s)), *from + 1, reduced);
        begin = int(std::lround(*from * s));
        return std::make_pair(begin, std::min(image, int(std::lround(*to * s))) - begin);
    };
    int x0, x1, y0, y1;
    const auto [x, w] = snap(crop.x, crop.br().x, imageSize.width, reducedSize.width, &x0, &x1);
    const auto [y, h] = snap(crop.y, crop.br().y, imageSize.height, reducedSize.height, &y0, &y1);
    *reducedPart = cv::Rect(x0, y0, x1 - x0, y1 - y0);
    return cv::Rect(x, y, w, h);
}

std::vector<Click> clicksInView(const std::vector<Click> &clicks, const cv::Rect &crop, int size)
{
    std::vector<Click> out;
    for (const Click &c : clicks) {
        const cv::Point at(int((c.point.x - crop.x + 0.5) * size / crop.width),
                           int((c.point.y - crop.y + 0.5) * size / crop.height));
        if (at.x >= 0 && at.y >= 0 && at.x < size && at.y < size)
            out.push_back(Click{at, c.positive});
    }
    return out;
}

void zoomToView(cv::Mat *image, cv::Mat *truth, cv::Mat *previous, std::vector<Click> *clicks)
{
    const int size = image->cols;
    const cv::Rect crop = clickCrop(image->size(), previous->empty() ? cv::Rect() : cv::boundingRect(*previous), *clicks);
    if (crop == cv::Rect(cv::Point(), image->size()))
        return;
    // Into new buffers: the image may share its pixels with the training set.
    cv::Mat zoomed;
    cv::resize((*image)(crop), zoomed, image->size(), 0, 0, cv::INTER_LINEAR);
    *image = zoomed;
    *truth = resizeMask((*truth)(crop), truth->size());
    *previous = resizeMask((*previous)(crop), previous->size());
    *clicks = clicksInView(*clicks, crop, size);
}

} // namespace dermask::core
