#pragma once
// The permanent part of the status bar: whether the edits are saved, a progress bar with
// Cancel, the dataset summary (with a link to its problems), the position in the list, the
// zoom and the pixel under the mouse. It keeps what it shows, to say it again when the
// language changes.

#include "core/dataset/dataset.h"

#include <QObject>
#include <QPoint>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace dermask::ui {

class StatusLine : public QObject
{
    Q_OBJECT
public:
    StatusLine(QStatusBar *bar, QAction *cancel);

    /// Layout, images, masks and problems of @p dataset (null: nothing open).
    void setDataset(const core::Dataset *dataset);
    /// "12 of 200"; @p position < 0: the image is filtered out of the list; @p total < 0:
    /// nothing is shown.
    void setPosition(int position, int total);
    /// "✓ Saved", with the whole story as its tooltip; in red for a @p problem.
    void setSaveState(const QString &text, const QString &shortText, bool problem);
    void setZoom(double scale);
    /// Image pixel under the mouse, or (-1, -1).
    void setCursor(const QPoint &pixel);
    /// A busy bar without steps (opening a dataset).
    void showBusy();
    /// A bar with steps and the Cancel button (prediction).
    void showProgress(int total, const QString &format);
    void setProgress(int done);
    /// The text on the bar (QProgressBar's format) of the run shown.
    void setProgressFormat(const QString &format);
    void hideProgress();

Q_SIGNALS:
    void problemsRequested();

private:
    /// What the dataset summary says, kept to say it again in another language.
    struct Summary
    {
        core::Layout layout;
        int images = 0;
        int masks = 0;
        int problems = 0;
    };
    void retranslate();
    void updateSummary();
    void updatePosition();
    void updateZoom();
    void updateCursor();

    QLabel *m_save;
    QLabel *m_summary;
    QLabel *m_position;
    QLabel *m_zoom;
    QLabel *m_cursor;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    std::optional<Summary> m_dataset;
    int m_positionIndex = -1;
    int m_total = -1;
    std::optional<double> m_scale;  ///< none before the first image
    QPoint m_pixel{-1, -1};
};

} // namespace dermask::ui
