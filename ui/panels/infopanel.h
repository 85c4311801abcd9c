#pragma once
// The facts of the image on screen: file, size, diagnosis, status, where its mask comes from,
// mask area, and how the prediction agrees with it. Problems with its files in red. It shows
// the CurrentSample and follows it by itself.

#include <QWidget>

class QFormLayout;
class QLabel;

namespace dermask::ui {

class CurrentSample;

class InfoPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InfoPanel(CurrentSample *current, QWidget *parent = nullptr);

    /// The text shown for a field (tests).
    QString fieldText(const QString &field) const;

private:
    /// Shows what the CurrentSample holds now.
    void refresh();
    void clear();
    void retranslate();
    /// A row of the form; its label is set by retranslate().
    QLabel *addField(const QString &name);
    void setField(QLabel *label, const QString &text, const QString &tip = QString());

    CurrentSample *m_current;
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
