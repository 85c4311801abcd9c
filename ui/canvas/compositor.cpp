#include "ui/canvas/compositor.h"

#include <algorithm>

namespace dermask::ui {

namespace {

struct Tint
{
    int r = 0, g = 0, b = 0;
    int alpha = 0;  ///< 0..255 at full coverage
};

Tint tintOf(const QColor &color, int opacityPercent)
{
    return {color.red(), color.green(), color.blue(), std::clamp(opacityPercent, 0, 100) * 255 / 100};
}

inline int mix(int base, int over, int alpha)
{
    return base + ((over - base) * alpha + 127) / 255;
}

inline void blend(int &r, int &g, int &b, const Tint &tint, int coverage)
{
    const int a = tint.alpha * coverage / 255;
    if (a == 0)
        return;
    r = mix(r, tint.r, a);
    g = mix(g, tint.g, a);
    b = mix(b, tint.b, a);
}

const cv::Mat *levelOf(const std::vector<cv::Mat> &levels, int level)
{
    return level < int(levels.size()) ? &levels[size_t(level)] : nullptr;
}

} // namespace

QImage composeLevel(const LoadedSample &sample, int level, const OverlaySettings &settings)
{
    if (level < 0 || level >= sample.levelCount())
        return {};
    const QImage &base = sample.levels[size_t(level)];
    QImage out = base.copy();
    if (out.isNull())
        return out;

    const cv::Mat *truth = settings.truth.visible || settings.difference
                               ? levelOf(sample.truth.levels, level) : nullptr;
    const cv::Mat *prediction = settings.prediction.visible || settings.difference
                                    ? levelOf(sample.prediction.levels, level) : nullptr;
    const cv::Mat *probability = settings.heatMap ? levelOf(sample.probability, level) : nullptr;

    const bool difference = settings.difference && truth && prediction;
    const bool truthFill = !settings.difference && truth && settings.truth.visible
                           && settings.truth.mode == LayerStyle::Mode::Fill;
    const bool predictionFill = !settings.difference && prediction && settings.prediction.visible
                                && settings.prediction.mode == LayerStyle::Mode::Fill;
    if (!difference && !truthFill && !predictionFill && !probability)
        return out;

    const Tint truthTint = tintOf(settings.truth.color, settings.truth.opacity);
    const Tint predictionTint = tintOf(settings.prediction.color, settings.prediction.opacity);
    const Tint fpTint = tintOf(settings.falsePositive, settings.differenceOpacity);
    const Tint fnTint = tintOf(settings.falseNegative, settings.differenceOpacity);
    const int heatAlpha = std::clamp(settings.heatOpacity, 0, 100) * 255 / 100;
    const auto &palette = heatPalette();

    const int width = out.width();
    for (int y = 0; y < out.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(out.scanLine(y));
        const uchar *t = truth ? truth->ptr<uchar>(y) : nullptr;
        const uchar *q = prediction ? prediction->ptr<uchar>(y) : nullptr;
        const uchar *p = probability ? probability->ptr<uchar>(y) : nullptr;
        for (int x = 0; x < width; ++x) {
            int r = qRed(row[x]), g = qGreen(row[x]), b = qBlue(row[x]);
            if (p && p[x]) {
                // Alpha grows with the probability, so skin stays visible under a weak heat.
                const QRgb heat = palette[p[x]];
                const int a = heatAlpha * p[x] / 255;
                r = mix(r, qRed(heat), a);
                g = mix(g, qGreen(heat), a);
                b = mix(b, qBlue(heat), a);
            }
            if (difference) {
                const int tv = t[x], qv = q[x];
                const int falsePositive = std::min(qv, 255 - tv);
                const int falseNegative = std::min(tv, 255 - qv);
                if (falsePositive)
                    blend(r, g, b, fpTint, falsePositive);
                if (falseNegative)
                    blend(r, g, b, fnTint, falseNegative);
            } else {
                if (truthFill && t[x])
                    blend(r, g, b, truthTint, t[x]);
                if (predictionFill && q[x])
                    blend(r, g, b, predictionTint, q[x]);
            }
            row[x] = qRgb(r, g, b);
        }
    }
    return out;
}

} // namespace dermask::ui
