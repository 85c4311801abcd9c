#pragma once
// The rows of the dataset browser: one per sample, with its thumbnail, review status,
// diagnosis and, once predictions exist, Dice against the truth and the model's uncertainty.

#include "core/workspace/workspace.h"
#include "core/session/datasetsession.h"
#include "core/session/samplescore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace dermask::ui {

class ThumbnailCache;

class SampleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, StatusColumn, DiagnosisColumn, DiceColumn, UncertaintyColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  ///< what the proxy compares; invalid = no value (sorts last)
        IndexRole,                    ///< the sample's index in the dataset (int)
        StatusRole,                   ///< core::SampleStatus as int
        ErrorRole,                    ///< a problem with the sample's files, or empty
        UnsavedRole,                  ///< bool: the mask has edits not on disk yet
    };

    explicit SampleModel(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    void setSession(core::SessionPtr session);
    core::SessionPtr session() const { return m_session; }

    /// Sets the scores of many samples at once (one repaint, one re-sort).
    void setScores(const QHash<int, core::SampleScore> &scores);
    void clearScores();
    const core::SampleScore &score(int index) const;
    /// True when any sample has a Dice or an uncertainty.
    bool hasScores() const;

    core::SampleStatus status(int index) const;
    void setStatus(int index, core::SampleStatus status);
    /// Re-reads every status from the workspace.
    void reloadStatuses();
    void setError(int index, const QString &error);
    /// Marks @p index as having (or no longer having) edits that are not saved yet.
    void setUnsaved(int index, bool unsaved);
    bool isUnsaved(int index) const { return m_unsaved.contains(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onThumbnailReady(int index);

    ThumbnailCache *m_thumbnails = nullptr;
    core::SessionPtr m_session;
    QVector<core::SampleStatus> m_statuses;
    QVector<core::SampleScore> m_scores;
    QHash<int, QString> m_errors;
    QSet<int> m_unsaved;
};

} // namespace dermask::ui
