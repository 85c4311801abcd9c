#include "ui/panels/infopanel.h"

#include "ui/common/currentsample.h"
#include "ui/common/retranslate.h"
#include "ui/common/samplelabels.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dermask::ui {

namespace {

QString area(qint64 pixels, QSize size)
{
    const double total = size.isValid() ? double(size.width()) * size.height() : 0.0;
    const double percent = total > 0 ? 100.0 * double(pixels) / total : 0.0;
    return InfoPanel::tr("%1 px (%2 % of the image)")
        .arg(QLocale().toString(pixels), QLocale().toString(percent, 'f', 1));
}

} // namespace

InfoPanel::InfoPanel(CurrentSample *current, QWidget *parent) : QWidget(parent), m_current(current)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_id = new QLabel(this);
    m_id->setObjectName(QStringLiteral("id"));
    QFont big = m_id->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_id->setFont(big);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_id);

    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_file = addField(QStringLiteral("file"));
    m_size = addField(QStringLiteral("size"));
    m_diagnosis = addField(QStringLiteral("diagnosis"));
    m_status = addField(QStringLiteral("status"));
    m_maskSource = addField(QStringLiteral("mask"));
    m_maskArea = addField(QStringLiteral("maskArea"));
    m_model = addField(QStringLiteral("model"));
    m_predictedArea = addField(QStringLiteral("predictedArea"));
    m_dice = addField(QStringLiteral("dice"));
    m_iou = addField(QStringLiteral("iou"));
    m_uncertainty = addField(QStringLiteral("uncertainty"));

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_errors);
    layout->addStretch(1);
    connect(m_current, &CurrentSample::changed, this, &InfoPanel::refresh);
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

void InfoPanel::retranslate()
{
    const std::pair<QLabel *, QString> rows[] = {
        {m_file, tr("File:")},
        {m_size, tr("Size:")},
        {m_diagnosis, tr("Diagnosis:")},
        {m_status, tr("Status:")},
        {m_maskSource, tr("Mask:")},
        {m_maskArea, tr("Mask area:")},
        {m_model, tr("Model:")},
        {m_predictedArea, tr("Predicted area:")},
        {m_dice, tr("Dice:")},
        {m_iou, tr("IoU:")},
        {m_uncertainty, tr("Uncertainty:")},
    };
    for (const auto &[field, label] : rows)
        setRowLabel(m_form, field, label);
    refresh();
}

QLabel *InfoPanel::addField(const QString &name)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setMinimumWidth(60);
    m_form->addRow(QString(), value);
    return value;
}

void InfoPanel::setField(QLabel *label, const QString &text, const QString &tip)
{
    label->setText(text);
    label->setToolTip(tip);
    m_form->setRowVisible(label, !text.isEmpty());
}

QString InfoPanel::fieldText(const QString &field) const
{
    const auto *label = findChild<QLabel *>(field);
    return label ? label->text() : QString();
}

void InfoPanel::clear()
{
    m_id->setText(tr("No image"));
    for (QLabel *label : {m_file, m_size, m_diagnosis, m_status, m_maskSource, m_maskArea, m_model,
                          m_predictedArea, m_dice, m_iou, m_uncertainty})
        setField(label, QString());
    m_errors->clear();
    m_errors->hide();
}

void InfoPanel::refresh()
{
    const core::SessionPtr session = m_current->session();
    const int index = m_current->index();
    if (!session || index < 0) {
        clear();
        return;
    }
    const LoadedSamplePtr loaded = m_current->layers();
    const QString model = m_current->model();
    const core::Sample &sample = session->sample(index);
    const bool ready = loaded && loaded->index == index && loaded->id == sample.id;
    m_id->setText(sample.id);
    setField(m_file, QFileInfo(sample.imagePath).fileName(), QDir::toNativeSeparators(sample.imagePath));
    const QSize size = ready && loaded->imageOk() ? loaded->size : QSize(sample.width, sample.height);
    setField(m_size, size.isEmpty() ? QString()
                                    : tr("%1 × %2 px").arg(size.width()).arg(size.height()));
    setField(m_diagnosis, SampleLabels::diagnosisText(sample.diagnosis));
    setField(m_status, SampleLabels::statusText(m_current->status()));

    const QString maskPath = session->effectiveMaskPath(index);
    QString source;
    if (maskPath.isEmpty())
        source = tr("none");
    else if (session->hasAnnotation(index))
        source = tr("your correction");
    else
        source = tr("the dataset's mask");
    setField(m_maskSource, source, QDir::toNativeSeparators(maskPath));

    setField(m_model, model.isEmpty() ? tr("none") : model);
    QStringList errors;
    if (!ready) {
        setField(m_maskArea, maskPath.isEmpty() ? QString() : tr("…"));
        for (QLabel *label : {m_predictedArea, m_dice, m_iou, m_uncertainty})
            setField(label, QString());
    } else {
        // The header's size when the pixels could not be decoded (the masks still were).
        setField(m_maskArea, loaded->truth.present() ? area(loaded->truth.area, size) : QString());
        setField(m_predictedArea, loaded->prediction.present()
                                      ? area(loaded->prediction.area, size)
                                      : (model.isEmpty() ? QString() : tr("not predicted yet")));
        setField(m_dice, loaded->hasMetrics ? QLocale().toString(loaded->metrics.dice, 'f', 3) : QString());
        setField(m_iou, loaded->hasMetrics ? QLocale().toString(loaded->metrics.iou, 'f', 3) : QString());
        setField(m_uncertainty, loaded->uncertainty >= 0 ? QLocale().toString(loaded->uncertainty, 'f', 3)
                                                         : QString());
        if (!loaded->imageError.isEmpty())
            errors.append(loaded->imageError);
        errors.append(loaded->maskErrors);
    }
    m_errors->setText(errors.join(QStringLiteral("\n\n")));
    m_errors->setVisible(!errors.isEmpty());
}

} // namespace dermask::ui
