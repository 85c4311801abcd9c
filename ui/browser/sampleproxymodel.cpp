#include "ui/browser/sampleproxymodel.h"

#include "ui/browser/samplemodel.h"
#include "ui/common/samplelabels.h"

namespace dermask::ui {

int naturalCompare(const QString &a, const QString &b)
{
    // Digit runs compare by value, everything else case-insensitively: QCollator's numeric
    // mode would do this too, but not under the C locale tests and servers run with.
    int i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            int ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            // Compare without leading zeros: longer is bigger, then digit by digit.
            int si = i, sj = j;
            while (si + 1 < ei && a.at(si) == QLatin1Char('0'))
                ++si;
            while (sj + 1 < ej && b.at(sj) == QLatin1Char('0'))
                ++sj;
            if (ei - si != ej - sj)
                return (ei - si) - (ej - sj);
            const int c = QStringView(a).mid(si, ei - si).compare(QStringView(b).mid(sj, ej - sj));
            if (c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca.unicode() - cb.unicode();
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) - (b.size() - j);
    return a.compare(b);  // identical apart from case or zeros: a fixed order all the same
}

SampleProxyModel::SampleProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SampleModel::SortRole);
    setDynamicSortFilter(true);
}

void SampleProxyModel::setIdFilter(const QString &text)
{
    if (text == m_id)
        return;
    m_id = text;
    invalidateFilter();
}

void SampleProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

void SampleProxyModel::setDiagnosisFilter(const QString &diagnosis)
{
    if (diagnosis == m_diagnosis)
        return;
    m_diagnosis = diagnosis;
    invalidateFilter();
}

QVector<int> SampleProxyModel::order() const
{
    QVector<int> rows;
    rows.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        rows.append(mapToSource(index(row, 0)).row());
    return rows;
}

int SampleProxyModel::rowOf(int sourceIndex) const
{
    if (!sourceModel() || sourceIndex < 0 || sourceIndex >= sourceModel()->rowCount())
        return -1;
    return mapFromSource(sourceModel()->index(sourceIndex, 0)).row();
}

bool SampleProxyModel::accepts(int sourceIndex) const
{
    return sourceModel() && sourceIndex >= 0 && sourceIndex < sourceModel()->rowCount()
           && filterAcceptsRow(sourceIndex, QModelIndex());
}

bool SampleProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex idIndex = model->index(sourceRow, SampleModel::IdColumn, sourceParent);
    if (!m_id.isEmpty()
        && !idIndex.data(Qt::DisplayRole).toString().contains(m_id, Qt::CaseInsensitive))
        return false;
    if (!m_diagnosis.isEmpty()) {
        const QModelIndex d = model->index(sourceRow, SampleModel::DiagnosisColumn, sourceParent);
        if (d.data(SampleModel::SortRole).toString() != m_diagnosis)
            return false;
    }
    if (m_status != StatusFilter::All) {
        const auto status = core::SampleStatus(idIndex.data(SampleModel::StatusRole).toInt());
        switch (m_status) {
        case StatusFilter::All: break;
        case StatusFilter::Unreviewed: return SampleLabels::isUnreviewed(status);
        case StatusFilter::NoMask: return status == core::SampleStatus::Unlabeled;
        case StatusFilter::DatasetMask: return status == core::SampleStatus::Source;
        case StatusFilter::Corrected: return status == core::SampleStatus::Corrected;
        case StatusFilter::Approved: return status == core::SampleStatus::Approved;
        }
    }
    return true;
}

bool SampleProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SampleModel::SortRole);
    const QVariant r = right.data(SampleModel::SortRole);
    const bool lMissing = !l.isValid();
    const bool rMissing = !r.isValid();
    if (lMissing != rMissing) {
        // Missing values last whichever the direction: Qt reverses "less" when descending.
        return sortOrder() == Qt::AscendingOrder ? rMissing : lMissing;
    }
    if (lMissing) {
        // Both missing: fall through to the id order below.
    } else if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        const int c = naturalCompare(l.toString(), r.toString());
        if (c != 0)
            return c < 0;
    } else {
        const double a = l.toDouble();
        const double b = r.toDouble();
        if (a != b)
            return a < b;
    }
    // Ties in id order, so equal values do not shuffle between sorts.
    const QString lid = sourceModel()->index(left.row(), SampleModel::IdColumn).data().toString();
    const QString rid = sourceModel()->index(right.row(), SampleModel::IdColumn).data().toString();
    const int c = naturalCompare(lid, rid);
    return sortOrder() == Qt::AscendingOrder ? c < 0 : c > 0;
}

} // namespace dermask::ui
