// The viewer end to end on small generated datasets: opening fills the browser and shows the
// first image, navigation keys, sorting by Dice and the jumps, overlay toggles, approving,
// bad files reported by name while the program keeps working, and prediction with a
// TorchScript module that knows the answer.

#include "ui/mainwindow/mainwindow.h"

#include "core/learning/predictcontroller.h"
#include "core/workspace/workspace.h"
#include "tests/support/testmodels.h"
#include "tests/support/uitestdata.h"
#include "tests/support/windowparts.h"
#include "ui/browser/browserwidget.h"
#include "ui/browser/samplemodel.h"
#include "ui/canvas/imagecanvas.h"
#include "ui/common/sampleloader.h"
#include "ui/panels/infopanel.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dermask;
using namespace dermask::ui;

namespace {

const cv::Size kSize(80, 60);
const cv::Rect kTruth(20, 15, 30, 30);

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openingFillsTheBrowser();
    void navigationKeys();
    void sortingByDiceOrdersCorrectly();
    void aRankingShowsItsTopAndTheIdsStayReadable();
    void jumpsFollowDisagreementAndReview();
    void overlayTogglesChangeTheCanvas();
    void approvingIsSaved();
    void badFilesAreNamedAndTheProgramKeepsWorking();
    void predictThisImageShowsTheResult();
    void emptyAndMissingFolders();
    void settingsPersist();

private:
    template <typename T>
    T *part() const { return uitest::part<T>(m_window.get()); }
    QAction *command(const char *name) const { return uitest::command(m_window.get(), name); }
    bool open(const QString &dir);
    QStringList shownIds() const;
    void key(Qt::Key key);

    QTemporaryDir m_tmp;
    QString m_data;
    QString m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // Settings go to the temporary folder, never to the user's.
    qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("DermaskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_data = m_tmp.filePath(QStringLiteral("data"));
    // Dice of the prediction against the mask: s1 1.0, s2 0.5, s3 0.8, s4 0.9; s5 none.
    const int shifts[] = {0, 15, 6, 3};
    for (int i = 1; i <= 5; ++i)
        QVERIFY(uitest::writeSample(m_data, QStringLiteral("s%1").arg(i), kSize, kTruth));
    for (int i = 1; i <= 4; ++i) {
        const QString predictions = m_tmp.filePath(QStringLiteral("ws/predictions/demo"));
        QVERIFY(uitest::writePrediction(predictions, QStringLiteral("s%1").arg(i), kSize,
                                        kTruth + cv::Point(shifts[i - 1], 0), i == 3));
    }
}

void TestMainWindow::init()
{
    MainWindow::Options options;
    options.persistent = false;
    options.workspaceDir = m_tmp.filePath(QStringLiteral("ws"));
    m_workspace = options.workspaceDir;
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

bool TestMainWindow::open(const QString &dir)
{
    QSignalSpy opened(m_window.get(), &MainWindow::datasetOpened);
    QSignalSpy scored(m_window.get(), &MainWindow::scoresUpdated);
    m_window->openDataset(dir);
    return opened.wait(10000) && (scored.count() > 0 || scored.wait(10000));
}

QStringList TestMainWindow::shownIds() const
{
    QStringList ids;
    const QAbstractItemModel *model = part<BrowserWidget>()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, SampleModel::IdColumn).data().toString());
    return ids;
}

void TestMainWindow::key(Qt::Key k)
{
    QTest::keyClick(part<BrowserWidget>()->view(), k);
}

void TestMainWindow::openingFillsTheBrowser()
{
    QSignalSpy shown(m_window.get(), &MainWindow::sampleShown);
    QVERIFY(open(m_data));
    QCOMPARE(shownIds(), QStringList({"s1", "s2", "s3", "s4", "s5"}));
    QCOMPARE(m_window->currentId(), QStringLiteral("s1"));
    QVERIFY(shown.count() > 0 || shown.wait(10000));
    QCOMPARE(shown.last().first().toString(), QStringLiteral("s1"));
    QCOMPARE(part<InfoPanel>()->fieldText(QStringLiteral("id")), QStringLiteral("s1"));
    QCOMPARE(part<InfoPanel>()->fieldText(QStringLiteral("size")), QStringLiteral("80 × 60 px"));
    // 30x30 of 80x60 = 18.75 %.
    QVERIFY(part<InfoPanel>()->fieldText(QStringLiteral("maskArea")).startsWith(QStringLiteral("900 px")));
    QCOMPARE(part<InfoPanel>()->fieldText(QStringLiteral("dice")), QLocale().toString(1.0, 'f', 3));
    QCOMPARE(m_window->predictionModel(), QStringLiteral("demo"));
}

void TestMainWindow::navigationKeys()
{
    QVERIFY(open(m_data));
    key(Qt::Key_Right);
    QCOMPARE(m_window->currentId(), QStringLiteral("s2"));
    key(Qt::Key_Right);
    QCOMPARE(m_window->currentId(), QStringLiteral("s3"));
    key(Qt::Key_Left);
    QCOMPARE(m_window->currentId(), QStringLiteral("s2"));
    key(Qt::Key_PageDown);
    QCOMPARE(m_window->currentId(), QStringLiteral("s3"));
    key(Qt::Key_PageUp);
    key(Qt::Key_PageUp);
    key(Qt::Key_PageUp);  // stays on the first
    QCOMPARE(m_window->currentId(), QStringLiteral("s1"));
    // The browser follows, and the canvas draws the image the keys went to.
    QSignalSpy shown(m_window.get(), &MainWindow::sampleShown);
    key(Qt::Key_Right);
    QCOMPARE(part<BrowserWidget>()->currentIndex(), 1);
    QTRY_VERIFY(!shown.isEmpty() && shown.last().first().toString() == QStringLiteral("s2"));
    QCOMPARE(part<ImageCanvas>()->sample()->id, QStringLiteral("s2"));
}

void TestMainWindow::sortingByDiceOrdersCorrectly()
{
    QVERIFY(open(m_data));
    command("sortDisagreement")->trigger();
    QCOMPARE(shownIds(), QStringList({"s2", "s3", "s4", "s1", "s5"}));
    const QAbstractItemModel *model = part<BrowserWidget>()->view()->model();
    QCOMPARE(model->index(0, SampleModel::DiceColumn).data().toString(), QLocale().toString(0.5, 'f', 3));
    QCOMPARE(model->index(4, SampleModel::DiceColumn).data().toString(), QString());
    QVERIFY(!part<BrowserWidget>()->view()->isColumnHidden(SampleModel::DiceColumn));
    // One click on the Dice header sorts the same way; a second reverses.
    command("sortId")->trigger();
    QCOMPARE(shownIds().first(), QStringLiteral("s1"));
    part<BrowserWidget>()->sortBy(BrowserWidget::Sort::BestDice);
    QCOMPARE(shownIds(), QStringList({"s1", "s4", "s3", "s2", "s5"}));
    // "Next" walks the sorted order.
    command("sortDisagreement")->trigger();
    m_window->showSample(1);  // s2
    key(Qt::Key_Right);
    QCOMPARE(m_window->currentId(), QStringLiteral("s3"));
}

void TestMainWindow::aRankingShowsItsTopAndTheIdsStayReadable()
{
    // 40 samples, more than the list shows; lesion_00 is predicted perfectly, the others worse.
    const QString data = m_tmp.filePath(QStringLiteral("many"));
    MainWindow::Options options;
    options.persistent = false;
    options.workspaceDir = m_tmp.filePath(QStringLiteral("many-ws"));
    for (int i = 0; i < 40; ++i) {
        const QString id = QStringLiteral("lesion_%1").arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY(uitest::writeSample(data, id, kSize, kTruth));
        QVERIFY(uitest::writePrediction(options.workspaceDir + QStringLiteral("/predictions/demo"), id, kSize,
                                        kTruth + cv::Point(i == 0 ? 0 : 1 + i % 15, 0)));
    }
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QVERIFY(open(data));
    QTableView *view = part<BrowserWidget>()->view();
    QVERIFY(!view->isColumnHidden(SampleModel::DiceColumn));
    QVERIFY(!view->isColumnHidden(SampleModel::UncertaintyColumn));
    const int idWidth = view->iconSize().width() + view->fontMetrics().horizontalAdvance(QStringLiteral("lesion_00"));
    QVERIFY2(view->columnWidth(SampleModel::IdColumn) >= idWidth,
             qPrintable(QStringLiteral("%1 < %2").arg(view->columnWidth(SampleModel::IdColumn)).arg(idWidth)));

    m_window->showSample(0);   // the best: last once the worst come first
    command("sortDisagreement")->trigger();
    QCOMPARE(shownIds().last(), QStringLiteral("lesion_00"));
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QCOMPARE(m_window->currentId(), QStringLiteral("lesion_00"));
}

void TestMainWindow::jumpsFollowDisagreementAndReview()
{
    QVERIFY(open(m_data));
    // From s1 (Dice 1, the least disagreement) nothing follows; from s5 (no prediction) the worst.
    m_window->showSample(4);
    command("nextDisagreement")->trigger();
    QCOMPARE(m_window->currentId(), QStringLiteral("s2"));
    command("nextDisagreement")->trigger();
    QCOMPARE(m_window->currentId(), QStringLiteral("s3"));
    // s3's prediction is unsure (probability 0.5 inside): the most uncertain.
    m_window->showSample(0);
    command("nextUncertain")->trigger();
    QCOMPARE(m_window->currentId(), QStringLiteral("s3"));
}

void TestMainWindow::overlayTogglesChangeTheCanvas()
{
    QVERIFY(open(m_data));
    m_window->showSample(1);  // s2: half the mask is missed by the prediction
    QTRY_VERIFY(part<ImageCanvas>()->sample() && part<ImageCanvas>()->sample()->id == QStringLiteral("s2"));
    const QImage outlines = part<ImageCanvas>()->grab().toImage();
    command("difference")->trigger();
    QVERIFY(command("difference")->isChecked());
    const QImage difference = part<ImageCanvas>()->grab().toImage();
    QVERIFY(difference != outlines);
    command("difference")->trigger();
    QCOMPARE(part<ImageCanvas>()->grab().toImage(), outlines);
    command("showTruth")->trigger();
    command("showPrediction")->trigger();
    const QImage plain = part<ImageCanvas>()->grab().toImage();
    QVERIFY(plain != outlines);
    // With every overlay off, the hold key changes nothing any more.
    QTest::keyPress(part<BrowserWidget>()->view(), Qt::Key_H);
    QCOMPARE(part<ImageCanvas>()->grab().toImage(), plain);
    QTest::keyRelease(part<BrowserWidget>()->view(), Qt::Key_H);
}

void TestMainWindow::approvingIsSaved()
{
    QVERIFY(open(m_data));
    QCOMPARE(part<SampleModel>()->status(0), core::SampleStatus::Source);
    key(Qt::Key_A);
    QCOMPARE(part<SampleModel>()->status(0), core::SampleStatus::Approved);
    QVERIFY(command("approve")->isChecked());
    // Next unreviewed skips what is approved.
    m_window->showSample(4);
    key(Qt::Key_U);
    QCOMPARE(m_window->currentId(), QStringLiteral("s2"));
    // Reviewing with the "Unreviewed" filter: an approved image leaves the list, and "next"
    // goes on from where it was.
    part<BrowserWidget>()->findChild<QComboBox *>(QStringLiteral("statusFilter"))->setCurrentIndex(1);
    QCOMPARE(shownIds(), QStringList({"s2", "s3", "s4", "s5"}));
    key(Qt::Key_Right);
    QCOMPARE(m_window->currentId(), QStringLiteral("s3"));
    key(Qt::Key_A);
    QCOMPARE(shownIds(), QStringList({"s2", "s4", "s5"}));
    key(Qt::Key_Right);
    QCOMPARE(m_window->currentId(), QStringLiteral("s4"));
    m_window->showSample(2);
    key(Qt::Key_A);  // s3 back to its dataset mask
    m_window.reset();  // waits for the write
    core::Dataset dataset;
    QString error;
    QVERIFY(core::scanDataset(m_data, &dataset, &error));
    core::Workspace workspace;
    QVERIFY2(workspace.openAt(dataset, m_workspace, &error), qPrintable(error));
    QCOMPARE(workspace.status(QStringLiteral("s1")), core::SampleStatus::Approved);
    QCOMPARE(workspace.status(QStringLiteral("s3")), core::SampleStatus::Source);
    QVERIFY(workspace.setStatus(QStringLiteral("s1"), core::SampleStatus::Source, &error));
}

void TestMainWindow::badFilesAreNamedAndTheProgramKeepsWorking()
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("bad"));
    for (const char *id : {"a_good", "b_truncated", "c_good"})
        QVERIFY(uitest::writeSample(data, QString::fromLatin1(id), kSize, kTruth));
    // A PNG cut in half: its header is fine (the scan keeps it), its pixels are not.
    const QString truncated = data + QStringLiteral("/images/b_truncated.png");
    QVERIFY(uitest::truncate(truncated));
    // A prediction of the wrong size for c_good.
    const QString ws = tmp.filePath(QStringLiteral("ws"));
    QVERIFY(uitest::writePrediction(ws + QStringLiteral("/predictions/m"), QStringLiteral("c_good"),
                                    cv::Size(40, 30), cv::Rect(5, 5, 10, 10)));

    MainWindow::Options options;
    options.persistent = false;
    options.workspaceDir = ws;
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QVERIFY(open(data));
    key(Qt::Key_Right);
    QCOMPARE(m_window->currentId(), QStringLiteral("b_truncated"));
    QTRY_VERIFY(part<InfoPanel>()->fieldText(QStringLiteral("errors")).contains(truncated));
    key(Qt::Key_Right);
    QCOMPARE(m_window->currentId(), QStringLiteral("c_good"));
    QTRY_VERIFY(part<ImageCanvas>()->sample() && part<ImageCanvas>()->sample()->id == QStringLiteral("c_good"));
    QVERIFY(part<ImageCanvas>()->sample()->imageOk());
    const QString errors = part<InfoPanel>()->fieldText(QStringLiteral("errors"));
    QVERIFY2(errors.contains(QStringLiteral("c_good.png")), qPrintable(errors));
    QVERIFY(!part<ImageCanvas>()->sample()->prediction.present());
    QVERIFY(part<ImageCanvas>()->sample()->truth.present());
}

void TestMainWindow::predictThisImageShowsTheResult()
{
    QTemporaryDir tmp;
    const QString model = tmp.filePath(QStringLiteral("darkness.pt"));
    test::saveDarknessModule(model);
    m_window->setModelFile(model);
    QVERIFY(open(m_data));
    m_window->showSample(4);  // s5: no prediction yet
    QVERIFY(command("predictOne")->isEnabled());
    QSignalSpy predicted(part<core::PredictController>(), &core::PredictController::predicted);
    QSignalSpy finished(part<core::PredictController>(), &core::PredictController::finished);
    command("predictOne")->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(predicted.count(), 1);
    QCOMPARE(m_window->predictionModel(), QStringLiteral("darkness"));
    QVERIFY(QFileInfo::exists(m_workspace + QStringLiteral("/predictions/darkness/s5.png")));
    QVERIFY(QFileInfo::exists(m_workspace + QStringLiteral("/predictions/darkness/s5_prob.png")));
    // Shown at once, with its Dice against the rectangle mask (the ellipse inside it).
    QTRY_VERIFY(part<ImageCanvas>()->sample() && part<ImageCanvas>()->sample()->id == QStringLiteral("s5")
                && part<ImageCanvas>()->sample()->prediction.present());
    const double dice = part<SampleModel>()->score(4).dice;
    QVERIFY2(dice > 0.8 && dice < 0.95, qPrintable(QString::number(dice)));
    QDir(m_workspace + QStringLiteral("/predictions/darkness")).removeRecursively();
}

void TestMainWindow::emptyAndMissingFolders()
{
    QTemporaryDir tmp;
    QVERIFY(open(tmp.path()));
    QCOMPARE(shownIds(), QStringList());
    QCOMPARE(m_window->currentIndex(), -1);
    QSignalSpy failed(m_window.get(), &MainWindow::datasetFailed);
    const QString missing = tmp.filePath(QStringLiteral("not-there"));
    m_window->openDataset(missing);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("not-there")));
    // The empty dataset stays open.
    QVERIFY(m_window->session());
}

void TestMainWindow::settingsPersist()
{
    MainWindow::Options options;
    options.persistent = true;
    options.workspaceDir = m_workspace;
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QVERIFY(open(m_data));
    m_window->showSample(2);
    command("difference")->trigger();
    command("showPrediction")->trigger();
    QVERIFY(m_window->close());
    m_window.reset();

    // A new session: same overlays, the last dataset reopens at the image left on screen.
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QVERIFY(command("difference")->isChecked());
    QVERIFY(!command("showPrediction")->isChecked());
    QSignalSpy opened(m_window.get(), &MainWindow::datasetOpened);
    QVERIFY(m_window->restoreLastDataset());
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().first().toString(), QDir::cleanPath(m_data));
    QCOMPARE(m_window->currentId(), QStringLiteral("s3"));
    QCOMPARE(m_window->findChild<QMenu *>(QStringLiteral("recentMenu"))->actions().size(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
