#include "ui/mainwindow/languagemenu.h"

#include "ui/common/retranslate.h"
#include "ui/common/translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QLocale>

namespace dermask::ui {

LanguageMenu::LanguageMenu(bool persistent, QWidget *parent) : QMenu(parent), m_persistent(persistent)
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    m_system = addAction(QString());
    m_system->setObjectName(QStringLiteral("language_system"));
    m_system->setData(QString());
    addSeparator();
    // Each language by its own name: a user who cannot read the current one finds theirs.
    for (const Language &language : availableLanguages()) {
        QAction *action = addAction(language.name);
        action->setObjectName(QStringLiteral("language_") + language.code);
        action->setData(language.code);
    }
    for (QAction *action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { choose(action->data().toString()); });
    retranslateNowAndOnChange(this, [this] { retranslate(); });
    checkShown();
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("System default"));
}

void LanguageMenu::choose(const QString &language)
{
    installTranslations(qobject_cast<QApplication *>(QCoreApplication::instance()), language);
    if (m_persistent)
        saveLanguage(language);
    checkShown();
}

void LanguageMenu::checkShown()
{
    const QString requested = requestedLanguage();
    if (requested.isEmpty()) {
        m_system->setChecked(true);
        return;
    }
    // "he_IL" from the command line is Hebrew; a language without a translation shows English.
    const QLocale::Language shown = QLocale(requested).language();
    QAction *english = nullptr;
    for (QAction *action : m_group->actions()) {
        const QString code = action->data().toString();
        if (code.isEmpty())
            continue;
        if (QLocale(code).language() == shown) {
            action->setChecked(true);
            return;
        }
        if (code == QLatin1String("en"))
            english = action;
    }
    if (english)
        english->setChecked(true);
}

} // namespace dermask::ui
