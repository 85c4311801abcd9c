#include "core/training/augment.h"

#include <QtGlobal>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace dermask::core {

namespace {

double uniform(std::mt19937_64 &rng, double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}

/// 2x3 matrix mapping output pixels to input pixels is what warpAffine wants with
/// WARP_INVERSE_MAP; building the forward map and letting OpenCV invert is simpler.
cv::Mat geometry(int size, std::mt19937_64 &rng, const AugmentOptions &o)
{
    const double c = (size - 1) / 2.0;
    const double fx = (o.flips && rng() % 2) ? -1.0 : 1.0;
    const double fy = (o.flips && rng() % 2) ? -1.0 : 1.0;
    const int turns = o.quarterTurns ? int(rng() % 4) : 0;
    const double scale = 1.0 + uniform(rng, -o.maxScale, o.maxScale);
    const double degrees = turns * 90.0 + uniform(rng, -o.maxDegrees, o.maxDegrees);
    const double tx = uniform(rng, -o.maxShift, o.maxShift) * size;
    const double ty = uniform(rng, -o.maxShift, o.maxShift) * size;
    const double a = degrees * M_PI / 180.0;
    const double ca = std::cos(a) * scale, sa = std::sin(a) * scale;
    // p' = R*S*F*(p - c) + c + t
    const double m00 = ca * fx, m01 = -sa * fy, m10 = sa * fx, m11 = ca * fy;
    cv::Mat m = (cv::Mat_<double>(2, 3) << m00, m01, c + tx - m00 * c - m01 * c,
                 m10, m11, c + ty - m10 * c - m11 * c);
    return m;
}

} // namespace

std::mt19937_64 sampleRng(quint64 seed, int epoch, int index)
{
    std::seed_seq seq{quint32(seed), quint32(seed >> 32), quint32(epoch), quint32(index), 0x5eedu};
    return std::mt19937_64(seq);
}

void augmentPair(cv::Mat &image, cv::Mat &mask, std::mt19937_64 &rng, const AugmentOptions &o)
{
    const int size = image.cols;
    const cv::Mat m = geometry(size, rng, o);
    cv::Mat warped, warpedMask;
    // Reflection keeps the skin texture at the borders instead of black corners the
    // network would learn to expect.
    cv::warpAffine(image, warped, m, image.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT_101);
    cv::warpAffine(mask, warpedMask, m, mask.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT_101);
    // New Mats throughout: the caller's image and mask may share pixels with the cache.
    cv::Mat binary;
    cv::threshold(warpedMask, binary, 127, 255, cv::THRESH_BINARY);
    mask = binary;

    // Colour: saturation and hue in HSV, then brightness and contrast with one LUT.
    const double saturation = 1.0 + uniform(rng, -o.maxSaturation, o.maxSaturation);
    const double hue = uniform(rng, -o.maxHueDegrees, o.maxHueDegrees);
    const double contrast = 1.0 + uniform(rng, -o.maxContrast, o.maxContrast);
    const double brightness = uniform(rng, -o.maxBrightness, o.maxBrightness) * 255.0;
    if (o.maxHueDegrees > 0 || o.maxSaturation > 0) {
        cv::Mat hsv;
        cv::cvtColor(warped, hsv, cv::COLOR_RGB2HSV_FULL);   // H in 0..255 for 360 degrees
        const int shift = int(std::lround(hue * 256.0 / 360.0));
        uchar satLut[256];
        for (int v = 0; v < 256; ++v)
            satLut[v] = cv::saturate_cast<uchar>(v * saturation);
        for (int y = 0; y < hsv.rows; ++y) {
            uchar *p = hsv.ptr<uchar>(y);
            for (int x = 0; x < hsv.cols; ++x, p += 3) {
                p[0] = uchar((p[0] + shift) & 0xff);   // hue wraps around
                p[1] = satLut[p[1]];
            }
        }
        cv::cvtColor(hsv, warped, cv::COLOR_HSV2RGB_FULL);
    }
    cv::Mat lut(1, 256, CV_8U);
    const double mean = 128.0;
    for (int v = 0; v < 256; ++v)
        lut.at<uchar>(v) = cv::saturate_cast<uchar>((v - mean) * contrast + mean + brightness);
    cv::Mat out;
    cv::LUT(warped, lut, out);
    image = out;
}

} // namespace dermask::core
