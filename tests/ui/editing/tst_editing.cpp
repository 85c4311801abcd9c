// Correcting masks in the main window as a user does it: tool keys and mouse events on the
// canvas. A stroke is saved by itself to the workspace, the file equals the document, and
// until then the title and the browser say "unsaved"; Edit ▸ Undo names the step; each clean-up
// key gives the mask the core operation gives; accepting the prediction and reverting; leaving
// the image saves at once; approving after an edit keeps both; a failed write is reported by
// file name, keeps the edit, and closing is refused until it is saved (a full disk also keeps
// the version saved before); each image keeps its own history.

#include "core/image/imageio.h"
#include "core/mask/maskdocument.h"
#include "core/mask/maskops.h"
#include "core/workspace/workspace.h"
#include "ui/browser/browserwidget.h"
#include "ui/browser/samplemodel.h"
#include "ui/canvas/imagecanvas.h"
#include "core/editing/autosaver.h"
#include "ui/editing/editactions.h"
#include "ui/editing/editcontroller.h"
#include "ui/editing/editpanel.h"
#include "core/editing/maskjobs.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/tools/brushtool.h"
#include "ui/tools/floodtool.h"
#include "ui/tools/grabcuttool.h"
#include "ui/tools/lassotool.h"
#include "ui/tools/toolbox.h"
#include "ui/common/toolsettings.h"
#include "tests/support/fulldisk.h"
#include "tests/support/uitestdata.h"
#include "tests/support/windowparts.h"

#include <QAction>
#include <QDialog>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <opencv2/imgproc.hpp>

using namespace dermask;
using namespace dermask::ui;

namespace {

const cv::Size kSize(160, 120);
const cv::Rect kTruth(40, 30, 60, 50);

/// s2's mask: a disc with a hole, a second smaller blob, and a 3x3 speck.
cv::Mat cleanupMask()
{
    cv::Mat m = cv::Mat::zeros(kSize, CV_8UC1);
    cv::circle(m, cv::Point(60, 60), 30, cv::Scalar(255), cv::FILLED);
    cv::circle(m, cv::Point(60, 60), 8, cv::Scalar(0), cv::FILLED);
    cv::rectangle(m, cv::Rect(115, 20, 20, 20), cv::Scalar(255), cv::FILLED);
    m(cv::Rect(130, 100, 3, 3)).setTo(255);
    return m;
}

int differing(const cv::Mat &a, const cv::Mat &b)
{
    return cv::countNonZero(a != b);
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void strokeIsSavedByItselfAndMarkedUntilThen();
    void toolKeysChooseTheTools();
    void cleanupKeysGiveTheCoreResults_data();
    void cleanupKeysGiveTheCoreResults();
    void acceptPredictionThenRevert();
    void leavingTheImageSavesAtOnce();
    void approvingAfterAnEditKeepsBoth();
    void failedSaveIsReportedAndBlocksClosing();
    void fullDiskKeepsTheSavedVersionAndTheEdit();
    void eachImageKeepsItsHistory();
    void screenshotsWhenAsked();

private:
    void open();
    void showAndWait(int index);
    EditController *edit() const { return uitest::part<EditController>(m_window.get()); }
    ImageCanvas *canvas() const { return uitest::part<ImageCanvas>(m_window.get()); }
    SampleModel *samples() const { return uitest::part<SampleModel>(m_window.get()); }
    ToolSettings *toolSettings() const { return uitest::part<ToolSettings>(m_window.get()); }
    QAction *command(const char *name) const { return uitest::command(m_window.get(), name); }
    core::MaskDocument *doc() const { return edit()->document(); }
    QPoint at(double x, double y) const { return canvas()->toWidget(QPointF(x, y)).toPoint(); }
    void key(int k, Qt::KeyboardModifiers mods = {}) { QTest::keyClick(canvas(), Qt::Key(k), mods); }
    void stroke(const QVector<QPoint> &points, Qt::MouseButton button = Qt::LeftButton);
    QString annotation(const QString &id) const { return m_ws + QStringLiteral("/annotations/") + id + QStringLiteral(".png"); }

    QTemporaryDir m_tmp;
    QString m_data;
    QString m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditing::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("DermaskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editing"));
}

void TestEditing::init()
{
    // Fresh data for each test: saves change the workspace.
    m_data = m_tmp.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction()));
    m_ws = m_tmp.filePath(QStringLiteral("ws-%1").arg(QTest::currentTestFunction()));
    QVERIFY(uitest::writeSample(m_data, QStringLiteral("s1"), kSize, kTruth));
    QVERIFY(uitest::writeSample(m_data, QStringLiteral("s2"), kSize, kTruth));
    QVERIFY(core::writePng(m_data + QStringLiteral("/masks/s2.png"), cleanupMask(), nullptr));
    QVERIFY(uitest::writeSample(m_data, QStringLiteral("s3"), kSize, kTruth));
    QVERIFY(uitest::writePrediction(m_ws + QStringLiteral("/predictions/demo"), QStringLiteral("s3"), kSize,
                                    cv::Rect(50, 40, 70, 50)));

    MainWindow::Options options;
    options.persistent = false;
    options.workspaceDir = m_ws;
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    open();
}

void TestEditing::cleanup()
{
    m_window.reset();
}

void TestEditing::open()
{
    QSignalSpy opened(m_window.get(), &MainWindow::datasetOpened);
    m_window->openDataset(m_data);
    QVERIFY(opened.wait(10000));
    showAndWait(0);
}

void TestEditing::showAndWait(int index)
{
    m_window->showSample(index);
    const QString id = QStringLiteral("s%1").arg(index + 1);
    QTRY_VERIFY(doc() && doc()->sampleId() == id && canvas()->sample()
                && canvas()->sample()->id == id);
}

void TestEditing::stroke(const QVector<QPoint> &points, Qt::MouseButton button)
{
    ImageCanvas *view = canvas();
    QTest::mousePress(view, button, {}, points.first());
    for (const QPoint &p : points) {
        QMouseEvent move(QEvent::MouseMove, p, view->mapToGlobal(QPointF(p)), Qt::NoButton, button, {});
        QApplication::sendEvent(view, &move);
    }
    QTest::mouseRelease(view, button, {}, points.last());
}

void TestEditing::strokeIsSavedByItselfAndMarkedUntilThen()
{
    EditController *editor = edit();
    key(Qt::Key_B);
    QVERIFY(command("toolBrush")->isChecked());
    QVERIFY(qobject_cast<BrushTool *>(canvas()->tool()));
    toolSettings()->setBrushSize(12);
    QSignalSpy saved(editor->saver(), &core::AutoSaver::saved);
    stroke({at(110, 90), at(130, 95), at(150, 100)});
    QVERIFY(doc()->isModified());
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("s1[*]")));
    QVERIFY(samples()->isUnsaved(0));
    QCOMPARE(editor->actions()->undo->text(), QStringLiteral("&Undo Brush 12 px"));
    QCOMPARE(doc()->mask().at<uchar>(95, 130), uchar(255));
    QVERIFY(!QFileInfo::exists(annotation(QStringLiteral("s1"))));

    QVERIFY(saved.wait(5000));
    QString error;
    const cv::Mat disk = core::readMask(annotation(QStringLiteral("s1")), &error);
    QVERIFY2(!disk.empty(), qPrintable(error));
    QCOMPARE(differing(disk, doc()->mask()), 0);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!samples()->isUnsaved(0));
    QCOMPARE(samples()->status(0), core::SampleStatus::Corrected);
    QVERIFY(uitest::part<EditPanel>(m_window.get())->saveState().contains(QDir::toNativeSeparators(m_ws)));

    // Ctrl+Z, saved again: back to the dataset's mask, the annotation goes.
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->actions()->redo->text(), QStringLiteral("&Redo Brush 12 px"));
    QCOMPARE(differing(doc()->mask(), uitest::rectMask(kSize, kTruth)), 0);
    QVERIFY(saved.wait(5000));
    QVERIFY(!QFileInfo::exists(annotation(QStringLiteral("s1"))));
    QCOMPARE(samples()->status(0), core::SampleStatus::Source);
    key(Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(doc()->mask().at<uchar>(95, 130), uchar(255));
}

void TestEditing::toolKeysChooseTheTools()
{
    EditController *editor = edit();
    const std::pair<int, QAction *> keys[] = {
        {Qt::Key_E, command("toolEraser")}, {Qt::Key_L, command("toolLasso")},
        {Qt::Key_G, command("toolFlood")},  {Qt::Key_C, command("toolGrabCut")},
        {Qt::Key_B, command("toolBrush")},  {Qt::Key_V, command("toolPan")},
    };
    for (const auto &[k, action] : keys) {
        key(k);
        QVERIFY2(action->isChecked(), qPrintable(action->text()));
        QVERIFY(action->toolTip().contains(QKeySequence(k).toString(QKeySequence::NativeText)));
    }
    QCOMPARE(canvas()->tool(), nullptr);  // Pan/View: left drag pans
    key(Qt::Key_E);
    QVERIFY(qobject_cast<BrushTool *>(canvas()->tool()));
    key(Qt::Key_Escape);
    QVERIFY(command("toolPan")->isChecked());
    // [ and ] size the brush.
    toolSettings()->setBrushSize(20);
    key(Qt::Key_BracketRight);
    QCOMPARE(toolSettings()->brushSize(), 22.0);
    key(Qt::Key_BracketLeft);
    key(Qt::Key_BracketLeft);
    QCOMPARE(toolSettings()->brushSize(), 18.0);
    // The flood tool through the window: a click in s1's rectangle clears it (right button).
    key(Qt::Key_G);
    QTest::mouseClick(canvas(), Qt::RightButton, {}, at(70, 55));
    QTRY_COMPARE(cv::countNonZero(doc()->mask()), 0);   // filled off the GUI thread
    // The lasso through the window adds its inside.
    key(Qt::Key_L);
    stroke({at(10, 10), at(30, 10), at(30, 30), at(10, 30)});
    QCOMPARE(doc()->mask().at<uchar>(20, 20), uchar(255));
    QCOMPARE(doc()->undoStack()->count(), 2);
}

void TestEditing::cleanupKeysGiveTheCoreResults_data()
{
    QTest::addColumn<int>("keyCode");
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("operation");
    QTest::newRow("fill holes") << int(Qt::Key_F) << "Fill holes" << 0;
    QTest::newRow("remove islands") << int(Qt::Key_I) << "Remove islands < 50 px" << 1;
    QTest::newRow("keep largest") << int(Qt::Key_K) << "Keep largest" << 2;
    QTest::newRow("grow") << int(Qt::Key_G) << "Grow 4 px" << 3;
    QTest::newRow("shrink") << int(Qt::Key_E) << "Shrink 4 px" << 4;
    QTest::newRow("smooth") << int(Qt::Key_S) << "Smooth" << 5;
}

void TestEditing::cleanupKeysGiveTheCoreResults()
{
    QFETCH(int, keyCode);
    QFETCH(QString, step);
    QFETCH(int, operation);
    showAndWait(1);
    EditController *editor = edit();
    toolSettings()->setPixels(4);
    toolSettings()->setIslandArea(50);
    const cv::Mat start = cleanupMask();
    QCOMPARE(differing(doc()->mask(), start), 0);
    const cv::Mat expected = operation == 0   ? core::fillHoles(start)
                             : operation == 1 ? core::removeIslands(start, 50)
                             : operation == 2 ? core::keepLargestComponent(start)
                             : operation == 3 ? core::growMask(start, 4)
                             : operation == 4 ? core::shrinkMask(start, 4)
                                              : core::smoothMask(start, 4);
    QVERIFY(differing(expected, start) > 0);
    key(keyCode, Qt::ControlModifier | Qt::ShiftModifier);
    editor->jobs()->waitForIdle();
    QCOMPARE(differing(doc()->mask(), expected), 0);
    QCOMPARE(doc()->undoStack()->count(), 1);
    QCOMPARE(doc()->undoStack()->undoText(), step);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(differing(doc()->mask(), start), 0);
}

void TestEditing::acceptPredictionThenRevert()
{
    showAndWait(2);
    EditController *editor = edit();
    QVERIFY(editor->actions()->acceptPrediction->isEnabled());
    QSignalSpy saved(editor->saver(), &core::AutoSaver::saved);
    key(Qt::Key_A, Qt::ShiftModifier);
    editor->jobs()->waitForIdle();
    QCOMPARE(differing(doc()->mask(), uitest::rectMask(kSize, cv::Rect(50, 40, 70, 50))), 0);
    QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Accept prediction"));
    // Above the prediction's 0.9: nothing is lesion.
    toolSettings()->setThreshold(0.95);
    key(Qt::Key_A, Qt::ShiftModifier);
    editor->jobs()->waitForIdle();
    QCOMPARE(cv::countNonZero(doc()->mask()), 0);
    QVERIFY(saved.wait(5000));
    QVERIFY(QFileInfo::exists(annotation(QStringLiteral("s3"))));
    key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(differing(doc()->mask(), uitest::rectMask(kSize, kTruth)), 0);
    QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Revert to source mask"));
    QVERIFY(saved.wait(5000));
    QVERIFY(!QFileInfo::exists(annotation(QStringLiteral("s3"))));
    QCOMPARE(samples()->status(2), core::SampleStatus::Source);
}

void TestEditing::leavingTheImageSavesAtOnce()
{
    EditController *editor = edit();
    editor->saver()->setDelay(60000);  // only leaving the image can save it now
    key(Qt::Key_E);
    stroke({at(40, 40), at(100, 40)});
    const cv::Mat edited = doc()->maskCopy();
    QTest::keyClick(uitest::part<BrowserWidget>(m_window.get())->view(), Qt::Key_Right);
    QCOMPARE(m_window->currentId(), QStringLiteral("s2"));
    editor->saver()->waitForSaves();
    QCOMPARE(differing(core::readMask(annotation(QStringLiteral("s1")), nullptr), edited), 0);
    QVERIFY(!m_window->isWindowModified());
}

void TestEditing::approvingAfterAnEditKeepsBoth()
{
    key(Qt::Key_B);
    stroke({at(120, 20), at(140, 20)});
    QTest::keyClick(uitest::part<BrowserWidget>(m_window.get())->view(),
                    Qt::Key_A); // at once, before the autosave
    QCOMPARE(samples()->status(0), core::SampleStatus::Approved);
    const cv::Mat edited = doc()->maskCopy();
    m_window.reset();  // waits for the writes
    core::Dataset dataset;
    QString error;
    QVERIFY(core::scanDataset(m_data, &dataset, &error));
    core::Workspace workspace;
    QVERIFY2(workspace.openAt(dataset, m_ws, &error), qPrintable(error));
    QCOMPARE(workspace.status(QStringLiteral("s1")), core::SampleStatus::Approved);
    QCOMPARE(differing(core::readMask(annotation(QStringLiteral("s1")), nullptr), edited), 0);
}

void TestEditing::failedSaveIsReportedAndBlocksClosing()
{
    const QString folder = m_ws + QStringLiteral("/annotations");
    QVERIFY(QDir(folder).removeRecursively());
    QVERIFY(uitest::writeBytes(folder, "not a folder"));
    EditController *editor = edit();
    QSignalSpy failed(editor->saver(), &core::AutoSaver::failed);
    key(Qt::Key_B);
    stroke({at(120, 20), at(140, 20)});
    QVERIFY(failed.wait(5000));
    // Named in the status bar (unattended: no dialog) and in the Edit panel, kept in memory.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("s1.png")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(uitest::part<EditPanel>(m_window.get())->saveState().contains(QStringLiteral("s1.png")));
    QVERIFY(doc()->isModified());
    QVERIFY(m_window->isWindowModified());
    QVERIFY(!m_window->close());  // nothing the user made is dropped
    QVERIFY(m_window->isVisible());
    QVERIFY(QFile::remove(folder));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(editor->saveEverything().isEmpty());
    QVERIFY(QFileInfo::exists(annotation(QStringLiteral("s1"))));
    QVERIFY(m_window->close());
}

void TestEditing::fullDiskKeepsTheSavedVersionAndTheEdit()
{
    EditController *editor = edit();
    QSignalSpy saved(editor->saver(), &core::AutoSaver::saved);
    QSignalSpy failed(editor->saver(), &core::AutoSaver::failed);
    key(Qt::Key_B);
    stroke({at(120, 20), at(140, 20)});
    QVERIFY(saved.wait(5000));
    QFile file(annotation(QStringLiteral("s1")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray savedBytes = file.readAll();
    file.close();

    // The disk fills up: the next stroke cannot be written.
    testsupport::FullDisk disk;
    QVERIFY(disk.isActive());
    stroke({at(120, 60), at(140, 60)});
    QVERIFY(failed.wait(5000));
    const QString error = failed.first().at(2).toString();
    QVERIFY2(error.contains(QStringLiteral("s1.png")), qPrintable(error));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("s1.png")));
    QVERIFY(doc()->isModified());
    QCOMPARE(doc()->mask().at<uchar>(60, 130), uchar(255));  // image coordinates
    QVERIFY(!m_window->close());
    // The version saved before is whole and untouched, and no half-written file is left.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), savedBytes);
    file.close();
    QCOMPARE(QDir(m_ws + QStringLiteral("/annotations")).entryList(QDir::Files),
             QStringList{QStringLiteral("s1.png")});

    // Space comes back: the edit kept in memory is written, and the window may close.
    disk.release();
    QVERIFY(editor->saveEverything().isEmpty());
    QCOMPARE(differing(core::readMask(annotation(QStringLiteral("s1")), nullptr), doc()->mask()), 0);
    QVERIFY(m_window->close());
}

void TestEditing::eachImageKeepsItsHistory()
{
    key(Qt::Key_B);
    stroke({at(120, 20), at(140, 20)});
    showAndWait(1);
    QCOMPARE(doc()->undoStack()->count(), 0);
    QVERIFY(!edit()->actions()->undo->isEnabled());
    stroke({at(10, 100), at(30, 100)});
    showAndWait(0);
    QCOMPARE(doc()->undoStack()->count(), 1);
    QCOMPARE(doc()->mask().at<uchar>(20, 130), uchar(255));
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc()->mask().at<uchar>(20, 130), uchar(0));
    // The canvas shows the document's mask, not the file read on the way back.
    edit()->saveEverything();
    QCOMPARE(canvas()->document(), doc());
}

void TestEditing::screenshotsWhenAsked()
{
    // For looking at the editor, not a check: DERMASK_SHOTS_DIR=/tmp/shots [DERMASK_SHOTS_DATA=dir]
    // saves the window with GrabCut and brush edits made, and the Export dialog.
    const QString dir = qEnvironmentVariable("DERMASK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set DERMASK_SHOTS_DIR to save screenshots of the editor");
    QDir().mkpath(dir);
    const QString data = qEnvironmentVariable("DERMASK_SHOTS_DATA");
    if (!data.isEmpty()) {
        QSignalSpy opened(m_window.get(), &MainWindow::datasetOpened);
        m_window->openDataset(data);
        QVERIFY(opened.wait(20000));
        m_window->showSample(0);
        QTRY_VERIFY(doc() && canvas()->sample() && canvas()->sample()->id == doc()->sampleId());
    }
    m_window->resize(1400, 900);
    QTest::qWait(200);
    const QSize size(canvas()->sample()->size.width(), canvas()->sample()->size.height());
    const double w = size.width(), h = size.height();
    key(Qt::Key_C);
    stroke({at(w * 0.3, h * 0.3), at(w * 0.5, h * 0.5), at(w * 0.72, h * 0.75)});
    uitest::part<ToolBox>(m_window.get())->grabCut()->waitForFinished();
    key(Qt::Key_B);
    toolSettings()->setBrushSize(std::max(4.0, w / 40));
    stroke({at(w * 0.2, h * 0.2), at(w * 0.25, h * 0.22), at(w * 0.3, h * 0.2)});
    QMouseEvent hover(QEvent::MouseMove, at(w * 0.45, h * 0.45),
                      canvas()->mapToGlobal(QPointF(at(w * 0.45, h * 0.45))), Qt::NoButton, Qt::NoButton, {});
    QApplication::sendEvent(canvas(), &hover);
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/edit-unsaved.png")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isWindowModified(), 10000);
    QTest::qWait(300);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/edit-saved.png")));
    command("exportData")->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    QTest::qWait(200);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/export.png")));
    dialog->close();
    command("shortcuts")->trigger();
    QTest::qWait(200);
    const QList<QMessageBox *> boxes = m_window->findChildren<QMessageBox *>();
    QVERIFY(!boxes.isEmpty());
    QVERIFY(boxes.last()->grab().save(dir + QStringLiteral("/shortcuts.png")));
    boxes.last()->close();
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
