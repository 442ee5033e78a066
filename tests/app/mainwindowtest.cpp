// The main window: its page list, menus and shortcuts, file routing, screenshots and saved state.
#include "mainwindow.h"
#include "drills/drillspage.h"
#include "interviewrecords.h"
#include "shell/commandpalette.h"
#include "shell/languageswitch.h"
#include "shell/shortcutcheatsheet.h"
#include "storage/democandidate.h"
#include "storage/drillstore.h"
#include "storage/sessionstore.h"
#include "session/livesessionpage.h"
#include "studiopage.h"
#include "tracelab/demotrace.h"
#include "tracelab/policymetricsmodel.h"
#include "tracelab/tracelabpage.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QTimer>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
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
    void pagesAreGroupedWithHomeFirst();
    void pagesStepByKeys();
    void commandPaletteFindsPagesAndCommands();
    void menusCarryTheShortcuts();
    void openFileGoesToTheTraceLab();
    void screenshotsWaitForTheDemoReplay();
    void statusBarFollowsTheLanguage();
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

// Pages are grouped by what a user is doing, Home first; the headings are not pages and cannot be
// chosen. A start opens on Home; restoreSettings then goes where the user was.
void MainWindowTest::pagesAreGroupedWithHomeFirst()
{
    QTemporaryDir dir;
    MainWindow window(nullptr, dir.filePath(QStringLiteral("pages.sqlite")));
    QCOMPARE(window.currentPage(), window.page(QStringLiteral("home")));
    const auto* list = window.findChild<QListWidget*>();
    QVERIFY(list);
    QCOMPARE(list->count(), int(window.pages().size()) + 3);
    QStringList rows;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        const QString id = item->data(Qt::UserRole).toString();
        rows << (id.isEmpty() ? QStringLiteral("[%1]").arg(item->text()) : id);
        QCOMPARE(bool(item->flags() & Qt::ItemIsSelectable), !id.isEmpty());
        QCOMPARE(item->icon().isNull(), id.isEmpty());  // every page has an icon, no heading has one
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("[Practice]"), QStringLiteral("home"), QStringLiteral("setup"),
                                QStringLiteral("live-session"), QStringLiteral("drills"), QStringLiteral("portfolio"),
                                QStringLiteral("loop-planner"), QStringLiteral("[Review]"), QStringLiteral("debrief"),
                                QStringLiteral("matrix"), QStringLiteral("design-round"), QStringLiteral("committee"),
                                QStringLiteral("history"), QStringLiteral("[Analyse]"), QStringLiteral("tracelab"),
                                QStringLiteral("tradeoffs")}));
    QCOMPARE(window.page(QStringLiteral("tracelab")), window.traceLab());
    QVERIFY(!window.showPage(QStringLiteral("no-such-page")));
    // A click on a heading leaves the page as it was.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(7)).center());
    QCOMPARE(window.currentPage(), window.page(QStringLiteral("home")));
}

// Ctrl+Shift+PgDn / PgUp go to the next / previous page from anywhere, past the headings, round the ends.
void MainWindowTest::pagesStepByKeys()
{
    QTemporaryDir dir;
    MainWindow window(nullptr, dir.filePath(QStringLiteral("keys.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.currentPage(), window.page(QStringLiteral("setup")));
    QVERIFY(window.showPage(QStringLiteral("loop-planner")));
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.currentPage(), window.page(QStringLiteral("debrief")));  // past the "Review" heading
    QVERIFY(window.showPage(QStringLiteral("home")));
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.currentPage(), window.page(QStringLiteral("tradeoffs")));  // round the top
}

// Ctrl+K lists every page and every enabled menu command with its key; typing filters, Enter runs.
void MainWindowTest::commandPaletteFindsPagesAndCommands()
{
    QTemporaryDir dir;
    MainWindow window(nullptr, dir.filePath(QStringLiteral("palette.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    bool checked = false;
    QTimer::singleShot(0, &window, [&checked] {
        auto* palette = qobject_cast<CommandPalette*>(QApplication::activeModalWidget());
        QVERIFY(palette);
        QTest::keyClicks(palette->filterField(), QStringLiteral("settings"));
        QCOMPARE(palette->list()->count(), 1);
        QCOMPARE(palette->list()->item(0)->text(),
                 QStringLiteral("File > Settings...    ") + QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText));
        palette->filterField()->clear();
        QTest::keyClicks(palette->filterField(), QStringLiteral("go trade"));
        QCOMPARE(palette->list()->count(), 1);
        QCOMPARE(palette->list()->item(0)->text(), QStringLiteral("Go to Trade-offs"));
        QTest::keyClick(palette->filterField(), Qt::Key_Return);
        checked = true;
    });
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(checked);
    QCOMPARE(window.currentPage(), window.page(QStringLiteral("tradeoffs")));
}

void MainWindowTest::menusCarryTheShortcuts()
{
    MainWindow window;
    const QMenuBar* bar = window.menuBar();
    QCOMPARE(bar->actions().size(), 3);
    QCOMPARE(bar->actions().at(0)->text(), QStringLiteral("&File"));
    QCOMPARE(bar->actions().at(1)->text(), QStringLiteral("&Go"));
    QCOMPARE(bar->actions().at(2)->text(), QStringLiteral("&Help"));
    QCOMPARE(findAction(bar, QKeySequence(Qt::CTRL | Qt::Key_K))->text(), QStringLiteral("&Find a page or command..."));
    QCOMPARE(findAction(bar, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown))->text(),
             QStringLiteral("&Next page"));
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

// Settings > Language: the status bar's message is said again in the new language, the window's
// own ("Ready") and a page's (the Trace Lab's "Loaded ...") alike.
void MainWindowTest::statusBarFollowsTheLanguage()
{
    MainWindow window;
    window.show();
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ready"));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(window.statusBar()->currentMessage(), QStringLiteral("Bereit"));  // LanguageChange is posted

    QSignalSpy loaded(window.traceLab(), &TraceLabPage::traceLoaded);
    QVERIFY(window.openFile(QStringLiteral(DEBRIEF_TEST_DATA "/app/fifo-blocking.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30'000);
    const QString german = window.statusBar()->currentMessage();
    QVERIFY2(german.startsWith(QStringLiteral("fifo-blocking.csv geladen: ")), qPrintable(german));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("zh_CN")));
    QTRY_VERIFY(window.statusBar()->currentMessage() != german);
    const QString chinese = window.statusBar()->currentMessage();
    QVERIFY2(chinese.startsWith(QStringLiteral("已加载 fifo-blocking.csv：")), qPrintable(chinese));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_VERIFY(window.statusBar()->currentMessage() != chinese);
    const QString english = window.statusBar()->currentMessage();
    QVERIFY2(english.startsWith(QStringLiteral("Loaded fifo-blocking.csv: ")), qPrintable(english));
    QTRY_VERIFY_WITH_TIMEOUT(window.allPagesSettled(), 60'000);

    // A page's own sentence: the Live page's clock, paused or resumed in English, then said in German.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("live.sqlite"));
    std::int64_t id = 0;
    {
        const InterviewRecords records(file);
        QVERIFY(records.isOpen());
        using namespace debrief::interview;
        Session session;
        session.mode = SessionMode::LiveMock;
        session.candidate = QStringLiteral("Test Candidate");
        session.interviewers = {QStringLiteral("Dana")};
        session.rounds = {RoundKind::Technical};
        session.startedAt = QDateTime::currentDateTimeUtc();
        session.updatedAt = session.startedAt;
        for (const Question& question : records.content().questions(RoundKind::Technical).mid(0, 2)) {
            AskedQuestion asked;
            asked.round = RoundKind::Technical;
            asked.questionId = question.id;
            session.questions << asked;
        }
        id = debrief::storage::SessionStore(records.database()).create(session);
    }
    MainWindow live(nullptr, file);
    live.show();
    auto* page = qobject_cast<LiveSessionPage*>(live.page(QStringLiteral("live-session")));
    QVERIFY(page && page->openSession(id));
    page->togglePause();
    const QString clock = live.statusBar()->currentMessage();
    QVERIFY2(clock == QStringLiteral("Clock running") || clock == QStringLiteral("Clock paused"), qPrintable(clock));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_VERIFY(live.statusBar()->currentMessage() != clock);
    QCOMPARE(live.statusBar()->currentMessage(),
             clock == QStringLiteral("Clock running") ? QStringLiteral("Uhr läuft") : QStringLiteral("Uhr angehalten"));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(live.statusBar()->currentMessage(), clock);
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
    // The page keys are among them, so a page that took one of them would be a clash here.
    const auto listed = [&entries](const QKeySequence& key) {
        const QString text = key.toString(QKeySequence::NativeText);
        return std::any_of(entries.cbegin(), entries.cend(),
                           [&text](const ShortcutEntry& entry) { return entry.shortcut.contains(text); });
    };
    QVERIFY(listed(QKeySequence(Qt::CTRL | Qt::Key_K)));
    QVERIFY(listed(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp)));
    QVERIFY(listed(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown)));
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
