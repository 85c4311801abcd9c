#include "ui/panels/overlaypanel.h"

#include "ui/common/retranslate.h"
#include "ui/panels/colorbutton.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>

namespace dermask::ui {

namespace {

QPixmap heatLegend(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    const auto &palette = heatPalette();
    for (int x = 0; x < size.width(); ++x) {
        const QRgb color = palette[size_t(x * 255 / std::max(1, size.width() - 1))];
        for (int y = 0; y < size.height(); ++y)
            image.setPixel(x, y, color);
    }
    return QPixmap::fromImage(image);
}

} // namespace

OverlayPanel::OverlayPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_truth = makeLayer();
    layout->addWidget(m_truth.group);

    m_prediction = makeLayer();
    m_model = new QComboBox(this);
    m_noModel = new QLabel(this);
    m_noModel->setWordWrap(true);
    m_noModel->setEnabled(false);
    m_prediction.form->insertRow(0, QString(), m_model);
    m_prediction.form->addRow(m_noModel);
    layout->addWidget(m_prediction.group);

    m_difference = new QGroupBox(this);
    m_difference->setCheckable(true);
    m_falsePositive = new ColorButton(this);
    m_falseNegative = new ColorButton(this);
    m_differenceOpacity = makeOpacity();
    m_differenceForm = new QFormLayout(m_difference);
    m_differenceForm->addRow(QString(), m_falsePositive);
    m_differenceForm->addRow(QString(), m_falseNegative);
    m_differenceForm->addRow(QString(), m_differenceOpacity);
    layout->addWidget(m_difference);

    m_heat = new QGroupBox(this);
    m_heat->setCheckable(true);
    m_heatOpacity = makeOpacity();
    auto *legend = new QLabel(this);
    legend->setPixmap(heatLegend(QSize(120, 10)));
    // A numeric scale reads left to right in every language.
    m_legend = new QWidget(this);
    m_legend->setLayoutDirection(Qt::LeftToRight);
    auto *legendRow = new QHBoxLayout(m_legend);
    legendRow->setContentsMargins(0, 0, 0, 0);
    legendRow->addWidget(new QLabel(QStringLiteral("0"), m_legend));
    legendRow->addWidget(legend);
    legendRow->addWidget(new QLabel(QStringLiteral("1"), m_legend));
    legendRow->addStretch(1);
    m_heatForm = new QFormLayout(m_heat);
    m_heatForm->addRow(QString(), m_heatOpacity);
    m_heatForm->addRow(QString(), m_legend);
    layout->addWidget(m_heat);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    retranslateNowAndOnChange(this, [this] { retranslate(); });
    writeControls();
    setModels({}, {});

    auto changed = [this] { readControls(); };
    for (const LayerControls *c : {&m_truth, &m_prediction}) {
        connect(c->group, &QGroupBox::toggled, this, changed);
        connect(c->mode, &QComboBox::currentIndexChanged, this, changed);
        connect(c->color, &ColorButton::colorChanged, this, changed);
        connect(c->opacity, &QSlider::valueChanged, this, changed);
    }
    connect(m_difference, &QGroupBox::toggled, this, changed);
    connect(m_falsePositive, &ColorButton::colorChanged, this, changed);
    connect(m_falseNegative, &ColorButton::colorChanged, this, changed);
    connect(m_differenceOpacity, &QSlider::valueChanged, this, changed);
    connect(m_heat, &QGroupBox::toggled, this, changed);
    connect(m_heatOpacity, &QSlider::valueChanged, this, changed);
    connect(m_model, &QComboBox::activated, this, [this] { Q_EMIT modelChanged(model()); });
}

void OverlayPanel::retranslate()
{
    auto layer = [](const LayerControls &c, const QString &title, const QString &tip) {
        c.group->setTitle(title);
        c.group->setToolTip(tip);
        setComboItems(c.mode,
                      {{tr("Outline"), int(LayerStyle::Mode::Contour)}, {tr("Fill"), int(LayerStyle::Mode::Fill)}});
        setRowLabel(c.form, c.row, tr("Draw as:"));
        setRowLabel(c.form, c.opacity, tr("Opacity:"));
    };
    layer(m_truth, tr("Mask (truth)"),
          tr("The effective mask: your correction if there is one, else the dataset's mask"));
    layer(m_prediction, tr("Prediction"), tr("The mask predicted by the chosen model"));
    setRowLabel(m_prediction.form, m_model, tr("Model:"));
    m_model->setToolTip(tr("Whose predictions to show"));
    m_noModel->setText(tr("No predictions yet: use Predict ▸ Predict All, or dermask-cli predict."));

    m_difference->setTitle(tr("Difference view"));
    m_difference->setToolTip(tr("Colours the pixels where the prediction and the mask disagree"));
    setRowLabel(m_differenceForm, m_falsePositive, tr("Prediction only:"));
    setRowLabel(m_differenceForm, m_falseNegative, tr("Mask only:"));
    setRowLabel(m_differenceForm, m_differenceOpacity, tr("Opacity:"));
    for (ColorButton *button : {m_truth.color, m_prediction.color})
        button->setToolTip(ColorButton::tr("Choose a colour"));
    m_falsePositive->setToolTip(tr("False positive: predicted lesion outside the mask"));
    m_falseNegative->setToolTip(tr("False negative: mask the prediction missed"));

    m_heat->setTitle(tr("Probability heat map"));
    m_heat->setToolTip(tr("The model's lesion probability for every pixel"));
    setRowLabel(m_heatForm, m_heatOpacity, tr("Opacity:"));
    setRowLabel(m_heatForm, m_legend, tr("Scale:"));
    for (QSlider *slider : {m_truth.opacity, m_prediction.opacity, m_differenceOpacity, m_heatOpacity})
        slider->setToolTip(tr("Opacity"));
    m_hint->setText(tr("Hold <b>H</b> to hide all overlays."));
}

OverlayPanel::LayerControls OverlayPanel::makeLayer()
{
    LayerControls c;
    c.group = new QGroupBox(this);
    c.group->setCheckable(true);
    c.mode = new QComboBox(this);
    c.color = new ColorButton(this);
    c.opacity = makeOpacity();
    c.row = new QHBoxLayout;
    c.row->addWidget(c.mode, 1);
    c.row->addWidget(c.color);
    c.form = new QFormLayout(c.group);
    c.form->addRow(QString(), c.row);
    c.form->addRow(QString(), c.opacity);
    return c;
}

QSlider *OverlayPanel::makeOpacity()
{
    auto *slider = new QSlider(Qt::Horizontal, this);
    slider->setRange(0, 100);
    slider->setSingleStep(5);
    slider->setPageStep(20);
    return slider;
}

void OverlayPanel::setSettings(const OverlaySettings &settings)
{
    m_settings = settings;
    writeControls();
}

void OverlayPanel::writeControls()
{
    m_updating = true;
    auto write = [](const LayerControls &c, const LayerStyle &style) {
        c.group->setChecked(style.visible);
        c.mode->setCurrentIndex(c.mode->findData(int(style.mode)));
        c.color->setColor(style.color);
        c.opacity->setValue(style.opacity);
    };
    write(m_truth, m_settings.truth);
    write(m_prediction, m_settings.prediction);
    m_difference->setChecked(m_settings.difference);
    m_falsePositive->setColor(m_settings.falsePositive);
    m_falseNegative->setColor(m_settings.falseNegative);
    m_differenceOpacity->setValue(m_settings.differenceOpacity);
    m_heat->setChecked(m_settings.heatMap);
    m_heatOpacity->setValue(m_settings.heatOpacity);
    m_updating = false;
}

void OverlayPanel::readControls()
{
    if (m_updating)
        return;
    auto read = [](const LayerControls &c, LayerStyle *style) {
        style->visible = c.group->isChecked();
        style->mode = LayerStyle::Mode(c.mode->currentData().toInt());
        style->color = c.color->color();
        style->opacity = c.opacity->value();
    };
    OverlaySettings s = m_settings;
    read(m_truth, &s.truth);
    read(m_prediction, &s.prediction);
    s.difference = m_difference->isChecked();
    s.falsePositive = m_falsePositive->color();
    s.falseNegative = m_falseNegative->color();
    s.differenceOpacity = m_differenceOpacity->value();
    s.heatMap = m_heat->isChecked();
    s.heatOpacity = m_heatOpacity->value();
    if (s == m_settings)
        return;
    m_settings = s;
    Q_EMIT settingsChanged(m_settings);
}

void OverlayPanel::setModels(const QStringList &models, const QString &current)
{
    m_model->blockSignals(true);
    m_model->clear();
    for (const QString &name : models)
        m_model->addItem(name, name);
    if (!current.isEmpty() && m_model->findData(current) < 0)
        m_model->addItem(current, current);
    m_model->setCurrentIndex(std::max(0, m_model->findData(current)));
    m_model->blockSignals(false);
    // Without predictions the model row would be an empty box: the note says what to do.
    m_prediction.form->setRowVisible(m_model, m_model->count() > 0);
    m_noModel->setVisible(m_model->count() == 0);
}

QString OverlayPanel::model() const
{
    return m_model->currentData().toString();
}

} // namespace dermask::ui
