// The canvas as a user sees it: overlay toggles change the rendered pixels (fill, outline,
// difference colours, heat map, the hold-to-hide key), zoom by keys/wheel/fit/1:1, and a big
// image drawn from a coarse pyramid level when fitted.

#include "ui/canvas/imagecanvas.h"
#include "ui/common/loadedsample.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <opencv2/imgproc.hpp>

using namespace dermask::ui;

namespace {

const QColor kGrey(128, 128, 128);

cv::Mat rectMask(cv::Size size, cv::Rect r)
{
    cv::Mat m = cv::Mat::zeros(size, CV_8UC1);
    m(r).setTo(255);
    return m;
}

MaskLayer layerOf(const cv::Mat &mask, int levels)
{
    MaskLayer layer;
    layer.levels = buildMaskPyramid(mask, levels);
    layer.contours = maskContours(mask);
    layer.area = cv::countNonZero(mask);
    return layer;
}

/// A grey image with a truth rectangle and a prediction rectangle shifted right of it.
LoadedSamplePtr makeSample(cv::Size size, cv::Rect truth, cv::Rect prediction)
{
    auto s = std::make_shared<LoadedSample>();
    s->id = QStringLiteral("grey");
    s->index = 0;
    s->size = QSize(size.width, size.height);
    s->levels = buildImagePyramid(cv::Mat(size, CV_8UC3, cv::Scalar(128, 128, 128)));
    s->truth = layerOf(rectMask(size, truth), s->levelCount());
    s->prediction = layerOf(rectMask(size, prediction), s->levelCount());
    cv::Mat prob(size, CV_8UC1, cv::Scalar(0));
    prob(prediction).setTo(255);
    s->probability = buildMaskPyramid(prob, s->levelCount());
    return s;
}

OverlaySettings plain()
{
    OverlaySettings s;
    s.truth.visible = false;
    s.prediction.visible = false;
    s.truth.color = QColor(0, 255, 0);
    s.prediction.color = QColor(255, 0, 255);
    s.truth.opacity = s.prediction.opacity = 100;
    s.falsePositive = QColor(255, 160, 0);
    s.falseNegative = QColor(0, 0, 255);
    s.differenceOpacity = 100;
    s.heatOpacity = 100;
    return s;
}

bool near(const QColor &a, const QColor &b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestImageCanvas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fillToggleChangesPixels();
    void outlineDrawsOnlyTheBorder();
    void differenceViewColoursDisagreement();
    void holdKeyHidesEveryOverlay();
    void heatMapFollowsProbability();
    void zoomKeysFitAndActualSize();
    void wheelZoomsAtThePointer();
    void bigImageDrawsFromACoarseLevel();
    void undecodableImageShowsItsError();

private:
    /// The colour at image pixel (x, y) as painted now.
    QColor pixelAt(double x, double y);

    std::unique_ptr<ImageCanvas> m_canvas;
    // 200x150 grey; truth at x 40..99, prediction at x 70..129 (overlap 70..99), y 40..99.
    const cv::Size m_size{200, 150};
    const cv::Rect m_truth{40, 40, 60, 60};
    const cv::Rect m_prediction{70, 40, 60, 60};
};

void TestImageCanvas::init()
{
    m_canvas = std::make_unique<ImageCanvas>();
    m_canvas->resize(416, 316);  // fit: 400/200 = 2 px per image pixel
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    m_canvas->setOverlaySettings(plain());
    m_canvas->setSample(makeSample(m_size, m_truth, m_prediction));
}

void TestImageCanvas::cleanup()
{
    m_canvas.reset();
}

QColor TestImageCanvas::pixelAt(double x, double y)
{
    const QImage shot = m_canvas->grab().toImage();
    const double scale = m_canvas->zoom();
    // The image is centred when fitted.
    const QPointF origin((m_canvas->width() - m_size.width * scale) / 2.0,
                         (m_canvas->height() - m_size.height * scale) / 2.0);
    return shot.pixelColor((origin + QPointF(x + 0.5, y + 0.5) * scale).toPoint());
}

void TestImageCanvas::fillToggleChangesPixels()
{
    QCOMPARE(m_canvas->zoom(), 2.0);
    QVERIFY(near(pixelAt(50, 70), kGrey, 2));
    OverlaySettings s = plain();
    s.truth.visible = true;
    s.truth.mode = LayerStyle::Mode::Fill;
    m_canvas->setOverlaySettings(s);
    QVERIFY2(near(pixelAt(50, 70), QColor(0, 255, 0)), "truth fill at full opacity is green");
    QVERIFY(near(pixelAt(150, 70), kGrey, 2));  // outside every mask
    s.truth.opacity = 50;
    m_canvas->setOverlaySettings(s);
    QVERIFY(near(pixelAt(50, 70), QColor(64, 192, 64)));
    s.truth.visible = false;
    m_canvas->setOverlaySettings(s);
    QVERIFY(near(pixelAt(50, 70), kGrey, 2));
}

void TestImageCanvas::outlineDrawsOnlyTheBorder()
{
    OverlaySettings s = plain();
    s.prediction.visible = true;
    s.prediction.mode = LayerStyle::Mode::Contour;
    m_canvas->setOverlaySettings(s);
    QVERIFY2(near(pixelAt(100, 70), kGrey, 2), "inside the prediction stays grey");
    // The outline runs through the centres of the border pixels (x = 70).
    QVERIFY2(near(pixelAt(70, 70), QColor(255, 0, 255), 40), "the border is magenta");
}

void TestImageCanvas::differenceViewColoursDisagreement()
{
    OverlaySettings s = plain();
    s.difference = true;
    m_canvas->setOverlaySettings(s);
    QVERIFY2(near(pixelAt(50, 70), QColor(0, 0, 255)), "mask only: false negative colour");
    QVERIFY2(near(pixelAt(120, 70), QColor(255, 160, 0)), "prediction only: false positive colour");
    QVERIFY2(near(pixelAt(85, 70), kGrey, 2), "agreement stays uncoloured");
    QVERIFY(near(pixelAt(10, 10), kGrey, 2));
}

void TestImageCanvas::holdKeyHidesEveryOverlay()
{
    OverlaySettings s = plain();
    s.difference = true;
    s.truth.visible = true;  // outline too
    m_canvas->setOverlaySettings(s);
    QVERIFY(!near(pixelAt(50, 70), kGrey, 2));
    QTest::keyPress(m_canvas.get(), ImageCanvas::holdToHideKey());
    QVERIFY(m_canvas->overlaysHidden());
    QVERIFY(near(pixelAt(50, 70), kGrey, 2));
    QVERIFY(near(pixelAt(40, 70), kGrey, 2));  // the outline is hidden too
    QTest::keyRelease(m_canvas.get(), ImageCanvas::holdToHideKey());
    QVERIFY(!m_canvas->overlaysHidden());
    QVERIFY(near(pixelAt(50, 70), QColor(0, 0, 255)));
}

void TestImageCanvas::heatMapFollowsProbability()
{
    OverlaySettings s = plain();
    s.heatMap = true;
    m_canvas->setOverlaySettings(s);
    // Probability 1 at full opacity: the top of the palette (red); probability 0: untouched.
    QVERIFY(near(pixelAt(100, 70), QColor(230, 20, 20)));
    QVERIFY(near(pixelAt(10, 70), kGrey, 2));
}

void TestImageCanvas::zoomKeysFitAndActualSize()
{
    QSignalSpy zoomed(m_canvas.get(), &ImageCanvas::zoomChanged);
    QVERIFY(m_canvas->isFitted());
    m_canvas->zoomIn();
    QCOMPARE(m_canvas->zoom(), 2.5);
    QVERIFY(!m_canvas->isFitted());
    m_canvas->zoomOut();
    QCOMPARE(m_canvas->zoom(), 2.0);
    m_canvas->actualSize();
    QCOMPARE(m_canvas->zoom(), 1.0);
    m_canvas->fitToWindow();
    QCOMPARE(m_canvas->zoom(), 2.0);
    QVERIFY(m_canvas->isFitted());
    QCOMPARE(zoomed.count(), 4);
}

void TestImageCanvas::wheelZoomsAtThePointer()
{
    const QPointF pointer(100, 120);
    const QPointF before = m_canvas->toImage(pointer);
    QWheelEvent wheel(pointer, m_canvas->mapToGlobal(pointer), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_canvas.get(), &wheel);
    QVERIFY(qAbs(m_canvas->zoom() - 2.4) < 1e-9);
    const QPointF after = m_canvas->toImage(pointer);
    QVERIFY(qAbs(after.x() - before.x()) < 1e-6 && qAbs(after.y() - before.y()) < 1e-6);
}

void TestImageCanvas::bigImageDrawsFromACoarseLevel()
{
    const cv::Size big(4000, 3000);
    m_canvas->setSample(makeSample(big, cv::Rect(1000, 1000, 1000, 1000), cv::Rect(1500, 1000, 1000, 1000)));
    QSignalSpy painted(m_canvas.get(), &ImageCanvas::framePainted);
    OverlaySettings s = plain();
    s.difference = true;
    m_canvas->setOverlaySettings(s);
    m_canvas->grab();
    // Fitted at 0.1: level 3 (500x375) is the coarsest with a pixel per screen pixel.
    QCOMPARE(m_canvas->lastLevel(), 3);
    QCOMPARE(painted.count(), 1);
    m_canvas->actualSize();
    m_canvas->grab();
    // Level 0 (12 megapixels) is blended in the background; a coarser level stands in meanwhile.
    QTRY_COMPARE_WITH_TIMEOUT((m_canvas->grab(), m_canvas->lastLevel()), 0, 10000);
}

void TestImageCanvas::undecodableImageShowsItsError()
{
    auto broken = std::make_shared<LoadedSample>();
    broken->id = QStringLiteral("broken");
    broken->imageError = QStringLiteral("/data/broken.jpg: truncated file");
    m_canvas->setSample(broken);
    QSignalSpy painted(m_canvas.get(), &ImageCanvas::framePainted);
    const QImage shot = m_canvas->grab().toImage();
    // Showing the error counts as showing the sample (the screenshot option waits for it).
    QCOMPARE(painted.count(), 1);
    QCOMPARE(painted.first().first().toString(), QStringLiteral("broken"));
    // Something (the message) is drawn on the otherwise uniform background.
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 2)
        for (int x = 0; x < shot.width(); x += 2)
            colours.insert(shot.pixel(x, y));
    QVERIFY(colours.size() > 3);
}

QTEST_MAIN(TestImageCanvas)
#include "tst_imagecanvas.moc"
