#include "ui/training/trainingpanel.h"

#include "core/model/networks.h"
#include "ui/common/durations.h"
#include "ui/common/retranslate.h"
#include "ui/training/trainingchart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <utility>

namespace dermask::ui {

TrainingPanel::TrainingPanel(core::TrainingController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    // Narrower, and the chart's axis labels and legend turn into "…".
    setMinimumWidth(300);

    m_data = new QLabel(this);
    m_data->setWordWrap(true);
    layout->addWidget(m_data);

    auto *form = new QFormLayout;
    m_task = new QComboBox(this);
    m_task->setObjectName(QStringLiteral("taskBox"));
    m_task->addItem(QString(), int(core::ModelTask::Segment));
    m_task->addItem(QString(), int(core::ModelTask::Click));
    form->addRow(QString(), m_task);
    m_network = new QComboBox(this);
    for (const QString &name : core::networkNames()) {
        m_network->addItem(name, name);
        m_network->setItemData(m_network->count() - 1, core::networkDescription(name), Qt::ToolTipRole);
    }
    m_network->setCurrentIndex(m_network->findData(core::defaultNetwork()));
    m_form = form;
    form->addRow(QString(), m_network);
    connect(m_task, &QComboBox::activated, this, [this] { updateControls(); });
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(10);
    form->addRow(QString(), m_minutes);
    m_active = new QLabel(this);
    m_active->setWordWrap(true);
    m_active->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_active);
    layout->addLayout(form);
    m_fineTune = new QCheckBox(this);
    layout->addWidget(m_fineTune);

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_stop = new QPushButton(this);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_stage = new QLabel(this);
    m_stage->setWordWrap(true);
    layout->addWidget(m_stage);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    layout->addWidget(m_progress);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    m_loss = makeValue();
    m_dice = makeValue();
    m_speed = makeValue();
    m_eta = makeValue();
    int row = 0;
    for (QLabel *value : {m_loss, m_dice, m_speed, m_eta}) {
        m_figureNames.append(new QLabel(this));
        grid->addWidget(m_figureNames.last(), row, 0);
        grid->addWidget(value, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_chart = new TrainingChart(this);
    layout->addWidget(m_chart, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::startTraining);
    connect(m_stop, &QPushButton::clicked, this, &TrainingPanel::stopTraining);
    connect(m_fineTune, &QCheckBox::toggled, this, [this] {
        // Each kind of run keeps its own budget: a fine-tune is a quick update (measured: a
        // minute gives a useful one on 2 cores), training from scratch takes longer.
        const int other = std::exchange(m_otherMinutes, m_minutes->value());
        m_minutes->setValue(other);
        updateControls();
    });
    connect(m_network, &QComboBox::activated, this, [this] { m_startedNetwork = m_network->currentData().toString(); });
    connect(controller, &core::TrainingController::changed, this, &TrainingPanel::updateControls);
    connect(controller, &core::TrainingController::started, this, &TrainingPanel::onStarted);
    connect(controller, &core::TrainingController::progress, this, &TrainingPanel::onProgress);
    connect(controller, &core::TrainingController::epochFinished, m_chart, &TrainingChart::addEpoch);
    connect(controller, &core::TrainingController::finished, this, &TrainingPanel::onFinished);
    m_startedNetwork = core::defaultNetwork();
    onProgress(core::TrainingProgress());
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

void TrainingPanel::retranslate()
{
    m_task->setItemText(0, tr("Segmentation"));
    m_task->setItemText(1, tr("Click correction (tool K)"));
    m_task->setToolTip(tr("A segmentation model draws masks by itself; a click model redraws a mask around "
                          "your lesion and skin clicks (the K tool)"));
    setRowLabel(m_form, m_task, tr("&Model:"));
    m_network->setToolTip(tr("The network to train from scratch; the first is the fastest on a CPU"));
    setRowLabel(m_form, m_network, tr("&Network:"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("Training stops within this time and keeps its best model"));
    setRowLabel(m_form, m_minutes, tr("&Time budget:"));
    setRowLabel(m_form, m_active, tr("Active model:"));
    m_start->setText(tr("&Start"));
    m_start->setToolTip(tr("Train on every image with a mask, in the background"));
    m_stop->setText(tr("Sto&p"));
    m_stop->setToolTip(tr("Stop after the current batch and keep the best model so far"));
    const QString figures[] = {tr("Loss:"), tr("Validation Dice:"), tr("Speed:"), tr("Time left:")};
    for (int i = 0; i < m_figureNames.size(); ++i)
        m_figureNames[i]->setText(figures[i]);
    updateControls();
    updateFigures();
}

QLabel *TrainingPanel::makeValue()
{
    auto *label = new QLabel(QStringLiteral("–"), this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

core::TrainingChoice TrainingPanel::choice() const
{
    core::TrainingChoice c;
    c.network = m_network->currentData().toString();
    c.minutes = m_minutes->value();
    c.fineTune = m_fineTune->isChecked() && m_fineTune->isEnabled();
    c.task = core::ModelTask(m_task->currentData().toInt());
    return c;
}

QString TrainingPanel::dataText() const
{
    return m_data->text();
}

QString TrainingPanel::activeText() const
{
    return m_active->text();
}

QString TrainingPanel::messageText() const
{
    return m_message->text();
}

void TrainingPanel::startTraining()
{
    QString error;
    const core::TrainingChoice c = choice();
    if (!m_controller->start(c, &error)) {
        showMessage(error, true);
        return;
    }
    m_chart->clear();
    onProgress(core::TrainingProgress());
    showMessage(QString(), false);
    Q_EMIT trainingStarted();
}

void TrainingPanel::stopTraining()
{
    m_controller->stop();
}

void TrainingPanel::updateControls()
{
    updateStage();
    const core::TrainingController::State state = m_controller->state();
    const bool idle = state == core::TrainingController::State::Idle;
    const QString blocker = m_controller->blocker();
    const QString active = m_controller->activeModelPath();
    const bool click = core::ModelTask(m_task->currentData().toInt()) == core::ModelTask::Click;
    // A click run fine-tunes the newest click model when there is one, else starts afresh.
    const bool canFineTune = click || (!active.isEmpty() && !m_controller->activeModelNetwork().isEmpty());
    m_fineTune->setText(click ? tr("&Fine-tune the newest click model") : tr("&Fine-tune the active model"));
    m_task->setEnabled(idle);

    if (!blocker.isEmpty() && idle) {
        m_data->setText(blocker);
    } else {
        QString text = tr("%n image(s) with a mask.", nullptr, m_controller->maskedSamples());
        if (!idle && m_controller->trainSamples() > 0)
            text = tr("%1 images with a mask: %2 to learn from, %3 to validate on.")
                       .arg(m_controller->trainSamples() + m_controller->validationSamples())
                       .arg(m_controller->trainSamples())
                       .arg(m_controller->validationSamples());
        if (!idle && m_controller->correctionsSent() > 0)
            text += QLatin1Char(' ')
                    + tr("%n correction(s) enter the next epoch.", nullptr, m_controller->correctionsSent());
        m_data->setText(text);
    }

    m_fineTune->setEnabled(idle && canFineTune);
    if (!active.isEmpty()) {
        const QString name = QFileInfo(active).completeBaseName();
        const double dice = m_controller->activeModelDice();
        m_active->setText(dice >= 0 ? tr("%1 (Dice %2)").arg(name, QLocale().toString(dice, 'f', 3)) : name);
        m_fineTune->setToolTip(canFineTune ? tr("Start from the active model's weights instead of from scratch: "
                                                "quicker, and keeps what it learnt")
                                           : tr("The active model is not a Dermask model and cannot be fine-tuned"));
    } else {
        m_active->setText(tr("none yet"));
        m_fineTune->setToolTip(tr("There is no active model yet: train one first"));
    }
    // Fine-tuning keeps the parent's network: the box shows it and cannot change it.
    const bool fineTuning = m_fineTune->isChecked() && canFineTune && !click;
    {
        const QSignalBlocker block(m_network);
        const QString shown = fineTuning ? m_controller->activeModelNetwork() : m_startedNetwork;
        const int index = m_network->findData(shown);
        if (index >= 0)
            m_network->setCurrentIndex(index);
    }
    m_network->setEnabled(idle && !fineTuning);
    m_minutes->setEnabled(idle);
    m_start->setEnabled(idle && blocker.isEmpty());
    m_stop->setEnabled(state == core::TrainingController::State::Preparing
                       || state == core::TrainingController::State::Training);

    // Busy without steps while the images are read and while the models are compared.
    const bool busy = state == core::TrainingController::State::Preparing
                      || state == core::TrainingController::State::Comparing;
    if (busy)
        m_progress->setRange(0, 0);
    else if (state != core::TrainingController::State::Stopping && m_progress->maximum() == 0)
        m_progress->setRange(0, 1000);
}

void TrainingPanel::updateStage()
{
    QString stage;
    switch (m_controller->state()) {
    case core::TrainingController::State::Idle:
        stage = tr("Not training.");
        break;
    case core::TrainingController::State::Preparing:
        stage = tr("Reading %n image(s)…", nullptr, m_controller->maskedSamples());
        break;
    case core::TrainingController::State::Training: {
        const core::TrainingProgress &p = m_shown;
        if (p.batches <= 0)
            stage = tr("Training %1…").arg(m_controller->runModelName());
        else if (p.epochs > 0)
            stage = tr("Epoch %1 of %2, batch %3 of %4").arg(p.epoch).arg(p.epochs).arg(p.batch).arg(p.batches);
        else
            stage = tr("Epoch %1, batch %2 of %3").arg(p.epoch).arg(p.batch).arg(p.batches);
        break;
    }
    case core::TrainingController::State::Stopping:
        stage = tr("Stopping: saving the best model…");
        break;
    case core::TrainingController::State::Comparing:
        stage = tr("Comparing the new model with the active one on the validation images…");
        break;
    }
    m_stage->setText(stage);
}

void TrainingPanel::onStarted()
{
    m_progress->setRange(0, 1000);
    updateStage();
}

void TrainingPanel::onProgress(const core::TrainingProgress &p)
{
    m_shown = p;
    updateStage();
    updateFigures();
    if (p.batches <= 0) {   // a reset: no run yet
        m_progress->setValue(0);
        return;
    }
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1000);
    // The share of the run done, by time: the budget or the epochs, whichever ends it first.
    double done = 0.0;
    if (p.etaSeconds >= 0 && p.elapsedSeconds + p.etaSeconds > 0)
        done = p.elapsedSeconds / (p.elapsedSeconds + p.etaSeconds);
    else if (p.epochs > 0 && p.batches > 0)
        done = (p.epoch - 1 + double(p.batch) / p.batches) / p.epochs;
    m_progress->setValue(int(std::lround(1000.0 * std::clamp(done, 0.0, 1.0))));
}

void TrainingPanel::updateFigures()
{
    const core::TrainingProgress &p = m_shown;
    if (p.batches <= 0) {
        for (QLabel *label : {m_loss, m_dice, m_speed, m_eta})
            label->setText(QStringLiteral("–"));
        return;
    }
    const QLocale locale;
    m_loss->setText(locale.toString(p.loss, 'f', 4));
    m_dice->setText(p.validationDice < 0 ? tr("after the first epoch")
                                         : tr("%1 (best %2, epoch %3)")
                                               .arg(locale.toString(p.validationDice, 'f', 3),
                                                    locale.toString(p.bestDice, 'f', 3))
                                               .arg(p.bestEpoch));
    m_speed->setText(tr("%1 images/s").arg(locale.toString(p.imagesPerSecond, 'f', 1)));
    // A run that ended has no time left.
    if (!m_controller->isRunning())
        m_eta->setText(QStringLiteral("–"));
    else
        m_eta->setText(p.etaSeconds < 0 ? tr("estimating…") : formatDuration(p.etaSeconds));
}

void TrainingPanel::onFinished(core::StopReason reason, const QString &message, const QString &)
{
    m_progress->setRange(0, 1000);
    // A run that ended by itself is complete; a stopped or failed one shows how far it got.
    if (reason == core::StopReason::Completed || reason == core::StopReason::EarlyStopped
        || reason == core::StopReason::TimeBudget)
        m_progress->setValue(1000);
    updateStage();
    updateFigures();
    showMessage(message, reason == core::StopReason::Failed);
}

void TrainingPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    // Errors in the theme's warning-ish colour would be guesswork: bold reads in every theme.
    m_message->setStyleSheet(error ? QStringLiteral("font-weight: bold;") : QString());
}

} // namespace dermask::ui
