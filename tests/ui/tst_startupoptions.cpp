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

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"
