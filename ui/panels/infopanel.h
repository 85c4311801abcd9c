#pragma once
// The facts of the image on screen: file, size, diagnosis, status, where its mask comes from,
// mask area, and how the prediction agrees with it. Problems with its files in red.

#include "core/workspace/workspace.h"
#include "ui/common/loadedsample.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace dermask::ui {

class InfoPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InfoPanel(QWidget *parent = nullptr);

    /// Nothing selected.
    void clear();
    /// Sample @p index of @p session; @p loaded adds what decoding found (null while loading).
    void showSample(const DatasetSession &session, int index, core::SampleStatus status,
                    const LoadedSamplePtr &loaded, const QString &model);

    /// The text shown for a field (tests).
    QString fieldText(const QString &field) const;

private:
    QLabel *addField(const QString &name, const QString &label);
    void setField(QLabel *label, const QString &text, const QString &tip = QString());

    QFormLayout *m_form;
    QLabel *m_id;
    QLabel *m_file;
    QLabel *m_size;
    QLabel *m_diagnosis;
    QLabel *m_status;
    QLabel *m_maskSource;
    QLabel *m_maskArea;
    QLabel *m_model;
    QLabel *m_predictedArea;
    QLabel *m_dice;
    QLabel *m_iou;
    QLabel *m_uncertainty;
    QLabel *m_errors;
};

} // namespace dermask::ui
