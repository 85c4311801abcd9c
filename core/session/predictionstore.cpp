#include "core/session/predictionstore.h"

#include "core/image/codecs.h"
#include "core/image/imageio.h"
#include "core/util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <opencv2/imgcodecs.hpp>

namespace dermask::core {

PredictionStore::PredictionStore(const QString &folder) : m_folder(QDir::cleanPath(folder)) {}

QString PredictionStore::maskPath(const QString &id) const
{
    return isNull() ? QString() : QDir(m_folder).filePath(id + QStringLiteral(".png"));
}

namespace {
const QLatin1String kProbabilitySuffix("_prob");
}

QString PredictionStore::probabilityPath(const QString &id) const
{
    return isNull() ? QString() : QDir(m_folder).filePath(id + kProbabilitySuffix + QStringLiteral(".png"));
}

bool PredictionStore::isProbabilityFile(const QString &fileName)
{
    return QFileInfo(fileName).completeBaseName().endsWith(kProbabilitySuffix);
}

bool PredictionStore::hasMask(const QString &id) const
{
    return !isNull() && QFileInfo::exists(maskPath(id));
}

bool PredictionStore::hasProbability(const QString &id) const
{
    return !isNull() && QFileInfo::exists(probabilityPath(id));
}

bool PredictionStore::isUpToDate(const QString &id, const QDateTime &time) const
{
    const QFileInfo mask(maskPath(id));
    return !isNull() && mask.exists() && mask.lastModified() >= time;
}

cv::Mat PredictionStore::encodeProbability(const cv::Mat &probability)
{
    if (probability.empty() || probability.type() == CV_8UC1)
        return probability;
    cv::Mat encoded;
    probability.convertTo(encoded, CV_8UC1, 255.0, 0.0);  // saturating, rounded
    return encoded;
}

bool PredictionStore::write(const QString &id, const cv::Mat &mask, const cv::Mat &probability,
                            QString *error) const
{
    if (isNull())
        return fail(error, tr("%1: no folder to write the prediction to").arg(id));
    if (mask.empty() || mask.type() != CV_8UC1)
        return fail(error, tr("%1: the predicted mask must be 8-bit single channel").arg(id));
    if (!probability.empty() && probability.size() != mask.size())
        return fail(error, tr("%1: the probability map and the mask differ in size").arg(id));
    if (!QDir().mkpath(m_folder))
        return fail(error, tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(m_folder)));
    return writePng(maskPath(id), mask, error)
           && (probability.empty() || writePng(probabilityPath(id), encodeProbability(probability), error));
}

cv::Mat PredictionStore::readMask(const QString &id, cv::Size expected, QString *error) const
{
    if (!hasMask(id))
        return {};
    return core::readMask(maskPath(id), error, expected);
}

cv::Mat PredictionStore::readProbability(const QString &id, cv::Size expected, QString *error) const
{
    if (!hasProbability(id))
        return {};
    return readProbabilityFile(probabilityPath(id), expected, error);
}

cv::Mat PredictionStore::readProbabilityFile(const QString &path, cv::Size expected, QString *error)
{
    const cv::Mat raw = decodeFile(path, cv::IMREAD_GRAYSCALE | cv::IMREAD_ANYDEPTH, nullptr);
    if (raw.empty()) {
        fail(error, tr("%1: cannot read the probability map").arg(path));
        return {};
    }
    cv::Mat map;
    if (raw.depth() == CV_16U)
        raw.convertTo(map, CV_8U, 1.0 / 257.0);
    else
        map = raw;
    if (map.type() != CV_8UC1) {
        fail(error, tr("%1: the probability map is not a grey image").arg(path));
        return {};
    }
    if (!expected.empty() && map.size() != expected) {
        fail(error, tr("%1: the probability map is %2x%3 but its image is %4x%5")
                        .arg(path)
                        .arg(map.cols)
                        .arg(map.rows)
                        .arg(expected.width)
                        .arg(expected.height));
        return {};
    }
    return map;
}

} // namespace dermask::core
