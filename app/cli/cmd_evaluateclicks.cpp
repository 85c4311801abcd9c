// dermask-cli evaluate-clicks DIR (--model CLICKMODEL | --baseline grabcut) [--max-clicks N] [--no-flips] [--box] [--csv FILE] [--json]

#include "app/cli/cli.h"
#include "core/click/clickprotocol.h"
#include "core/image/imageio.h"
#include "core/inference/clickcorrector.h"
#include "core/inference/predictor.h"
#include "core/mask/grabcut.h"
#include "core/util/atomicfile.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QtConcurrent/QtConcurrentMap>
#include <opencv2/imgproc.hpp>

#include <atomic>

namespace dermask::cli {

namespace {

/// The clicks after which the mean IoU is reported.
const int kReportedClicks[] = {1, 2, 3, 5, 10};

/// The box a person would draw around the lesion part of @p truth under @p click: its bounding
/// box, a little wider, within the image.
cv::Rect lesionBox(const cv::Mat &truth, const core::Click &click)
{
    cv::Mat lesion, labels, stats, centroids;
    cv::compare(truth, 0, lesion, cv::CMP_NE);
    cv::connectedComponentsWithStats(lesion, labels, stats, centroids, 8);
    const int label = labels.at<int>(click.point);
    const cv::Rect r(stats.at<int>(label, cv::CC_STAT_LEFT), stats.at<int>(label, cv::CC_STAT_TOP),
                     stats.at<int>(label, cv::CC_STAT_WIDTH), stats.at<int>(label, cv::CC_STAT_HEIGHT));
    const int pad = std::max(2, std::max(r.width, r.height) / 20);
    return cv::Rect(r.x - pad, r.y - pad, r.width + 2 * pad, r.height + 2 * pad) & cv::Rect(0, 0, truth.cols, truth.rows);
}

/// GrabCut played by the protocol's annotator: the first click's lesion part gets the box a
/// person would draw around it, and every later click becomes a stroke, lesion or skin, that
/// the next cut must respect.
core::ClickSegmenter grabCutAnnotator(const cv::Mat &rgb, const cv::Mat &truth)
{
    const int radius = std::max(2, int(std::lround(std::max(rgb.cols, rgb.rows) * 0.008)));
    return [rgb, truth, radius, box = QRect()](const std::vector<core::Click> &clicks,
                                               const cv::Mat &) mutable -> cv::Mat {
        if (box.isNull()) {
            const cv::Rect r = lesionBox(truth, clicks.front());
            box = QRect(r.x, r.y, r.width, r.height);
        }
        cv::Mat hints = cv::Mat::zeros(rgb.size(), CV_8UC1);
        for (size_t i = 1; i < clicks.size(); ++i) {
            cv::circle(hints, clicks[i].point, radius,
                       cv::Scalar(clicks[i].positive ? core::kGrabCutForeground : core::kGrabCutBackground),
                       cv::FILLED);
        }
        QString error;
        return core::grabCutMask(rgb, box, hints, &error);
    };
}

/// The click model played by the protocol's annotator: each answer is the model's
/// correction of its previous one. With @p box, the first answer is started from the box
/// around the first click's lesion part, as for GrabCut, and the clicks after it correct it.
core::ClickSegmenter modelAnnotator(core::ClickCorrector *corrector, const cv::Mat &truth, bool box)
{
    return [corrector, truth, box](const std::vector<core::Click> &clicks, const cv::Mat &previous) -> cv::Mat {
        cv::Mat out;
        QString error;
        const bool ok = box && previous.empty() && clicks.size() == 1
                            ? corrector->startFromBox(previous, lesionBox(truth, clicks.front()), &out, nullptr, &error)
                            : corrector->correct(previous, clicks, &out, nullptr, &error);
        if (!ok)
            throw std::runtime_error(error.toStdString());
        return out;
    };
}

struct Played
{
    QString id;
    cv::Size size;
    int lesionPixels = 0;
    std::vector<double> ious;
    QString error;
};

/// Plays the annotator on image @p index with the segmenter @p method makes for it.
Played play(const core::DatasetSession &session, int index, int maxClicks,
            const std::function<core::ClickSegmenter(const cv::Mat &rgb, const cv::Mat &truth)> &method)
{
    Played p;
    const core::Sample &s = session.dataset().samples.at(index);
    p.id = s.id;
    const cv::Mat rgb = core::readImageRgb(s.imagePath, &p.error);
    const cv::Mat truth = rgb.empty() ? cv::Mat() : session.effectiveMask(index, rgb.size(), &p.error);
    if (truth.empty())
        return p;
    p.size = truth.size();
    p.lesionPixels = cv::countNonZero(truth);
    try {
        p.ious = core::playAnnotator(truth, maxClicks, method(rgb, truth));
    } catch (const std::exception &e) {
        p.error = QStringLiteral("%1: %2").arg(s.imagePath, QString::fromStdString(e.what()));
    }
    return p;
}

} // namespace

int runEvaluateClicks(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures click-based correction the way the field does (RITM): on every image with a "
        "mask, a simulated annotator clicks the middle of the largest error, lesion where lesion "
        "was missed and skin where skin was taken, and the method redraws the mask. Prints "
        "NoC@85 and NoC@90 (mean clicks to reach IoU 0.85 / 0.90, a failure counting the "
        "maximum), the failures at 0.90, and the mean IoU after 1, 2, 3, 5 and 10 clicks. "
        "--model plays a click model (train --click); --baseline grabcut plays GrabCut: a box "
        "around the first click's lesion, then each click as a stroke."));
    const QCommandLineOption modelOpt(QStringLiteral("model"), QStringLiteral("The click model to play."),
                                      QStringLiteral("CLICKMODEL"));
    const QCommandLineOption baselineOpt(
        QStringLiteral("baseline"), QStringLiteral("The baseline to play: grabcut."), QStringLiteral("METHOD"));
    const QCommandLineOption maxOpt(QStringLiteral("max-clicks"),
                                    QStringLiteral("Clicks per image (default 20)."), QStringLiteral("N"));
    const QCommandLineOption noFlipsOpt(
        QStringLiteral("no-flips"),
        QStringLiteral("The click model answers from its view alone, not the mean of its four flips (as the app does)."));
    const QCommandLineOption boxOpt(
        QStringLiteral("box"),
        QStringLiteral("The click model starts from a box around the first click's lesion, as GrabCut does, "
                       "the box counting as the first click."));
    const QCommandLineOption csvOpt(
        QStringLiteral("csv"),
        QStringLiteral("Write one line per image to FILE: its size, lesion pixels, clicks to IoU 0.85 and 0.90, "
                       "whether it reached 0.90, and the IoU after each click."),
        QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions({modelOpt, baselineOpt, maxOpt, noFlipsOpt, boxOpt, csvOpt, jsonOpt});
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Dataset with masks."));
    int exitCode = Ok;
    if (!parseArguments(parser, args, 1, &exitCode))
        return exitCode;
    const bool grabCut = parser.value(baselineOpt) == QLatin1String("grabcut");
    if (parser.isSet(modelOpt) == grabCut || (parser.isSet(baselineOpt) && !grabCut)) {
        printError(QStringLiteral("evaluate-clicks needs --model CLICKMODEL or --baseline grabcut (the method to play)"));
        return UsageError;
    }
    int maxClicks = 20;
    if (!intOption(parser, QStringLiteral("max-clicks"), 1, 100, &maxClicks))
        return UsageError;
    const core::SessionPtr session = openSession(parser.positionalArguments().first());
    if (!session)
        return RuntimeError;
    QVector<int> withMask;
    for (int i = 0; i < session->dataset().samples.size(); ++i) {
        if (!session->effectiveMaskPath(i).isEmpty())
            withMask.append(i);
    }
    if (withMask.isEmpty()) {
        printError(QStringLiteral("%1: no image has a mask").arg(session->dataset().root));
        return RuntimeError;
    }

    const QString method = grabCut ? QStringLiteral("grabcut") : QFileInfo(parser.value(modelOpt)).fileName();
    core::Predictor predictor;
    core::ClickCorrector corrector(&predictor);
    if (!grabCut) {
        QString error;
        if (!predictor.load(parser.value(modelOpt), &error)) {
            printError(error);
            return RuntimeError;
        }
        if (predictor.info().task != core::ModelTask::Click) {
            printError(QStringLiteral("%1 is a segmentation model; evaluate-clicks plays a click model "
                                      "(dermask-cli train --click makes one)")
                           .arg(parser.value(modelOpt)));
            return UsageError;
        }
        predictor.setThreads(0);
        corrector.setFlips(!parser.isSet(noFlipsOpt));
    }

    QElapsedTimer timer;
    timer.start();
    QMutex printing;
    std::atomic<int> done{0};
    auto report = [&] {
        const QMutexLocker lock(&printing);
        printProgress(QStringLiteral("evaluate-clicks: %1/%2").arg(++done).arg(withMask.size()));
    };
    QVector<Played> results;
    if (grabCut) {  // one image per core: GrabCut is single-threaded
        results = QtConcurrent::blockingMapped<QVector<Played>>(withMask, [&](int index) {
            const Played p = play(*session, index, maxClicks, grabCutAnnotator);
            report();
            return p;
        });
    } else {  // one image at a time: the model uses every core
        for (int index : withMask) {
            results.append(play(*session, index, maxClicks, [&](const cv::Mat &rgb, const cv::Mat &truth) {
                corrector.setImage(rgb);
                return modelAnnotator(&corrector, truth, parser.isSet(boxOpt));
            }));
            report();
        }
    }
    finishProgress();
    std::vector<std::vector<double>> curves;
    QByteArray csv = "id,width,height,lesion_pixels,clicks_to_85,clicks_to_90,reached_90";
    for (int k = 1; k <= maxClicks; ++k)
        csv += ",iou_" + QByteArray::number(k);
    csv += '\n';
    for (const Played &p : results) {
        if (p.ious.empty()) {
            printError(QStringLiteral("skipped: %1").arg(p.error));
            continue;
        }
        curves.push_back(p.ious);
        QStringList row{p.id,
                        QString::number(p.size.width),
                        QString::number(p.size.height),
                        QString::number(p.lesionPixels),
                        QString::number(core::clicksToReach(p.ious, 0.85, maxClicks)),
                        QString::number(core::clicksToReach(p.ious, 0.90, maxClicks)),
                        QString::number(int(core::reachesWithin(p.ious, 0.90, maxClicks)))};
        for (double iou : p.ious)
            row << QString::number(iou, 'f', 6);
        csv += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    if (curves.empty())
        return RuntimeError;
    QString csvError;
    if (parser.isSet(csvOpt) && !core::writeFileAtomically(parser.value(csvOpt), csv, &csvError)) {
        printError(csvError);
        return RuntimeError;
    }
    const core::ClickSummary sum = core::summarizeClicks(curves, maxClicks);
    const double seconds = timer.elapsed() / 1000.0;
    QJsonObject after;
    QStringList clicksText, afterText;
    for (int k : kReportedClicks) {
        if (k > maxClicks)
            continue;
        after.insert(QString::number(k), sum.meanIoU[size_t(k - 1)]);
        clicksText << QString::number(k);
        afterText << QString::number(sum.meanIoU[size_t(k - 1)], 'f', 3);
    }
    if (parser.isSet(jsonOpt)) {
        const QJsonObject o{{QStringLiteral("method"), method},
                            {QStringLiteral("flips"), !grabCut && !parser.isSet(noFlipsOpt)},
                            {QStringLiteral("box"), grabCut || parser.isSet(boxOpt)},
                            {QStringLiteral("images"), sum.images},
                            {QStringLiteral("max_clicks"), maxClicks},
                            {QStringLiteral("noc85"), sum.nocAt85},
                            {QStringLiteral("noc90"), sum.nocAt90},
                            {QStringLiteral("failures90"), sum.failuresAt90},
                            {QStringLiteral("iou_after"), after},
                            {QStringLiteral("seconds"), seconds}};
        printLine(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        printLine(QStringLiteral("%1 on %2 images, up to %3 clicks (%4 s)")
                      .arg(method)
                      .arg(sum.images)
                      .arg(maxClicks)
                      .arg(seconds, 0, 'f', 1));
        printLine(QStringLiteral("NoC@85 %1  NoC@90 %2  failures at IoU 0.90: %3 (%4%)")
                      .arg(sum.nocAt85, 0, 'f', 2)
                      .arg(sum.nocAt90, 0, 'f', 2)
                      .arg(sum.failuresAt90)
                      .arg(100.0 * sum.failuresAt90 / sum.images, 0, 'f', 1));
        printLine(QStringLiteral("mean IoU after %1 clicks: %2")
                      .arg(clicksText.join(QStringLiteral(", ")), afterText.join(QLatin1Char(' '))));
    }
    return results.size() == int(curves.size()) ? Ok : RuntimeError;
}

} // namespace dermask::cli
