#pragma once
// View ▸ Language: "System default", then English and every translation the program carries
// (availableLanguages()), each named in its own language. Choosing one switches the whole
// window at once, direction included, and is the language of the next start unless --lang
// says otherwise.

#include <QMenu>

class QActionGroup;

namespace dermask::ui {

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    /// @p persistent: the choice is kept in the settings (savedLanguage()).
    LanguageMenu(bool persistent, QWidget *parent);

    /// Shows the interface in @p language ("he"; empty: the system's), as choosing it here does.
    void choose(const QString &language);

private:
    void retranslate();
    /// Checks the entry of the language shown.
    void checkShown();

    bool m_persistent;
    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace dermask::ui
