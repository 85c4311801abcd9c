#include "ui/editing/editpanel.h"

#include "ui/editing/editactions.h"
#include "ui/editing/editcontroller.h"
#include "ui/common/retranslate.h"
#include "ui/common/toolsettings.h"

#include <QAction>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoView>
#include <QVBoxLayout>

#include <cmath>

namespace dermask::ui {

namespace {

QToolButton *button(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return b;
}

} // namespace

EditPanel::EditPanel(EditController *editor, QAction *predictionLasso, ToolSettings *settings, QWidget *parent)
    : QWidget(parent)
{
    const EditActions *actions = editor->actions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *prediction = m_predictionGroup = new QGroupBox(this);
    auto *predictionLayout = new QVBoxLayout(prediction);
    auto *thresholdRow = new QHBoxLayout;
    m_threshold = new QSlider(Qt::Horizontal, prediction);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_threshold->setRange(1, 99);
    m_thresholdValue = new QLabel(prediction);
    m_thresholdValue->setMinimumWidth(m_thresholdValue->fontMetrics().horizontalAdvance(QStringLiteral("0.000")));
    m_thresholdLabel = new QLabel(prediction);
    thresholdRow->addWidget(m_thresholdLabel);
    thresholdRow->addWidget(m_threshold, 1);
    thresholdRow->addWidget(m_thresholdValue);
    predictionLayout->addLayout(thresholdRow);
    auto *acceptRow = new QHBoxLayout;
    acceptRow->addWidget(button(actions->acceptPrediction, prediction));
    acceptRow->addWidget(button(predictionLasso, prediction));
    predictionLayout->addLayout(acceptRow);
    m_noPrediction = new QLabel(prediction);
    m_noPrediction->setWordWrap(true);
    m_noPrediction->setEnabled(false);
    m_noPrediction->hide();
    predictionLayout->addWidget(m_noPrediction);
    layout->addWidget(prediction);

    auto *cleanup = m_cleanupGroup = new QGroupBox(this);
    auto *grid = new QGridLayout(cleanup);
    m_islandArea = new QSpinBox(cleanup);
    m_islandArea->setObjectName(QStringLiteral("islandArea"));
    m_islandArea->setRange(1, 1000000);
    m_pixels = new QSpinBox(cleanup);
    m_pixels->setObjectName(QStringLiteral("cleanupPixels"));
    m_pixels->setRange(1, 200);
    grid->addWidget(button(actions->fillHoles, cleanup), 0, 0);
    grid->addWidget(button(actions->keepLargest, cleanup), 0, 1, 1, 2);
    grid->addWidget(button(actions->removeIslands, cleanup), 1, 0);
    m_under = new QLabel(cleanup);
    grid->addWidget(m_under, 1, 1);
    grid->addWidget(m_islandArea, 1, 2);
    grid->addWidget(button(actions->grow, cleanup), 2, 0);
    m_by = new QLabel(cleanup);
    grid->addWidget(m_by, 2, 1);
    grid->addWidget(m_pixels, 2, 2);
    grid->addWidget(button(actions->shrink, cleanup), 3, 0);
    grid->addWidget(button(actions->smooth, cleanup), 3, 1, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    layout->addWidget(cleanup);

    layout->addWidget(button(actions->revert, this));

    m_historyLabel = new QLabel(this);
    m_historyLabel->setWordWrap(true);
    layout->addWidget(m_historyLabel);
    m_history = new QUndoView(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setMinimumHeight(60);
    layout->addWidget(m_history, 1);

    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveState->setWordWrap(true);
    m_saveState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_saveState);

    auto syncThreshold = [this](double t) {
        const QSignalBlocker block(m_threshold);
        m_threshold->setValue(int(std::round(t * 100)));
        m_thresholdValue->setText(QLocale().toString(t, 'f', 2));
    };
    connect(m_threshold, &QSlider::valueChanged, settings, [settings](int v) { settings->setThreshold(v / 100.0); });
    connect(settings, &ToolSettings::thresholdChanged, this, syncThreshold);
    syncThreshold(settings->threshold());
    auto syncPixels = [this](int v) {
        const QSignalBlocker block(m_pixels);
        m_pixels->setValue(v);
    };
    connect(m_pixels, &QSpinBox::valueChanged, settings, &ToolSettings::setPixels);
    connect(settings, &ToolSettings::pixelsChanged, this, syncPixels);
    syncPixels(settings->pixels());
    auto syncArea = [this](int v) {
        const QSignalBlocker block(m_islandArea);
        m_islandArea->setValue(v);
    };
    connect(m_islandArea, &QSpinBox::valueChanged, settings, &ToolSettings::setIslandArea);
    connect(settings, &ToolSettings::islandAreaChanged, this, syncArea);
    syncArea(settings->islandArea());
    setSaveState(QString(), false);

    connect(editor, &EditController::undoStackChanged, m_history, &QUndoView::setStack);
    connect(editor, &EditController::saveStateChanged, this,
            [this](const QString &text, const QString &, bool problem) { setSaveState(text, problem); });
    // Without a prediction to accept, a note says how to get one.
    connect(editor, &EditController::editableChanged, this, [this](bool editable, bool hasPrediction) {
        m_noPrediction->setVisible(editable && !hasPrediction);
    });
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

void EditPanel::retranslate()
{
    m_predictionGroup->setTitle(tr("Prediction"));
    m_threshold->setToolTip(tr("Probability from which the prediction counts as lesion; the dashed "
                               "outline shows the result while you choose"));
    m_thresholdLabel->setText(tr("Threshold:"));
    m_thresholdValue->setText(QLocale().toString(m_threshold->value() / 100.0, 'f', 2));
    m_noPrediction->setText(tr("No prediction for this image yet: Predict ▸ Predict This Image."));
    m_cleanupGroup->setTitle(tr("Clean up"));
    m_islandArea->setSuffix(tr(" px"));
    m_islandArea->setToolTip(tr("Regions smaller than this many pixels are removed"));
    m_pixels->setSuffix(tr(" px"));
    m_pixels->setToolTip(tr("How far Grow and Shrink move the outline, and the radius of Smooth"));
    m_under->setText(tr("under"));
    m_by->setText(tr("by"));
    m_historyLabel->setText(tr("History of this image (click to go back):"));
    m_history->setEmptyLabel(tr("As opened"));
}

void EditPanel::setSaveState(const QString &text, bool problem)
{
    m_saveState->setText(text);
    m_saveState->setStyleSheet(problem ? QStringLiteral("color: #c02020; font-weight: bold;") : QString());
}

QString EditPanel::saveState() const
{
    return m_saveState->text();
}

} // namespace dermask::ui
