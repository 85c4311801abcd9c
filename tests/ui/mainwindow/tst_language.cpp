// The interface language switched at run time, in the real window: View ▸ Language lists every
// translation by its own name; choosing one changes the menus, the toolbar, the docks, the
// browser's headers, the Training panel and the status line at once, turns the layout around
// for Hebrew (the docks and the arrows of next, previous, undo and redo with it) and leaves no
// English word behind; going back to English gives back every text; the choice is kept.

#include "ui/mainwindow/mainwindow.h"

#include "core/model/networks.h"
#include "tests/support/uitestdata.h"
#include "tests/support/windowparts.h"
#include "ui/browser/browserwidget.h"
#include "ui/browser/samplemodel.h"
#include "ui/common/translations.h"
#include "ui/training/trainingdock.h"
#include "ui/training/trainingpanel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>
#include <QXYSeries>

using namespace dermask;
using namespace dermask::ui;

namespace {

const cv::Size kSize(80, 60);
const cv::Rect kTruth(20, 15, 30, 30);

/// Every text of the window a user can read, by object and property: what the walk compares.
using Texts = QMap<QString, QString>;

QString keyOf(const QObject *object, const QString &property)
{
    return QStringLiteral("%1 %2 \"%3\" %4")
        .arg(QString::number(quintptr(object), 16), QLatin1String(object->metaObject()->className()),
             object->objectName(), property);
}

void collectWidget(QWidget *w, Texts &texts)
{
    auto add = [&](const QString &property, const QString &text) {
        if (!text.isEmpty())
            texts.insert(keyOf(w, property), text);
    };
    add(QStringLiteral("toolTip"), w->toolTip());
    add(QStringLiteral("statusTip"), w->statusTip());
    if (w->isWindow() || qobject_cast<QDockWidget *>(w) || qobject_cast<QToolBar *>(w))
        add(QStringLiteral("windowTitle"), w->windowTitle());
    if (auto *label = qobject_cast<QLabel *>(w))
        add(QStringLiteral("text"), label->text());
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        add(QStringLiteral("text"), button->text());
    if (auto *group = qobject_cast<QGroupBox *>(w))
        add(QStringLiteral("title"), group->title());
    if (auto *menu = qobject_cast<QMenu *>(w))
        add(QStringLiteral("title"), menu->title());
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        add(QStringLiteral("placeholder"), edit->placeholderText());
    if (auto *spin = qobject_cast<QSpinBox *>(w))
        add(QStringLiteral("suffix"), spin->suffix());
    if (auto *box = qobject_cast<QComboBox *>(w)) {
        for (int i = 0; i < box->count(); ++i) {
            add(QStringLiteral("item %1").arg(i), box->itemText(i));
            add(QStringLiteral("item tip %1").arg(i), box->itemData(i, Qt::ToolTipRole).toString());
        }
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            add(QStringLiteral("header %1").arg(c), view->model()->headerData(c, Qt::Horizontal).toString());
            add(QStringLiteral("header tip %1").arg(c),
                view->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            if (view->model()->rowCount() > 0)
                add(QStringLiteral("row 0 column %1").arg(c), view->model()->index(0, c).data().toString());
        }
    }
    if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
        for (int c = 0; c < tree->columnCount(); ++c)
            add(QStringLiteral("header %1").arg(c), tree->headerItem()->text(c));
    }
    if (auto *chart = qobject_cast<QChartView *>(w)) {
        for (QAbstractSeries *series : chart->chart()->series())
            add(QStringLiteral("series ") + series->name(), series->name());
        for (QAbstractAxis *axis : chart->chart()->axes())
            add(QStringLiteral("axis %1").arg(int(axis->alignment())), axis->titleText());
    }
}

Texts textsOf(QWidget *window)
{
    Texts texts;
    collectWidget(window, texts);
    for (QWidget *w : window->findChildren<QWidget *>())
        collectWidget(w, texts);
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->isSeparator())
            continue;
        const std::pair<const char *, QString> properties[] = {{"text", action->text()},
                                                               {"iconText", action->iconText()},
                                                               {"toolTip", action->toolTip()},
                                                               {"statusTip", action->statusTip()}};
        for (const auto &[property, text] : properties)
            if (!text.isEmpty())
                texts.insert(keyOf(action, QLatin1String(property)), text);
    }
    return texts;
}

/// The sources translated() found untranslated: a comparison with a text the translation keeps
/// in English could not fail, so the tests that compare refuse them.
QStringList untranslated;

/// @p source as the translation installed now says it.
QString translated(const char *context, const char *source, const char *disambiguation = nullptr)
{
    const QString text = QCoreApplication::translate(context, source, disambiguation);
    if (text == QLatin1String(source))
        untranslated << QLatin1String(source);
    return text;
}

/// Whether a label of @p window reads @p text (a form's row names, made by the forms' code).
bool hasLabel(const QWidget *window, const QString &text)
{
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) { return label->text() == text; });
}

QImage iconImage(const QAction *action)
{
    return action->icon().pixmap(QSize(24, 24)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theMenuListsEveryTranslation();
    void switchingChangesTheWindowAtOnce_data();
    void switchingChangesTheWindowAtOnce();
    void noEnglishIsLeftInHebrew();
    void arrowsMirrorRightToLeft();
    void theDocksMoveWithTheirTabs();
    void aLayoutKeptInTheOtherDirectionIsMirrored();
    void theChoiceIsKept();

private:
    QAction *command(const char *name) const { return uitest::command(m_window.get(), name); }
    /// Chooses @p code in View ▸ Language; the window has heard of it when this returns.
    void choose(const QString &code);
    void makeWindow(bool persistent);
    /// Names, numbers and paths, which read the same in every language (see the list).
    bool untranslatable(QString text) const;

    QTemporaryDir m_tmp;
    QString m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguage::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // Settings go to the temporary folder, never to the user's.
    qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("DermaskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    QVERIFY2(QFile::exists(QStringLiteral(":/i18n/dermask_he.qm")), "the suite carries the app's translations");
    m_data = m_tmp.filePath(QStringLiteral("data"));
    for (int i = 1; i <= 3; ++i) {
        const QString id = QStringLiteral("s%1").arg(i);
        QVERIFY(uitest::writeSample(m_data, id, kSize, kTruth));
        QVERIFY(uitest::writePrediction(m_tmp.filePath(QStringLiteral("ws/predictions/demo")), id, kSize,
                                        kTruth + cv::Point(3 * i, 0)));
    }
}

void TestLanguage::makeWindow(bool persistent)
{
    MainWindow::Options options;
    options.persistent = persistent;
    options.workspaceDir = m_tmp.filePath(QStringLiteral("ws"));
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLanguage::init()
{
    installTranslations(qApp, QStringLiteral("en"));
    makeWindow(false);
    // A dataset on screen with its scores, the Training and Models docks shown: their words too.
    QSignalSpy opened(m_window.get(), &MainWindow::datasetOpened);
    QSignalSpy scored(m_window.get(), &MainWindow::scoresUpdated);
    QSignalSpy shown(m_window.get(), &MainWindow::sampleShown);
    m_window->openDataset(m_data);
    QVERIFY(opened.wait(10000));
    QVERIFY(scored.count() > 0 || scored.wait(10000));
    QVERIFY(shown.count() > 0 || shown.wait(10000));
    command("showTraining")->trigger();
    command("showModels")->trigger();
    QTest::qWait(50);
}

void TestLanguage::cleanup()
{
    m_window.reset();
    installTranslations(qApp, QStringLiteral("en"));
}

void TestLanguage::choose(const QString &code)
{
    command(qPrintable(QStringLiteral("language_") + code))->trigger();
    // Qt posts the change to the windows once the translators are in place.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

bool TestLanguage::untranslatable(QString text) const
{
    // Read the same in every language, so equal to the English text by right:
    static const QStringList names = {
        QStringLiteral("Dermask"),  // the program's name
        QStringLiteral("Dice"),     // the metrics' names (the Hebrew translation keeps them)
        QStringLiteral("IoU"),
        QStringLiteral("GrabCut"),  // the algorithm's name
        QStringLiteral("demo"),     // the model of the test data
        QStringLiteral("data"),     // the dataset's folder
    };
    text.remove(QLatin1Char('&'));
    // Each language is named in itself, in the Language menu.
    for (const Language &language : availableLanguages())
        if (text == language.name)
            return true;
    // The networks' descriptions come from the core in English (core::networkDescription(),
    // not translatable from ui/); their names are names.
    for (const QString &network : core::networkNames()) {
        if (text == core::networkDescription(network))
            return true;
        text.remove(network);
    }
    for (const QString &name : names)
        text.remove(name);
    text.remove(QRegularExpression(QStringLiteral("\\S*/\\S*")));                  // paths
    text.remove(QRegularExpression(QStringLiteral("\\S+\\.(png|jpg|bmp)\\b")));  // file names
    text.remove(QRegularExpression(QStringLiteral("\\bs\\d+\\b")));                // sample ids
    // What is left: numbers, signs, punctuation.
    return !text.contains(QRegularExpression(QStringLiteral("\\p{L}")));
}

void TestLanguage::theMenuListsEveryTranslation()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QMenu *view = nullptr;
    for (QAction *action : m_window->menuBar()->actions())
        if (action->menu() && action->menu()->actions().contains(menu->menuAction()))
            view = action->menu();
    QVERIFY2(view, "Language is a submenu of a menu of the menu bar");
    QCOMPARE(view->title(), QStringLiteral("&View"));
    QCOMPARE(menu->title(), QStringLiteral("&Language"));

    QStringList entries;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        QVERIFY(action->isCheckable());
        entries << action->text();
    }
    QStringList expected = {QStringLiteral("System default")};
    for (const Language &language : availableLanguages())
        expected << language.name;
    QCOMPARE(entries, expected);
    QVERIFY(entries.contains(QStringLiteral("English")));
    QVERIFY(entries.contains(QStringLiteral("עברית")));
    // Exactly one checked: English, as installed for the test.
    QVERIFY(command("language_en")->isChecked());
    choose(QStringLiteral("he"));
    QVERIFY(command("language_he")->isChecked());
    QVERIFY(!command("language_en")->isChecked());
    // The languages keep their own names; the first entry is translated.
    QCOMPARE(command("language_en")->text(), QStringLiteral("English"));
    untranslated.clear();
    QCOMPARE(command("language_system")->text(), translated("dermask::ui::LanguageMenu", "System default"));
    QCOMPARE(menu->title(), translated("dermask::ui::LanguageMenu", "&Language"));
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(", "))));
}

void TestLanguage::switchingChangesTheWindowAtOnce_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("Hebrew") << "he" << true;
    QTest::newRow("Spanish") << "es" << false;
}

void TestLanguage::switchingChangesTheWindowAtOnce()
{
    QFETCH(QString, code);
    QFETCH(bool, rightToLeft);
    if (!QFile::exists(QStringLiteral(":/i18n/dermask_%1.qm").arg(code)))
        QSKIP("this build carries no dermask_es.qm: translations/dermask_es.ts is not on this branch yet");

    QMainWindow *window = m_window.get();
    auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *browserDock = window->findChild<QDockWidget *>(QStringLiteral("browserDock"));
    const QAbstractItemModel *browser = uitest::part<BrowserWidget>(window)->view()->model();
    TrainingPanel *training = uitest::part<TrainingDock>(window)->panel();
    auto *position = window->statusBar()->findChild<QLabel *>(QStringLiteral("position"));
    QVERIFY(toolBar && browserDock && position);
    const auto menuTitles = [window] {
        QStringList titles;
        for (QAction *action : window->menuBar()->actions())
            titles << action->text();
        return titles;
    };
    const auto toolBarText = [toolBar](QAction *action) {
        return qobject_cast<QToolButton *>(toolBar->widgetForAction(action))->text();
    };
    // Rows of forms are named: the image's facts, the Training panel, the overlays, the browser.
    const std::pair<const char *, const char *> rowNames[] = {{"dermask::ui::InfoPanel", "File:"},
                                                              {"dermask::ui::TrainingPanel", "&Network:"},
                                                              {"dermask::ui::OverlayPanel", "Opacity:"},
                                                              {"dermask::ui::BrowserWidget", "Find:"}};
    for (const auto &[context, source] : rowNames)
        QVERIFY2(hasLabel(window, QLatin1String(source)), source);
    const Texts english = textsOf(window);
    const QStringList englishMenus = menuTitles();
    // The views hear that the headers and the rows (statuses, diagnoses) read differently.
    QSignalSpy headers(browser, &QAbstractItemModel::headerDataChanged);
    QSignalSpy rows(browser, &QAbstractItemModel::dataChanged);

    choose(code);
    QVERIFY(!headers.isEmpty());
    QVERIFY(!rows.isEmpty());
    untranslated.clear();
    const QStringList menus = menuTitles();
    QCOMPARE(menus.first(), translated("dermask::ui::MainWindow", "&File"));
    QVERIFY(menus.contains(translated("dermask::ui::MainWindow", "&View")));
    QVERIFY(menus.contains(translated("dermask::ui::PredictActions", "&Predict")));
    QVERIFY(menus.contains(translated("dermask::ui::TrainingDock", "&Train")));
    QCOMPARE(menus.last(), translated("dermask::ui::MainWindow", "&Help"));
    QCOMPARE(toolBarText(command("next")), translated("dermask::ui::Navigator", "Next"));
    QCOMPARE(toolBarText(command("open")), translated("MainActions", "Open"));
    QCOMPARE(toolBarText(command("approve")), translated("EditActions", "Approve"));
    QCOMPARE(browserDock->windowTitle(), translated("dermask::ui::MainWindow", "Images"));
    QCOMPARE(browser->headerData(SampleModel::IdColumn, Qt::Horizontal).toString(),
             translated("dermask::ui::SampleModel", "Image"));
    QCOMPARE(browser->headerData(SampleModel::StatusColumn, Qt::Horizontal).toString(),
             translated("dermask::ui::SampleModel", "Status"));
    QCOMPARE(browser->index(0, SampleModel::StatusColumn).data().toString(),
             translated("SampleLabels", "Dataset mask"));
    QCOMPARE(training->startButton()->text(), translated("dermask::ui::TrainingPanel", "&Start"));
    QCOMPARE(position->text(), translated("dermask::ui::StatusLine", "%1 of %2", "position in the image list")
                                   .arg(QLocale().toString(1), QLocale().toString(3)));
    for (const auto &[context, source] : rowNames)
        QVERIFY2(hasLabel(window, translated(context, source)), source);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(", "))));
    QCOMPARE(window->layoutDirection(), rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    // The browser, where reading starts, is on the side where a line starts.
    QCOMPARE(window->dockWidgetArea(browserDock), rightToLeft ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea);

    // Back to English: every text as it was, the direction too.
    choose(QStringLiteral("en"));
    QCOMPARE(menuTitles(), englishMenus);
    const Texts again = textsOf(window);
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        QVERIFY2(again.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: \"%2\" came back as \"%3\"")
                                .arg(it.key(), it.value(), again.value(it.key()))));
    QCOMPARE(window->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(window->dockWidgetArea(browserDock), Qt::LeftDockWidgetArea);
}

void TestLanguage::noEnglishIsLeftInHebrew()
{
    const Texts english = textsOf(m_window.get());
    QVERIFY(english.size() > 300);
    choose(QStringLiteral("he"));
    const Texts hebrew = textsOf(m_window.get());
    QStringList left;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (hebrew.value(it.key()) == it.value() && !untranslatable(it.value()))
            left << QStringLiteral("%1: %2").arg(it.key(), it.value());
    }
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
}

void TestLanguage::arrowsMirrorRightToLeft()
{
    const QList<QAction *> arrows = {command("next"), command("previous"), command("undo"), command("redo")};
    QList<QImage> leftToRight;
    for (QAction *action : arrows) {
        leftToRight << iconImage(action);
        // An arrow that is its own mirror image could not show the test anything.
        QVERIFY2(leftToRight.last() != leftToRight.last().mirrored(true, false), qPrintable(action->objectName()));
    }
    choose(QStringLiteral("he"));
    for (int i = 0; i < arrows.size(); ++i)
        QVERIFY2(iconImage(arrows[i]) == leftToRight[i].mirrored(true, false), qPrintable(arrows[i]->objectName()));
    // "Next" is the left arrow key now, "previous" the right one.
    QCOMPARE(command("next")->shortcut(), QKeySequence(Qt::Key_Left));
    QCOMPARE(command("previous")->shortcut(), QKeySequence(Qt::Key_Right));
    choose(QStringLiteral("en"));
    for (int i = 0; i < arrows.size(); ++i)
        QVERIFY2(iconImage(arrows[i]) == leftToRight[i], qPrintable(arrows[i]->objectName()));
    QCOMPARE(command("next")->shortcut(), QKeySequence(Qt::Key_Right));
}

void TestLanguage::theDocksMoveWithTheirTabs()
{
    // Switched on the welcome page, where the docks are closed, and with a closed tab.
    makeWindow(false);
    choose(QStringLiteral("he"));
    QSignalSpy opened(m_window.get(), &MainWindow::datasetOpened);
    m_window->openDataset(m_data);
    QVERIFY(opened.wait(10000));
    const auto dock = [this](const char *name) { return m_window->findChild<QDockWidget *>(QLatin1String(name)); };
    const auto tabs = [this](QDockWidget *of) {
        QStringList names;
        for (const QDockWidget *tab : m_window->tabifiedDockWidgets(of))
            names << tab->objectName();
        return names;
    };
    QCOMPARE(m_window->dockWidgetArea(dock("browserDock")), Qt::RightDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(dock("infoDock")), Qt::LeftDockWidgetArea);
    QVERIFY(tabs(dock("overlayDock")).contains(QStringLiteral("editDock")));
    command("showTraining")->trigger();
    QCOMPARE(tabs(dock("overlayDock")), QStringList({"editDock", "trainingDock"}));
    QCOMPARE(m_window->dockWidgetArea(dock("trainingDock")), Qt::LeftDockWidgetArea);

    // Back, with everything open: the same groups, the tab in front stays in front.
    dock("editDock")->raise();
    QTest::qWait(50);
    choose(QStringLiteral("en"));
    QTest::qWait(50);
    QCOMPARE(m_window->dockWidgetArea(dock("browserDock")), Qt::LeftDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(dock("trainingDock")), Qt::RightDockWidgetArea);
    QCOMPARE(tabs(dock("overlayDock")), QStringList({"editDock", "trainingDock"}));
    QVERIFY(!dock("editDock")->visibleRegion().isEmpty());
    QVERIFY(dock("infoDock")->y() < dock("editDock")->y());
}

void TestLanguage::aLayoutKeptInTheOtherDirectionIsMirrored()
{
    const auto dock = [this](const char *name) { return m_window->findChild<QDockWidget *>(QLatin1String(name)); };
    const auto openData = [this] {
        QSignalSpy opened(m_window.get(), &MainWindow::datasetOpened);
        m_window->openDataset(m_data);
        return opened.wait(10000);
    };
    // The first start in Hebrew, nothing kept: the layout made for it stays.
    QSettings().clear();
    installTranslations(qApp, QStringLiteral("he"));
    makeWindow(true);
    QVERIFY(openData());
    QCOMPARE(m_window->dockWidgetArea(dock("browserDock")), Qt::RightDockWidgetArea);

    // A layout kept in English, with the Training tab open, comes back right to left.
    installTranslations(qApp, QStringLiteral("en"));
    makeWindow(true);
    QVERIFY(openData());
    command("showTraining")->trigger();
    QVERIFY(m_window->close());
    installTranslations(qApp, QStringLiteral("he"));
    makeWindow(true);
    QVERIFY(openData());
    QTest::qWait(50);
    QCOMPARE(m_window->dockWidgetArea(dock("browserDock")), Qt::RightDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(dock("infoDock")), Qt::LeftDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(dock("trainingDock")), Qt::LeftDockWidgetArea);
    QVERIFY(m_window->tabifiedDockWidgets(dock("overlayDock")).contains(dock("trainingDock")));
    QVERIFY(dock("infoDock")->y() < dock("trainingDock")->y());
}

void TestLanguage::theChoiceIsKept()
{
    QVERIFY(QSettings().fileName().startsWith(m_tmp.path()));
    // The window of the test data keeps nothing.
    choose(QStringLiteral("he"));
    QCOMPARE(savedLanguage(), QString());

    makeWindow(true);
    choose(QStringLiteral("he"));
    QCOMPARE(savedLanguage(), QStringLiteral("he"));
    choose(QStringLiteral("system"));
    QCOMPARE(savedLanguage(), QString());
    QVERIFY(QSettings().contains(QStringLiteral("ui/language")));
    choose(QStringLiteral("en"));
    QCOMPARE(savedLanguage(), QStringLiteral("en"));
    // A new window (the next start) checks the language shown.
    makeWindow(true);
    QVERIFY(command("language_en")->isChecked());
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
