#include "ui/browser/samplemodel.h"

#include "ui/common/retranslate.h"
#include "ui/common/samplelabels.h"
#include "ui/common/thumbnailcache.h"

#include <QColor>
#include <QDir>
#include <QIcon>
#include <QLocale>

namespace dermask::ui {

SampleModel::SampleModel(ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractTableModel(parent), m_thumbnails(thumbnails)
{
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailCache::ready, this, &SampleModel::onThumbnailReady);
    // The headers, statuses and diagnoses are words; the scores are written the language's way.
    retranslateNowAndOnChange(this, [this] {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                               {Qt::DisplayRole, Qt::ToolTipRole});
    });
}

void SampleModel::setSession(core::SessionPtr session)
{
    beginResetModel();
    m_session = std::move(session);
    const int count = m_session ? m_session->count() : 0;
    m_statuses.resize(count);
    for (int i = 0; i < count; ++i)
        m_statuses[i] = m_session->status(i);
    m_scores = QVector<core::SampleScore>(count);
    m_errors.clear();
    m_unsaved.clear();
    endResetModel();
}

void SampleModel::setScores(const QHash<int, core::SampleScore> &scores)
{
    if (scores.isEmpty())
        return;
    int first = rowCount();
    int last = -1;
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
        if (it.key() < 0 || it.key() >= m_scores.size())
            continue;
        m_scores[it.key()] = it.value();
        if (!it.value().error.isEmpty())
            m_errors.insert(it.key(), it.value().error);
        first = std::min(first, it.key());
        last = std::max(last, it.key());
    }
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void SampleModel::clearScores()
{
    m_scores = QVector<core::SampleScore>(rowCount());
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, DiceColumn), index(rowCount() - 1, UncertaintyColumn));
}

const core::SampleScore &SampleModel::score(int index) const
{
    static const core::SampleScore none;
    return index >= 0 && index < m_scores.size() ? m_scores.at(index) : none;
}

bool SampleModel::hasScores() const
{
    return std::any_of(m_scores.cbegin(), m_scores.cend(),
                       [](const core::SampleScore &s) { return s.hasDice || s.hasUncertainty; });
}

core::SampleStatus SampleModel::status(int index) const
{
    return index >= 0 && index < m_statuses.size() ? m_statuses.at(index)
                                                      : core::SampleStatus::Unlabeled;
}

void SampleModel::setStatus(int row, core::SampleStatus status)
{
    if (row < 0 || row >= m_statuses.size() || m_statuses.at(row) == status)
        return;
    m_statuses[row] = status;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SampleModel::reloadStatuses()
{
    for (int i = 0; i < m_statuses.size(); ++i)
        setStatus(i, m_session->status(i));
}

void SampleModel::setError(int row, const QString &error)
{
    if (row < 0 || row >= rowCount() || m_errors.value(row) == error)
        return;
    if (error.isEmpty())
        m_errors.remove(row);
    else
        m_errors.insert(row, error);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SampleModel::setUnsaved(int row, bool unsaved)
{
    if (row < 0 || row >= rowCount() || m_unsaved.contains(row) == unsaved)
        return;
    if (unsaved)
        m_unsaved.insert(row);
    else
        m_unsaved.remove(row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session ? 0 : m_session->count();
}

int SampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_session || index.row() >= m_session->count())
        return {};
    const int row = index.row();
    const core::Sample &sample = m_session->sample(row);
    const core::SampleScore &s = m_scores.at(row);
    switch (role) {
    case IndexRole:
        return row;
    case StatusRole:
        return int(m_statuses.at(row));
    case ErrorRole:
        return m_errors.value(row);
    case UnsavedRole:
        return m_unsaved.contains(row);
    case Qt::ToolTipRole: {
        QString tip = QDir::toNativeSeparators(sample.imagePath);
        if (m_unsaved.contains(row))
            tip += QLatin1Char('\n') + tr("Changes not saved yet");
        if (m_errors.contains(row))
            tip += QLatin1Char('\n') + m_errors.value(row);
        else if (m_thumbnails && !m_thumbnails->error(row).isEmpty())
            tip += QLatin1Char('\n') + m_thumbnails->error(row);
        return tip;
    }
    default:
        break;
    }
    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return sample.id;
        if (role == Qt::DecorationRole && m_thumbnails) {
            const QPixmap pixmap = const_cast<ThumbnailCache *>(m_thumbnails)->thumbnail(row);
            if (pixmap.isNull())
                return {};
            // The same pixmap when selected: the style would otherwise tint the photo with
            // the selection colour, and skin tones are what the user is looking at.
            QIcon icon;
            icon.addPixmap(pixmap, QIcon::Normal);
            icon.addPixmap(pixmap, QIcon::Selected);
            return icon;
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return SampleLabels::statusText(m_statuses.at(row));
        if (role == SortRole)
            return int(m_statuses.at(row));
        break;
    case DiagnosisColumn:
        if (role == Qt::DisplayRole)
            return SampleLabels::diagnosisText(sample.diagnosis);
        if (role == SortRole)
            return sample.diagnosis.isEmpty() ? QVariant() : QVariant(sample.diagnosis);
        break;
    case DiceColumn:
        if (role == Qt::DisplayRole)
            return s.hasDice ? QLocale().toString(s.dice, 'f', 3) : QString();
        if (role == SortRole)
            return s.hasDice ? QVariant(s.dice) : QVariant();
        if (role == Qt::ForegroundRole && s.hasDice && s.dice < 0.7)
            return QColor(0xd0, 0x30, 0x30);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UncertaintyColumn:
        if (role == Qt::DisplayRole)
            return s.hasUncertainty ? QLocale().toString(s.uncertainty, 'f', 2) : QString();
        if (role == SortRole)
            return s.hasUncertainty ? QVariant(s.uncertainty) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn: return tr("Image");
        case StatusColumn: return tr("Status");
        case DiagnosisColumn: return tr("Diagnosis");
        case DiceColumn: return tr("Dice");
        case UncertaintyColumn: return tr("Uncert.");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DiceColumn:
            return tr("Agreement of the prediction with the mask (1 = identical). "
                      "Click to list the largest disagreements first.");
        case UncertaintyColumn:
            return tr("The Dice the model expects to lose on this image: how unsure it is where the "
                      "border runs (0 = sure, 1 = no lesion found). Click to list the images it most "
                      "likely got wrong first.");
        default: return {};
        }
    }
    return {};
}

void SampleModel::onThumbnailReady(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, IdColumn), index(row, IdColumn), {Qt::DecorationRole});
}

} // namespace dermask::ui
