// The editing tools on the canvas as a user drives them, with QTest mouse events: a brush
// stroke paints exactly the pixels of the core brush along the mouse path and is one undo
// step; undo and redo restore exactly; a long stroke merges; the right button erases; lasso,
// polygon, flood fill, GrabCut (box, then a hint stroke) and the prediction lasso give the
// masks the test draws; the canvas shows the painted pixels; pan keeps working.

#include "core/mask/brush.h"
#include "core/mask/maskdocument.h"
#include "core/mask/maskops.h"
#include "core/metrics/metrics.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/common/loadedsample.h"
#include "ui/tools/brushtool.h"
#include "ui/tools/floodtool.h"
#include "ui/tools/grabcuttool.h"
#include "ui/tools/lassotool.h"
#include "ui/common/toolsettings.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>
#include <opencv2/imgproc.hpp>

using namespace dermask;
using namespace dermask::ui;

namespace {

const cv::Size kSize(200, 150);
const cv::Rect kLesion(60, 40, 80, 60);  // the dark ellipse of the image, and the prediction

/// Skin-coloured image with a dark ellipse inside kLesion; prediction probability 0.9 inside
/// the ellipse, 0.2 outside.
LoadedSamplePtr makeSample()
{
    auto s = std::make_shared<LoadedSample>();
    s->id = QStringLiteral("s");
    s->index = 0;
    s->size = QSize(kSize.width, kSize.height);
    cv::Mat rgb(kSize, CV_8UC3, cv::Scalar(225, 165, 145));
    cv::Mat lesion = cv::Mat::zeros(kSize, CV_8UC1);
    cv::ellipse(lesion, (kLesion.tl() + kLesion.br()) / 2, kLesion.size() / 2, 0, 0, 360, cv::Scalar(255), cv::FILLED);
    rgb.setTo(cv::Scalar(95, 60, 50), lesion);
    s->levels = buildImagePyramid(rgb);
    cv::Mat prob(kSize, CV_8UC1, cv::Scalar(51));
    prob.setTo(230, lesion);
    s->probability = buildMaskPyramid(prob, s->levelCount());
    s->prediction = makeMaskLayer(lesion, s->levelCount());
    return s;
}

cv::Mat ellipseMask()
{
    cv::Mat m = cv::Mat::zeros(kSize, CV_8UC1);
    cv::ellipse(m, (kLesion.tl() + kLesion.br()) / 2, kLesion.size() / 2, 0, 0, 360, cv::Scalar(255), cv::FILLED);
    return m;
}

int differing(const cv::Mat &a, const cv::Mat &b)
{
    return cv::countNonZero(a != b);
}

} // namespace

class TestCanvasTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void brushStrokePaintsThePath_data();
    void brushStrokePaintsThePath();
    void longStrokeIsOneMergedStep();
    void rightButtonErasesAndEraserErases();
    void canvasShowsThePaintedPixels();
    void undoDuringADragEndsTheStroke();
    void brushSizeByCtrlWheel();
    void lassoAddsAndSubtracts();
    void polygonByClicks();
    void floodFillFillsAHole();
    void grabCutFindsTheLesionAndHintsRefine();
    void grabCutLandsAfterAnotherToolIsChosen();
    void predictionLassoTakesThePredictionInside();
    void panWithoutToolAndWithSpace();

private:
    QPoint widgetAt(double x, double y) const { return m_canvas->toWidget(QPointF(x, y)).toPoint(); }
    void startDocument(const cv::Mat &mask);
    void drag(Qt::MouseButton button, const QVector<QPoint> &points, Qt::KeyboardModifiers modifiers = {});

    std::unique_ptr<ImageCanvas> m_canvas;
    std::unique_ptr<core::MaskDocument> m_doc;
    std::unique_ptr<ToolSettings> m_settings;
    LoadedSamplePtr m_sample;
};

void TestCanvasTools::init()
{
    m_settings = std::make_unique<ToolSettings>();
    m_canvas = std::make_unique<ImageCanvas>();
    m_canvas->resize(416, 316);  // fitted: 2 widget pixels per image pixel
    m_canvas->show();
    QApplication::setActiveWindow(m_canvas.get());
    QVERIFY(QTest::qWaitForWindowActive(m_canvas.get()));
    m_sample = makeSample();
    m_canvas->setSample(m_sample);
    startDocument(cv::Mat());
}

void TestCanvasTools::cleanup()
{
    m_canvas.reset();
    m_doc.reset();
    m_settings.reset();
}

void TestCanvasTools::startDocument(const cv::Mat &mask)
{
    m_canvas->setDocument(nullptr);
    QString error;
    m_doc = core::MaskDocument::create(QStringLiteral("s"), kSize, mask, mask, &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_canvas->setDocument(m_doc.get());
}

void TestCanvasTools::drag(Qt::MouseButton button, const QVector<QPoint> &points, Qt::KeyboardModifiers modifiers)
{
    QTest::mousePress(m_canvas.get(), button, modifiers, points.first());
    for (int i = 1; i < points.size(); ++i) {
        QMouseEvent move(QEvent::MouseMove, points[i], m_canvas->mapToGlobal(QPointF(points[i])), Qt::NoButton,
                         button, modifiers);
        QApplication::sendEvent(m_canvas.get(), &move);
    }
    QTest::mouseRelease(m_canvas.get(), button, modifiers, points.last());
}

void TestCanvasTools::brushStrokePaintsThePath_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("size");
    QTest::newRow("fitted, 6 px") << 0.0 << 6.0;
    QTest::newRow("1:1, 9 px") << 1.0 << 9.0;
    QTest::newRow("4x, 1 px") << 4.0 << 1.0;
}

void TestCanvasTools::brushStrokePaintsThePath()
{
    QFETCH(double, zoom);
    QFETCH(double, size);
    if (zoom > 0)
        m_canvas->setZoom(zoom, m_canvas->toWidget(QPointF(100, 75)));
    BrushTool brush(BrushTool::Kind::Brush, m_settings.get());
    m_settings->setBrushSize(size);
    m_canvas->setTool(&brush);
    const QVector<QPoint> path = {widgetAt(80, 60), widgetAt(95, 62), widgetAt(110, 80), widgetAt(118, 90)};
    drag(Qt::LeftButton, path);

    // The core brush along the same image points is what the canvas must have painted.
    QVector<QPointF> imagePoints;
    for (const QPoint &p : path)
        imagePoints.append(m_canvas->toImage(QPointF(p)));
    cv::Mat expected = cv::Mat::zeros(kSize, CV_8UC1);
    core::paintStroke(expected, imagePoints, size, 255);
    QVERIFY(cv::countNonZero(expected) > 10);
    QCOMPARE(differing(m_doc->mask(), expected), 0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Brush %1 px").arg(size));
    QVERIFY(!m_doc->isStroking());

    m_doc->undoStack()->undo();
    QCOMPARE(cv::countNonZero(m_doc->mask()), 0);
    m_doc->undoStack()->redo();
    QCOMPARE(differing(m_doc->mask(), expected), 0);
}

void TestCanvasTools::longStrokeIsOneMergedStep()
{
    BrushTool brush(BrushTool::Kind::Brush, m_settings.get());
    m_settings->setBrushSize(4);
    m_canvas->setTool(&brush);
    QVector<QPoint> path;
    for (int i = 0; i <= 300; ++i)
        path.append(widgetAt(20 + i * 0.5, 75 + 30 * std::sin(i / 20.0)));
    QSignalSpy pushed(m_doc->undoStack(), &QUndoStack::indexChanged);
    drag(Qt::LeftButton, path);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->index(), 1);
    const int painted = cv::countNonZero(m_doc->mask());
    QVERIFY(painted > 150 * 3);
    m_doc->undoStack()->undo();
    QCOMPARE(cv::countNonZero(m_doc->mask()), 0);
}

void TestCanvasTools::rightButtonErasesAndEraserErases()
{
    const cv::Mat full(kSize, CV_8UC1, cv::Scalar(255));
    startDocument(full);
    BrushTool brush(BrushTool::Kind::Brush, m_settings.get());
    m_settings->setBrushSize(10);
    m_canvas->setTool(&brush);
    drag(Qt::RightButton, {widgetAt(50, 50), widgetAt(150, 50)});
    QCOMPARE(m_doc->mask().at<uchar>(50, 100), uchar(0));
    QCOMPARE(m_doc->mask().at<uchar>(100, 100), uchar(255));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Erase 10 px"));

    BrushTool eraser(BrushTool::Kind::Eraser, m_settings.get());
    m_canvas->setTool(&eraser);
    drag(Qt::LeftButton, {widgetAt(50, 100), widgetAt(150, 100)});
    QCOMPARE(m_doc->mask().at<uchar>(100, 100), uchar(0));
    drag(Qt::RightButton, {widgetAt(100, 40), widgetAt(100, 110)});  // the eraser's right button paints
    QCOMPARE(m_doc->mask().at<uchar>(50, 100), uchar(255));
    QCOMPARE(m_doc->undoStack()->count(), 3);
}

void TestCanvasTools::canvasShowsThePaintedPixels()
{
    OverlaySettings s;
    s.truth.color = QColor(0, 255, 0);
    s.truth.mode = LayerStyle::Mode::Fill;
    s.truth.opacity = 100;
    s.prediction.visible = false;
    m_canvas->setOverlaySettings(s);
    BrushTool brush(BrushTool::Kind::Brush, m_settings.get());
    m_settings->setBrushSize(20);
    m_canvas->setTool(&brush);
    // (The brush outline circles the last mouse position, (40, 20), 10 pixels out.)
    const QColor before = m_canvas->grab().toImage().pixelColor(widgetAt(40.5, 20.5));
    QVERIFY(before.green() < 200);
    drag(Qt::LeftButton, {widgetAt(30, 20), widgetAt(40, 20)});
    QCoreApplication::processEvents();
    const QImage shot = m_canvas->grab().toImage();
    QCOMPARE(shot.pixelColor(widgetAt(40.5, 20.5)), QColor(0, 255, 0));
    QCOMPARE(shot.pixelColor(widgetAt(40.5, 60.5)), before);  // untouched skin
    // Undo shows the image again where the stroke was.
    m_doc->undoStack()->undo();
    QCOMPARE(m_canvas->grab().toImage().pixelColor(widgetAt(40.5, 20.5)), before);
}

void TestCanvasTools::undoDuringADragEndsTheStroke()
{
    BrushTool brush(BrushTool::Kind::Brush, m_settings.get());
    m_settings->setBrushSize(5);
    m_canvas->setTool(&brush);
    drag(Qt::LeftButton, {widgetAt(20, 20), widgetAt(40, 20)});
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, widgetAt(20, 60));
    QTest::mouseMove(m_canvas.get(), widgetAt(40, 60));
    m_doc->undoStack()->undo();  // Ctrl+Z while the button is still down
    QTest::mouseMove(m_canvas.get(), widgetAt(60, 60));
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, widgetAt(60, 60));
    // The first stroke stays; nothing of the second (undone, then ignored) is painted.
    QCOMPARE(m_doc->undoStack()->index(), 1);
    QCOMPARE(m_doc->mask().at<uchar>(20, 30), uchar(255));
    QCOMPARE(cv::countNonZero(m_doc->mask().row(60)), 0);
}

void TestCanvasTools::brushSizeByCtrlWheel()
{
    BrushTool brush(BrushTool::Kind::Brush, m_settings.get());
    m_settings->setBrushSize(20);
    m_canvas->setTool(&brush);
    const double zoom = m_canvas->zoom();
    const QPointF at = widgetAt(100, 75);
    QWheelEvent up(at, m_canvas->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                   Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_canvas.get(), &up);
    QCOMPARE(m_settings->brushSize(), 24.0);  // two notches: 20 -> 22 -> 24
    QCOMPARE(m_canvas->zoom(), zoom);         // Ctrl+wheel sizes the brush, it does not zoom
    QCOMPARE(ToolSettings::steppedSize(5, -1), 4.0);
    QCOMPARE(ToolSettings::steppedSize(100, 1), 110.0);
}

void TestCanvasTools::lassoAddsAndSubtracts()
{
    LassoTool lasso(LassoTool::Kind::Fill, m_settings.get());
    m_canvas->setTool(&lasso);
    const QVector<QPoint> square = {widgetAt(20, 20), widgetAt(80, 20), widgetAt(80, 70), widgetAt(20, 70)};
    drag(Qt::LeftButton, square);
    QPolygonF polygon;
    for (const QPoint &p : square)
        polygon.append(m_canvas->toImage(QPointF(p)));
    const cv::Mat expected = core::polygonMask(kSize, polygon);
    QCOMPARE(differing(m_doc->mask(), expected), 0);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Polygon fill"));
    // The right button takes a band out of it.
    drag(Qt::RightButton, {widgetAt(10, 40), widgetAt(90, 40), widgetAt(90, 50), widgetAt(10, 50)});
    QCOMPARE(m_doc->mask().at<uchar>(45, 50), uchar(0));
    QCOMPARE(m_doc->mask().at<uchar>(30, 50), uchar(255));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Polygon erase"));
}

void TestCanvasTools::polygonByClicks()
{
    LassoTool lasso(LassoTool::Kind::Fill, m_settings.get());
    m_canvas->setTool(&lasso);
    const QVector<QPointF> corners = {{100, 20}, {160, 20}, {160, 80}};
    for (const QPointF &c : corners)
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, widgetAt(c.x(), c.y()));
    QCOMPARE(lasso.points().size(), 3);
    QCOMPARE(cv::countNonZero(m_doc->mask()), 0);  // open polygon: nothing yet
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, widgetAt(100, 80));
    QTest::mouseDClick(m_canvas.get(), Qt::LeftButton, {}, widgetAt(100, 80));
    QPolygonF polygon;
    for (const QPointF &c : corners)
        polygon.append(m_canvas->toImage(m_canvas->toWidget(c).toPoint()));
    polygon.append(m_canvas->toImage(widgetAt(100, 80)));
    QCOMPARE(differing(m_doc->mask(), core::polygonMask(kSize, polygon)), 0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    // Esc (the tool's key) drops a polygon under way.
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, widgetAt(10, 120));
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QVERIFY(lasso.points().isEmpty());
}

void TestCanvasTools::floodFillFillsAHole()
{
    cv::Mat ring = cv::Mat::zeros(kSize, CV_8UC1);
    cv::circle(ring, cv::Point(100, 75), 40, cv::Scalar(255), cv::FILLED);
    cv::circle(ring, cv::Point(100, 75), 20, cv::Scalar(0), cv::FILLED);
    startDocument(ring);
    FloodTool flood(m_settings.get());
    m_canvas->setTool(&flood);
    QSignalSpy said(&flood, &CanvasTool::message);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, widgetAt(100.5, 75.5));
    flood.waitForIdle();
    QCOMPARE(differing(m_doc->mask(), core::fillHoles(ring)), 0);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Flood fill"));
    // A left click on lesion changes nothing and says what to do instead.
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, widgetAt(100.5, 45.5));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(!said.isEmpty() && said.last().first().toString().contains("Already lesion"));
    // Right click on the disc clears it; a stroke made while the fill runs is kept.
    QTest::mouseClick(m_canvas.get(), Qt::RightButton, {}, widgetAt(100.5, 45.5));
    QVERIFY(!m_doc->beginStroke(core::MaskDocument::BrushMode::Paint, 4, QPointF(5, 5)).isEmpty());
    m_doc->endStroke();
    flood.waitForIdle();
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QCOMPARE(m_doc->mask().at<uchar>(45, 100), uchar(0));
    QCOMPARE(m_doc->mask().at<uchar>(5, 5), uchar(255));
}

void TestCanvasTools::grabCutFindsTheLesionAndHintsRefine()
{
    GrabCutTool grabCut(m_settings.get());
    m_settings->setBrushSize(8);
    m_canvas->setTool(&grabCut);
    drag(Qt::LeftButton, {widgetAt(45, 28), widgetAt(100, 70), widgetAt(155, 112)});
    QVERIFY(grabCut.isRunning() || m_doc->undoStack()->count() == 1);
    grabCut.waitForFinished();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("GrabCut"));
    const double dice = core::compareMasks(ellipseMask(), m_doc->mask()).dice;
    QVERIFY2(dice > 0.9, qPrintable(QString::number(dice)));
    // A right-button hint across the lesion's left part marks it skin: it leaves the mask.
    drag(Qt::RightButton, {widgetAt(75, 70), widgetAt(75, 72)});
    grabCut.waitForFinished();
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->mask().at<uchar>(71, 75), uchar(0));
    QCOMPARE(m_doc->mask().at<uchar>(70, 110), uchar(255));
    // Esc drops the box; a new drag starts a new one.
    QVERIFY(grabCut.cancel());
    QVERIFY(grabCut.box().isNull());
}

void TestCanvasTools::grabCutLandsAfterAnotherToolIsChosen()
{
    GrabCutTool grabCut(m_settings.get());
    BrushTool brush(BrushTool::Kind::Brush, m_settings.get());
    m_canvas->setTool(&grabCut);
    drag(Qt::LeftButton, {widgetAt(45, 28), widgetAt(100, 70), widgetAt(155, 112)});
    QCOMPARE(m_doc->undoStack()->count(), 0);   // the cut's result is not taken yet
    m_canvas->setTool(&brush);                 // B while it runs
    grabCut.waitForFinished();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("GrabCut"));
    const double dice = core::compareMasks(ellipseMask(), m_doc->mask()).dice;
    QVERIFY2(dice > 0.9, qPrintable(QString::number(dice)));
    QVERIFY(grabCut.box().isNull());   // its box went with the tool

    // Esc before it lands still drops it.
    m_canvas->setTool(&grabCut);
    drag(Qt::LeftButton, {widgetAt(45, 28), widgetAt(80, 50), widgetAt(100, 70)});
    QVERIFY(grabCut.cancel());
    grabCut.waitForFinished();
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestCanvasTools::predictionLassoTakesThePredictionInside()
{
    LassoTool lasso(LassoTool::Kind::Prediction, m_settings.get());
    m_settings->setThreshold(0.5);
    m_canvas->setTool(&lasso);
    // A loop around the left half of the lesion (x < 100).
    const QVector<QPoint> loop = {widgetAt(50, 30), widgetAt(99.5, 30), widgetAt(99.5, 110), widgetAt(50, 110)};
    drag(Qt::LeftButton, loop);
    QPolygonF polygon;
    for (const QPoint &p : loop)
        polygon.append(m_canvas->toImage(QPointF(p)));
    cv::Mat expected = cv::Mat::zeros(kSize, CV_8UC1);
    ellipseMask().copyTo(expected, core::polygonMask(kSize, polygon));
    QCOMPARE(differing(m_doc->mask(), expected), 0);
    QCOMPARE(m_doc->mask().at<uchar>(70, 120), uchar(0));  // right half: outside the loop
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Accept prediction"));
    // Threshold above the prediction's 0.9: the loop clears instead.
    m_settings->setThreshold(0.95);
    drag(Qt::LeftButton, loop);
    QCOMPARE(cv::countNonZero(m_doc->mask()), 0);
}

void TestCanvasTools::panWithoutToolAndWithSpace()
{
    m_canvas->setZoom(4.0, m_canvas->toWidget(QPointF(100, 75)));
    const QPointF before = m_canvas->toImage(QPointF(200, 150));
    drag(Qt::LeftButton, {QPoint(200, 150), QPoint(240, 150)});  // no tool: left drag pans
    QVERIFY(qAbs(m_canvas->toImage(QPointF(200, 150)).x() - (before.x() - 10)) < 1e-6);
    BrushTool brush(BrushTool::Kind::Brush, m_settings.get());
    m_canvas->setTool(&brush);
    drag(Qt::MiddleButton, {QPoint(200, 150), QPoint(200, 190)});
    QCOMPARE(cv::countNonZero(m_doc->mask()), 0);
    QVERIFY(qAbs(m_canvas->toImage(QPointF(200, 150)).y() - (before.y() - 10)) < 1e-6);
    QTest::keyPress(m_canvas.get(), Qt::Key_Space);
    drag(Qt::LeftButton, {QPoint(200, 150), QPoint(160, 150)});
    QTest::keyRelease(m_canvas.get(), Qt::Key_Space);
    QCOMPARE(cv::countNonZero(m_doc->mask()), 0);
    QVERIFY(qAbs(m_canvas->toImage(QPointF(200, 150)).x() - before.x()) < 1e-6);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

QTEST_MAIN(TestCanvasTools)
#include "tst_canvastools.moc"
