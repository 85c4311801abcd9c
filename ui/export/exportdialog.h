#pragma once
// File ▸ Export: what (the effective masks, the predictions of a model, or both), where, how
// the files are named (as the dataset's masks, ISIC, plain), and optionally overlay PNGs and a
// metrics CSV. Runs core::exportDataset() (the code behind `dermask-cli export`) on a worker
// thread with a progress bar and Cancel.

#include "core/export/exporter.h"
#include "core/session/datasetsession.h"
#include "core/util/background.h"

#include <QDialog>
#include <QTimer>
#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace dermask::ui {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p model: the prediction model shown in the viewer (preselected).
    ExportDialog(core::SessionPtr session, const QString &model, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// File ▸ Export: opens a dialog over @p parent, deleted when closed. @p unsaved are the
    /// images whose last changes could not be saved (the export holds their last saved masks).
    /// @p persistent: the output folder is remembered between runs.
    static ExportDialog *openFor(core::SessionPtr session, const QString &model, const QStringList &unsaved,
                                 bool persistent, QWidget *parent);

    void setOutputFolder(const QString &dir);
    QString outputFolder() const;
    void setContent(core::ExportContent content);
    void setNaming(core::ExportNaming naming);
    void setOverlays(bool on);
    void setMetrics(bool on);
    /// A line shown above the form: the images whose last changes could not be saved (the
    /// export holds their last saved masks).
    void setUnsaved(const QStringList &ids);

    /// What the Export button does. False (with the reason shown) when the form is incomplete.
    bool start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    core::ExportResult lastResult() const { return m_result; }
    /// The summary line shown after the export.
    QString summary() const;

public Q_SLOTS:
    /// Close; while exporting it means Cancel (the dialog stays until the worker stopped).
    void reject() override;

Q_SIGNALS:
    void exportFinished(const dermask::core::ExportResult &result);

private:
    void retranslate();
    core::DatasetExportOptions options() const;
    /// "Wrote 12 masks to /out." and what was skipped.
    static QString describe(const core::ExportResult &result, const core::DatasetExportOptions &options);
    void updateForm();
    void updateExample();
    void onFinished();
    void showResult(const core::ExportResult &result);

    core::SessionPtr m_session;
    QLabel *m_note;
    QStringList m_unsaved;
    QGroupBox *m_what;
    QRadioButton *m_masks;
    QRadioButton *m_predictions;
    QRadioButton *m_both;
    QComboBox *m_model;
    QLabel *m_modelLabel;
    QFormLayout *m_form;
    QHBoxLayout *m_folderRow;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QComboBox *m_naming;
    QLabel *m_example;
    QGroupBox *m_also;
    QCheckBox *m_overlays;
    QCheckBox *m_metrics;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_errors;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_close;
    QPushButton *m_open;

    struct Progress
    {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::atomic<bool> cancel{false};
    };
    std::shared_ptr<Progress> m_shared;
    QTimer m_poll;
    core::Watcher<core::ExportResult> m_watcher;
    core::ExportResult m_result;
    bool m_finished = false;  ///< the status line is the summary of m_result
};

} // namespace dermask::ui
