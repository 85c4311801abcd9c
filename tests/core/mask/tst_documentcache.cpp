#include "core/mask/documentcache.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace dermask::core;
using BrushMode = MaskDocument::BrushMode;

namespace {

cv::Mat noise(cv::Size size, quint64 seed)
{
    cv::Mat m(size, CV_8UC1);
    cv::RNG rng(seed);
    rng.fill(m, cv::RNG::UNIFORM, 0, 2);
    return m * 255;
}

MaskDocument *open(DocumentCache &cache, const QString &id, cv::Size size = cv::Size(200, 150))
{
    QString error;
    MaskDocument *doc = cache.open(id, size, cv::Mat(), cv::Mat(), &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    return doc;
}

} // namespace

class TestDocumentCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historySurvivesSwitching()
    {
        DocumentCache cache;
        MaskDocument *a = open(cache, QStringLiteral("IMD002"));
        a->beginStroke(BrushMode::Paint, 10, QPointF(20, 20));
        a->continueStroke(QPointF(150, 100));
        a->endStroke();
        a->grow(2);
        const cv::Mat aEdited = a->maskCopy();

        MaskDocument *b = open(cache, QStringLiteral("IMD003"));
        QVERIFY(b != a);
        b->fillPolygon(QPolygonF({QPointF(10, 10), QPointF(90, 10), QPointF(50, 90)}), true);
        QCOMPARE(cache.current(), b);

        // Back to the first image: same document, same mask, both steps still undoable.
        // The masks passed in are ignored for a cached document.
        QString error;
        MaskDocument *again = cache.open(QStringLiteral("IMD002"), cv::Size(200, 150),
                                         cv::Mat(150, 200, CV_8UC1, cv::Scalar(255)), cv::Mat(), &error);
        QCOMPARE(again, a);
        QCOMPARE(cache.current(), a);
        QCOMPARE(cv::countNonZero(a->mask() != aEdited), 0);
        QCOMPARE(a->undoStack()->count(), 2);
        QCOMPARE(a->undoStack()->undoText(), QStringLiteral("Grow 2 px"));
        a->undoStack()->undo();
        a->undoStack()->undo();
        QCOMPARE(cv::countNonZero(a->mask()), 0);
        QCOMPARE(cache.ids(), (QStringList{QStringLiteral("IMD003"), QStringLiteral("IMD002")}));
        QCOMPARE(cache.find(QStringLiteral("IMD003")), b);
        QVERIFY(!cache.contains(QStringLiteral("IMD004")));
    }

    void overallBudgetTrimsLeastRecentFirst()
    {
        // ~70 KB per noise step; each document may hold 1 MB, all together 300 KB.
        auto budget = std::make_shared<HistoryBudget>(1024 * 1024, 300 * 1024);
        DocumentCache cache(budget);
        const cv::Size size(512, 512);
        MaskDocument *a = open(cache, QStringLiteral("a"), size);
        for (int i = 0; i < 3; ++i)
            a->applyMask(noise(size, quint64(i)), QStringLiteral("Noise"));
        QCOMPARE(a->undoStack()->count(), 3);
        MaskDocument *b = open(cache, QStringLiteral("b"), size);
        for (int i = 0; i < 3; ++i) {
            b->applyMask(noise(size, quint64(10 + i)), QStringLiteral("Noise"));
            QVERIFY(budget->usedBytes() <= budget->overallLimit());
        }
        // The document being edited keeps its steps; the other one paid for them.
        QCOMPARE(b->undoStack()->count(), 3);
        QVERIFY(a->undoStack()->count() < 3);
        QVERIFY(a->undoStack()->count() >= 1);  // its last step is always kept
        QCOMPARE(budget->usedBytes(), a->historyBytes() + b->historyBytes());
    }

    void evictsUnmodifiedDocumentsOverTheMaskLimit()
    {
        DocumentCache cache;
        // Each document: 200x150 = 30000 bytes of mask. Room for three.
        cache.setMaskMemoryLimit(3 * 30000);
        QSignalSpy evicted(&cache, &DocumentCache::evicted);
        MaskDocument *a = open(cache, QStringLiteral("a"));
        a->grow(1);  // no change on an empty mask: stays unmodified
        MaskDocument *b = open(cache, QStringLiteral("b"));
        b->fillPolygon(QPolygonF({QPointF(10, 10), QPointF(90, 10), QPointF(50, 90)}), true);  // unsaved
        QPointer<MaskDocument> guard(a);
        open(cache, QStringLiteral("c"));
        QCOMPARE(evicted.count(), 0);
        open(cache, QStringLiteral("d"));
        // "a" is the oldest and unmodified; "b" has unsaved changes and stays.
        QCOMPARE(evicted.count(), 1);
        QCOMPARE(evicted.first().first().toString(), QStringLiteral("a"));
        QVERIFY(guard.isNull());
        QCOMPARE(cache.ids(), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(cache.modifiedIds(), QStringList{QStringLiteral("b")});
        QCOMPARE(cache.maskBytes(), qint64(3 * 30000));

        // Even a tiny limit never drops the current document or unsaved work.
        cache.setMaskMemoryLimit(1);
        QCOMPARE(cache.ids(), (QStringList{QStringLiteral("b"), QStringLiteral("d")}));
    }

    void removeAndClear()
    {
        DocumentCache cache;
        open(cache, QStringLiteral("a"));
        open(cache, QStringLiteral("b"));
        QCOMPARE(cache.budget()->documentCount(), 2);
        cache.remove(QStringLiteral("a"));
        QCOMPARE(cache.ids(), QStringList{QStringLiteral("b")});
        QCOMPARE(cache.budget()->documentCount(), 1);
        cache.clear();
        QVERIFY(!cache.current());
        QCOMPARE(cache.budget()->documentCount(), 0);
    }

    void openRefusesWrongSize()
    {
        DocumentCache cache;
        QString error;
        QVERIFY(!cache.open(QStringLiteral("x"), cv::Size(100, 100), cv::Mat::zeros(50, 50, CV_8UC1), cv::Mat(), &error));
        QVERIFY2(error.contains(QLatin1String("50x50")), qPrintable(error));
        QVERIFY(cache.ids().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentCache)
#include "tst_documentcache.moc"
