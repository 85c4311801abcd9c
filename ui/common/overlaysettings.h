#pragma once
// How the overlays on the canvas look: one style per mask layer, the difference view and the
// probability heat map. Persisted with QSettings so a user's colours survive a restart.

#include <QColor>
#include <QRgb>
#include <QString>
#include <algorithm>
#include <array>

class QSettings;

namespace dermask::ui {

/// One mask drawn over the image.
struct LayerStyle
{
    enum class Mode { Fill, Contour };
    bool visible = true;
    Mode mode = Mode::Contour;
    QColor color;
    /// Percent, 0..100. A fill is blended at this opacity; an outline, a thin line that
    /// needs more to be seen, at twice it (full from 50 % on).
    int opacity = 50;

    /// Alpha (0..1) of an outline drawn with this style.
    double outlineAlpha() const { return std::clamp(opacity / 50.0, 0.1, 1.0); }

    bool operator==(const LayerStyle &o) const
    {
        return visible == o.visible && mode == o.mode && color == o.color && opacity == o.opacity;
    }
    bool operator!=(const LayerStyle &o) const { return !(*this == o); }
};

/// Everything the canvas needs to know to draw the overlays.
struct OverlaySettings
{
    LayerStyle truth{true, LayerStyle::Mode::Contour, QColor(0x00, 0xe6, 0x76), 50};
    LayerStyle prediction{true, LayerStyle::Mode::Contour, QColor(0xff, 0x40, 0xff), 50};

    /// Difference view: pixels the prediction adds (false positive) and misses (false negative).
    bool difference = false;
    QColor falsePositive = QColor(0xff, 0xa0, 0x00);
    QColor falseNegative = QColor(0x00, 0x90, 0xff);
    int differenceOpacity = 60;

    bool heatMap = false;
    int heatOpacity = 55;

    bool operator==(const OverlaySettings &o) const;
    bool operator!=(const OverlaySettings &o) const { return !(*this == o); }

    /// True when any raster layer (fill, difference, heat map) has to be blended into the
    /// image; contours alone are drawn as vectors and need no blending.
    bool needsComposite() const;

    void save(QSettings &settings) const;
    /// Reads what save() wrote; missing or invalid values keep their defaults.
    static OverlaySettings load(QSettings &settings);
};

/// The heat map palette: probability 0..255 -> colour (dark blue, cyan, yellow, red).
const std::array<QRgb, 256> &heatPalette();

} // namespace dermask::ui
