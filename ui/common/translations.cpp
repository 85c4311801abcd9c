#include "ui/common/translations.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dermask::ui {

bool isRightToLeft(const QString &language)
{
    const QString base = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    static const QStringList rtl = {QStringLiteral("he"), QStringLiteral("iw"), QStringLiteral("ar"),
                                    QStringLiteral("fa"), QStringLiteral("ur"), QStringLiteral("yi")};
    return rtl.contains(base.toLower());
}

QString installTranslations(QApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *own = new QTranslator(app);
    QString used = QStringLiteral("en");
    if (own->load(locale, QStringLiteral("dermask"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        app->installTranslator(own);
        used = own->language().isEmpty() ? locale.name() : own->language();
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app->installTranslator(qt);
        else
            delete qt;
    } else {
        delete own;
    }
    // Asked for explicitly, the direction follows the language even without a translation.
    const QString direction = language.isEmpty() ? used : language;
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : locale);
    app->setLayoutDirection(isRightToLeft(direction) ? Qt::RightToLeft : Qt::LeftToRight);
    return used;
}

QString displayPath(const QString &path)
{
    return QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069);
}

} // namespace dermask::ui
