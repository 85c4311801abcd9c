#include "core/util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask::core;

class TestAtomicFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndReplaces_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::newRow("text") << QByteArray("old") << QByteArray("new contents");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3) << QByteArray(100000, '\xff');
        QTest::newRow("to-empty") << QByteArray("something") << QByteArray();
    }
    void writesAndReplaces()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QTemporaryDir dir;
        const QString path = dir.filePath("sub/folder/file.bin");
        QString error;
        QVERIFY2(writeFileAtomically(path, first, &error), qPrintable(error));
        QVERIFY2(writeFileAtomically(path, second, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), second);
        // No temporary file is left beside it.
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files).size(), 1);
    }

    void failureNamesTheFile()
    {
        QTemporaryDir dir;
        // A regular file where a folder should be: the write cannot succeed, even as root.
        QVERIFY(writeFileAtomically(dir.filePath("blocker"), "x", nullptr));
        QString error;
        QVERIFY(!writeFileAtomically(dir.filePath("blocker/mask.png"), "data", &error));
        QVERIFY2(error.contains("mask.png"), qPrintable(error));
        QFile f(dir.filePath("blocker"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
