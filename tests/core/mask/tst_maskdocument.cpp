#include "core/mask/brush.h"
#include "core/mask/maskdocument.h"
#include "core/mask/maskops.h"

#include <QSignalSpy>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cstring>

using namespace dermask::core;
using BrushMode = MaskDocument::BrushMode;
using EditResult = MaskDocument::EditResult;

namespace {

std::unique_ptr<MaskDocument> makeDoc(cv::Size size, const cv::Mat &start = {}, const cv::Mat &source = {},
                                      std::shared_ptr<HistoryBudget> budget = {})
{
    QString error;
    auto doc = MaskDocument::create(QStringLiteral("sample"), size, start, source, &error, std::move(budget));
    if (!doc)
        qFatal("%s", qPrintable(error));
    return doc;
}

/// Byte-for-byte equality of two whole masks.
bool same(const cv::Mat &a, const cv::Mat &b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return false;
    for (int y = 0; y < a.rows; ++y)
        if (std::memcmp(a.ptr(y), b.ptr(y), size_t(a.cols)) != 0)
            return false;
    return true;
}

/// Random blobs: a start mask with structure everywhere, so restoring it exactly means something.
cv::Mat blobs(cv::Size size, int count, quint64 seed)
{
    cv::Mat m = cv::Mat::zeros(size, CV_8UC1);
    cv::RNG rng(seed);
    for (int i = 0; i < count; ++i)
        cv::circle(m, cv::Point(rng.uniform(0, size.width), rng.uniform(0, size.height)),
                   rng.uniform(3, std::max(4, size.width / 8)), cv::Scalar(255), -1);
    return m;
}

cv::Mat noise(cv::Size size, quint64 seed)
{
    cv::Mat m(size, CV_8UC1);
    cv::RNG rng(seed);
    rng.fill(m, cv::RNG::UNIFORM, 0, 2);
    return m * 255;
}

void stroke(MaskDocument &doc, BrushMode mode, double diameter, const QVector<QPointF> &points)
{
    doc.beginStroke(mode, diameter, points.first());
    for (int i = 1; i < points.size(); ++i)
        doc.continueStroke(points[i]);
    doc.endStroke();
}

QVector<QPointF> randomWalk(int n, QPointF start, double step, cv::Size bounds, quint64 seed)
{
    cv::RNG rng(seed);
    QVector<QPointF> points{start};
    for (int i = 1; i < n; ++i) {
        QPointF p = points.last() + QPointF(rng.uniform(-step, step), rng.uniform(-step, step));
        p.setX(std::clamp(p.x(), 0.0, double(bounds.width)));
        p.setY(std::clamp(p.y(), 0.0, double(bounds.height)));
        points.append(p);
    }
    return points;
}

/// A mask every tool changes: a square with a hole, a notch, a spike and a small island.
cv::Mat toolFixture()
{
    cv::Mat m = cv::Mat::zeros(120, 160, CV_8UC1);
    m(cv::Rect(30, 30, 60, 60)).setTo(255);
    m(cv::Rect(50, 50, 12, 12)).setTo(0);
    m(cv::Rect(90, 55, 15, 1)).setTo(255);
    m(cv::Rect(130, 10, 4, 4)).setTo(255);
    return m;
}

} // namespace

class TestMaskDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aMaskAppliedInARegionChangesTheTilesItTouches()
    {
        // The click tool applies a whole mask and names the box that changed: the tiles that
        // box touches take the new mask's values (any non-zero is lesion), the rest stays.
        auto doc = makeDoc(cv::Size(300, 200));
        const cv::Mat seven(200, 300, CV_8UC1, cv::Scalar(7));
        QCOMPARE(doc->applyMask(seven, QStringLiteral("Click"), QRect(70, 65, 10, 5)), EditResult::Changed);
        QCOMPARE(cv::countNonZero(doc->mask()), 64 * 64);
        QCOMPARE(cv::countNonZero(doc->mask()(cv::Rect(64, 64, 64, 64)) == 255), 64 * 64);
        // A box past the edge is clipped to the image.
        QCOMPARE(doc->applyMask(seven, QStringLiteral("Click"), QRect(290, 190, 50, 50)), EditResult::Changed);
        QCOMPARE(cv::countNonZero(doc->mask()), 64 * 64 + 44 * 72);   // x 256-299, y 128-199
        QCOMPARE(doc->applyMask(seven, QStringLiteral("Click"), QRect(400, 300, 5, 5)), EditResult::Unchanged);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(cv::countNonZero(doc->mask()), 0);
        // Without a box, the whole of it, binarised the same way.
        QCOMPARE(doc->applyMask(seven, QStringLiteral("All")), EditResult::Changed);
        QCOMPARE(cv::countNonZero(doc->mask() == 255), 300 * 200);
    }

    void strokePaintsExpectedPixels()
    {
        auto doc = makeDoc(cv::Size(100, 80));
        stroke(*doc, BrushMode::Paint, 9, {QPointF(10.5, 20.5), QPointF(30.5, 20.5), QPointF(50.5, 20.5)});
        const cv::Mat &m = doc->mask();
        QCOMPARE(m.at<uchar>(20, 30), uchar(255));
        QCOMPARE(m.at<uchar>(30, 30), uchar(0));
        const double area = 40 * 9 + M_PI * 81 / 4;  // capsule: 40 px long, 9 px wide
        QVERIFY2(std::abs(cv::countNonZero(m) - area) < area * 0.06, qPrintable(QString::number(cv::countNonZero(m))));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Brush 9 px"));
        QVERIFY(doc->isModified());
        QCOMPARE(cv::countNonZero((m != 0) & (m != 255)), 0);
    }

    void undoRedoRestoreExactly_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("brush") << QStringLiteral("brush");
        QTest::newRow("eraser") << QStringLiteral("eraser");
        QTest::newRow("polygon") << QStringLiteral("polygon");
        QTest::newRow("grow") << QStringLiteral("grow");
        QTest::newRow("brush at the border") << QStringLiteral("border");
    }
    void undoRedoRestoreExactly()
    {
        QFETCH(QString, action);
        const cv::Size size(333, 201);  // odd size: partial tiles at the right and bottom
        const cv::Mat original = blobs(size, 25, 11);
        auto doc = makeDoc(size, original);
        const QVector<QPointF> walk = randomWalk(80, QPointF(150, 100), 25, size, 5);
        if (action == QLatin1String("brush"))
            stroke(*doc, BrushMode::Paint, 15, walk);
        else if (action == QLatin1String("eraser"))
            stroke(*doc, BrushMode::Erase, 15, walk);
        else if (action == QLatin1String("polygon"))
            QCOMPARE(doc->fillPolygon(QPolygonF(walk), true), EditResult::Changed);
        else if (action == QLatin1String("grow"))
            QCOMPARE(doc->grow(2), EditResult::Changed);
        else
            stroke(*doc, BrushMode::Paint, 30, {QPointF(-5, -5), QPointF(340, 5), QPointF(330, 210)});
        const cv::Mat after = doc->maskCopy();
        QVERIFY(!same(after, original));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(same(doc->mask(), original));
        doc->undoStack()->redo();
        QVERIFY(same(doc->mask(), after));
        doc->undoStack()->undo();
        QVERIFY(same(doc->mask(), original));
    }

    void longStrokeIsOneStep()
    {
        const cv::Size size(500, 400);
        const cv::Mat original = blobs(size, 30, 3);
        auto doc = makeDoc(size, original);
        const QVector<QPointF> walk = randomWalk(300, QPointF(250, 200), 20, size, 9);
        doc->beginStroke(BrushMode::Paint, 7, walk.first());
        for (int i = 1; i < walk.size(); ++i) {
            doc->continueStroke(walk[i]);
            QVERIFY(doc->undoStack()->count() <= 1);
        }
        doc->endStroke();
        const cv::Mat after = doc->maskCopy();
        cv::Mat expected = original.clone();
        paintStroke(expected, walk, 7, 255);
        QVERIFY(same(after, expected));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(same(doc->mask(), original));
        doc->undoStack()->redo();
        QVERIFY(same(doc->mask(), after));
    }

    void eraserStroke()
    {
        cv::Mat start = cv::Mat::zeros(100, 100, CV_8UC1);
        start(cv::Rect(10, 10, 80, 80)).setTo(255);
        auto doc = makeDoc(cv::Size(100, 100), start);
        stroke(*doc, BrushMode::Erase, 12, {QPointF(5.5, 50.5), QPointF(95.5, 50.5)});
        QCOMPARE(doc->mask().at<uchar>(50, 50), uchar(0));
        QCOMPARE(doc->mask().at<uchar>(45, 20), uchar(0));
        QCOMPARE(doc->mask().at<uchar>(43, 20), uchar(255));
        QCOMPARE(doc->mask().at<uchar>(30, 50), uchar(255));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Erase 12 px"));
        doc->undoStack()->undo();
        QVERIFY(same(doc->mask(), start));
    }

    void unchangedStrokeLeavesNoStep_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("painted");
        QTest::newRow("paint where painted") << int(BrushMode::Paint) << true;
        QTest::newRow("erase where empty") << int(BrushMode::Erase) << false;
    }
    void unchangedStrokeLeavesNoStep()
    {
        QFETCH(int, mode);
        QFETCH(bool, painted);
        cv::Mat start = cv::Mat::zeros(100, 100, CV_8UC1);
        if (painted)
            start.setTo(255);
        auto doc = makeDoc(cv::Size(100, 100), start);
        QSignalSpy changed(doc.get(), &MaskDocument::changed);
        QSignalSpy modified(doc.get(), &MaskDocument::modifiedChanged);
        const QRect dirty = doc->beginStroke(BrushMode(mode), 10, QPointF(20, 20));
        QVERIFY(dirty.isEmpty());
        doc->continueStroke(QPointF(80, 70));
        doc->endStroke();
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->isModified());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(modified.count(), 0);
        QVERIFY(same(doc->mask(), start));
    }

    void repeatedStrokeAddsNoStep()
    {
        auto doc = makeDoc(cv::Size(100, 100));
        const QVector<QPointF> line{QPointF(10, 10), QPointF(60, 40), QPointF(90, 90)};
        stroke(*doc, BrushMode::Paint, 8, line);
        stroke(*doc, BrushMode::Paint, 8, line);
        QCOMPARE(doc->undoStack()->count(), 1);
    }

    void pressOnPaintedThenDragOut()
    {
        // The press changes nothing (obsolete); the stroke's first real change starts its step.
        cv::Mat start = cv::Mat::zeros(100, 100, CV_8UC1);
        start(cv::Rect(0, 0, 30, 30)).setTo(255);
        auto doc = makeDoc(cv::Size(100, 100), start);
        stroke(*doc, BrushMode::Paint, 6, {QPointF(10, 10), QPointF(20, 20), QPointF(50, 50), QPointF(80, 60)});
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(same(doc->mask(), start));
    }

    void twoStrokesAreTwoSteps()
    {
        auto doc = makeDoc(cv::Size(100, 100));
        stroke(*doc, BrushMode::Paint, 5, {QPointF(10, 10), QPointF(90, 10)});
        const cv::Mat first = doc->maskCopy();
        // Same brush, overlapping the first: still a step of its own.
        stroke(*doc, BrushMode::Paint, 5, {QPointF(10, 10), QPointF(10, 90)});
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        QVERIFY(same(doc->mask(), first));
    }

    void dirtyRectIsTheSegment()
    {
        auto doc = makeDoc(cv::Size(6000, 4000));
        QSignalSpy changed(doc.get(), &MaskDocument::changed);
        doc->beginStroke(BrushMode::Paint, 12, QPointF(100, 100));
        const QRect dirty = doc->continueStroke(QPointF(3000, 2000));
        const QRect segment = doc->continueStroke(QPointF(3010, 2004));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.last().first().toRect(), segment);
        QVERIFY(QRect(2993, 1993, 25, 19).contains(segment));
        QVERIFY(!segment.isEmpty());
        doc->endStroke();
        // Undo repaints the whole stroke's extent, once.
        doc->undoStack()->undo();
        QCOMPARE(changed.count(), 4);
        const QRect whole = changed.last().first().toRect();
        QVERIFY(whole.contains(dirty) && whole.contains(segment));
        QCOMPARE(cv::countNonZero(doc->mask()), 0);
    }

    void modifiedFollowsSaveAndUndo()
    {
        auto doc = makeDoc(cv::Size(50, 50));
        QSignalSpy modified(doc.get(), &MaskDocument::modifiedChanged);
        QVERIFY(!doc->isModified());
        stroke(*doc, BrushMode::Paint, 5, {QPointF(10, 10), QPointF(40, 40)});
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().first().toBool(), true);
        doc->setSaved();
        QVERIFY(!doc->isModified());
        QCOMPARE(modified.last().first().toBool(), false);
        doc->undoStack()->undo();
        QVERIFY(doc->isModified());
        doc->undoStack()->redo();
        QVERIFY(!doc->isModified());
        QCOMPARE(modified.count(), 4);
    }

    void tools_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("undoText");
        QTest::newRow("polygon add") << "polygon add" << "Polygon fill";
        QTest::newRow("polygon subtract") << "polygon subtract" << "Polygon erase";
        QTest::newRow("flood fill") << "flood fill" << "Flood fill";
        QTest::newRow("flood erase") << "flood erase" << "Flood erase";
        QTest::newRow("grabcut") << "grabcut" << "GrabCut";
        QTest::newRow("accept prediction") << "accept prediction" << "Accept prediction";
        QTest::newRow("accept in lasso") << "accept in lasso" << "Accept prediction";
        QTest::newRow("fill holes") << "fill holes" << "Fill holes";
        QTest::newRow("remove islands") << "remove islands" << "Remove islands < 30 px";
        QTest::newRow("keep largest") << "keep largest" << "Keep largest";
        QTest::newRow("smooth") << "smooth" << "Smooth";
        QTest::newRow("grow") << "grow" << "Grow 3 px";
        QTest::newRow("shrink") << "shrink" << "Shrink 3 px";
        QTest::newRow("revert") << "revert" << "Revert to source mask";
    }
    void tools()
    {
        QFETCH(QString, tool);
        const cv::Mat start = toolFixture();
        cv::Mat source = cv::Mat::zeros(start.size(), CV_8UC1);
        cv::circle(source, cv::Point(60, 60), 35, cv::Scalar(255), -1);
        auto doc = makeDoc(cv::Size(start.cols, start.rows), start, source);
        const QPolygonF poly({QPointF(80, 20), QPointF(150, 20), QPointF(150, 100), QPointF(80, 100)});
        cv::Mat prob = cv::Mat::zeros(start.size(), CV_32FC1);
        cv::circle(prob, cv::Point(100, 60), 30, cv::Scalar(0.9), -1);
        cv::Mat grabResult = cv::Mat::zeros(start.size(), CV_8UC1);
        cv::ellipse(grabResult, cv::Point(100, 70), cv::Size(30, 20), 0, 0, 360, cv::Scalar(255), -1);
        const QRect box(70, 40, 60, 60);

        cv::Mat expected;
        EditResult result = EditResult::Invalid;
        if (tool == "polygon add") {
            result = doc->fillPolygon(poly, true);
            expected = fillPolygon(start, poly, 255);
        } else if (tool == "polygon subtract") {
            result = doc->fillPolygon(poly, false);
            expected = fillPolygon(start, poly, 0);
        } else if (tool == "flood fill") {
            result = doc->floodFill(QPointF(55, 55));
            expected = floodFillRegion(start, QPointF(55, 55), 255);
        } else if (tool == "flood erase") {
            result = doc->floodFill(QPointF(35, 35), false);
            expected = floodFillRegion(start, QPointF(35, 35), 0);
        } else if (tool == "grabcut") {
            result = doc->applyGrabCut(grabResult, box);
            expected = start.clone();
            grabResult(cv::Rect(70, 40, 60, 60)).copyTo(expected(cv::Rect(70, 40, 60, 60)));
            QCOMPARE(expected.at<uchar>(35, 35), uchar(255));  // outside the box: kept
        } else if (tool == "accept prediction") {
            result = doc->acceptPrediction(prob, 0.5);
            expected = acceptPrediction(start, prob, 0.5);
        } else if (tool == "accept in lasso") {
            result = doc->acceptPrediction(prob, 0.5, poly);
            expected = acceptPrediction(start, prob, 0.5, poly);
        } else if (tool == "fill holes") {
            result = doc->fillHoles();
            expected = fillHoles(start);
        } else if (tool == "remove islands") {
            result = doc->removeIslands(30);
            expected = removeIslands(start, 30);
        } else if (tool == "keep largest") {
            result = doc->keepLargest();
            expected = keepLargestComponent(start);
        } else if (tool == "smooth") {
            result = doc->smooth(3);
            expected = smoothMask(start, 3);
        } else if (tool == "grow") {
            result = doc->grow(3);
            expected = growMask(start, 3);
        } else if (tool == "shrink") {
            result = doc->shrink(3);
            expected = shrinkMask(start, 3);
        } else if (tool == "revert") {
            result = doc->revertToSource();
            expected = source;
        }
        QCOMPARE(result, EditResult::Changed);
        QVERIFY(!same(expected, start));
        QVERIFY(same(doc->mask(), expected));
        QCOMPARE(doc->undoStack()->count(), 1);
        QTEST(doc->undoStack()->undoText(), "undoText");
        doc->undoStack()->undo();
        QVERIFY(same(doc->mask(), start));
        QCOMPARE(doc->undoStack()->redoText(), doc->undoStack()->command(0)->actionText());
        doc->undoStack()->redo();
        QVERIFY(same(doc->mask(), expected));
    }

    void toolWithoutEffectAddsNoStep()
    {
        auto doc = makeDoc(cv::Size(160, 120), toolFixture());
        QCOMPARE(doc->fillHoles(), EditResult::Changed);
        QCOMPARE(doc->fillHoles(), EditResult::Unchanged);
        QCOMPARE(doc->floodFill(QPointF(35, 35)), EditResult::Unchanged);  // already lesion
        QCOMPARE(doc->grow(0), EditResult::Unchanged);
        QCOMPARE(doc->undoStack()->count(), 1);
    }

    void refusesBadInput()
    {
        QString error;
        auto wrong = MaskDocument::create(QStringLiteral("IMD002"), cv::Size(100, 80),
                                          cv::Mat::zeros(80, 90, CV_8UC1), cv::Mat(), &error);
        QVERIFY(!wrong);
        QVERIFY2(error.contains(QLatin1String("IMD002")) && error.contains(QLatin1String("90x80"))
                     && error.contains(QLatin1String("100x80")), qPrintable(error));

        auto doc = makeDoc(cv::Size(100, 80));
        error.clear();
        QCOMPARE(doc->acceptPrediction(cv::Mat::zeros(10, 10, CV_8UC1), 0.5, {}, &error), EditResult::Invalid);
        QVERIFY2(error.contains(QLatin1String("10x10")), qPrintable(error));
        error.clear();
        QCOMPARE(doc->applyGrabCut(cv::Mat::zeros(80, 100, CV_8UC3), QRect(0, 0, 10, 10), &error), EditResult::Invalid);
        QVERIFY(!error.isEmpty());
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void startMaskIsBinarised()
    {
        cv::Mat start = cv::Mat::zeros(20, 20, CV_8UC1);
        start(cv::Rect(0, 0, 5, 5)).setTo(1);  // 0/1 label masks are common
        auto doc = makeDoc(cv::Size(20, 20), start);
        QCOMPARE(cv::countNonZero(doc->mask() == 255), 25);
    }

    void budgetTrimsOldestSteps()
    {
        const qint64 limit = 256 * 1024;
        auto budget = std::make_shared<HistoryBudget>(limit, 64LL << 20);
        const cv::Size size(512, 512);
        auto doc = makeDoc(size, cv::Mat(), cv::Mat(), budget);
        std::vector<cv::Mat> states{doc->maskCopy()};
        const int steps = 12;
        for (int i = 1; i <= steps; ++i) {
            // Noise does not compress: about 70 KB per step.
            QCOMPARE(doc->applyMask(noise(size, quint64(i)), QStringLiteral("Noise %1").arg(i)), EditResult::Changed);
            states.push_back(doc->maskCopy());
            QVERIFY2(doc->historyBytes() <= limit, qPrintable(QString::number(doc->historyBytes())));
        }
        QCOMPARE(budget->usedBytes(), doc->historyBytes());
        QUndoStack *stack = doc->undoStack();
        const int kept = stack->count();
        QVERIFY2(kept >= 2 && kept < steps, qPrintable(QString::number(kept)));
        QCOMPARE(stack->index(), kept);
        QCOMPARE(stack->undoText(), QStringLiteral("Noise 12"));
        for (int k = 1; k <= kept; ++k) {
            stack->undo();
            QVERIFY(same(doc->mask(), states[size_t(steps - k)]));
        }
        // The oldest steps are gone: the bottom of the history is not the opened mask.
        QVERIFY(!stack->canUndo());
        QVERIFY(!same(doc->mask(), states[0]));
        QCOMPARE(stack->command(0)->actionText(), QStringLiteral("Noise %1").arg(steps - kept + 1));
        stack->setIndex(kept);
        QVERIFY(same(doc->mask(), states[size_t(steps)]));
    }

    void trimmingKeepsTheSavedState()
    {
        auto budget = std::make_shared<HistoryBudget>(256 * 1024, 64LL << 20);
        const cv::Size size(512, 512);
        auto doc = makeDoc(size, cv::Mat(), cv::Mat(), budget);
        for (int i = 1; i <= 10; ++i)
            doc->applyMask(noise(size, quint64(i)), QStringLiteral("Noise %1").arg(i));
        doc->setSaved();
        const cv::Mat saved = doc->maskCopy();
        QSignalSpy modified(doc.get(), &MaskDocument::modifiedChanged);
        doc->applyMask(noise(size, 11), QStringLiteral("Noise 11"));
        doc->applyMask(noise(size, 12), QStringLiteral("Noise 12"));
        QVERIFY(doc->isModified());
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QVERIFY(!doc->isModified());
        QVERIFY(same(doc->mask(), saved));
        QCOMPARE(modified.last().first().toBool(), false);
    }

    void savedStateTrimmedAway()
    {
        // Saved at the start, then so many steps that the saved state falls out of the
        // history: no reachable state may claim to be the saved one.
        auto budget = std::make_shared<HistoryBudget>(256 * 1024, 64LL << 20);
        const cv::Size size(512, 512);
        auto doc = makeDoc(size, cv::Mat(), cv::Mat(), budget);
        doc->setSaved();
        for (int i = 1; i <= 12; ++i)
            doc->applyMask(noise(size, quint64(i)), QStringLiteral("Noise %1").arg(i));
        QCOMPARE(doc->undoStack()->cleanIndex(), -1);
        while (doc->undoStack()->canUndo()) {
            doc->undoStack()->undo();
            QVERIFY(doc->isModified());
        }
        QVERIFY(cv::countNonZero(doc->mask()) > 0);
    }

    void trimmingDuringAStroke()
    {
        // The history is over budget while a stroke grows: older steps go, the stroke stays
        // one step and still undoes to the state before it.
        auto budget = std::make_shared<HistoryBudget>(64 * 1024, 64LL << 20);
        const cv::Size size(1024, 1024);
        auto doc = makeDoc(size, cv::Mat(), cv::Mat(), budget);
        doc->applyMask(noise(size, 1), QStringLiteral("Noise"));
        const cv::Mat before = doc->maskCopy();
        QVector<QPointF> line;
        for (int i = 0; i <= 100; ++i)
            line.append(QPointF(20 + i * 9.8, 30 + i * 9.5));
        stroke(*doc, BrushMode::Paint, 40, line);
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Brush 40 px"));
        doc->undoStack()->undo();
        QVERIFY(same(doc->mask(), before));
    }

    void undoDuringAStrokeEndsIt()
    {
        auto doc = makeDoc(cv::Size(100, 100));
        doc->beginStroke(BrushMode::Paint, 5, QPointF(10, 10));
        doc->continueStroke(QPointF(50, 10));
        doc->undoStack()->undo();
        QVERIFY(!doc->isStroking());
        QVERIFY(doc->continueStroke(QPointF(90, 90)).isEmpty());
        QCOMPARE(cv::countNonZero(doc->mask()), 0);
        doc->undoStack()->redo();
        QCOMPARE(doc->mask().at<uchar>(10, 30), uchar(255));
        QCOMPARE(doc->mask().at<uchar>(70, 70), uchar(0));
    }

    void strokeHistoryIsCompressed()
    {
        // Ten strokes across a 6000x4000 mask: the history holds the swaths, compressed.
        auto doc = makeDoc(cv::Size(6000, 4000));
        for (int s = 0; s < 10; ++s) {
            QVector<QPointF> line;
            for (int i = 0; i <= 500; ++i)
                line.append(QPointF(i * 12.0, 200 + s * 350 + 150 * std::sin(i / 20.0)));
            stroke(*doc, BrushMode::Paint, 12, line);
        }
        QCOMPARE(doc->undoStack()->count(), 10);
        QVERIFY2(doc->historyBytes() < 1024 * 1024, qPrintable(QString::number(doc->historyBytes())));
    }
};

QTEST_GUILESS_MAIN(TestMaskDocument)
#include "tst_maskdocument.moc"
