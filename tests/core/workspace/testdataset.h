#pragma once
// Test helper (workspace and export suites): writes a small dataset folder with images and
// source masks of known pixels, and builds its Dataset by hand so these suites test the
// workspace, not the scanner.

#include "core/dataset/dataset.h"
#include "core/workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace dermask::test {

struct SampleSpec
{
    QString id;
    QString imageRel;  ///< relative to the root
    QString maskRel;   ///< relative to the root; empty: no source mask
    cv::Size size;
    bool greyMask = false;  ///< anti-aliased source mask (values between 0 and 255)
};

/// A deterministic source mask for @p id: a disc whose centre depends on the id.
inline cv::Mat sourceMaskFor(const QString &id, cv::Size size)
{
    cv::Mat m = cv::Mat::zeros(size, CV_8UC1);
    const int h = int(qHash(id) % 7);
    cv::circle(m, cv::Point(size.width / 3 + h, size.height / 2), size.height / 4,
               cv::Scalar(255), cv::FILLED);
    return m;
}

/// The grey version written for SampleSpec::greyMask: the disc blurred, so its border holds
/// values between 0 and 255; thresholded at 128 it gives back (nearly) the binary disc.
inline cv::Mat greyMaskFor(const QString &id, cv::Size size)
{
    cv::Mat grey;
    cv::GaussianBlur(sourceMaskFor(id, size), grey, cv::Size(7, 7), 2.0);
    return grey;
}

/// An annotation visibly different from the source mask: a rectangle.
inline cv::Mat annotationFor(cv::Size size, int shift = 0)
{
    cv::Mat m = cv::Mat::zeros(size, CV_8UC1);
    cv::rectangle(m, cv::Rect(size.width / 2 + shift, 2, size.width / 3, size.height / 2),
                  cv::Scalar(255), cv::FILLED);
    return m;
}

inline bool writeSpec(const QString &root, const SampleSpec &spec)
{
    const QString image = QDir(root).filePath(spec.imageRel);
    QDir().mkpath(QFileInfo(image).absolutePath());
    cv::Mat rgb(spec.size, CV_8UC3, cv::Scalar(200, 150, 140));
    cv::circle(rgb, cv::Point(spec.size.width / 3, spec.size.height / 2), spec.size.height / 4,
               cv::Scalar(90, 60, 50), cv::FILLED);
    if (!cv::imwrite(image.toStdString(), rgb))
        return false;
    if (spec.maskRel.isEmpty())
        return true;
    const QString mask = QDir(root).filePath(spec.maskRel);
    QDir().mkpath(QFileInfo(mask).absolutePath());
    const cv::Mat m = spec.greyMask ? greyMaskFor(spec.id, spec.size)
                                    : sourceMaskFor(spec.id, spec.size);
    return cv::imwrite(mask.toStdString(), m);
}

/// Writes @p specs under @p root and returns the matching Dataset (samples sorted by id).
inline core::Dataset makeDataset(const QString &root, QVector<SampleSpec> specs)
{
    core::Dataset dataset;
    dataset.root = QDir::cleanPath(QDir(root).absolutePath());
    dataset.layout = core::Layout::Paired;
    std::sort(specs.begin(), specs.end(),
              [](const SampleSpec &a, const SampleSpec &b) { return a.id < b.id; });
    for (const SampleSpec &spec : specs) {
        if (!writeSpec(root, spec))
            qFatal("cannot write test sample %s", qPrintable(spec.id));
        core::Sample s;
        s.id = spec.id;
        s.imagePath = QDir(dataset.root).filePath(spec.imageRel);
        if (!spec.maskRel.isEmpty())
            s.maskPath = QDir(dataset.root).filePath(spec.maskRel);
        s.width = spec.size.width;
        s.height = spec.size.height;
        dataset.samples.append(s);
    }
    dataset.reindex();
    return dataset;
}

/// The standard small dataset: two with binary masks, one with an anti-aliased mask, one
/// without a mask; sizes differ so a wrong-size check has something to catch.
inline QVector<SampleSpec> standardSpecs()
{
    return {
        {"case_a", "images/case_a.png", "masks/case_a.png", cv::Size(64, 48), false},
        {"case_b", "images/case_b.png", "masks/case_b.png", cv::Size(80, 60), false},
        {"case_c", "images/case_c.png", "masks/case_c.png", cv::Size(72, 40), true},
        {"case_d", "images/case_d.png", QString(), cv::Size(50, 50), false},
    };
}

/// SHA-1 of every file under @p root except the workspace folder: originals must not change.
inline QMap<QString, QByteArray> checksums(const QString &root)
{
    QMap<QString, QByteArray> sums;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(root).relativeFilePath(path);
        if (rel.startsWith(QLatin1String(".dermask/")))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        sums.insert(rel, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1));
    }
    return sums;
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// Every file and folder under @p root made read-only (or writable again).
inline void setReadOnly(const QString &root, bool readOnly)
{
    const QFileDevice::Permissions ro = QFileDevice::ReadOwner | QFileDevice::ReadUser
                                        | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions dirBits = QFileDevice::ExeOwner | QFileDevice::ExeUser
                                             | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const QFileDevice::Permissions w = QFileDevice::WriteOwner | QFileDevice::WriteUser;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    QStringList all{root};
    while (it.hasNext())
        all << it.next();
    for (const QString &p : all) {
        const bool dir = QFileInfo(p).isDir();
        QFile::setPermissions(p,
                              ro | (dir ? dirBits : QFileDevice::Permissions())
                                  | (readOnly ? QFileDevice::Permissions() : w));
    }
}

inline bool sameMask(const cv::Mat &a, const cv::Mat &b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::countNonZero(a != b) == 0;
}

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline const core::Sample &sampleOf(const core::Workspace &ws, const QString &id)
{
    return ws.dataset().samples.at(ws.dataset().indexOf(id));
}

} // namespace dermask::test
