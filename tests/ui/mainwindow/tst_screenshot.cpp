// `dermask --screenshot FILE [--lang L] [DIR]` run as a user would: a PNG of the 1400x900
// window that shows the dataset (not blank), in English and mirrored in Hebrew.

#include "tests/support/uitestdata.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QRgb kCanvasBackground = qRgb(0x2a, 0x2c, 0x2f);

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void screenshotOfADataset();
    void hebrewIsRightToLeft();
    void screenshotWithoutDataset();
    void badArgumentsAreUsageErrors();

private:
    int run(const QStringList &arguments, QString *output = nullptr);
    /// Mean x of the canvas background on row @p y (where the canvas is, left to right).
    static double canvasCentre(const QImage &image, int y);

    QTemporaryDir m_tmp;
    QString m_program;
    QString m_data;
};

void TestScreenshot::initTestCase()
{
    m_program = qEnvironmentVariable("DERMASK_GUI");
    QVERIFY2(QFileInfo(m_program).isExecutable(), "DERMASK_GUI must name the built dermask");
    QVERIFY(m_tmp.isValid());
    m_data = m_tmp.filePath(QStringLiteral("data"));
    for (int i = 1; i <= 6; ++i)
        QVERIFY(uitest::writeSample(m_data, QStringLiteral("lesion_%1").arg(i), cv::Size(320, 240),
                                    cv::Rect(60 + 10 * i, 50, 140, 120)));
}

int TestScreenshot::run(const QStringList &arguments, QString *output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The user's settings and data folder stay untouched.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("share")));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_program, arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

double TestScreenshot::canvasCentre(const QImage &image, int y)
{
    double sum = 0;
    int count = 0;
    for (int x = 0; x < image.width(); ++x) {
        if (image.pixel(x, y) == kCanvasBackground) {
            sum += x;
            ++count;
        }
    }
    return count > 0 ? sum / count : -1;
}

void TestScreenshot::screenshotOfADataset()
{
    const QString file = m_tmp.filePath(QStringLiteral("en.png"));
    QString output;
    QCOMPARE(run({QStringLiteral("--screenshot"), file, QStringLiteral("--workspace"),
                  m_tmp.filePath(QStringLiteral("ws")), m_data}, &output), 0);
    const QImage shot(file);
    QVERIFY2(!shot.isNull(), qPrintable(output));
    QCOMPARE(shot.size(), QSize(1400, 900));
    // Not blank: the photo, thumbnails and text give many colours; the canvas is there.
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 3)
        for (int x = 0; x < shot.width(); x += 3)
            colours.insert(shot.pixel(x, y));
    QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
    QVERIFY(canvasCentre(shot, 820) > 0);
    // The first image is drawn: its lesion (reddish brown, not the grey background) fills
    // the middle of the canvas.
    const int centre = int(canvasCentre(shot, 820));
    const QColor middle = shot.pixelColor(centre, 450);
    QVERIFY2(middle.rgb() != kCanvasBackground && middle.red() > middle.blue() + 30, qPrintable(middle.name()));
}

void TestScreenshot::hebrewIsRightToLeft()
{
    const QString en = m_tmp.filePath(QStringLiteral("en2.png"));
    const QString he = m_tmp.filePath(QStringLiteral("he.png"));
    const QString ws = m_tmp.filePath(QStringLiteral("ws"));
    QCOMPARE(run({QStringLiteral("--screenshot"), en, QStringLiteral("--workspace"), ws, m_data}), 0);
    QCOMPARE(run({QStringLiteral("--screenshot"), he, QStringLiteral("--lang"), QStringLiteral("he"),
                  QStringLiteral("--workspace"), ws, m_data}), 0);
    const QImage left(en);
    const QImage right(he);
    QCOMPARE(right.size(), QSize(1400, 900));
    QVERIFY(left != right);
    // The wider browser moves from the left to the right, pushing the canvas left.
    const double enCentre = canvasCentre(left, 820);
    const double heCentre = canvasCentre(right, 820);
    QVERIFY2(heCentre > 0 && heCentre < enCentre - 40,
             qPrintable(QStringLiteral("%1 vs %2").arg(heCentre).arg(enCentre)));
}

void TestScreenshot::screenshotWithoutDataset()
{
    const QString file = m_tmp.filePath(QStringLiteral("welcome.png"));
    QCOMPARE(run({QStringLiteral("--screenshot"), file}), 0);
    QCOMPARE(QImage(file).size(), QSize(1400, 900));
}

void TestScreenshot::badArgumentsAreUsageErrors()
{
    QString output;
    QCOMPARE(run({QStringLiteral("--no-such-option")}, &output), 2);
    QVERIFY(output.contains(QStringLiteral("no-such-option")));
    QCOMPARE(run({QStringLiteral("a"), QStringLiteral("b")}, &output), 2);
    // A folder that does not exist: the screenshot still shows why, the exit code says so.
    const QString file = m_tmp.filePath(QStringLiteral("missing.png"));
    QCOMPARE(run({QStringLiteral("--screenshot"), file, m_tmp.filePath(QStringLiteral("nope"))}, &output), 1);
    QVERIFY2(output.contains(QStringLiteral("nope")), qPrintable(output));
    QVERIFY(QFileInfo::exists(file));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
