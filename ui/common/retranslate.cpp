#include "ui/common/retranslate.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace dermask::ui {

namespace {

/// Runs a function each time the object it watches (its parent) receives one type of event.
class EventHook : public QObject
{
public:
    EventHook(QObject *watched, QEvent::Type type, std::function<void()> run)
        : QObject(watched), m_type(type), m_run(std::move(run))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == m_type)
            m_run();
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
    std::function<void()> m_run;
};

} // namespace

void retranslateNowAndOnChange(QObject *object, std::function<void()> retranslate)
{
    retranslate();
    new EventHook(object, QEvent::LanguageChange, std::move(retranslate));
}

void onLayoutDirectionChange(QWidget *widget, std::function<void()> react)
{
    new EventHook(widget, QEvent::LayoutDirectionChange, std::move(react));
}

void setRowLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field))) {
        label->setText(text);
        return;
    }
    // addRow() makes no label for an empty text: the first words make it.
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(field, &row, &role);
    if (row < 0)
        return;
    auto *label = new QLabel(text);
    label->setBuddy(field);  // its shortcut (Alt+N in "&Network:") goes to the field
    form->setWidget(row, QFormLayout::LabelRole, label);
}

void setRowLabel(QFormLayout *form, QLayout *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field))) {
        label->setText(text);
        return;
    }
    int row = -1;
    QFormLayout::ItemRole role;
    form->getLayoutPosition(field, &row, &role);
    if (row >= 0)
        form->setWidget(row, QFormLayout::LabelRole, new QLabel(text));
}

void setTranslatedText(QLabel *label, std::function<QString()> text)
{
    static const QString hookName = QStringLiteral("dermaskTranslatedText");
    delete label->findChild<QObject *>(hookName, Qt::FindDirectChildrenOnly);
    label->setText(text ? text() : QString());
    if (text)
        (new EventHook(label, QEvent::LanguageChange, [label, text] { label->setText(text()); }))
            ->setObjectName(hookName);
}

void setComboItems(QComboBox *box, const QList<std::pair<QString, QVariant>> &items)
{
    if (box->count() == 0) {
        for (const auto &[text, data] : items)
            box->addItem(text, data);
        return;
    }
    Q_ASSERT(box->count() == items.size());
    for (int i = 0; i < box->count() && i < items.size(); ++i)
        box->setItemText(i, items[i].first);
}

} // namespace dermask::ui
