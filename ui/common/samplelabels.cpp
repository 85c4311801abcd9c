#include "ui/common/samplelabels.h"

namespace dermask::ui {

QString SampleLabels::statusText(core::SampleStatus status)
{
    switch (status) {
    case core::SampleStatus::Unlabeled: return tr("No mask");
    case core::SampleStatus::Source: return tr("Dataset mask");
    case core::SampleStatus::Corrected: return tr("Corrected");
    case core::SampleStatus::Approved: return tr("Approved");
    }
    return {};
}

QColor SampleLabels::statusColor(core::SampleStatus status)
{
    switch (status) {
    case core::SampleStatus::Unlabeled: return QColor(0xc0, 0x6a, 0x00);
    case core::SampleStatus::Source: return QColor(0x6b, 0x72, 0x80);
    case core::SampleStatus::Corrected: return QColor(0x25, 0x63, 0xeb);
    case core::SampleStatus::Approved: return QColor(0x15, 0x80, 0x3d);
    }
    return Qt::gray;
}

QString SampleLabels::diagnosisText(const QString &diagnosis)
{
    if (diagnosis == QLatin1String("common nevus"))
        return tr("Common nevus");
    if (diagnosis == QLatin1String("atypical nevus"))
        return tr("Atypical nevus");
    if (diagnosis == QLatin1String("melanoma"))
        return tr("Melanoma");
    return diagnosis;
}

bool SampleLabels::isUnreviewed(core::SampleStatus status)
{
    return status == core::SampleStatus::Unlabeled || status == core::SampleStatus::Source;
}

} // namespace dermask::ui
