// The languages of the interface: every translation compiled into :/i18n is offered with its
// own name; installing one replaces the translators of the one before (Dermask's and Qt's),
// sets the default locale and the layout direction, and reaches widgets and the plain objects
// among their children through QEvent::LanguageChange; the choice is kept in the settings.

#include "ui/common/retranslate.h"
#include "ui/common/translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWidget>

using namespace dermask::ui;

namespace {

const char *const kContext = "dermask::ui::MainWindow";
const char *const kSource = "&File";

/// What the compiled translation of @p code says for the File menu, read without installing it.
QString fileMenuIn(const QString &code)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/dermask_%1.qm").arg(code)))
        return {};
    return translator.translate(kContext, kSource);
}

QList<QTranslator *> installed()
{
    return qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
}

QStringList codes()
{
    QStringList list;
    for (const Language &language : availableLanguages())
        list << language.code;
    return list;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyCompiledTranslationIsOffered();
    void languagesAreNamedInThemselves_data();
    void languagesAreNamedInThemselves();
    void switchingReplacesTheTranslators();
    void widgetsAndTheirObjectsHearTheChange();
    void theChoiceIsKept();

private:
    QTemporaryDir m_tmp;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // Settings go to the temporary folder, never to the user's.
    qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("DermaskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QVERIFY2(QFileInfo::exists(QStringLiteral(":/i18n/dermask_he.qm")), "the suite carries the app's translations");
}

void TestTranslations::cleanup()
{
    installTranslations(qApp, QStringLiteral("en"));
}

void TestTranslations::everyCompiledTranslationIsOffered()
{
    QStringList expected = {QStringLiteral("en")};
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("dermask_*.qm")}))
        expected << QFileInfo(file).completeBaseName().mid(8);
    expected.sort();
    QCOMPARE(codes(), expected);
    QVERIFY(codes().contains(QStringLiteral("he")));
}

void TestTranslations::languagesAreNamedInThemselves_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("en") << "en" << "English";
    QTest::newRow("he") << "he" << QStringLiteral("עברית");
    QTest::newRow("es") << "es" << QStringLiteral("Español");
    QTest::newRow("de") << "de" << "Deutsch";
}

void TestTranslations::languagesAreNamedInThemselves()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(nativeLanguageName(code), name);
}

void TestTranslations::switchingReplacesTheTranslators()
{
    const QString hebrew = fileMenuIn(QStringLiteral("he"));
    QVERIFY(!hebrew.isEmpty() && hebrew != QLatin1String(kSource));

    QCOMPARE(installTranslations(qApp, QStringLiteral("he")).left(2), QStringLiteral("he"));
    QCOMPARE(QCoreApplication::translate(kContext, kSource), hebrew);
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QLocale().language(), QLocale::Hebrew);
    QCOMPARE(requestedLanguage(), QStringLiteral("he"));
    // Dermask's own and Qt's.
    QStringList files;
    for (const QTranslator *translator : installed())
        files << QFileInfo(translator->filePath()).fileName();
    files.sort();
    QCOMPARE(files, QStringList({"dermask_he.qm", "qtbase_he.qm"}));

    QCOMPARE(installTranslations(qApp, QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate(kContext, kSource), QLatin1String(kSource));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QLocale().language(), QLocale::English);
    QVERIFY(installed().isEmpty());

    // Back and forth: never more than one language's translators at a time.
    installTranslations(qApp, QStringLiteral("he"));
    installTranslations(qApp, QStringLiteral("he"));
    QCOMPARE(installed().size(), 2);
}

void TestTranslations::widgetsAndTheirObjectsHearTheChange()
{
    QWidget window;
    auto *child = new QObject(&window);
    int windowCalls = 0;
    int childCalls = 0;
    int directionCalls = 0;
    retranslateNowAndOnChange(&window, [&] { ++windowCalls; });
    retranslateNowAndOnChange(child, [&] { ++childCalls; });
    onLayoutDirectionChange(&window, [&] { ++directionCalls; });
    QCOMPARE(windowCalls, 1);
    QCOMPARE(childCalls, 1);
    window.show();

    installTranslations(qApp, QStringLiteral("he"));
    // Qt posts the change to the windows: it arrives once everything is installed.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(windowCalls, 2);
    QCOMPARE(childCalls, 2);
    QCOMPARE(directionCalls, 1);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    // The widget's own locale follows the default one (numbers are written its way).
    QCOMPARE(window.locale().language(), QLocale::Hebrew);
}

void TestTranslations::theChoiceIsKept()
{
    QVERIFY(QSettings().fileName().startsWith(m_tmp.path()));
    QCOMPARE(savedLanguage(), QString());
    saveLanguage(QStringLiteral("he"));
    QCOMPARE(savedLanguage(), QStringLiteral("he"));
    saveLanguage(QString());
    QCOMPARE(savedLanguage(), QString());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
