#pragma once
// Loads Dermask's own translation (:/i18n/dermask_<lang>.qm) and Qt's (qtbase_<lang>.qm), and
// turns the layout right-to-left for right-to-left languages.

#include <QString>

class QApplication;

namespace dermask::ui {

/// Installs the translators for @p language ("he", "en", "he_IL"; empty = the system's
/// language). Returns the language actually used ("en" when no translation matched).
QString installTranslations(QApplication *app, const QString &language);

/// True for languages written right to left (Hebrew, Arabic, Persian, Urdu, Yiddish).
bool isRightToLeft(const QString &language);

/// @p path with native separators, isolated as left-to-right text (Unicode LRI ... PDI), so in
/// a right-to-left sentence it still reads "/data/ws" and not "data/ws/".
QString displayPath(const QString &path);

} // namespace dermask::ui
