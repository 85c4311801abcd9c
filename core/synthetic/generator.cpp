#include "core/synthetic/generator.h"

#include "core/image/codecs.h"

#include "core/synthetic/lesion.h"
#include "core/synthetic/noise.h"
#include "core/util/atomicfile.h"
#include "core/util/error.h"

#include <QDir>
#include <algorithm>
#include <vector>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace dermask::core {

using namespace synth;

namespace {

// The lesion palette is defined against the lightest skin; darker skin darkens it in proportion.
const Rgb kSkinLight{0.94f, 0.71f, 0.71f};
const Rgb kSkinMedium{0.83f, 0.60f, 0.50f};
const Rgb kSkinDark{0.50f, 0.34f, 0.26f};

Rgb skinColour(Rng &rng, double tone)
{
    Rgb c = tone < 0.5 ? mix(kSkinLight, kSkinMedium, float(tone * 2))
                       : mix(kSkinMedium, kSkinDark, float(tone * 2 - 1));
    const double jr = 1 + 0.03 * rng.normal();
    const double jg = 1 + 0.03 * rng.normal();
    const double jb = 1 + 0.03 * rng.normal();
    return {float(c.r * jr), float(c.g * jg), float(c.b * jb)};
}

/// Skin: base colour x (large-scale shading, reddish blotches, fine grain).
cv::Mat paintSkin(Rng &rng, cv::Size size, const Rgb &base)
{
    const double scale = std::max(size.width, size.height);
    const cv::Mat shade = fractalNoise(rng, size, scale * 0.25, 4);
    const cv::Mat blotch = fractalNoise(rng, size, scale * 0.08, 3);
    const cv::Mat mottle = valueNoise(rng, size, 6.0);
    const cv::Mat grain = grainNoise(rng, size);
    const float shadeAmp = float(rng.uniform(0.04, 0.10));
    const float blotchAmp = float(rng.uniform(0.03, 0.10));
    const float mottleAmp = float(rng.uniform(0.015, 0.04));
    const float grainAmp = float(rng.uniform(0.015, 0.04));
    cv::Mat img(size, CV_32FC3);
    for (int y = 0; y < size.height; ++y) {
        const float *ps = shade.ptr<float>(y), *pb = blotch.ptr<float>(y);
        const float *pg = grain.ptr<float>(y), *pm = mottle.ptr<float>(y);
        cv::Vec3f *p = img.ptr<cv::Vec3f>(y);
        for (int x = 0; x < size.width; ++x) {
            const float l = 1.f + shadeAmp * ps[x] + mottleAmp * pm[x] + grainAmp * pg[x];
            const float red = blotchAmp * std::max(0.f, pb[x]);
            p[x] = cv::Vec3f(base.r * l * (1.f + 0.5f * red), base.g * l * (1.f - red),
                             base.b * l * (1.f - 0.6f * red));
        }
    }
    return img;
}

/// Faint freckles away from the lesion: dark spots that are NOT lesion.
void paintFreckles(Rng &rng, cv::Mat &img)
{
    if (!rng.chance(0.35))
        return;
    cv::Mat layer = cv::Mat::zeros(img.size(), CV_8UC1);
    const int n = rng.integer(2, 14);
    for (int i = 0; i < n; ++i) {
        const double x = rng.uniform(0.0, img.cols);
        const double y = rng.uniform(0.0, img.rows);
        const double r = rng.uniform(2.0, 9.0);
        const int v = rng.integer(60, 200);
        cv::circle(layer, cv::Point(int(x * 16), int(y * 16)), int(r * 16), cv::Scalar(v),
                   cv::FILLED, cv::LINE_AA, 4);
    }
    cv::GaussianBlur(layer, layer, cv::Size(7, 7), 2.0);  // 8-bit blur is bit-exact in OpenCV
    const float strength = float(rng.uniform(0.10, 0.25));
    for (int y = 0; y < img.rows; ++y) {
        const uchar *pl = layer.ptr<uchar>(y);
        cv::Vec3f *p = img.ptr<cv::Vec3f>(y);
        for (int x = 0; x < img.cols; ++x)
            if (pl[x]) {
                const float k = strength * pl[x] / 255.f;
                p[x] = cv::Vec3f(p[x][0] * (1 - 0.7f * k), p[x][1] * (1 - k), p[x][2] * (1 - 1.1f * k));
            }
    }
}

/// Hairs: dark, thin, gently curved strands over skin and lesion. Returns how many.
/// Drawn at twice the resolution and reduced, so thin strands stay smooth, not beaded.
int paintHairs(Rng &rng, cv::Mat &img, cv::Point2d lesionCentre, double lesionRadius,
               cv::Mat *hairMask)
{
    const int count = rng.chance(0.3) ? 0 : 1 + int(25 * rng.uniform() * rng.uniform());
    cv::Mat big = cv::Mat::zeros(img.size() * 2, CV_8UC1);
    const double span = std::max(img.cols, img.rows);
    for (int h = 0; h < count; ++h) {
        const int thickness = rng.integer(2, 5);  // at 2x: 1 to 2.5 pixels
        const double length = span * rng.uniform(0.15, 1.2);
        const double theta0 = rng.uniform(0.0, 2 * kPi);
        const double bend1 = rng.normal() * 0.8 / length;
        const double bend2 = rng.normal() * 0.8 / (length * length);
        cv::Point2d p;
        if (rng.chance(0.5)) {  // through the lesion
            const double ox = rng.uniform(-0.8, 0.8) * lesionRadius;
            const double oy = rng.uniform(-0.8, 0.8) * lesionRadius;
            const double back = rng.uniform(0.2, 0.8) * length;
            p = lesionCentre + cv::Point2d(ox, oy)
                - cv::Point2d(detCos(theta0), detSin(theta0)) * back;
        } else {
            const double x = rng.uniform(-0.1, 1.1) * img.cols;
            const double y = rng.uniform(-0.1, 1.1) * img.rows;
            p = cv::Point2d(x, y);
        }
        std::vector<cv::Point> pts;
        const double step = 4.0;
        for (double s = 0; s <= length; s += step) {
            pts.emplace_back(int(p.x * 32), int(p.y * 32));  // 2x scale, 4 fractional bits
            const double theta = theta0 + bend1 * s + bend2 * s * s;
            p += cv::Point2d(detCos(theta), detSin(theta)) * step;
        }
        cv::polylines(big, pts, false, cv::Scalar(255), thickness, cv::LINE_AA, 4);
    }
    cv::Mat layer;
    cv::resize(big, layer, img.size(), 0, 0, cv::INTER_AREA);  // integer 2x on 8 bits: exact
    if (hairMask)
        *hairMask = layer >= 128;
    if (count == 0)
        return 0;
    const double shade = rng.uniform();
    const Rgb colour = mix({0.05f, 0.04f, 0.03f}, {0.32f, 0.21f, 0.14f}, float(shade));
    const float opacity = float(rng.uniform(0.8, 0.95));
    for (int y = 0; y < img.rows; ++y) {
        const uchar *pl = layer.ptr<uchar>(y);
        cv::Vec3f *p = img.ptr<cv::Vec3f>(y);
        for (int x = 0; x < img.cols; ++x)
            if (pl[x]) {
                const float a = std::min(1.f, opacity * pl[x] / 200.f);
                p[x] = p[x] * (1 - a) + cv::Vec3f(colour.r, colour.g, colour.b) * a;
            }
    }
    return count;
}

/// Air bubbles in the immersion gel: thin bright rings.
void paintBubbles(Rng &rng, cv::Mat &img)
{
    if (!rng.chance(0.2))
        return;
    cv::Mat layer = cv::Mat::zeros(img.size(), CV_8UC1);
    const int n = rng.integer(1, 5);
    for (int i = 0; i < n; ++i) {
        const double x = rng.uniform(0.0, img.cols);
        const double y = rng.uniform(0.0, img.rows);
        const double r = rng.uniform(5.0, 28.0);
        cv::circle(layer, cv::Point(int(x * 16), int(y * 16)), int(r * 16), cv::Scalar(200), 1,
                   cv::LINE_AA, 4);
        cv::circle(layer, cv::Point(int((x - r * 0.4) * 16), int((y - r * 0.4) * 16)),
                   int(std::max(1.0, r * 0.15) * 16), cv::Scalar(255), cv::FILLED, cv::LINE_AA, 4);
    }
    for (int y = 0; y < img.rows; ++y) {
        const uchar *pl = layer.ptr<uchar>(y);
        cv::Vec3f *p = img.ptr<cv::Vec3f>(y);
        for (int x = 0; x < img.cols; ++x)
            if (pl[x]) {
                const float a = 0.6f * pl[x] / 255.f;
                p[x] = p[x] * (1 - a) + cv::Vec3f(1.f, 1.f, 1.f) * a;
            }
    }
}

/// The dermoscope: light falls off towards the rim of its circular field, black outside.
void applyVignette(Rng &rng, cv::Mat &img, cv::Mat *fieldMask)
{
    const cv::Size size = img.size();
    const double halfDiag = 0.5 * std::sqrt(double(size.width) * size.width
                                            + double(size.height) * size.height);
    const bool hasRim = rng.chance(0.85);
    const double cx = size.width * (0.5 + 0.02 * rng.normal());
    const double cy = size.height * (0.5 + 0.02 * rng.normal());
    const double rimRadius = rng.uniform(0.72, 1.0) * halfDiag;
    const double radius = hasRim ? rimRadius : 3 * halfDiag;
    const float soft = float(rng.uniform(3.0, 25.0) * halfDiag / 480.0);
    const float falloff = float(rng.uniform(0.05, 0.35));
    const float black = float(rng.uniform(0.0, 0.05));
    const float exposure = float(rng.uniform(0.88, 1.06));
    const double wbR = 1 + 0.03 * rng.normal();
    const double wbB = 1 + 0.03 * rng.normal();
    const cv::Vec3f gain(float(exposure * wbR), exposure, float(exposure * wbB));
    const float lightRadius = float(hasRim ? radius : rimRadius);
    *fieldMask = cv::Mat(size, CV_8UC1);
    for (int y = 0; y < size.height; ++y) {
        cv::Vec3f *p = img.ptr<cv::Vec3f>(y);
        uchar *pm = fieldMask->ptr<uchar>(y);
        for (int x = 0; x < size.width; ++x) {
            const float dx = float(x - cx), dy = float(y - cy);
            const float r = std::sqrt(dx * dx + dy * dy);
            const float rr = r / lightRadius;
            const float light = std::max(0.3f, 1.f - falloff * rr * rr);
            const float inside = smoothstep(float(radius) + soft / 2, float(radius) - soft / 2, r);
            const cv::Vec3f v = p[x].mul(gain) * light;
            p[x] = v * inside + cv::Vec3f(black, black, black) * (1 - inside);
            pm[x] = r < radius ? 255 : 0;
        }
    }
}

} // namespace

SyntheticSample generateSample(quint64 seed, cv::Size size)
{
    return generateSample(seed, size, nullptr);
}

SyntheticSample generateSample(quint64 seed, cv::Size size, SyntheticDetails *details)
{
    SyntheticSample out;
    if (size.width < 32 || size.height < 32)
        return out;
    Rng rng(seed);

    // Skin tone: mostly light (as in public dermoscopy sets) but down to dark skin.
    const double u = rng.uniform();
    const double tone = u * std::sqrt(u);
    const Rgb skin = skinColour(rng, tone);
    cv::Mat img = paintSkin(rng, size, skin);
    paintFreckles(rng, img);

    // Lesion(s): total area 8%..45% of the image, sometimes cut by the image border.
    const double v = rng.uniform();
    const double total = 0.08 + 0.37 * v * std::sqrt(v);  // smaller lesions more often
    const bool two = rng.chance(1.0 / 6.0);
    const double first = two ? total * rng.uniform(0.55, 0.8) : total;
    std::vector<LesionPlan> plans;
    LesionPlan a;
    a.areaFraction = first;
    const double r1 = std::sqrt(first * size.area() / kPi);
    if (rng.chance(0.2)) {  // touching a border
        const int side = rng.integer(0, 3);
        const double inset = rng.uniform(0.2, 0.8) * r1;
        const double along = rng.uniform(0.25, 0.75);
        a.centre = side == 0   ? cv::Point2d(inset, along * size.height)
                   : side == 1 ? cv::Point2d(size.width - inset, along * size.height)
                   : side == 2 ? cv::Point2d(along * size.width, inset)
                               : cv::Point2d(along * size.width, size.height - inset);
    } else {
        const double ox = rng.uniform(-0.2, 0.2);
        const double oy = rng.uniform(-0.2, 0.2);
        a.centre = cv::Point2d(size.width * (0.5 + ox), size.height * (0.5 + oy));
    }
    plans.push_back(a);
    if (two) {
        LesionPlan b;
        b.areaFraction = total - first;
        const double r2 = std::sqrt(b.areaFraction * size.area() / kPi);
        const double angle = rng.uniform(0.0, 2 * kPi);
        const double dist = (r1 + r2) * rng.uniform(0.95, 1.3);
        b.centre = a.centre + cv::Point2d(detCos(angle), detSin(angle)) * dist;
        b.centre.x = std::clamp(b.centre.x, 0.0, size.width - 1.0);
        b.centre.y = std::clamp(b.centre.y, 0.0, size.height - 1.0);
        plans.push_back(b);
    }
    out.mask = cv::Mat::zeros(size, CV_8UC1);
    double mainRadius = 0;
    for (const LesionPlan &plan : plans) {
        const double r = paintLesion(rng, plan, kSkinLight, img, out.mask);
        if (mainRadius == 0)
            mainRadius = r;
    }

    cv::Mat hairMask, fieldMask;
    const int hairs = paintHairs(rng, img, plans.front().centre, mainRadius, &hairMask);
    paintBubbles(rng, img);
    applyVignette(rng, img, &fieldMask);

    // To 8 bits by hand (cv::convertTo's SIMD paths may round differently per CPU), then
    // the optics' slight blur, in 8 bits where OpenCV's Gaussian blur is bit-exact.
    out.image.create(size, CV_8UC3);
    for (int y = 0; y < size.height; ++y) {
        const float *p = img.ptr<float>(y);
        uchar *q = out.image.ptr<uchar>(y);
        for (int x = 0; x < size.width * 3; ++x)
            q[x] = uchar(int(std::clamp(p[x], 0.f, 1.f) * 255.f + 0.5f));
    }
    cv::GaussianBlur(out.image, out.image, cv::Size(3, 3), 0.7);

    if (details) {
        details->lesions = int(plans.size());
        details->hairs = hairs;
        details->skinTone = tone;
        details->hairMask = hairMask;
        details->fieldMask = fieldMask;
    }
    return out;
}

QString syntheticSampleId(int index)
{
    return QStringLiteral("synth_%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

bool writeSyntheticDataset(const QString &dir, int count, quint64 seed, QString *error,
                           cv::Size size, const std::function<bool(int, int)> &progress)
{
    if (count < 0)
        return fail(error, QStringLiteral("%1: cannot write %2 samples").arg(dir).arg(count));
    if (size.width < 32 || size.height < 32)
        return fail(error, QStringLiteral("%1: image size %2x%3 is too small (minimum 32x32)")
                        .arg(dir).arg(size.width).arg(size.height));
    const QDir root(dir);
    const QString readme = QStringLiteral(
        "Synthetic dermoscopy dataset generated by Dermask.\n\n"
        "These are not images of real patients: skin, lesions, the dermoscope's vignette,\n"
        "hairs and bubbles are procedural. Use them to try Dermask or to test training.\n\n"
        "images/synth_NNNN.jpg  RGB JPEG (quality 95), %1x%2 pixels\n"
        "masks/synth_NNNN.png   8-bit lesion masks: 0 = background, 255 = lesion\n\n"
        "Hairs are drawn on the images but are not part of the masks.\n"
        "Samples: %3. Seed: %4 (file number n uses seed %4 * 1000003 + n - 1).\n")
        .arg(size.width).arg(size.height).arg(count).arg(seed);
    QString why;
    if (!writeFileAtomically(root.filePath(QStringLiteral("README.txt")), readme.toUtf8(), &why))
        return fail(error, why);

    for (int i = 0; i < count; ++i) {
        const SyntheticSample s = generateSample(seed * 1000003ULL + quint64(i), size);
        const QString id = syntheticSampleId(i);
        const QString imagePath = root.filePath(QStringLiteral("images/%1.jpg").arg(id));
        const QString maskPath = root.filePath(QStringLiteral("masks/%1.png").arg(id));
        cv::Mat bgr;
        cv::cvtColor(s.image, bgr, cv::COLOR_RGB2BGR);
        std::vector<uchar> jpg, png;
        if (!encodeImage(".jpg", bgr, &jpg, &why, {cv::IMWRITE_JPEG_QUALITY, 95}))
            return fail(error, QStringLiteral("%1: cannot encode JPEG: %2").arg(imagePath, why));
        if (!encodeImage(".png", s.mask, &png, &why))
            return fail(error, QStringLiteral("%1: cannot encode PNG: %2").arg(maskPath, why));
        const QByteArray jpgBytes(reinterpret_cast<const char *>(jpg.data()), int(jpg.size()));
        const QByteArray pngBytes(reinterpret_cast<const char *>(png.data()), int(png.size()));
        if (!writeFileAtomically(imagePath, jpgBytes, &why)
            || !writeFileAtomically(maskPath, pngBytes, &why))
            return fail(error, why);
        if (progress && !progress(i + 1, count))
            return fail(error, QStringLiteral("%1: cancelled after %2 of %3 samples")
                            .arg(dir).arg(i + 1).arg(count));
    }
    return true;
}

} // namespace dermask::core
