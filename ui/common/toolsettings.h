#pragma once
// The numbers the editing tools share with their option controls: brush diameter, the
// prediction threshold, and the N of the clean-up actions. One object, so the tool options
// bar, the Edit panel and the keys ([ and ]) always agree.

#include <QObject>

class QSettings;

namespace dermask::ui {

class ToolSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr double kMinBrush = 1;
    static constexpr double kMaxBrush = 500;

    explicit ToolSettings(QObject *parent = nullptr);

    /// Brush and eraser diameter in image pixels (1..500).
    double brushSize() const { return m_brushSize; }
    void setBrushSize(double size);
    /// The next size up (@p steps > 0) or down: 1 px steps for small brushes, about 10 % for big.
    static double steppedSize(double size, int steps);

    /// Probability at or above which the prediction counts as lesion (0.01..0.99).
    double threshold() const { return m_threshold; }
    void setThreshold(double threshold);

    /// Grow/shrink distance and smoothing radius, in pixels (1..200).
    int pixels() const { return m_pixels; }
    void setPixels(int pixels);
    /// "Remove islands": components smaller than this many pixels go (1..1000000).
    int islandArea() const { return m_islandArea; }
    void setIslandArea(int area);

    void save(QSettings &settings) const;
    void load(QSettings &settings);

Q_SIGNALS:
    void brushSizeChanged(double size);
    void thresholdChanged(double threshold);
    void pixelsChanged(int pixels);
    void islandAreaChanged(int area);

private:
    double m_brushSize = 24;
    double m_threshold = 0.5;
    int m_pixels = 3;
    int m_islandArea = 200;
};

} // namespace dermask::ui
