// The click tool on the canvas as a user drives it: with a click model (a tiny one trained on
// blob images here), a left click on the lesion redraws the mask as one undo step, a right
// click on wrongly taken skin gives it back as another, Backspace drops the last click and its
// step, an undone click is forgotten, Enter keeps the mask, a first drag starts the mask from
// a box; without a model the tool says what to do and changes nothing.

#include "tests/support/enginetestdata.h"

#include "core/engine/modelworker.h"
#include "core/mask/maskdocument.h"
#include "core/metrics/metrics.h"
#include "core/training/trainer.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/common/currentsample.h"
#include "ui/common/loadedsample.h"
#include "ui/tools/clicktool.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <opencv2/imgproc.hpp>

using namespace dermask;
using namespace dermask::ui;

class TestClickTool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(enginetest::trainTinyClickModel(m_dir.filePath("data"), m_dir.filePath("click.pt"), &error),
                 qPrintable(error));
        enginetest::makeBlob(1234, 160, 120, &m_rgb, &m_truth);
    }

    void init()
    {
        m_worker = std::make_unique<core::ModelWorker>();
        m_current = std::make_unique<CurrentSample>();
        m_tool = std::make_unique<ClickTool>(m_current.get());
        m_tool->setWorker(m_worker.get());
        m_tool->setModel(m_dir.filePath("click.pt"));
        m_canvas = std::make_unique<ImageCanvas>();
        m_canvas->resize(336, 256);
        m_canvas->show();
        QApplication::setActiveWindow(m_canvas.get());
        QVERIFY(QTest::qWaitForWindowActive(m_canvas.get()));
        auto sample = std::make_shared<LoadedSample>();
        sample->id = QStringLiteral("s");
        sample->size = QSize(m_rgb.cols, m_rgb.rows);
        sample->levels = buildImagePyramid(m_rgb);
        m_canvas->setSample(sample);
        startDocument(cv::Mat());
        m_canvas->setTool(m_tool.get());
    }

    void cleanup()
    {
        m_canvas.reset();
        m_tool.reset();
        m_doc.reset();
        m_worker.reset();
    }

    void aLeftClickRedrawsTheLesionAsOneStep()
    {
        click(Qt::LeftButton, centreOfLesion());
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), tr("Click: lesion"));
        const double iou = core::compareMasks(m_truth, m_doc->maskCopy()).iou;
        QVERIFY2(iou > 0.7, qPrintable(QString::number(iou)));
        QCOMPARE(int(m_tool->clicks().size()), 1);
    }

    void aRightClickGivesSkinBackAndBackspaceDropsIt()
    {
        // A mask that took a wide ring of skin: a right click on the ring gives it back.
        cv::Mat grown;
        cv::dilate(m_truth, grown, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(31, 31)));
        startDocument(grown);
        Click onRing;
        QVERIFY(core::nextClick(m_truth, grown, &onRing));
        QVERIFY(!onRing.positive);
        click(Qt::RightButton, onRing.point);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), tr("Click: skin"));
        const double before = core::compareMasks(m_truth, grown).iou;
        const double after = core::compareMasks(m_truth, m_doc->maskCopy()).iou;
        QVERIFY2(after > before + 0.1, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));

        QTest::keyClick(m_canvas.get(), Qt::Key_Backspace);
        QVERIFY(m_tool->clicks().empty());
        QCOMPARE(m_doc->undoStack()->index(), 0);
        QCOMPARE(cv::countNonZero(m_doc->maskCopy() != grown), 0);
    }

    void anUndoneClickIsForgottenAndEnterKeepsTheMask()
    {
        click(Qt::LeftButton, centreOfLesion());
        m_doc->undoStack()->undo();   // Ctrl+Z, as the Edit menu does
        click(Qt::LeftButton, centreOfLesion() + cv::Point(3, 0));
        QCOMPARE(int(m_tool->clicks().size()), 1);   // the undone click went with its step
        const cv::Mat kept = m_doc->maskCopy();
        QTest::keyClick(m_canvas.get(), Qt::Key_Return);
        QVERIFY(m_tool->clicks().empty());
        QCOMPARE(cv::countNonZero(m_doc->maskCopy() != kept), 0);
        QCOMPARE(m_doc->undoStack()->index(), 1);
    }

    void aFirstDragStartsTheMaskFromABox()
    {
        const cv::Rect lesion = cv::boundingRect(m_truth);
        const cv::Rect box = cv::Rect(lesion.x - 6, lesion.y - 6, lesion.width + 12, lesion.height + 12)
                             & cv::Rect(0, 0, m_rgb.cols, m_rgb.rows);
        QSignalSpy done(m_tool.get(), &ClickTool::corrected);
        const QPoint from = widgetAt(box.tl()), to = widgetAt(box.br());
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, from);
        QVERIFY(!m_tool->isWaiting());   // a press alone is neither a click nor a box yet
        for (const QPoint &at : {from + QPoint(4, 4), (from + to) / 2, to}) {
            QMouseEvent move(QEvent::MouseMove, at, m_canvas->mapToGlobal(QPointF(at)), Qt::NoButton,
                             Qt::LeftButton, {});
            QApplication::sendEvent(m_canvas.get(), &move);
        }
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, to);
        QVERIFY(m_tool->isWaiting());
        QVERIFY(done.wait(20000));
        // One step, one lesion click in the box's middle, nothing outside the box, and the
        // lesion found in it.
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(int(m_tool->clicks().size()), 1);
        QVERIFY(m_tool->clicks().front().positive);
        const cv::Mat mask = m_doc->maskCopy();
        cv::Mat outside = mask.clone();
        outside(box + cv::Size(2, 2)).setTo(0);  // the drag's rounding to image pixels
        QCOMPARE(cv::countNonZero(outside), 0);
        const double iou = core::compareMasks(m_truth, mask).iou;
        QVERIFY2(iou > 0.6, qPrintable(QString::number(iou)));
        // A later click corrects it as usual.
        click(Qt::LeftButton, centreOfLesion());
        QCOMPARE(int(m_tool->clicks().size()), 2);
        QCOMPARE(m_doc->undoStack()->count(), 2);
    }

    void withoutAModelTheToolSaysWhatToDo()
    {
        m_tool->setModel(QString());   // and no workspace: no click model anywhere
        QSignalSpy messages(m_tool.get(), &CanvasTool::message);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, widgetAt(centreOfLesion()));
        QVERIFY(!m_tool->isWaiting());
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(!messages.isEmpty());
        const QString text = messages.last().at(0).toString();
        QVERIFY2(text.contains("No click model") && text.contains("train"), qPrintable(text));
    }

private:
    using Click = core::Click;

    QPoint widgetAt(cv::Point p) const { return m_canvas->toWidget(QPointF(p.x + 0.5, p.y + 0.5)).toPoint(); }

    cv::Point centreOfLesion() const
    {
        Click first;
        core::nextClick(m_truth, cv::Mat::zeros(m_truth.size(), CV_8UC1), &first);
        return first.point;
    }

    void click(Qt::MouseButton button, cv::Point at)
    {
        QSignalSpy done(m_tool.get(), &ClickTool::corrected);
        QTest::mouseClick(m_canvas.get(), button, {}, widgetAt(at));
        QVERIFY(m_tool->isWaiting());
        QVERIFY(done.wait(20000));
    }

    void startDocument(const cv::Mat &mask)
    {
        m_canvas->setDocument(nullptr);
        QString error;
        m_doc = core::MaskDocument::create(QStringLiteral("s"), m_rgb.size(), mask, mask, &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_canvas->setDocument(m_doc.get());
    }

    QTemporaryDir m_dir;
    cv::Mat m_rgb, m_truth;
    std::unique_ptr<core::ModelWorker> m_worker;
    std::unique_ptr<CurrentSample> m_current;
    std::unique_ptr<ClickTool> m_tool;
    std::unique_ptr<ImageCanvas> m_canvas;
    std::unique_ptr<core::MaskDocument> m_doc;
};

QTEST_MAIN(TestClickTool)
#include "tst_clicktool.moc"
