// The command line of `dermask`.

#include "ui/common/translations.h"
#include "ui/mainwindow/startupoptions.h"

#include <QTest>

using namespace dermask::ui;

class TestStartupOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void rightToLeftLanguages();
    void toolOption();
    void displayPathIsIsolated();
};

void TestStartupOptions::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("screenshot");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("sample");
    QTest::addColumn<bool>("ok");
    QTest::newRow("nothing") << QStringList() << QString() << QString() << QString() << false << true;
    QTest::newRow("dir") << QStringList({"/data/ph2"}) << "/data/ph2" << QString() << QString() << false << true;
    QTest::newRow("screenshot")
        << QStringList({"--screenshot", "/tmp/a.png", "--lang", "he", "/data"}) << "/data" << "/tmp/a.png"
        << "he" << false << true;
    QTest::newRow("sample") << QStringList({"--sample"}) << QString() << QString() << QString() << true << true;
    QTest::newRow("two dirs") << QStringList({"/a", "/b"}) << QString() << QString() << QString() << false << false;
    QTest::newRow("unknown option") << QStringList({"--bogus"}) << QString() << QString() << QString() << false
                                    << false;
    QTest::newRow("screenshot without file") << QStringList({"--screenshot"}) << QString() << QString()
                                             << QString() << false << false;
    QTest::newRow("sample and dir") << QStringList({"--sample", "/a"}) << QString() << QString() << QString()
                                    << true << false;
}

void TestStartupOptions::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, dir);
    QFETCH(QString, screenshot);
    QFETCH(QString, language);
    QFETCH(bool, sample);
    QFETCH(bool, ok);
    arguments.prepend(QStringLiteral("dermask"));
    const StartupOptions options = parseStartupOptions(arguments);
    QCOMPARE(options.ok(), ok);
    if (!ok) {
        QVERIFY(!options.error.isEmpty());
        return;
    }
    QCOMPARE(options.datasetDir, dir);
    QCOMPARE(options.screenshotFile, screenshot);
    QCOMPARE(options.language, language);
    QCOMPARE(options.sample, sample);
}

void TestStartupOptions::rightToLeftLanguages()
{
    QVERIFY(isRightToLeft(QStringLiteral("he")));
    QVERIFY(isRightToLeft(QStringLiteral("he_IL")));
    QVERIFY(isRightToLeft(QStringLiteral("ar-EG")));
    QVERIFY(!isRightToLeft(QStringLiteral("en")));
    QVERIFY(!isRightToLeft(QString()));
}

void TestStartupOptions::toolOption()
{
    StartupOptions o = parseStartupOptions({"dermask", "--tool", "grabcut", "/data"});
    QVERIFY(o.ok());
    QCOMPARE(o.tool, QStringLiteral("grabcut"));
    QCOMPARE(o.datasetDir, QStringLiteral("/data"));
    o = parseStartupOptions({"dermask", "--tool", "pencil"});
    QVERIFY(!o.ok());
    QVERIFY2(o.error.contains(QStringLiteral("pencil")) && o.error.contains(QStringLiteral("brush")), qPrintable(o.error));
    QVERIFY(parseStartupOptions({"dermask", "--tool", "click"}).ok());
    QCOMPARE(toolNames().size(), 8);
}

void TestStartupOptions::displayPathIsIsolated()
{
    // Left-to-right isolate around the path: "/data/ws" stays whole inside Hebrew text.
    const QString shown = displayPath(QStringLiteral("/data/ws"));
    QCOMPARE(shown.front(), QChar(0x2066));
    QCOMPARE(shown.back(), QChar(0x2069));
    QCOMPARE(shown.mid(1, shown.size() - 2), QStringLiteral("/data/ws"));
}

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"
