#include "ui/export/exportdialog.h"

#include "ui/common/retranslate.h"
#include "ui/common/translations.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/qtconcurrentrun.h>

namespace dermask::ui {

ExportDialog::ExportDialog(core::SessionPtr session, const QString &model, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_shared(std::make_shared<Progress>())
{
    setObjectName(QStringLiteral("exportDialog"));
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #b05000;"));
    m_note->hide();
    layout->addWidget(m_note);

    m_what = new QGroupBox(this);
    auto *whatLayout = new QVBoxLayout(m_what);
    m_masks = new QRadioButton(m_what);
    m_predictions = new QRadioButton(m_what);
    m_both = new QRadioButton(m_what);
    m_masks->setChecked(true);
    m_model = new QComboBox(m_what);
    m_model->setObjectName(QStringLiteral("exportModel"));
    const QStringList models = m_session ? m_session->predictionModels() : QStringList();
    m_model->addItems(models);
    if (models.contains(model))
        m_model->setCurrentText(model);
    auto *modelRow = new QHBoxLayout;
    modelRow->addSpacing(24);
    m_modelLabel = new QLabel(m_what);
    modelRow->addWidget(m_modelLabel);
    modelRow->addWidget(m_model, 1);
    whatLayout->addWidget(m_masks);
    whatLayout->addWidget(m_predictions);
    whatLayout->addWidget(m_both);
    whatLayout->addLayout(modelRow);
    layout->addWidget(m_what);

    m_form = new QFormLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_browse = new QPushButton(this);
    m_folderRow = new QHBoxLayout;
    m_folderRow->addWidget(m_folder, 1);
    m_folderRow->addWidget(m_browse);
    m_form->addRow(QString(), m_folderRow);
    m_naming = new QComboBox(this);
    m_naming->setObjectName(QStringLiteral("exportNaming"));
    m_example = new QLabel(this);
    m_example->setEnabled(false);
    m_form->addRow(QString(), m_naming);
    m_form->addRow(QString(), m_example);
    layout->addLayout(m_form);

    m_also = new QGroupBox(this);
    auto *alsoLayout = new QVBoxLayout(m_also);
    m_overlays = new QCheckBox(m_also);
    m_metrics = new QCheckBox(m_also);
    alsoLayout->addWidget(m_overlays);
    alsoLayout->addWidget(m_metrics);
    layout->addWidget(m_also);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors = new QPlainTextEdit(this);
    m_errors->setReadOnly(true);
    m_errors->setMaximumHeight(120);
    m_errors->hide();
    m_progress->hide();  // until there is something to show
    m_open = new QPushButton(this);
    m_open->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_open, 0, Qt::AlignTop);
    layout->addWidget(m_progress);
    layout->addLayout(statusRow);
    layout->addWidget(m_errors);

    m_buttons = new QDialogButtonBox(this);
    m_export = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    // Not the standard Close button: it says Cancel while exporting, in every language.
    m_close = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    layout->addWidget(m_buttons);
    retranslateNowAndOnChange(this, [this] { retranslate(); });

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(outputFolder())); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Into"), outputFolder());
        if (!dir.isEmpty())
            setOutputFolder(dir);
    });
    for (QRadioButton *b : {m_masks, m_predictions, m_both})
        connect(b, &QRadioButton::toggled, this, &ExportDialog::updateForm);
    connect(m_naming, &QComboBox::currentIndexChanged, this, &ExportDialog::updateExample);
    connect(&m_watcher, &QFutureWatcher<core::ExportResult>::finished, this, &ExportDialog::onFinished);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        m_progress->setMaximum(std::max(1, m_shared->total.load()));
        m_progress->setValue(m_shared->done.load());
    });
    if (m_session)
        setOutputFolder(QDir(QFileInfo(m_session->dataset().root).absolutePath())
                            .filePath(QFileInfo(m_session->dataset().root).fileName() + QStringLiteral("-export")));
    resize(560, sizeHint().height());
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export"));
    m_what->setTitle(tr("What"));
    m_masks->setText(tr("Masks: your corrections, else the dataset's own masks"));
    m_predictions->setText(tr("Predictions of a model"));
    m_both->setText(tr("Both (in the subfolders masks/ and predictions/)"));
    m_modelLabel->setText(tr("Model:"));
    m_folder->setPlaceholderText(tr("Folder to write into (created if missing)"));
    m_browse->setText(tr("Browse…"));
    setRowLabel(m_form, m_folderRow, tr("Where:"));
    setComboItems(m_naming, {{tr("As the dataset's masks"), int(core::ExportNaming::Source)},
                             {tr("ISIC (<id>_segmentation.png)"), int(core::ExportNaming::Isic)},
                             {tr("Plain (<id>.png)"), int(core::ExportNaming::Plain)}});
    setRowLabel(m_form, m_naming, tr("File names:"));
    m_also->setTitle(tr("Also"));
    m_overlays->setText(tr("Overlay images: each photo with the mask (green) and prediction (magenta) "
                           "outlined, in overlays/"));
    m_metrics->setText(tr("Metrics table (metrics.csv): status, areas, Dice and IoU per image"));
    m_open->setText(tr("Open Folder"));
    m_export->setText(tr("Export"));
    m_close->setText(isRunning() ? tr("Cancel") : tr("Close"));
    setUnsaved(m_unsaved);
    updateForm();
    updateExample();
}

ExportDialog *ExportDialog::openFor(core::SessionPtr session, const QString &model, const QStringList &unsaved,
                                    bool persistent, QWidget *parent)
{
    auto *dialog = new ExportDialog(std::move(session), model, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (persistent) {
        const QString last = QSettings().value(QStringLiteral("export/folder")).toString();
        if (!last.isEmpty())
            dialog->setOutputFolder(last);
        connect(dialog, &ExportDialog::exportFinished, dialog,
                [dialog] { QSettings().setValue(QStringLiteral("export/folder"), dialog->outputFolder()); });
    }
    dialog->setUnsaved(unsaved);
    dialog->open();
    return dialog;
}

ExportDialog::~ExportDialog()
{
    m_shared->cancel = true;
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ExportDialog::setOutputFolder(const QString &dir) { m_folder->setText(QDir::toNativeSeparators(dir)); }
QString ExportDialog::outputFolder() const { return QDir::fromNativeSeparators(m_folder->text().trimmed()); }

void ExportDialog::setContent(core::ExportContent content)
{
    (content == core::ExportContent::Masks ? m_masks : content == core::ExportContent::Predictions ? m_predictions
                                                                                                   : m_both)
        ->setChecked(true);
}

void ExportDialog::setNaming(core::ExportNaming naming)
{
    m_naming->setCurrentIndex(m_naming->findData(int(naming)));
}

void ExportDialog::setOverlays(bool on) { m_overlays->setChecked(on); }
void ExportDialog::setMetrics(bool on) { m_metrics->setChecked(on); }

void ExportDialog::setUnsaved(const QStringList &ids)
{
    m_unsaved = ids;
    m_note->setText(ids.isEmpty() ? QString()
                                  : tr("Changes to %1 could not be saved; the export holds their last saved masks.")
                                        .arg(ids.join(QStringLiteral(", "))));
    m_note->setVisible(!ids.isEmpty());
}

QString ExportDialog::summary() const { return m_finished ? m_status->text() : QString(); }

void ExportDialog::updateForm()
{
    const bool predictions = !m_masks->isChecked();
    m_model->setEnabled(predictions && m_model->count() > 0);
    m_predictions->setEnabled(m_model->count() > 0);
    m_both->setEnabled(m_model->count() > 0);
    if (m_model->count() == 0)
        m_predictions->setToolTip(tr("No predictions yet: use Predict ▸ Predict All first."));
}

void ExportDialog::updateExample()
{
    if (!m_session || m_session->count() == 0)
        return;
    const auto naming = core::ExportNaming(m_naming->currentData().toInt());
    m_example->setText(tr("e.g. %1").arg(core::exportFileName(m_session->sample(0), naming)));
}

core::DatasetExportOptions ExportDialog::options() const
{
    core::DatasetExportOptions o;
    o.outDir = outputFolder();
    o.naming = core::ExportNaming(m_naming->currentData().toInt());
    o.content = m_masks->isChecked() ? core::ExportContent::Masks
                : m_predictions->isChecked() ? core::ExportContent::Predictions
                                             : core::ExportContent::Both;
    o.predictionModel = m_model->currentText();
    o.overlays = m_overlays->isChecked();
    o.metricsCsv = m_metrics->isChecked();
    return o;
}

bool ExportDialog::start()
{
    if (isRunning())
        return false;
    const core::DatasetExportOptions o = options();
    m_finished = false;
    const char *problem = nullptr;
    if (!m_session || !m_session->workspace())
        problem = QT_TR_NOOP("This dataset has no workspace to export from.");
    else if (o.outDir.isEmpty())
        problem = QT_TR_NOOP("Choose the folder to write into.");
    else if (o.content != core::ExportContent::Masks && o.predictionModel.isEmpty())
        problem = QT_TR_NOOP("There are no predictions to export yet.");
    if (problem) {
        setTranslatedText(m_status, [problem] { return tr(problem); });
        return false;
    }
    m_errors->hide();
    m_open->hide();
    m_shared = std::make_shared<Progress>();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->show();
    setTranslatedText(m_status, [dir = o.outDir] { return tr("Exporting to %1…").arg(displayPath(dir)); });
    m_export->setEnabled(false);
    m_close->setText(tr("Cancel"));
    const core::SessionPtr session = m_session;
    const std::shared_ptr<Progress> shared = m_shared;
    m_watcher.setFuture(core::runInBackground(QThreadPool::globalInstance(), [session, o, shared] {
        return core::exportDataset(*session->workspace(), o, [shared](int done, int total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancel.load();
        });
    }));
    m_poll.start();
    return true;
}

void ExportDialog::cancel()
{
    if (isRunning()) {
        m_shared->cancel = true;
        setTranslatedText(m_status, [] { return tr("Cancelling…"); });
    }
}

void ExportDialog::reject()
{
    // Close while exporting means Cancel; the dialog stays until the worker has stopped.
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::onFinished()
{
    m_poll.stop();
    m_result = m_watcher.future().resultCount() ? m_watcher.result() : core::ExportResult();
    showResult(m_result);
    Q_EMIT exportFinished(m_result);
}

QString ExportDialog::describe(const core::ExportResult &r, const core::DatasetExportOptions &o)
{
    QStringList parts;
    if (o.content != core::ExportContent::Predictions)
        parts << tr("%n mask(s)", nullptr, r.written);
    if (o.content != core::ExportContent::Masks)
        parts << tr("%n prediction(s)", nullptr, r.predictionsWritten);
    if (o.overlays)
        parts << tr("%n overlay image(s)", nullptr, r.overlaysWritten);
    if (!r.metricsFile.isEmpty())
        parts << tr("the metrics table");
    QString text = (r.cancelled ? tr("Cancelled after writing %1 to %2.") : tr("Wrote %1 to %2."))
                       .arg(parts.join(QStringLiteral(", ")), displayPath(o.outDir));
    if (r.withoutMask > 0 && o.content != core::ExportContent::Predictions)
        text += QLatin1Char(' ') + tr("%n image(s) without a mask were skipped.", nullptr, r.withoutMask);
    if (r.withoutPrediction > 0 && o.content != core::ExportContent::Masks)
        text += QLatin1Char(' ') + tr("%n image(s) without a prediction were skipped.", nullptr, r.withoutPrediction);
    return text;
}

void ExportDialog::showResult(const core::ExportResult &r)
{
    m_export->setEnabled(true);
    m_close->setText(tr("Close"));
    m_progress->setMaximum(std::max(1, m_shared->total.load()));
    m_progress->setValue(r.cancelled ? m_shared->done.load() : m_progress->maximum());
    m_finished = true;
    setTranslatedText(m_status, [r, o = options()] { return describe(r, o); });
    if (!r.errors.isEmpty()) {
        m_errors->setPlainText(r.errors.join(QLatin1Char('\n')));
        m_errors->show();
    }
    m_open->setVisible(r.written + r.predictionsWritten + r.overlaysWritten > 0 || !r.metricsFile.isEmpty());
}

} // namespace dermask::ui
