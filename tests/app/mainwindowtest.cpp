// The main window: its page list, menus and shortcuts, file routing, screenshots and saved state.
#include "mainwindow.h"
#include "drills/drillspage.h"
#include "interviewrecords.h"
#include "shell/shortcutcheatsheet.h"
#include "storage/democandidate.h"
#include "storage/drillstore.h"
#include "studiopage.h"
#include "tracelab/demotrace.h"
#include "tracelab/policymetricsmodel.h"
#include "tracelab/tracelabpage.h"

#include <QAction>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief::studio;

namespace {

QAction* findAction(const QMenuBar* bar, const QKeySequence& shortcut)
{
    for (QAction* menu : bar->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->shortcut() == shortcut)
                return action;
        }
    }
    return nullptr;
}

}  // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheTraceLabPage();
    void menusCarryTheShortcuts();
    void openFileGoesToTheTraceLab();
    void screenshotsWaitForTheDemoReplay();
    void windowStateIsSaved();
    void noTwoActionsShareAKeyOnOnePage();
    void closingSavesWhatIsStillBeingTyped();
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_app_mainwindow"));
    QSettings().clear();
}

// The Trace Lab is the first page; a database with a candidate opens there, an empty one (a first
// start) on Home's welcome.
void MainWindowTest::listsTheTraceLabPage()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pages.sqlite"));
    {
        MainWindow first(nullptr, file);
        QCOMPARE(first.currentPage(), first.page(QStringLiteral("home")));
        QVERIFY(first.interviewRecords()->loadDemoCandidate());
    }
    MainWindow window(nullptr, file);
    const auto* list = window.findChild<QListWidget*>();
    QVERIFY(list);
    QCOMPARE(list->count(), int(window.pages().size()));
    QCOMPARE(list->item(0)->text(), QStringLiteral("Trace Lab"));
    QCOMPARE(window.page(QStringLiteral("tracelab")), window.traceLab());
    QCOMPARE(window.currentPage(), window.traceLab());
    QVERIFY(!window.showPage(QStringLiteral("no-such-page")));
}

void MainWindowTest::menusCarryTheShortcuts()
{
    MainWindow window;
    const QMenuBar* bar = window.menuBar();
    QCOMPARE(bar->actions().size(), 2);
    QCOMPARE(bar->actions().at(0)->text(), QStringLiteral("&File"));
    QCOMPARE(bar->actions().at(1)->text(), QStringLiteral("&Help"));
    QAction* open = findAction(bar, QKeySequence(Qt::CTRL | Qt::Key_O));
    QVERIFY(open);
    QCOMPARE(open->text(), QStringLiteral("&Open trace..."));
    QAction* quit = findAction(bar, QKeySequence(Qt::CTRL | Qt::Key_Q));
    QVERIFY(quit);
    QCOMPARE(quit->text(), QStringLiteral("&Quit"));
    QCOMPARE(window.traceLab()->replayAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    quit->trigger();
    QVERIFY(!window.isVisible());
}

void MainWindowTest::openFileGoesToTheTraceLab()
{
    MainWindow window;
    QSignalSpy loaded(window.traceLab(), &TraceLabPage::traceLoaded);
    QVERIFY(window.openFile(QStringLiteral(DEBRIEF_TEST_DATA "/app/fifo-blocking.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30'000);
    QCOMPARE(window.traceLab()->currentTraceName(), QStringLiteral("fifo-blocking.csv"));
}

void MainWindowTest::screenshotsWaitForTheDemoReplay()
{
    MainWindow window;
    window.show();
    QSignalSpy settled(&window, &MainWindow::allPagesSettledChanged);
    QVERIFY(window.traceLab()->loadDemo(DemoTrace::tiresias()));
    QVERIFY(!window.allPagesSettled());
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 60'000);
    QVERIFY(window.allPagesSettled());
    QCOMPARE(window.traceLab()->metricsModel()->rowCount(), 8);

    QTemporaryDir dir;
    QVERIFY(window.saveScreenshots(dir.filePath(QStringLiteral("shots"))));
    const QImage image(dir.filePath(QStringLiteral("shots/trace-lab.png")));
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.size());
    QVERIFY(!QImage(dir.filePath(QStringLiteral("shots/tradeoffs.png"))).isNull());
    QVERIFY(!QImage(dir.filePath(QStringLiteral("shots/portfolio.png"))).isNull());
    QVERIFY(!QImage(dir.filePath(QStringLiteral("shots/loop-planner.png"))).isNull());
}

void MainWindowTest::windowStateIsSaved()
{
    {
        MainWindow window;
        window.resize(1000, 700);
        window.showPage(QStringLiteral("tracelab"));  // an empty database would open on Home's welcome
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QSettings settings;
    QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QCOMPARE(settings.value(QStringLiteral("window/page")).toString(), QStringLiteral("tracelab"));
    MainWindow restored;
    restored.restoreSettings();
    QCOMPARE(restored.size(), QSize(1000, 700));
}

// A key bound twice where both are live (a window action and a page action, or two actions of one page)
// does nothing at all in Qt ("ambiguous shortcut"). Each page's keys plus the window's must be unique.
void MainWindowTest::noTwoActionsShareAKeyOnOnePage()
{
    MainWindow window;
    const QList<ShortcutEntry> entries = ShortcutCheatSheet::collect(&window);
    QVERIFY(entries.size() > 20);
    const QString windowArea = QStringLiteral("Window");
    QStringList clashes;
    for (const StudioPage* page : window.pages()) {
        QHash<QString, QString> owner;  // key -> action
        for (const ShortcutEntry& entry : entries) {
            if (entry.area != windowArea && entry.area != page->title())
                continue;
            for (const QString& key : entry.shortcut.split(QStringLiteral("  /  "))) {
                const QString previous = owner.value(key);
                if (!previous.isEmpty() && previous != entry.action)
                    clashes << QStringLiteral("%1: %2 is both \"%3\" and \"%4\"")
                                   .arg(page->title(), key, previous, entry.action);
                owner.insert(key, entry.action);
            }
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

// A draft typed a moment before the window closes (its save timer not yet fired) is in the database
// afterwards: the window saves the pages' edits before the database goes.
void MainWindowTest::closingSavesWhatIsStillBeingTyped()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("close.sqlite"));
    {
        const debrief::studio::InterviewRecords records(file);
        QVERIFY(records.isOpen());
        debrief::storage::DemoCandidate::fill(records.database());
    }
    std::int64_t cardId = 0;
    {
        auto window = std::make_unique<MainWindow>(nullptr, file);
        QVERIFY(window->showPage(QStringLiteral("drills")));
        auto* drills = qobject_cast<DrillsPage*>(window->currentPage());
        QVERIFY(drills && drills->currentCard());
        cardId = drills->currentCard()->id;
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        drills->answerEditor()->setFocus();
        QTest::keyClicks(drills->answerEditor(), QStringLiteral("typed just before closing"));
        window->close();
    }
    const debrief::studio::InterviewRecords records(file);
    QCOMPARE(debrief::storage::DrillStore(records.database()).draft(cardId),
             QStringLiteral("typed just before closing"));
}

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
