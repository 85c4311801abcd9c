#include "core/util/atomicfile.h"

#include "tests/support/fulldisk.h"

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

    // What a kill between naming a finished file and renaming it leaves is removed; nothing
    // else is, not even other hidden files.
    void leftoverCopiesAreRemoved()
    {
        QTemporaryDir dir;
        for (const char *name : {"a.png", ".a.png.tmp-1x2y", ".project.json.tmp-zz9", ".hidden", "b.tmp-1"})
            QVERIFY(writeFileAtomically(dir.filePath(name), "x", nullptr));
        QCOMPARE(removeLeftoverCopies(dir.path()), 2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 QStringList({".hidden", "a.png", "b.tmp-1"}));
    }

    // A disk that fills up mid-write, made with a file size limit (RLIMIT_FSIZE, which fails a
    // write with EFBIG where a full disk gives ENOSPC): the previous version stays whole, the
    // error names the file. Before Unbuffered writes, the cut file replaced it and "succeeded".
    void fullDiskKeepsThePreviousVersion_data()
    {
        QTest::addColumn<int>("limit");  // bytes a file may have
        QTest::addColumn<int>("size");   // bytes written
        QTest::addColumn<bool>("fits");
        QTest::newRow("cut in the middle") << 4096 << 100000 << false;
        QTest::newRow("cut near the end") << 4096 << 4200 << false;
        QTest::newRow("nothing fits") << 0 << 10 << false;
        QTest::newRow("room enough") << (1 << 20) << 100000 << true;
    }
    void fullDiskKeepsThePreviousVersion()
    {
        QFETCH(int, limit);
        QFETCH(int, size);
        QFETCH(bool, fits);
        QTemporaryDir dir;
        const QString path = dir.filePath("mask.png");
        const QByteArray before(1000, 'a'), after(size, 'b');
        QVERIFY(writeFileAtomically(path, before, nullptr));
        QString error;
        bool written = false;
        {
            dermask::testsupport::FullDisk disk{rlim_t(limit)};
            QVERIFY(disk.isActive());
            written = writeFileAtomically(path, after, &error);
        }
        QCOMPARE(written, fits);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), fits ? after : before);
        if (!fits) {
            QVERIFY2(error.contains(QStringLiteral("mask.png")) && error.contains(QString::number(size)),
                     qPrintable(error));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);  // no temporary file left
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
