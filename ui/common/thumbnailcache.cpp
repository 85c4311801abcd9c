#include "ui/common/thumbnailcache.h"

#include "core/image/convert.h"
#include "core/image/imageio.h"
#include "core/image/previewcache.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QPainter>
#include <QtConcurrent/qtconcurrentrun.h>
#include <opencv2/imgproc.hpp>

#include <exception>

namespace dermask::ui {

namespace {

// Requests beyond this many are forgotten: they belong to rows scrolled out of sight.
constexpr int kMaxPending = 96;

QImage placeholder(QSize box)
{
    QImage image(box, QImage::Format_RGB32);
    image.fill(QColor(0x50, 0x50, 0x50));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xff, 0x60, 0x60), 3));
    const QRect r = image.rect().adjusted(box.width() / 3, box.height() / 4, -box.width() / 3,
                                          -box.height() / 4);
    p.drawLine(r.topLeft(), r.bottomRight());
    p.drawLine(r.topRight(), r.bottomLeft());
    return image;
}

QImage scaledInto(const cv::Mat &rgb, QSize box)
{
    if (rgb.empty())
        return {};
    cv::Mat small;
    const QSize target = QSize(rgb.cols, rgb.rows).scaled(box, Qt::KeepAspectRatio);
    cv::resize(rgb, small, cv::Size(std::max(1, target.width()), std::max(1, target.height())), 0,
               0, cv::INTER_AREA);
    return core::matToQImage(small).convertToFormat(QImage::Format_RGB32);
}

QImage decodeScaled(const QString &path, QSize box, QString *error)
{
    // QImageReader decodes JPEGs at 1/2..1/8 scale directly: a 4288x2848 photo costs a few
    // milliseconds instead of a full decode.
    QImageReader reader(path);
    reader.setAutoTransform(false);
    const QSize full = reader.size();
    if (full.isValid() && !full.isEmpty()) {
        reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio));
        QImage image = reader.read();
        if (!image.isNull())
            return image.convertToFormat(QImage::Format_RGB32);
    }
    // Formats Qt does not read (16-bit TIFF, odd BMPs): the core decoder.
    return scaledInto(core::readImageRgb(path, error), box);
}

} // namespace

ThumbnailCache::ThumbnailCache(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ThumbnailCache::onFinished);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pending.clear();
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void ThumbnailCache::setSession(core::SessionPtr session)
{
    m_session = std::move(session);
    m_pixmaps.clear();
    m_errors.clear();
    m_pending.clear();
}

void ThumbnailCache::setOutlineColor(const QColor &color)
{
    if (color == m_outline)
        return;
    m_outline = color;
    m_pixmaps.clear();  // made again on the next repaint
}

QPixmap ThumbnailCache::thumbnail(int index)
{
    const auto it = m_pixmaps.constFind(index);
    if (it != m_pixmaps.constEnd())
        return *it;
    if (!m_session || index < 0 || index >= m_session->count())
        return {};
    if (index != m_running) {
        m_pending.removeOne(index);
        m_pending.append(index);
        while (m_pending.size() > kMaxPending)
            m_pending.removeFirst();
        startNext();
    }
    return {};
}

void ThumbnailCache::refresh(int index)
{
    m_pixmaps.remove(index);
    m_errors.remove(index);
    if (index != m_running) {
        m_pending.removeOne(index);
        m_pending.append(index);
    }
    startNext();
}

QImage ThumbnailCache::makeThumbnail(const core::DatasetSession &session, int index, QSize box,
                                     QColor outline, QString *error)
{
    try {
        const core::Sample &sample = session.sample(index);
        // A huge image and its mask are read as the viewer's preview reads them (a JPEG by
        // DCT scaling, the rest through the preview cache, whose copies the viewer then
        // finds): no full-size decode is held for a 72x54 picture.
        const cv::Size full(sample.width, sample.height);
        const int reduction = core::previewReduction(full);
        const core::PreviewCache previews;
        QImage image = reduction > 1 ? scaledInto(previews.readImage(sample.imagePath, reduction, full, error), box)
                                     : decodeScaled(sample.imagePath, box, error);
        if (image.isNull()) {
            if (error && error->isEmpty())
                *error = QCoreApplication::translate("ThumbnailCache", "%1: cannot read the image")
                             .arg(sample.imagePath);
            return placeholder(box);
        }
        const QString maskPath = session.effectiveMaskPath(index);
        if (maskPath.isEmpty())
            return image;
        QString maskError;
        const auto readFull = [&maskPath](QString *e) { return core::readMask(maskPath, e); };
        const cv::Mat mask = reduction > 1
                                 ? previews.read(maskPath, core::PreviewCache::Kind::Mask, reduction, full, readFull, &maskError)
                                 : readFull(&maskError);
        if (mask.empty())
            return image;  // the viewer reports mask problems when the sample is opened
        cv::Mat small;
        cv::resize(mask, small, cv::Size(image.width(), image.height()), 0, 0, cv::INTER_AREA);
        cv::threshold(small, small, 127, 255, cv::THRESH_BINARY);
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(small, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(outline, 1.5));
        for (const auto &contour : contours) {
            QPolygonF polygon;
            for (const cv::Point &p : contour)
                polygon.append(QPointF(p.x + 0.5, p.y + 0.5));
            painter.drawPolygon(polygon);
        }
        return image;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
        return placeholder(box);
    }
}

void ThumbnailCache::startNext()
{
    if (m_watcher.isRunning() || m_running >= 0 || !m_session)
        return;
    while (!m_pending.isEmpty()) {
        const int index = m_pending.takeLast();
        if (m_pixmaps.contains(index))
            continue;
        m_running = index;
        const core::SessionPtr session = m_session;
        const QSize box = thumbnailSize();
        const QColor outline = m_outline;
        m_watcher.setFuture(core::runInBackground(&m_pool, [session, index, box, outline] {
            Result result;
            result.index = index;
            result.serial = session->serial();
            result.image = makeThumbnail(*session, index, box, outline, &result.error);
            return result;
        }));
        return;
    }
    Q_EMIT idle();
}

void ThumbnailCache::onFinished()
{
    const Result result = m_watcher.future().resultCount() > 0 ? m_watcher.result() : Result();
    m_running = -1;
    if (m_session && result.serial == m_session->serial() && result.index >= 0) {
        m_pixmaps.insert(result.index, QPixmap::fromImage(result.image));
        if (!result.error.isEmpty())
            m_errors.insert(result.index, result.error);
        Q_EMIT ready(result.index);
    }
    startNext();
}

} // namespace dermask::ui
