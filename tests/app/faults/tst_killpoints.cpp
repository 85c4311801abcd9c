// A crash at any moment loses nothing: 200 times a process is killed with SIGKILL (no clean-up
// at all) at a random moment while it saves masks and statuses to the workspace, exports masks
// or trains, and after each kill every file is whole, either its old version or its new one,
// the workspace opens without setting anything aside, and training resumes from the last
// checkpoint, the epoch after it.
//
// The mask and status writer is this program run again: `tst_killpoints --saver DATA WS FIRST`.
// Export and training are dermask-cli itself (DERMASK_CLI).

#include "core/dataset/dataset.h"
#include "core/image/imageio.h"
#include "core/inference/predictor.h"
#include "core/workspace/workspace.h"
#include "tests/support/uitestdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <random>

using namespace dermask;
using namespace dermask::core;

namespace {

const cv::Size kSize(240, 180);
const int kSamples = 4;

QString sampleId(int k) { return QStringLiteral("s%1").arg(k + 1); }

/// Version @p i of a saved mask: a band whose width tells the version (mod 60). Version i
/// goes to sample i % kSamples, with status Approved for odd i, else Corrected.
cv::Mat versionMask(int i)
{
    cv::Mat m = cv::Mat::zeros(kSize, CV_8UC1);
    m(cv::Rect(10, 10, 20 + (i % 60) * 3, 150)).setTo(255);
    return m;
}

int versionOf(const cv::Mat &m) { return (cv::countNonZero(m) / 150 - 20) / 3; }

SampleStatus versionStatus(int i) { return i % 2 ? SampleStatus::Approved : SampleStatus::Corrected; }

bool openWorkspace(const QString &data, const QString &ws, Workspace *workspace, QString *error,
                   QString *warning = nullptr)
{
    Dataset dataset;
    return scanDataset(data, &dataset, error) && workspace->openAt(dataset, ws, error, warning);
}

/// The saver: writes versions first, first+1, ... as the app does (annotation, then status)
/// and prints "saved i" after each.
int runSaver(const QString &data, const QString &ws, int first)
{
    Workspace workspace;
    QString error;
    if (!openWorkspace(data, ws, &workspace, &error)) {
        std::fprintf(stderr, "saver: %s\n", qPrintable(error));
        return 2;
    }
    for (int i = first;; ++i) {
        const QString id = sampleId(i % kSamples);
        if (!workspace.saveAnnotation(id, versionMask(i), &error)
            || !workspace.setStatus(id, versionStatus(i), &error)) {
            std::fprintf(stderr, "saver: %s\n", qPrintable(error));
            return 3;
        }
        std::printf("saved %d\n", i);
        std::fflush(stdout);
    }
}

/// The last "saved N" line of @p text, or -1.
int lastSaved(const QByteArray &text)
{
    int last = -1;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("saved "))
            last = line.mid(6).toInt();
    }
    return last;
}

/// The epochs dermask-cli train reported in @p log: the first it worked on, and the last it
/// finished ("epoch 7/100000 batch 3/3 ..." ends epoch 7; earlier batches print too).
struct Epochs
{
    int first = -1;
    int lastFinished = 0;
};

Epochs epochsIn(const QByteArray &log)
{
    static const QRegularExpression line(QStringLiteral("^epoch (\\d+)/\\d+ batch (\\d+)/(\\d+)"),
                                         QRegularExpression::MultilineOption);
    Epochs e;
    for (auto it = line.globalMatch(QString::fromUtf8(log)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int epoch = m.captured(1).toInt();
        if (e.first < 0)
            e.first = epoch;
        if (m.captured(2) == m.captured(3))
            e.lastFinished = std::max(e.lastFinished, epoch);
    }
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The files in @p dir but the hidden whole copy core::writeFileAtomically leaves when killed
/// between naming a finished file and renaming it into place (microseconds): any such copy of
/// a PNG must decode. Anything else, a part-written temporary above all, is listed.
QStringList filesIn(const QString &dir)
{
    static const QRegularExpression wholeCopy(QStringLiteral("^\\..+\\.tmp-[0-9a-z]+$"));
    QStringList files;
    for (const QString &f : QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (wholeCopy.match(f).hasMatch()
            && (!f.contains(QLatin1String(".png.")) || !readMask(QDir(dir).filePath(f), nullptr).empty())) {
            qInfo("left behind, whole: %s", qPrintable(f));
            continue;
        }
        files << f;
    }
    return files;
}

/// Waits until @p process has printed a line starting with @p prefix (false if it ended first).
bool waitForLine(QProcess &process, QByteArray *seen, const QByteArray &prefix, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!seen->startsWith(prefix) && !seen->contains('\n' + prefix) && timer.elapsed() < timeoutMs) {
        if (process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(50);
        *seen += process.readAll();
    }
    return seen->startsWith(prefix) || seen->contains('\n' + prefix);
}

} // namespace

class TestKillPoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savingMasksAndStatuses();
    void exporting();
    void training();
    void cleanupTestCase();

private:
    QString cli() const { return qEnvironmentVariable("DERMASK_CLI"); }
    void killAtRandom(QProcess &process, int maxMicroseconds);

    QTemporaryDir m_tmp;
    std::mt19937 m_rng{20261201};
    int m_kills = 0;
};

void TestKillPoints::initTestCase()
{
    QVERIFY2(QFile::exists(cli()), "DERMASK_CLI not set");
    QVERIFY(m_tmp.isValid());
}

void TestKillPoints::killAtRandom(QProcess &process, int maxMicroseconds)
{
    QThread::usleep(std::uniform_int_distribution<int>(0, maxMicroseconds)(m_rng));
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    ++m_kills;
}

void TestKillPoints::savingMasksAndStatuses()
{
    const QString data = m_tmp.filePath(QStringLiteral("saves-data"));
    const QString ws = m_tmp.filePath(QStringLiteral("saves-ws"));
    for (int k = 0; k < kSamples; ++k)
        QVERIFY(uitest::writeSample(data, sampleId(k), kSize, cv::Rect(60, 50, 100, 70)));
    // What each sample holds on disk: its version (-1: none yet) and status.
    QVector<int> version(kSamples, -1);
    QVector<SampleStatus> status(kSamples, SampleStatus::Source);
    int next = 0;
    for (int round = 0; round < 80; ++round) {
        QProcess saver;
        saver.setProcessChannelMode(QProcess::SeparateChannels);
        saver.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--saver"), data, ws, QString::number(next)});
        QByteArray out;
        QVERIFY2(waitForLine(saver, &out, "saved ", 20000), saver.readAllStandardError().constData());
        killAtRandom(saver, 30000);
        out += saver.readAllStandardOutput();
        const int last = lastSaved(out);
        for (int i = next; i <= last; ++i) {
            version[i % kSamples] = i % 60;
            status[i % kSamples] = versionStatus(i);
        }
        // The write in flight when it died: sample (last + 1) may hold either version.
        const int inFlight = last + 1;
        Workspace workspace;
        QString error, warning;
        QVERIFY2(openWorkspace(data, ws, &workspace, &error, &warning), qPrintable(error));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        for (int k = 0; k < kSamples; ++k) {
            const QString id = sampleId(k);
            const bool flying = inFlight % kSamples == k;
            const cv::Mat disk = workspace.hasAnnotation(id) ? readMask(workspace.annotationPath(id), &error)
                                                             : cv::Mat();
            const int onDisk = workspace.hasAnnotation(id) ? versionOf(disk) : -1;
            QVERIFY2(!workspace.hasAnnotation(id) || !disk.empty(), qPrintable(error));
            QVERIFY2(onDisk == version[k] || (flying && onDisk == inFlight % 60),
                     qPrintable(QStringLiteral("round %1, %2: version %3 on disk, %4 saved last")
                                    .arg(round).arg(id).arg(onDisk).arg(version[k])));
            if (onDisk >= 0)
                QCOMPARE(cv::countNonZero(disk != versionMask(onDisk)), 0);
            const SampleStatus s = workspace.status(id);
            // Saving an annotation marks it corrected before its own status is written.
            QVERIFY2(s == status[k]
                         || (flying && (s == versionStatus(inFlight) || s == SampleStatus::Corrected)),
                     qPrintable(QStringLiteral("round %1, %2: status %3").arg(round).arg(id, statusName(s))));
            version[k] = onDisk;
            status[k] = s;
        }
        // Opening the workspace removed any whole copy a kill left behind.
        const QStringList annotations =
            QDir(ws + QStringLiteral("/annotations")).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(annotations.size() == kSamples - version.count(-1), qPrintable(annotations.join(' ')));
        next = last + 2;  // a fresh version number for every write
    }
}

void TestKillPoints::exporting()
{
    const QString data = m_tmp.filePath(QStringLiteral("export-data"));
    const QString out = m_tmp.filePath(QStringLiteral("export-out"));
    QProcess sample;
    sample.start(cli(), {"sample", data, "--count", "24", "--seed", "5", "--size", "320x240"});
    QVERIFY(sample.waitForFinished(60000) && sample.exitCode() == 0);
    // The old version of every exported file: the mask turned inside out.
    Dataset dataset;
    QString error;
    QVERIFY2(scanDataset(data, &dataset, &error), qPrintable(error));
    QMap<QString, QByteArray> oldBytes;
    QMap<QString, cv::Mat> newMasks;
    for (const Sample &s : dataset.samples) {
        const cv::Mat mask = readMask(s.maskPath, &error);
        QVERIFY2(!mask.empty(), qPrintable(error));
        const QString name = s.id + QStringLiteral(".png");
        const QString old = m_tmp.filePath(QStringLiteral("export-old/") + name);
        QVERIFY(writePng(old, 255 - mask, &error));
        oldBytes.insert(name, readAll(old));
        newMasks.insert(name, mask);
    }
    int mixed = 0;
    for (int round = 0; round < 80; ++round) {
        QDir(out).removeRecursively();
        QVERIFY(QDir().mkpath(out));
        for (auto it = oldBytes.cbegin(); it != oldBytes.cend(); ++it)
            QVERIFY(uitest::writeBytes(QDir(out).filePath(it.key()), it.value()));
        QProcess exporter;
        exporter.start(cli(), {"export", data, "--out", out, "--naming", "plain"});
        QVERIFY(exporter.waitForStarted(10000));
        killAtRandom(exporter, 150000);
        int renewed = 0;
        // Nothing half-written beside them.
        QVERIFY2(filesIn(out) == QStringList(oldBytes.keys()), qPrintable(filesIn(out).join(' ')));
        for (auto it = oldBytes.cbegin(); it != oldBytes.cend(); ++it) {
            const QString file = QDir(out).filePath(it.key());
            if (readAll(file) == it.value())
                continue;
            const cv::Mat now = readMask(file, &error);
            QVERIFY2(!now.empty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
            QVERIFY2(cv::countNonZero(now != newMasks.value(it.key())) == 0,
                     qPrintable(QStringLiteral("round %1: %2 is neither version").arg(round).arg(it.key())));
            ++renewed;
        }
        mixed += renewed > 0 && renewed < oldBytes.size();
    }
    // The kills fell inside exports, not only before or after them.
    QVERIFY2(mixed >= 5, qPrintable(QStringLiteral("only %1 kills fell inside an export").arg(mixed)));
}

void TestKillPoints::training()
{
    const QString data = m_tmp.filePath(QStringLiteral("train-data"));
    QProcess sample;
    sample.start(cli(), {"sample", data, "--count", "12", "--seed", "3", "--size", "96x72"});
    QVERIFY(sample.waitForFinished(60000) && sample.exitCode() == 0);
    const QString model = m_tmp.filePath(QStringLiteral("train/m.pt"));
    const QString checkpoint = m_tmp.filePath(QStringLiteral("train/m.ckpt"));
    const QStringList args{"train", data, "--out", model, "--model", "unet", "--width", "0.25",
                           "--size", "64", "--batch", "4", "--threads", "1", "--seed", "1"};
    int lastEpoch = 0;  // the last epoch a run reported finished
    for (int round = 0; round < 40; ++round) {
        const bool resume = QFileInfo::exists(checkpoint);
        QProcess trainer;
        trainer.setProcessChannelMode(QProcess::MergedChannels);
        trainer.start(cli(),
                      args + QStringList{"--epochs", "100000"}
                          + (resume ? QStringList{"--resume"} : QStringList{}));
        QByteArray log;
        QVERIFY2(waitForLine(trainer, &log, "epoch ", 60000), log.constData());
        // Resumed from the last checkpoint: it was written after epoch lastEpoch, or after the
        // next one if the kill came between the write and the line.
        const int first = epochsIn(log).first;
        if (resume) {
            QVERIFY2(first == lastEpoch + 1 || first == lastEpoch + 2,
                     qPrintable(QStringLiteral("round %1: resumed at epoch %2 after %3")
                                    .arg(round)
                                    .arg(first)
                                    .arg(lastEpoch)));
        }
        killAtRandom(trainer, 400000);
        log += trainer.readAll();
        lastEpoch = std::max(lastEpoch, epochsIn(log).lastFinished);
        // The model file is whole: it loads.
        Predictor predictor;
        QString error;
        QVERIFY2(predictor.load(model, &error), qPrintable(error));
        QCOMPARE(filesIn(QFileInfo(model).absolutePath()), QStringList({"m.ckpt", "m.json", "m.pt"}));
    }
    // The last checkpoint finishes the run.
    QProcess finish;
    finish.setProcessChannelMode(QProcess::MergedChannels);
    finish.start(cli(), args + QStringList{"--epochs", QString::number(lastEpoch + 3), "--resume"});
    QVERIFY(finish.waitForFinished(120000));
    QVERIFY2(finish.exitCode() == 0, finish.readAll().constData());
}

void TestKillPoints::cleanupTestCase()
{
    // The count the README reports.
    qInfo("%d kills", m_kills);
    QVERIFY(m_kills >= 200);
}

int main(int argc, char **argv)
{
    if (argc == 5 && qstrcmp(argv[1], "--saver") == 0) {
        QCoreApplication app(argc, argv);
        return runSaver(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                        QString::fromLocal8Bit(argv[4]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestKillPoints test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killpoints.moc"
