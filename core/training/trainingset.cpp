#include "core/training/trainingset.h"

#include "core/image/codecs.h"
#include "core/image/imageheader.h"
#include "core/image/imageio.h"
#include "core/util/error.h"

#include <QFileInfo>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <thread>

namespace dermask::core {

QVector<TrainingSample> collectTrainingSamples(const Workspace &workspace, QStringList *skipped)
{
    QVector<TrainingSample> out;
    for (const Sample &s : workspace.dataset().samples) {
        const QString mask = workspace.effectiveMaskPath(s);
        if (mask.isEmpty()) {
            if (skipped)
                skipped->append(s.id);
            continue;
        }
        out.append(TrainingSample{s.id, s.imagePath, mask, cv::Mat(), workspace.splitSide(s.id),
                                  workspace.hasAnnotation(s.id)});
    }
    return out;
}

void keepCorrectionsSince(QVector<TrainingSample> *samples, const QDateTime &since)
{
    for (TrainingSample &s : *samples)
        if (s.corrected && QFileInfo(s.maskPath).lastModified() <= since)
            s.corrected = false;
}

bool collectSplitSamples(Workspace &workspace, double validationFraction, quint64 seed,
                         QVector<TrainingSample> *samples, QString *error, QStringList *skipped)
{
    if (validationFraction <= 0) {
        // No validation asked for: everything learns, and the workspace's split is left alone.
        *samples = collectTrainingSamples(workspace, skipped);
        for (TrainingSample &s : *samples)
            s.side = SplitSide::Train;
        return true;
    }
    QStringList ids;
    for (const TrainingSample &s : collectTrainingSamples(workspace))
        ids.append(s.id);
    if (!workspace.assignSplit(ids, validationFraction, seed, error))
        return false;
    *samples = collectTrainingSamples(workspace, skipped);
    return true;
}

cv::Mat readImageForSize(const QString &path, int size, QString *error)
{
    ImageHeader header;
    QString why;
    if (readImageHeader(path, &header, &why) && header.format == ImageHeader::Format::Jpeg
        && checkImageLimits(header).isEmpty()) {
        const int side = std::min(header.width, header.height);
        int flag = -1;
        if (side >= 8 * size)
            flag = cv::IMREAD_REDUCED_COLOR_8;
        else if (side >= 4 * size)
            flag = cv::IMREAD_REDUCED_COLOR_4;
        else if (side >= 2 * size)
            flag = cv::IMREAD_REDUCED_COLOR_2;
        if (flag >= 0) {
            // As readImageRgb(): the stored orientation, never EXIF's, so masks still fit.
            const cv::Mat bgr = decodeFile(path, flag | cv::IMREAD_IGNORE_ORIENTATION, nullptr);
            if (!bgr.empty()) {
                cv::Mat rgb;
                cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
                return rgb;
            }
        }
    }
    return readImageRgb(path, error);
}

bool TrainingSet::decode(const TrainingSample &sample, int size, cv::Mat *image, cv::Mat *mask,
                         QString *error)
{
    QString why;
    const cv::Mat rgb = readImageForSize(sample.imagePath, size, &why);
    if (rgb.empty()) {
        return fail(error, why);
    }
    cv::Mat m = sample.mask;
    if (m.empty()) {
        m = readMask(sample.maskPath, &why);
        if (m.empty()) {
            return fail(error, why);
        }
    }
    // A reduced JPEG decode changes the image's size but not its aspect: masks are compared by
    // aspect, not pixels, and both are squashed to size x size as the networks expect.
    const double ra = double(rgb.cols) / rgb.rows, ma = double(m.cols) / m.rows;
    if (std::abs(ra - ma) > 0.02 * ra) {
        return fail(error,
                    QStringLiteral("%1: mask is %2x%3 but its image is %4x%5")
                        .arg(sample.maskPath.isEmpty() ? sample.id : sample.maskPath)
                        .arg(m.cols)
                        .arg(m.rows)
                        .arg(rgb.cols)
                        .arg(rgb.rows));
    }
    cv::resize(rgb, *image, cv::Size(size, size), 0, 0, cv::INTER_AREA);
    cv::Mat small;
    cv::resize(m, small, cv::Size(size, size), 0, 0, cv::INTER_AREA);
    cv::threshold(small, *mask, 127, 255, cv::THRESH_BINARY);
    return true;
}

bool TrainingSet::load(const QVector<TrainingSample> &samples, int size, int threads,
                       const std::atomic_bool *cancel)
{
    m_inputSize = size;
    const int n = samples.size();
    QVector<cv::Mat> images(n), masks(n);
    QVector<QString> errors(n);
    std::atomic_int next{0};
    auto work = [&]() {
        for (int i = next++; i < n; i = next++) {
            if (cancel && cancel->load())
                return;
            decode(samples[i], size, &images[i], &masks[i], &errors[i]);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::max(1, threads); ++t)
        pool.emplace_back(work);
    work();
    for (auto &t : pool)
        t.join();
    if (cancel && cancel->load())
        return false;
    m_ids.clear();
    m_images.clear();
    m_masks.clear();
    m_failures.clear();
    for (int i = 0; i < n; ++i) {
        if (images[i].empty()) {
            m_failures << (errors[i].isEmpty() ? samples[i].id : errors[i]);
            continue;
        }
        m_ids << samples[i].id;
        m_images << images[i];
        m_masks << masks[i];
    }
    return true;
}

bool TrainingSet::update(const TrainingSample &sample, QString *error)
{
    cv::Mat image, mask;
    if (!decode(sample, m_inputSize, &image, &mask, error))
        return false;
    const int i = m_ids.indexOf(sample.id);
    if (i < 0) {
        m_ids << sample.id;
        m_images << image;
        m_masks << mask;
    } else {
        m_images[i] = image;
        m_masks[i] = mask;
    }
    return true;
}

void TrainingSet::channelStats(double mean[3], double std[3]) const
{
    double sum[3] = {0, 0, 0}, sq[3] = {0, 0, 0};
    double count = 0;
    for (const cv::Mat &img : m_images) {
        cv::Scalar m, s;
        cv::meanStdDev(img, m, s);
        const double px = double(img.total());
        for (int c = 0; c < 3; ++c) {
            sum[c] += m[c] * px;
            sq[c] += (s[c] * s[c] + m[c] * m[c]) * px;
        }
        count += px;
    }
    for (int c = 0; c < 3; ++c) {
        if (count <= 0) {
            mean[c] = 0.5;
            std[c] = 0.25;
            continue;
        }
        const double mu = sum[c] / count;
        mean[c] = mu / 255.0;
        std[c] = std::max(1e-3, std::sqrt(std::max(0.0, sq[c] / count - mu * mu)) / 255.0);
    }
}

} // namespace dermask::core
