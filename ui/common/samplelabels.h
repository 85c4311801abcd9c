#pragma once
// How a sample's review status and diagnosis are named and coloured for the user: one set of
// words for the browser, its filters, the image facts and the status bar.

#include "core/workspace/workspace.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace dermask::ui {

struct SampleLabels
{
    Q_DECLARE_TR_FUNCTIONS(SampleLabels)

public:
    /// "No mask", "Dataset mask", "Corrected", "Approved" (translated).
    static QString statusText(core::SampleStatus status);
    /// Badge colour of a status.
    static QColor statusColor(core::SampleStatus status);
    /// A dataset's diagnosis for display ("common nevus" -> "Common nevus", translated).
    static QString diagnosisText(const QString &diagnosis);
    /// Unreviewed = neither corrected nor approved by the user.
    static bool isUnreviewed(core::SampleStatus status);
};

} // namespace dermask::ui
