#include "ui/common/retranslate.h"

#include <QEvent>
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

} // namespace dermask::ui
