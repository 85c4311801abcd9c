#pragma once
// Sorting and filtering of the browser. Samples without a value in the sorted column (no
// prediction yet) stay at the end in both directions, so "worst Dice first" starts with real
// disagreements, not with images nobody predicted.

#include <QSortFilterProxyModel>

namespace dermask::ui {

/// Natural order: "IMD2" < "IMD10", case-insensitive. Negative, 0 or positive.
int naturalCompare(const QString &a, const QString &b);

class SampleProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StatusFilter { All, Unreviewed, NoMask, DatasetMask, Corrected, Approved };

    explicit SampleProxyModel(QObject *parent = nullptr);

    void setIdFilter(const QString &text);
    void setStatusFilter(StatusFilter filter);
    /// Only samples with this diagnosis (as the dataset spells it); empty = all.
    void setDiagnosisFilter(const QString &diagnosis);
    QString idFilter() const { return m_id; }
    StatusFilter statusFilter() const { return m_status; }
    QString diagnosisFilter() const { return m_diagnosis; }

    /// Dataset indices in the order shown.
    QVector<int> order() const;
    /// The proxy row of dataset index @p index, or -1 when filtered out.
    int rowOf(int index) const;
    /// True when the filters let dataset index @p index through (even while the rows of a
    /// filter change are still being removed).
    bool accepts(int index) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_id;
    StatusFilter m_status = StatusFilter::All;
    QString m_diagnosis;
};

} // namespace dermask::ui
