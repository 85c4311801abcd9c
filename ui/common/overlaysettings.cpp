#include "ui/common/overlaysettings.h"

#include <QSettings>

namespace dermask::ui {

namespace {

void saveLayer(QSettings &s, const QString &name, const LayerStyle &layer)
{
    s.setValue(name + QLatin1String("/visible"), layer.visible);
    s.setValue(name + QLatin1String("/mode"),
               layer.mode == LayerStyle::Mode::Fill ? QStringLiteral("fill") : QStringLiteral("contour"));
    s.setValue(name + QLatin1String("/color"), layer.color.name());
    s.setValue(name + QLatin1String("/opacity"), layer.opacity);
}

QColor readColor(QSettings &s, const QString &key, const QColor &fallback)
{
    const QColor color(s.value(key).toString());
    return color.isValid() ? color : fallback;
}

int readPercent(QSettings &s, const QString &key, int fallback)
{
    bool ok = false;
    const int value = s.value(key).toInt(&ok);
    return ok && value >= 0 && value <= 100 ? value : fallback;
}

LayerStyle loadLayer(QSettings &s, const QString &name, const LayerStyle &defaults)
{
    LayerStyle layer = defaults;
    layer.visible = s.value(name + QLatin1String("/visible"), defaults.visible).toBool();
    const QString mode = s.value(name + QLatin1String("/mode")).toString();
    if (mode == QLatin1String("fill"))
        layer.mode = LayerStyle::Mode::Fill;
    else if (mode == QLatin1String("contour"))
        layer.mode = LayerStyle::Mode::Contour;
    layer.color = readColor(s, name + QLatin1String("/color"), defaults.color);
    layer.opacity = readPercent(s, name + QLatin1String("/opacity"), defaults.opacity);
    return layer;
}

} // namespace

bool OverlaySettings::operator==(const OverlaySettings &o) const
{
    return truth == o.truth && prediction == o.prediction && difference == o.difference
           && falsePositive == o.falsePositive && falseNegative == o.falseNegative
           && differenceOpacity == o.differenceOpacity && heatMap == o.heatMap
           && heatOpacity == o.heatOpacity;
}

bool OverlaySettings::needsComposite() const
{
    // In the difference view the fills give way to the false positive/negative colours.
    const bool truthFill = !difference && truth.visible && truth.mode == LayerStyle::Mode::Fill;
    const bool predictionFill = !difference && prediction.visible
                                && prediction.mode == LayerStyle::Mode::Fill;
    return truthFill || predictionFill || difference || heatMap;
}

void OverlaySettings::save(QSettings &s) const
{
    s.beginGroup(QStringLiteral("overlay"));
    saveLayer(s, QStringLiteral("truth"), truth);
    saveLayer(s, QStringLiteral("prediction"), prediction);
    s.setValue(QStringLiteral("difference/visible"), difference);
    s.setValue(QStringLiteral("difference/falsePositive"), falsePositive.name());
    s.setValue(QStringLiteral("difference/falseNegative"), falseNegative.name());
    s.setValue(QStringLiteral("difference/opacity"), differenceOpacity);
    s.setValue(QStringLiteral("heat/visible"), heatMap);
    s.setValue(QStringLiteral("heat/opacity"), heatOpacity);
    s.endGroup();
}

OverlaySettings OverlaySettings::load(QSettings &s)
{
    const OverlaySettings defaults;
    OverlaySettings o;
    s.beginGroup(QStringLiteral("overlay"));
    o.truth = loadLayer(s, QStringLiteral("truth"), defaults.truth);
    o.prediction = loadLayer(s, QStringLiteral("prediction"), defaults.prediction);
    o.difference = s.value(QStringLiteral("difference/visible"), defaults.difference).toBool();
    o.falsePositive = readColor(s, QStringLiteral("difference/falsePositive"), defaults.falsePositive);
    o.falseNegative = readColor(s, QStringLiteral("difference/falseNegative"), defaults.falseNegative);
    o.differenceOpacity = readPercent(s, QStringLiteral("difference/opacity"), defaults.differenceOpacity);
    o.heatMap = s.value(QStringLiteral("heat/visible"), defaults.heatMap).toBool();
    o.heatOpacity = readPercent(s, QStringLiteral("heat/opacity"), defaults.heatOpacity);
    s.endGroup();
    return o;
}

const std::array<QRgb, 256> &heatPalette()
{
    static const std::array<QRgb, 256> palette = [] {
        struct Stop
        {
            double at;
            int r, g, b;
        };
        const Stop stops[] = {{0.0, 20, 20, 140}, {0.35, 0, 200, 230}, {0.65, 250, 230, 30},
                              {1.0, 230, 20, 20}};
        std::array<QRgb, 256> out{};
        for (int i = 0; i < 256; ++i) {
            const double t = i / 255.0;
            int s = 0;
            while (s < 2 && t > stops[s + 1].at)
                ++s;
            const Stop &a = stops[s];
            const Stop &b = stops[s + 1];
            const double f = (t - a.at) / (b.at - a.at);
            out[size_t(i)] = qRgb(int(a.r + (b.r - a.r) * f), int(a.g + (b.g - a.g) * f),
                                  int(a.b + (b.b - a.b) * f));
        }
        return out;
    }();
    return palette;
}

} // namespace dermask::ui
