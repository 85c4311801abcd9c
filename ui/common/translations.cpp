#include "ui/common/translations.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMap>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace dermask::ui {

namespace {

const QString kFolder = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("dermask_");
const QString kSource = QStringLiteral("en");
/// The object name of the translators installTranslations() made (so the next call finds them).
const QString kTranslatorName = QStringLiteral("dermaskTranslator");
const char *const kRequestedProperty = "dermaskLanguage";
const QString kSettingsKey = QStringLiteral("ui/language");

QTranslator *loadTranslator(QApplication *app, const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(kTranslatorName);
    if (translator->load(locale, name, QStringLiteral("_"), dir) && app->installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QString nativeLanguageName(const QString &code)
{
    // CLDR names some locales by their variety ("American English", "español de España"); the
    // name most territories of the language share is the language's own ("English", "español").
    const QLocale locale(code);
    QMap<QString, int> votes;
    for (const QLocale &variant :
         QLocale::matchingLocales(locale.language(), locale.script(), QLocale::AnyTerritory))
        ++votes[variant.nativeLanguageName()];
    QString name = locale.nativeLanguageName();
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (it.value() > votes.value(name))
            name = it.key();
    return name.isEmpty() ? code : locale.toUpper(name.left(1)) + name.mid(1);
}

QList<Language> availableLanguages()
{
    QStringList codes = {kSource};
    const QStringList files = QDir(kFolder).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = QFileInfo(file).completeBaseName().mid(kPrefix.size());
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    std::sort(codes.begin(), codes.end());
    QList<Language> languages;
    for (const QString &code : std::as_const(codes))
        languages.append({code, nativeLanguageName(code)});
    return languages;
}

bool isRightToLeft(const QString &language)
{
    const QString base = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    static const QStringList rtl = {QStringLiteral("he"), QStringLiteral("iw"), QStringLiteral("ar"),
                                    QStringLiteral("fa"), QStringLiteral("ur"), QStringLiteral("yi")};
    return rtl.contains(base.toLower());
}

QString installTranslations(QApplication *app, const QString &language)
{
    // The last language's translators go first: Qt asks the newest translator first, and one
    // left behind would answer for every string the new language does not have.
    const QList<QTranslator *> old = app->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        app->removeTranslator(translator);
        delete translator;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString used = kSource;
    if (const QTranslator *own = loadTranslator(app, locale, QStringLiteral("dermask"), kFolder)) {
        used = own->language().isEmpty() ? locale.name() : own->language();
        loadTranslator(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    app->setProperty(kRequestedProperty, language);
    QLocale::setDefault(locale);
    // Widgets keep the default locale they were made with until told (numbers, spin boxes).
    QEvent localeChange(QEvent::LocaleChange);
    QCoreApplication::sendEvent(app, &localeChange);
    // Asked for explicitly, the direction follows the language even without a translation.
    const QString direction = language.isEmpty() ? used : language;
    app->setLayoutDirection(isRightToLeft(direction) ? Qt::RightToLeft : Qt::LeftToRight);
    return used;
}

QString requestedLanguage()
{
    return qApp ? qApp->property(kRequestedProperty).toString() : QString();
}

QString savedLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(kSettingsKey, language);
}

QString displayPath(const QString &path)
{
    return QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069);
}

} // namespace dermask::ui
