#pragma once
// The languages of the interface: English (the source) and every translation compiled into
// :/i18n (dermask_<lang>.qm), found at run time so a new one needs no code. Installing one
// replaces Dermask's own translator and Qt's (qtbase_<lang>.qm), sets the default locale and
// turns the layout right-to-left for right-to-left languages; Qt then tells every widget
// (QEvent::LanguageChange), so the switch happens at start and at run time alike.

#include <QList>
#include <QString>

class QApplication;

namespace dermask::ui {

struct Language
{
    QString code;  ///< "en", "he", "es"
    QString name;  ///< in the language itself: "English", "עברית", "Español"
};

/// English and every translation in :/i18n, by code.
QList<Language> availableLanguages();
/// The name of @p code in that language ("he" -> "עברית"), capitalised.
QString nativeLanguageName(const QString &code);

/// Installs the translators for @p language ("he", "en", "he_IL"; empty = the system's
/// language) in place of the ones installed before. Returns the language actually used ("en"
/// when no translation matched).
QString installTranslations(QApplication *app, const QString &language);
/// What the last installTranslations() was asked for (empty: the system's language).
QString requestedLanguage();

/// The language chosen in the Language menu, remembered in the settings for the next start
/// (empty: the system's language).
QString savedLanguage();
void saveLanguage(const QString &language);

/// True for languages written right to left (Hebrew, Arabic, Persian, Urdu, Yiddish).
bool isRightToLeft(const QString &language);

/// @p path with native separators, isolated as left-to-right text (Unicode LRI ... PDI), so in
/// a right-to-left sentence it still reads "/data/ws" and not "data/ws/".
QString displayPath(const QString &path);

} // namespace dermask::ui
