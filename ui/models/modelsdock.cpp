#include "ui/models/modelsdock.h"

#include "core/learning/predictcontroller.h"
#include "core/learning/trainingcontroller.h"
#include "core/model/modelexport.h"
#include "core/util/background.h"
#include "ui/common/actions.h"
#include "ui/common/durations.h"
#include "ui/common/retranslate.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace dermask::ui {

namespace {

enum Column { Name, Network, Created, Dice, LearntFrom, Parent, Time, ColumnCount };

/// @p text for a label of this interface: a sentence that starts with a (Latin) model name
/// would otherwise run left to right in a right-to-left interface, so a right-to-left mark
/// sets the paragraph's direction there.
QString directed(const QString &text)
{
    return QGuiApplication::isRightToLeft() && !text.isEmpty() ? QChar(0x200F) + text : text;
}

} // namespace

ModelsDock::ModelsDock(core::ModelWorker *worker, core::TrainingController *training, QWidget *parent)
    : QDockWidget(parent), m_training(training)
{
    setObjectName(QStringLiteral("modelsDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                | QDockWidget::DockWidgetClosable);
    m_scorer = new core::ModelScorer(worker, this);

    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    m_intro = new QLabel(panel);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_list = new QTreeWidget(panel);
    m_list->setObjectName(QStringLiteral("modelList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_activate = new QPushButton(panel);
    m_rename = new QPushButton(panel);
    m_delete = new QPushButton(panel);
    m_import = new QPushButton(panel);
    m_export = new QPushButton(panel);
    for (QPushButton *b : {m_activate, m_rename, m_delete, m_import, m_export})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("modelsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_footnote = new QLabel(panel);
    m_footnote->setWordWrap(true);
    m_footnote->setEnabled(false);   // greyed: an explanation, not news
    layout->addWidget(m_footnote);
    setWidget(panel);

    // Keys on the list: Enter activates, F2 renames, Delete deletes.
    const auto listKey = [this](const QKeySequence &key, std::function<void()> run) {
        auto *action = new QAction(m_list);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, std::move(run));
        m_list->addAction(action);
    };
    listKey(QKeySequence(Qt::Key_Return), [this] { makeActive(); });
    listKey(QKeySequence(Qt::Key_F2), [this] { renameSelected(); });
    listKey(QKeySequence(QKeySequence::Delete), [this] { deleteSelected(); });
    m_showAction = new QAction(this);
    m_showAction->setObjectName(QStringLiteral("showModels"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    if (parent)
        parent->addAction(m_showAction);
    connect(m_showAction, &QAction::triggered, this, [this] {
        // The first time, a band under the image rather than half the window.
        auto *window = qobject_cast<QMainWindow *>(parentWidget());
        if (window && !m_shownBefore)
            window->resizeDocks({this}, {fontMetrics().height() * 16}, Qt::Vertical);
        m_shownBefore = true;
        show();
        raise();
        m_list->setFocus(Qt::ShortcutFocusReason);
    });

    connect(m_activate, &QPushButton::clicked, this, &ModelsDock::makeActive);
    connect(m_rename, &QPushButton::clicked, this, [this] { renameSelected(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_import, &QPushButton::clicked, this, [this] { importFile(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportSelected(); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ModelsDock::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ModelsDock::makeActive);
    connect(m_scorer, &core::ModelScorer::scored, this, &ModelsDock::onScored);
    connect(training, &core::TrainingController::finished, this, &ModelsDock::refresh);
    connect(training, &core::TrainingController::changed, this, &ModelsDock::updateButtons);
    // Scores are measured while the list is on screen, not behind the user's back.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_session)
            m_scorer->measure(m_session, m_entries);
    });
    hide();
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

void ModelsDock::retranslate()
{
    setWindowTitle(tr("Models"));
    m_intro->setText(tr("The models trained on this dataset. The active one (★) makes the "
                        "predictions; a new model only replaces it if it is not worse."));
    m_list->setHeaderLabels({tr("Model"), tr("Network"), tr("Created"), tr("Validation Dice"),
                             tr("Learnt from"), tr("Fine-tuned from"), tr("Training time")});
    m_list->headerItem()->setToolTip(Dice, tr("Mean Dice on the dataset's fixed validation images, at "
                                              "their own size: every model is measured on the same images"));
    m_activate->setText(tr("Make &Active"));
    m_activate->setToolTip(tr("Predict with this model from now on (Enter)"));
    m_rename->setText(tr("&Rename…"));
    m_rename->setToolTip(tr("Give the model another name (F2)"));
    m_delete->setText(tr("&Delete…"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add a Dermask model or a TorchScript module to this dataset's models"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Write the model as a TorchScript file that Python's torch.jit.load runs"));
    setActionTexts(m_showAction, tr("&Models"),
                   tr("The models of this dataset: compare, activate, rename, export (Ctrl+M)"));
    // The rows (dates, counts, the active model's tooltip) and the note under them.
    const QString selected = selectedModel();
    fill();
    selectModel(selected);
}

void ModelsDock::setSession(core::SessionPtr session)
{
    m_scorer->cancel();
    m_session = std::move(session);
    setTranslatedText(m_message, nullptr);
    refresh();
}

void ModelsDock::refresh()
{
    const QString selected = selectedModel();
    m_entries.clear();
    if (m_session && m_session->workspace())
        m_entries = core::ModelCatalog::list(*m_session->workspace());
    fill();
    // The row chosen before, else the active model, else the newest: the buttons have a target.
    selectModel(selected);
    if (selectedModel().isEmpty() && !m_entries.isEmpty()) {
        const auto active = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                         [](const core::ModelEntry &e) { return e.active; });
        selectModel(active != m_entries.cend() ? active->name : m_entries.first().name);
    }
    if (isVisible() && m_session)
        m_scorer->measure(m_session, m_entries);
}

void ModelsDock::fill()
{
    const QLocale locale;
    m_list->clear();
    const int images = m_session && m_session->workspace()
                           ? int(core::validationInputs(*m_session->workspace()).size())
                           : 0;
    for (const core::ModelEntry &e : m_entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(Name, Qt::UserRole, e.name);
        item->setText(Name, e.active ? QStringLiteral("★ ") + e.name : e.name);
        if (e.active) {
            QFont bold = item->font(Name);
            bold.setBold(true);
            item->setFont(Name, bold);
            item->setToolTip(Name, tr("The active model: it makes the predictions"));
        }
        if (!e.problem.isEmpty())
            item->setToolTip(Name, e.problem);
        if (e.task == core::ModelTask::Click) {
            item->setText(Network, tr("%1 (clicks)").arg(e.network));
            item->setToolTip(Name, tr("A click model: the click tool (K) corrects masks with the newest one"));
        } else {
            item->setText(Network, e.network);
        }
        item->setText(Created, locale.toString(e.created.toLocalTime(), QLocale::ShortFormat));
        QString dice = e.score.dice < 0 ? QStringLiteral("–") : locale.toString(e.score.dice, 'f', 3);
        if (e.score.dice >= 0 && images > 0 && e.score.images != images)
            dice += QLatin1Char(' ') + tr("(older set)");
        item->setText(Dice, dice);
        item->setTextAlignment(Dice, Qt::AlignRight | Qt::AlignVCenter);
        if (e.trainImages >= 0)
            item->setText(LearntFrom,
                          e.corrections > 0
                              ? tr("%n image(s), %1 corrected", nullptr, e.trainImages).arg(e.corrections)
                              : tr("%n image(s)", nullptr, e.trainImages));
        item->setText(Parent, QFileInfo(e.parent).completeBaseName());
        if (e.seconds >= 0)
            item->setText(Time, formatDuration(e.seconds));
    }
    QString note;
    if (!m_session || !m_session->workspace())
        note = tr("Open a dataset to see its models.");
    else if (m_entries.isEmpty())
        note = tr("No model yet: train one with Train ▸ Training Panel (Ctrl+T), or import one.");
    else if (images == 0)
        note = tr("Validation Dice appears once a model has been trained here: the first run sets aside the "
                  "dataset's fixed validation images.");
    else
        note = tr("Validation Dice: the mean over the same %n validation image(s) for every model, at their "
                  "own size.", nullptr, images);
    m_footnote->setText(directed(note));
    updateButtons();
}

void ModelsDock::onScored(const QString &name, const core::ModelScore &score)
{
    for (core::ModelEntry &e : m_entries)
        if (e.name == name)
            e.score = score;
    if (QTreeWidgetItem *item = itemOf(name))
        item->setText(Dice, QLocale().toString(score.dice, 'f', 3));
}

QTreeWidgetItem *ModelsDock::itemOf(const QString &name) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(Name, Qt::UserRole).toString() == name)
            return m_list->topLevelItem(i);
    return nullptr;
}

QString ModelsDock::selectedModel() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Name, Qt::UserRole).toString();
}

void ModelsDock::selectModel(const QString &name)
{
    if (QTreeWidgetItem *item = itemOf(name))
        m_list->setCurrentItem(item);
}

QString ModelsDock::messageText() const
{
    return m_message->text();
}

void ModelsDock::setPredictions(core::PredictController *predict)
{
    m_predict = predict;
    connect(predict, &core::PredictController::started, this, &ModelsDock::updateButtons);
    connect(predict, &core::PredictController::finished, this, &ModelsDock::updateButtons);
    updateButtons();
}

bool ModelsDock::isBeingWritten(const QString &name) const
{
    if (m_training->isRunning() && name == m_training->runModelName())
        return true;
    return m_predict && m_predict->isRunning() && m_session && m_session->workspace()
           && QFileInfo(m_predict->modelFile()) == QFileInfo(m_session->workspace()->modelPath(name));
}

void ModelsDock::updateButtons()
{
    const QString name = selectedModel();
    const core::ModelEntry *entry = nullptr;
    for (const core::ModelEntry &e : m_entries)
        if (e.name == name)
            entry = &e;
    const bool usable = entry && !m_busy && !isBeingWritten(name);
    // A click model predicts no mask by itself: the click tool uses it, it is never active.
    m_activate->setEnabled(usable && !entry->active && entry->problem.isEmpty()
                           && entry->task == core::ModelTask::Segment);
    m_rename->setEnabled(usable);
    m_delete->setEnabled(usable && !entry->active);
    m_delete->setToolTip(entry && entry->active
                             ? tr("The active model cannot be deleted: make another one active first")
                             : tr("Delete the model and its predictions (Delete)"));
    m_export->setEnabled(usable && entry->problem.isEmpty());
    m_import->setEnabled(!m_busy && m_session && m_session->workspace());
}

void ModelsDock::showMessage(std::function<QString()> text, bool error)
{
    setTranslatedText(m_message, [text = std::move(text)] { return directed(text()); });
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ModelsDock::showError(const QString &error)
{
    // Made by the core in the language of the moment: it stays in it.
    showMessage([error] { return error; }, true);
}

void ModelsDock::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ModelsDock::makeActive()
{
    const QString name = selectedModel();
    if (name.isEmpty() || !m_activate->isEnabled())
        return;
    QString error;
    if (!m_session->workspace()->setActiveModel(name, &error)) {
        showError(error);
        return;
    }
    refresh();
    showMessage([name] {
        return tr("%1 is now the active model: every image is being predicted with it.").arg(name);
    });
    m_training->refresh();
    Q_EMIT activeModelChanged(m_session->workspace()->modelPath(name));
    Q_EMIT done();
}

bool ModelsDock::refuseWhileWritten(const QString &name)
{
    if (!isBeingWritten(name))
        return false;
    showMessage([name] {
        return tr("%1 is being written (by a training run or Predict All): wait until it ends.").arg(name);
    }, true);
    updateButtons();
    return true;
}

void ModelsDock::renameSelected(const QString &newName)
{
    const QString name = selectedModel();
    if (name.isEmpty() || refuseWhileWritten(name) || !m_rename->isEnabled())
        return;
    QString target = newName;
    if (target.isEmpty()) {
        bool ok = false;
        target = QInputDialog::getText(this, tr("Rename Model"), tr("New name for %1:").arg(name),
                                       QLineEdit::Normal, name, &ok)
                     .trimmed();
        if (!ok || target.isEmpty() || target == name)
            return;
    }
    const bool wasActive = m_session->workspace()->activeModel() == name;
    QString error;
    if (!core::ModelCatalog::rename(*m_session->workspace(), name, target, &error)) {
        showError(error);
        return;
    }
    refresh();
    selectModel(target);
    showMessage([name, target] { return tr("%1 is now called %2.").arg(name, target); });
    Q_EMIT modelRemoved(name);
    if (wasActive) {
        m_training->refresh();
        Q_EMIT activeModelChanged(m_session->workspace()->modelPath(target));
    }
    Q_EMIT done();
}

void ModelsDock::deleteSelected(bool confirmed)
{
    const QString name = selectedModel();
    if (name.isEmpty() || refuseWhileWritten(name) || !m_delete->isEnabled())
        return;
    if (!confirmed
        && QMessageBox::question(
               this, tr("Delete Model"),
               tr("Delete the model %1 and its predictions? This cannot be undone.").arg(name),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    QString error;
    if (!core::ModelCatalog::remove(*m_session->workspace(), name, &error)) {
        showError(error);
        return;
    }
    refresh();
    showMessage([name] { return tr("%1 was deleted.").arg(name); });
    Q_EMIT modelRemoved(name);
    Q_EMIT done();
}

void ModelsDock::importFile(const QString &file)
{
    if (!m_import->isEnabled())
        return;
    QString path = file;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Import Model"), QDir::homePath(),
                                            tr("Models (*.pt);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    // Loading checks the model; a large one takes a moment.
    setBusy(true);
    showMessage([file = QFileInfo(path).fileName()] { return tr("Checking %1…").arg(file); });
    const core::SessionPtr session = m_session;
    auto name = std::make_shared<QString>();
    core::runThen<QString>(
        this, QThreadPool::globalInstance(),
        [session, path, name] {
            QString error;
            core::ModelCatalog::import(*session->workspace(), path, name.get(), &error);
            return error;
        },
        [this, session, name](const QString &error) {
            setBusy(false);
            if (session != m_session)
                return;
            if (!error.isEmpty()) {
                showError(error);
            } else {
                refresh();
                selectModel(*name);
                showMessage([name = *name] {
                    return tr("Imported as %1. Make it active to predict with it.").arg(name);
                });
            }
            Q_EMIT done();
        });
}

void ModelsDock::exportSelected(const QString &file)
{
    const QString name = selectedModel();
    if (name.isEmpty() || !m_export->isEnabled())
        return;
    QString path = file;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export Model as TorchScript"),
                                            QDir::home().filePath(name + QStringLiteral("-torchscript.pt")),
                                            tr("TorchScript (*.pt)"));
        if (path.isEmpty())
            return;
    }
    setBusy(true);
    showMessage([name] { return tr("Exporting %1…").arg(name); });
    const QString source = m_session->workspace()->modelPath(name);
    core::runThen<QString>(
        this, QThreadPool::globalInstance(),
        [source, path] {
            QString error;
            core::exportTorchScript(source, path, &error);
            return error;
        },
        [this, path](const QString &error) {
            setBusy(false);
            if (!error.isEmpty())
                showError(error);
            else
                showMessage([path] {
                    return tr("Exported to %1 (with its description %2). In Python: "
                              "m = torch.jit.load(\"%3\"); logits = m(images)")
                        .arg(QDir::toNativeSeparators(path), QFileInfo(core::sidecarPath(path)).fileName(),
                             QFileInfo(path).fileName());
                });
            Q_EMIT done();
        });
}

} // namespace dermask::ui
