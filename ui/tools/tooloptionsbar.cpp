#include "ui/tools/tooloptionsbar.h"

#include "ui/common/retranslate.h"
#include "ui/common/toolsettings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

#include <cmath>

namespace dermask::ui {

int sizeToSlider(double size)
{
    const double t = std::log(std::max(1.0, size)) / std::log(ToolSettings::kMaxBrush);
    return int(std::round(t * 1000));
}

double sliderToSize(int position)
{
    return std::round(std::pow(ToolSettings::kMaxBrush, position / 1000.0));
}

ToolOptionsBar::ToolOptionsBar(ToolSettings *settings, QWidget *parent)
    : QWidget(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("toolOptions"));
    setAutoFillBackground(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 3, 8, 3);
    m_name = new QLabel(this);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("toolHint"));
    m_hint->setWordWrap(true);
    m_hint->setMinimumWidth(120);
    m_hint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row->addWidget(m_name);
    row->addWidget(m_hint, 1);

    m_size = new QWidget(this);
    auto *sizeRow = new QHBoxLayout(m_size);
    sizeRow->setContentsMargins(0, 0, 0, 0);
    m_sizeSlider = new QSlider(Qt::Horizontal, m_size);
    m_sizeSlider->setRange(0, 1000);
    m_sizeSlider->setFixedWidth(140);
    m_sizeSpin = new QSpinBox(m_size);
    m_sizeSpin->setObjectName(QStringLiteral("brushSize"));
    m_sizeSpin->setRange(int(ToolSettings::kMinBrush), int(ToolSettings::kMaxBrush));
    m_sizeLabel = new QLabel(m_size);
    sizeRow->addWidget(m_sizeLabel);
    sizeRow->addWidget(m_sizeSlider);
    sizeRow->addWidget(m_sizeSpin);
    row->addWidget(m_size);

    m_threshold = new QWidget(this);
    auto *thresholdRow = new QHBoxLayout(m_threshold);
    thresholdRow->setContentsMargins(0, 0, 0, 0);
    m_thresholdSlider = new QSlider(Qt::Horizontal, m_threshold);
    m_thresholdSlider->setRange(1, 99);
    m_thresholdSlider->setFixedWidth(140);
    m_thresholdValue = new QLabel(m_threshold);
    m_thresholdValue->setMinimumWidth(m_thresholdValue->fontMetrics().horizontalAdvance(QStringLiteral("0.000")));
    m_thresholdLabel = new QLabel(m_threshold);
    thresholdRow->addWidget(m_thresholdLabel);
    thresholdRow->addWidget(m_thresholdSlider);
    thresholdRow->addWidget(m_thresholdValue);
    row->addWidget(m_threshold);

    auto syncSize = [this](double size) {
        const QSignalBlocker a(m_sizeSlider), b(m_sizeSpin);
        m_sizeSlider->setValue(sizeToSlider(size));
        m_sizeSpin->setValue(int(size));
    };
    auto syncThreshold = [this](double t) {
        const QSignalBlocker block(m_thresholdSlider);
        m_thresholdSlider->setValue(int(std::round(t * 100)));
        m_thresholdValue->setText(QLocale().toString(t, 'f', 2));
    };

    connect(m_sizeSlider, &QSlider::valueChanged, this, [this](int v) { m_settings->setBrushSize(sliderToSize(v)); });
    connect(m_sizeSpin, &QSpinBox::valueChanged, this, [this](int v) { m_settings->setBrushSize(v); });
    connect(m_thresholdSlider, &QSlider::valueChanged, this, [this](int v) { m_settings->setThreshold(v / 100.0); });
    connect(settings, &ToolSettings::brushSizeChanged, this, syncSize);
    connect(settings, &ToolSettings::thresholdChanged, this, syncThreshold);
    syncSize(settings->brushSize());
    syncThreshold(settings->threshold());
    showTool(QString(), QString(), false, false);
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

void ToolOptionsBar::retranslate()
{
    m_sizeSpin->setSuffix(tr(" px"));
    const QString sizeTip = tr("Brush diameter in image pixels ([ and ] or Ctrl+wheel)");
    m_sizeSlider->setToolTip(sizeTip);
    m_sizeSpin->setToolTip(sizeTip);
    m_sizeLabel->setText(tr("Size:"));
    m_thresholdSlider->setToolTip(tr("Probability from which the prediction counts as lesion"));
    m_thresholdLabel->setText(tr("Threshold:"));
    m_thresholdValue->setText(QLocale().toString(m_settings->threshold(), 'f', 2));
}

void ToolOptionsBar::showTool(const QString &name, const QString &hint, bool size, bool threshold)
{
    m_name->setText(name);
    m_hint->setText(hint);
    m_hint->setToolTip(hint);
    m_size->setVisible(size);
    m_threshold->setVisible(threshold);
}

QString ToolOptionsBar::hint() const
{
    return m_hint->text();
}

} // namespace dermask::ui
