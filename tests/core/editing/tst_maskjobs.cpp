// core/editing/maskjobs.h: a whole-mask operation becomes one undo step; one that throws or
// returns something that is not a mask changes nothing, and says why instead of crashing or
// passing for "nothing to change".

#include "core/editing/maskjobs.h"
#include "core/mask/maskdocument.h"

#include <QSignalSpy>
#include <QTest>
#include <opencv2/imgproc.hpp>

#include <new>
#include <stdexcept>

using namespace dermask::core;

namespace {

enum class Kind { Grows, Same, Throws, OpenCvThrows, OutOfMemory, ThrowsAnything, WrongSize };

MaskJobs::Operation operation(Kind kind)
{
    return [kind](const cv::Mat &mask) -> cv::Mat {
        switch (kind) {
        case Kind::Grows: {
            cv::Mat out;
            cv::dilate(mask, out, cv::Mat());
            return out;
        }
        case Kind::Same: return mask.clone();
        case Kind::Throws: throw std::runtime_error("no lesion found");
        case Kind::OpenCvThrows: {
            cv::Mat out;
            cv::resize(cv::Mat(), out, cv::Size(3, 3));  // OpenCV refuses an empty input
            return out;
        }
        case Kind::OutOfMemory: throw std::bad_alloc();
        case Kind::ThrowsAnything: throw 42;
        case Kind::WrongSize: return cv::Mat(3, 3, CV_8UC1, cv::Scalar(255));
        }
        return {};
    };
}

} // namespace

class TestMaskJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anOperationIsOneStepOrSaysWhyNot_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("changed");
        QTest::addColumn<QString>("error");  // a part of the message; empty: no error
        QTest::newRow("grows") << int(Kind::Grows) << true << QString();
        QTest::newRow("changes nothing") << int(Kind::Same) << false << QString();
        QTest::newRow("throws") << int(Kind::Throws) << false << QStringLiteral("no lesion found");
        QTest::newRow("OpenCV throws") << int(Kind::OpenCvThrows) << false << QStringLiteral("empty");
        QTest::newRow("out of memory") << int(Kind::OutOfMemory) << false << QStringLiteral("alloc");
        QTest::newRow("throws a non-exception") << int(Kind::ThrowsAnything) << false
                                                << QStringLiteral("unknown error");
        QTest::newRow("wrong size") << int(Kind::WrongSize) << false << QStringLiteral("size");
    }

    void anOperationIsOneStepOrSaysWhyNot()
    {
        QFETCH(int, kind);
        QFETCH(bool, changed);
        QFETCH(QString, error);
        cv::Mat start = cv::Mat::zeros(40, 60, CV_8UC1);
        cv::circle(start, cv::Point(30, 20), 8, cv::Scalar(255), cv::FILLED);
        QString why;
        auto doc = MaskDocument::create(QStringLiteral("s"), start.size(), start, cv::Mat(), &why);
        QVERIFY2(doc, qPrintable(why));
        MaskJobs jobs;
        QSignalSpy finished(&jobs, &MaskJobs::finished);
        jobs.run(doc.get(), QStringLiteral("Grow"), operation(Kind(kind)));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), changed);
        const QString message = finished.first().at(2).toString();
        if (error.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(error, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(doc->undoStack()->count(), changed ? 1 : 0);
        QCOMPARE(cv::countNonZero(doc->mask() != start) > 0, changed);
        // The queue goes on after a failure.
        jobs.run(doc.get(), QStringLiteral("Grow"), operation(Kind::Grows));
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(finished.last().at(1).toBool());
    }
};

QTEST_GUILESS_MAIN(TestMaskJobs)
#include "tst_maskjobs.moc"
