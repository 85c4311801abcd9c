#pragma once
// Outlines of the prediction thresholded at a chosen probability, made from a pyramid level
// of about 1000 px so moving the slider answers at once even for a 6000x4000 image.

#include "ui/common/loadedsample.h"

#include <QPolygonF>
#include <QVector>

namespace dermask::ui {

/// Outlines (image coordinates) of probability >= @p threshold in @p sample; empty without
/// a probability map.
QVector<QPolygonF> thresholdOutlines(const LoadedSample &sample, double threshold);

} // namespace dermask::ui
