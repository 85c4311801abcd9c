// Huge images in the window, as a user meets them: a reduced preview shows first, with its
// overlays where they belong, and the full read replaces it once the user stays, without the
// view moving; an edit drawn on the preview lands in the full-size mask where it was drawn;
// browser thumbnails read huge images and masks reduced. The images are small here and the
// loader's preview side smaller still, so an 800x600 JPEG previews at 1/4.

#include "core/image/imageio.h"
#include "core/image/previewcache.h"
#include "core/mask/maskdocument.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/common/sampleloader.h"
#include "ui/common/thumbnailcache.h"
#include "ui/common/toolsettings.h"
#include "ui/editing/editcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "tests/support/uitestdata.h"
#include "tests/support/windowparts.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace dermask;
using namespace dermask::ui;

namespace {

const cv::Size kSize(800, 600);
const cv::Rect kTruth(200, 150, 300, 240);

QRectF boundsOf(const QVector<QPolygonF> &polygons)
{
    QRectF r;
    for (const QPolygonF &p : polygons)
        r = r.united(p.boundingRect());
    return r;
}

} // namespace

class TestLargeImages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewFirstThenFullResolutionInPlace();
    void stayingOnAnImageRefinesIt();
    void editOnThePreviewLandsAtFullResolution();
    void thumbnailsOfHugeImagesReadReduced();

private:
    ImageCanvas *canvas() const { return uitest::part<ImageCanvas>(m_window.get()); }
    SampleLoader *loader() const { return uitest::part<SampleLoader>(m_window.get()); }
    EditController *edit() const { return uitest::part<EditController>(m_window.get()); }
    QPoint at(double x, double y) const { return canvas()->toWidget(QPointF(x, y)).toPoint(); }
    /// Opens the dataset with previews at 1/4 and the refine delay @p refineMs, and waits for
    /// the first image's preview.
    void openWithPreviews(int refineMs);

    QTemporaryDir m_tmp;
    QString m_data;
    QString m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestLargeImages::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("DermaskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_largeimages"));
    QDir(core::PreviewCache::defaultFolder()).removeRecursively();
}

void TestLargeImages::init()
{
    m_data = m_tmp.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction()));
    m_ws = m_tmp.filePath(QStringLiteral("ws-%1").arg(QTest::currentTestFunction()));
    QVERIFY(uitest::writeJpegSample(m_data, QStringLiteral("a"), kSize, kTruth));
    QVERIFY(uitest::writeJpegSample(m_data, QStringLiteral("b"), kSize, kTruth));
    MainWindow::Options options;
    options.persistent = false;
    options.workspaceDir = m_ws;
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1000, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestLargeImages::cleanup()
{
    m_window.reset();
}

void TestLargeImages::openWithPreviews(int refineMs)
{
    loader()->setPreviewSide(200);
    loader()->setRefineDelay(refineMs);
    loader()->setPreviewFolder(m_tmp.filePath(QStringLiteral("previews-%1").arg(QTest::currentTestFunction())));
    QSignalSpy opened(m_window.get(), &MainWindow::datasetOpened);
    m_window->openDataset(m_data);
    QVERIFY(opened.wait(10000));
    QCOMPARE(loader()->previewReduction(0), 4);
    QTRY_VERIFY(canvas()->sample() && canvas()->sample()->id == QStringLiteral("a"));
}

void TestLargeImages::previewFirstThenFullResolutionInPlace()
{
    QSignalSpy shown(m_window.get(), &MainWindow::sampleShown);
    openWithPreviews(60000);  // the user has not stopped yet
    if (QTest::currentTestFailed())
        return;
    const LoadedSamplePtr preview = canvas()->sample();
    QVERIFY(preview->isPreview());
    QCOMPARE(preview->size, QSize(800, 600));                 // the canvas maps the full image
    QCOMPARE(preview->levels.front().size(), QSize(200, 150));
    QCOMPARE(preview->truth.levels.front().cols, 200);          // overlays at the same scale
    // The outline lies on the lesion in full-size coordinates, within a preview pixel.
    const QRectF outline = boundsOf(preview->truth.contours);
    QVERIFY2(qAbs(outline.left() - kTruth.x) <= 4 && qAbs(outline.right() - kTruth.br().x) <= 4
                 && qAbs(outline.top() - kTruth.y) <= 4 && qAbs(outline.bottom() - kTruth.br().y) <= 4,
             qPrintable(QStringLiteral("%1,%2 %3x%4").arg(outline.x()).arg(outline.y()).arg(outline.width()).arg(outline.height())));
    QVERIFY(!edit()->document());   // nothing is edited on a preview
    // 200 px wide in a canvas about 600 px wide: fewer pixels than the screen shows, so the
    // image does not count as shown yet (with 1/4 of a 6000 px photo in such a window it does).
    QTest::qWait(200);
    QVERIFY(canvas()->toWidget(QPointF(800, 0)).x() - canvas()->toWidget(QPointF(0, 0)).x() > 200);
    QVERIFY(shown.isEmpty());

    // Zoomed in and moved: the full read must show in exactly the same place.
    canvas()->setZoom(0.9, QPointF(300, 200));
    const double zoom = canvas()->zoom();
    const QPointF corner = canvas()->toWidget(QPointF(kTruth.x, kTruth.y));
    loader()->refine();
    QTRY_VERIFY(canvas()->sample() && !canvas()->sample()->isPreview());
    QCOMPARE(canvas()->sample()->levels.front().size(), QSize(800, 600));
    QCOMPARE(canvas()->zoom(), zoom);
    QCOMPARE(canvas()->toWidget(QPointF(kTruth.x, kTruth.y)), corner);
    QTRY_VERIFY(edit()->document() && edit()->document()->size() == kSize);
    QTRY_VERIFY(shown.contains({QStringLiteral("a")}));
}

void TestLargeImages::stayingOnAnImageRefinesIt()
{
    openWithPreviews(100);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(canvas()->sample()->isPreview());
    // Nothing but time: the full read replaces the preview once the user stays.
    QTRY_VERIFY_WITH_TIMEOUT(canvas()->sample() && !canvas()->sample()->isPreview(), 10000);
    QCOMPARE(canvas()->sample()->id, QStringLiteral("a"));
}

void TestLargeImages::editOnThePreviewLandsAtFullResolution()
{
    openWithPreviews(60000);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(canvas()->sample()->isPreview());
    QVERIFY(m_window->selectTool(QStringLiteral("brush")));
    uitest::part<ToolSettings>(m_window.get())->setBrushSize(20);
    // A stroke along y = 100 from x = 560 to 700, outside the lesion, drawn on the preview.
    ImageCanvas *view = canvas();
    QSignalSpy held(view, &ImageCanvas::fullResolutionWanted);
    QTest::mousePress(view, Qt::LeftButton, {}, at(560, 100));
    for (int x = 580; x <= 700; x += 20) {
        QMouseEvent move(QEvent::MouseMove, at(x, 100), view->mapToGlobal(QPointF(at(x, 100))), Qt::NoButton,
                         Qt::LeftButton, {});
        QApplication::sendEvent(view, &move);
    }
    QTest::mouseRelease(view, Qt::LeftButton, {}, at(700, 100));
    // No mask to edit yet: held, not lost, and the full read asked for at once (it may come
    // in the middle of the stroke; the rest then goes to the tool directly).
    QCOMPARE(held.count(), 1);

    QTRY_VERIFY(edit()->document() && view->sample() && !view->sample()->isPreview());
    QTRY_VERIFY(!view->isHoldingEdit());
    const cv::Mat mask = edit()->document()->mask();
    QCOMPARE(mask.size(), kSize);
    // Where it was drawn, at full resolution: the band y 90..110 between x 560 and 700.
    QCOMPARE(int(mask.at<uchar>(100, 630)), 255);
    QCOMPARE(int(mask.at<uchar>(92, 600)), 255);
    QCOMPARE(int(mask.at<uchar>(100, 540)), 0);
    QCOMPARE(int(mask.at<uchar>(85, 630)), 0);
    QCOMPARE(int(mask.at<uchar>(25, 157)), 0);  // nowhere near a quarter-scale copy of it
    QCOMPARE(cv::countNonZero(mask(kTruth)), kTruth.area());  // the lesion is untouched

    // Saved full size, with the stroke where it was drawn.
    QVERIFY(edit()->saveEverything().isEmpty());
    QString error;
    const cv::Mat disk = core::readMask(m_ws + QStringLiteral("/annotations/a.png"), &error);
    QVERIFY2(!disk.empty(), qPrintable(error));
    QCOMPARE(disk.size(), kSize);
    QCOMPARE(cv::countNonZero(disk != mask), 0);
}

void TestLargeImages::thumbnailsOfHugeImagesReadReduced()
{
    // A 2900x2000 PNG photo: previewed at 1/2 with the default side, and PNG has no reduced
    // decode, so its reduced copies go to the preview cache, which the thumbnail must use.
    m_window.reset();
    const QString data = m_tmp.filePath(QStringLiteral("huge"));
    const cv::Size size(2900, 2000);
    const cv::Rect lesion(900, 600, 1000, 700);
    QVERIFY(uitest::writeSample(data, QStringLiteral("h"), size, lesion));
    QCOMPARE(core::previewReduction(size), 2);
    QString error;
    const auto session = core::DatasetSession::open(data, m_tmp.filePath(QStringLiteral("ws-huge")), &error, nullptr);
    QVERIFY2(session, qPrintable(error));
    const QImage thumbnail =
        ThumbnailCache::makeThumbnail(*session, 0, ThumbnailCache::thumbnailSize(), Qt::green, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(thumbnail.width(), 72);
    QVERIFY(qAbs(thumbnail.height() - 50) <= 1);
    const core::PreviewCache cache;
    QVERIFY(QFile::exists(cache.entryPath(data + QStringLiteral("/images/h.png"), core::PreviewCache::Kind::Image, 2)));
    QVERIFY(QFile::exists(cache.entryPath(data + QStringLiteral("/masks/h.png"), core::PreviewCache::Kind::Mask, 2)));
    // The outline is drawn where the lesion is: green on its left edge (x ~ 22), not in a corner.
    auto greenness = [&](int x, int y) { return qGreen(thumbnail.pixel(x, y)) - qRed(thumbnail.pixel(x, y)); };
    int edge = -255;
    for (int x = 20; x <= 25; ++x)
        edge = std::max(edge, greenness(x, 25));
    QVERIFY2(edge > 40, qPrintable(QString::number(edge)));
    QVERIFY(greenness(2, 2) < 0 && greenness(60, 45) < 0);
}

QTEST_MAIN(TestLargeImages)
#include "tst_largeimages.moc"
