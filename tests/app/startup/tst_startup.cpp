// Starting at once: the programs load the network part (LibTorch) only when a command or the
// window needs a network, OpenCV's image codecs only for what QtGui's PNG code does not
// decode or write (masks are PNG: evaluate and export need none), and say clearly when a part
// is missing. Which files a run loads is
// read from the dynamic loader's own log (LD_DEBUG=files).

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList loaded;  ///< every file the dynamic loader opened, by name
};

Run run(const QString &program, const QStringList &args,
        const QList<QPair<QString, QString>> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    for (const auto &[name, value] : env)
        e.insert(name, value);
    p.setProcessEnvironment(e);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
          p.readAllStandardError(), {}};
    // The loader's lines read "  1234:\tfile=libtorch_cpu.so [0];  needed by ...".
    static const QRegularExpression file(QStringLiteral("file=(\\S+)"));
    for (const QString &line : QString::fromLocal8Bit(r.err).split(QLatin1Char('\n'))) {
        const auto m = file.match(line);
        if (m.hasMatch())
            r.loaded << QFileInfo(m.captured(1)).fileName();
    }
    return r;
}

bool loads(const Run &r, const QString &prefix)
{
    return std::any_of(r.loaded.begin(), r.loaded.end(),
                       [&](const QString &f) { return f.startsWith(prefix); });
}

QString cli() { return qEnvironmentVariable("DERMASK_CLI"); }

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run sample = run(cli(), {QStringLiteral("sample"), dataset(), QStringLiteral("--count"),
                                       QStringLiteral("3"), QStringLiteral("--size"),
                                       QStringLiteral("128x96")});
        QCOMPARE(sample.exitCode, 0);
    }

    void cliLoadsTheNetworkOnlyToRunOne_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("network");
        QTest::addColumn<bool>("codecs");
        QTest::newRow("sample") << QStringList{QStringLiteral("sample"),
                                               m_dir.filePath(QStringLiteral("another"))}
                                << false << false;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << false << false;
        QTest::newRow("info") << QStringList{QStringLiteral("info"), dataset()} << false << false;
        QTest::newRow("evaluate")
            << QStringList{QStringLiteral("evaluate"), QStringLiteral("--truth"), dataset(),
                           QStringLiteral("--pred"), dataset() + QStringLiteral("/masks")}
            << false << false;
        QTest::newRow("export") << QStringList{QStringLiteral("export"), dataset(), QStringLiteral("--out"),
                                               m_dir.filePath(QStringLiteral("exported"))}
                                << false << false;
        // A model that does not exist: the part is loaded to read it, then the file refused.
        QTest::newRow("predict") << QStringList{QStringLiteral("predict"),
                                                dataset(),
                                                QStringLiteral("--model"),
                                                m_dir.filePath(QStringLiteral("none.pt")),
                                                QStringLiteral("--out"),
                                                m_dir.filePath(QStringLiteral("predicted"))}
                                 << true << false;
    }

    void cliLoadsTheNetworkOnlyToRunOne()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, network);
        QFETCH(bool, codecs);
        const Run r = run(cli(), args);
        QVERIFY2(!r.loaded.isEmpty(), "the loader's log was not read");
        QCOMPARE(loads(r, QStringLiteral("libdermask-net")), network);
        QCOMPARE(loads(r, QStringLiteral("libtorch")), network);
        QCOMPARE(loads(r, QStringLiteral("libdermask-codecs")), codecs);
        if (!network)  // Debian's LibTorch links OpenCV's codecs itself
            QCOMPARE(loads(r, QStringLiteral("libopencv_imgcodecs")), codecs);
    }

    void theWindowAndFirstImageNeedNoNetwork()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        const Run r = run(QStringLiteral(DERMASK_APP), {dataset()},
                          {{QStringLiteral("DERMASK_STARTUP_PROBE"), QStringLiteral("1")},
                           {QStringLiteral("XDG_CONFIG_HOME"), home},
                           {QStringLiteral("XDG_DATA_HOME"), home},
                           {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("window\nimage\n"));
        QVERIFY(!loads(r, QStringLiteral("libtorch")));
    }

    void aMissingPartIsNamed()
    {
        QTemporaryDir empty;
        const Run r = run(cli(),
                          {QStringLiteral("train"), dataset(), QStringLiteral("--epochs"), QStringLiteral("1"),
                           QStringLiteral("--out"), m_dir.filePath(QStringLiteral("model.pt"))},
                          {{QStringLiteral("DERMASK_PARTS_DIR"), empty.path()}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot load Dermask's net part (libdermask-net.so)"), r.err.right(400));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("model.pt"))));
    }

private:
    QString dataset() const { return m_dir.filePath(QStringLiteral("data")); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
