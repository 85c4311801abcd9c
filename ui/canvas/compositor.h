#pragma once
// Blends the raster overlays (mask fills, difference colours, probability heat map) into one
// pyramid level of a sample's image. Contours are not blended: the canvas draws them as
// vectors so they stay one crisp line at every zoom.

#include "ui/common/loadedsample.h"
#include "ui/common/overlaysettings.h"

#include <QImage>

namespace dermask::ui {

/// A copy of level @p level of @p sample (Format_RGB32) with the raster overlays of
/// @p settings blended in. Pure function of its inputs: safe on any thread.
QImage composeLevel(const LoadedSample &sample, int level, const OverlaySettings &settings);

} // namespace dermask::ui
