#include "ui/common/toolsettings.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace dermask::ui {

ToolSettings::ToolSettings(QObject *parent) : QObject(parent) {}

void ToolSettings::setBrushSize(double size)
{
    size = std::clamp(std::round(size), kMinBrush, kMaxBrush);
    if (size == m_brushSize)
        return;
    m_brushSize = size;
    Q_EMIT brushSizeChanged(size);
}

double ToolSettings::steppedSize(double size, int steps)
{
    for (int i = 0; i < std::abs(steps); ++i) {
        // 1 px below 10 px, then about 10 %: a key press always changes the size visibly.
        const double step = size < 10 ? 1.0 : std::max(1.0, std::round(size * 0.1));
        size += steps > 0 ? step : -step;
    }
    return std::clamp(std::round(size), kMinBrush, kMaxBrush);
}

void ToolSettings::setThreshold(double threshold)
{
    threshold = std::clamp(threshold, 0.01, 0.99);
    if (std::abs(threshold - m_threshold) < 1e-9)
        return;
    m_threshold = threshold;
    Q_EMIT thresholdChanged(threshold);
}

void ToolSettings::setPixels(int pixels)
{
    pixels = std::clamp(pixels, 1, 200);
    if (pixels == m_pixels)
        return;
    m_pixels = pixels;
    Q_EMIT pixelsChanged(pixels);
}

void ToolSettings::setIslandArea(int area)
{
    area = std::clamp(area, 1, 1000000);
    if (area == m_islandArea)
        return;
    m_islandArea = area;
    Q_EMIT islandAreaChanged(area);
}

void ToolSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("tools/brushSize"), m_brushSize);
    settings.setValue(QStringLiteral("tools/threshold"), m_threshold);
    settings.setValue(QStringLiteral("tools/pixels"), m_pixels);
    settings.setValue(QStringLiteral("tools/islandArea"), m_islandArea);
}

void ToolSettings::load(QSettings &settings)
{
    setBrushSize(settings.value(QStringLiteral("tools/brushSize"), m_brushSize).toDouble());
    setThreshold(settings.value(QStringLiteral("tools/threshold"), m_threshold).toDouble());
    setPixels(settings.value(QStringLiteral("tools/pixels"), m_pixels).toInt());
    setIslandArea(settings.value(QStringLiteral("tools/islandArea"), m_islandArea).toInt());
}

} // namespace dermask::ui
