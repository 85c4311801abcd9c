#pragma once
// Browser thumbnails, made in the background one at a time, newest request first: rows the
// user scrolled past are not worth decoding, rows on screen are asked for again on repaint.

#include "core/session/datasetsession.h"
#include "core/util/background.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QThreadPool>

namespace dermask::ui {

class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    /// The box a thumbnail fits in (aspect ratio kept).
    static QSize thumbnailSize() { return QSize(72, 54); }

    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    void setSession(core::SessionPtr session);
    /// Colour of the mask outline drawn on thumbnails.
    void setOutlineColor(const QColor &color);

    /// The thumbnail if made; otherwise a null pixmap, and it is queued (ready() follows).
    QPixmap thumbnail(int index);
    bool isReady(int index) const { return m_pixmaps.contains(index); }
    /// Why a thumbnail could not be made (names the file), or empty.
    QString error(int index) const { return m_errors.value(index); }
    /// Makes @p index again (its mask changed).
    void refresh(int index);
    bool isIdle() const { return m_pending.isEmpty() && !m_watcher.isRunning(); }

    /// Made on a worker thread: the image scaled into @p box with the mask outline on top. A
    /// huge image and its mask are read reduced (core::PreviewCache), as the viewer's preview.
    static QImage makeThumbnail(const core::DatasetSession &session, int index, QSize box,
                                QColor outline, QString *error);

Q_SIGNALS:
    void ready(int index);
    void idle();

private:
    struct Result
    {
        int index = -1;
        quint64 serial = 0;
        QImage image;
        QString error;
    };
    void startNext();
    void onFinished();

    QThreadPool m_pool;
    core::SessionPtr m_session;
    QColor m_outline = QColor(0x00, 0xe6, 0x76);
    QHash<int, QPixmap> m_pixmaps;
    QHash<int, QString> m_errors;
    QList<int> m_pending;  ///< newest last
    int m_running = -1;
    core::Watcher<Result> m_watcher;
};

} // namespace dermask::ui
