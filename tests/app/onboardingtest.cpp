// The first start on an empty database, by clicks and typing only: Home's welcome, the demo candidate
// loaded from it (twice, without a twin), a new candidate typed into the switcher with their starter
// drills, a session started for a third, and the pages that pick a session opening on the newest
// session of whichever candidate is current, also in the next window.
#include "drills/drillspage.h"
#include "history/historypage.h"
#include "home/homepage.h"
#include "interviewrecords.h"
#include "mainwindow.h"
#include "session/sessionsetuppage.h"
#include "widgets/candidateswitcher.h"
#include "widgets/sessionpicker.h"

#include "storage/democandidate.h"
#include "storage/sessionstore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace debrief::studio;

namespace {

const QStringList kPickerPages{QStringLiteral("debrief"), QStringLiteral("committee"), QStringLiteral("matrix"),
                               QStringLiteral("design-round")};

QStringList refs(const QList<debrief::interview::DrillCard>& cards)
{
    QStringList result;
    for (const debrief::interview::DrillCard& card : cards)
        result << card.ref;
    result.sort();
    return result;
}

// Each page's session picker, by page id: the session it shows.
QMap<QString, std::int64_t> pickedSessions(const MainWindow& window)
{
    QMap<QString, std::int64_t> picked;
    for (const QString& id : kPickerPages) {
        const auto* picker = window.page(id) ? window.page(id)->findChild<SessionPicker*>() : nullptr;
        picked.insert(id, picker ? picker->currentSessionId() : -1);
    }
    return picked;
}

QMap<QString, std::int64_t> everyPage(std::int64_t id)
{
    QMap<QString, std::int64_t> picked;
    for (const QString& page : kPickerPages)
        picked.insert(page, id);
    return picked;
}

// Types `name` over what the switcher shows and presses Enter.
void typeCandidate(CandidateSwitcher* switcher, const QString& name)
{
    switcher->lineEdit()->selectAll();
    QTest::keyClicks(switcher->lineEdit(), name);
    QTest::keyClick(switcher->lineEdit(), Qt::Key_Return);
}

QStringList historyCandidates(const HistoryPage* history)
{
    QStringList names;
    const QAbstractItemModel* model = history->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Candidate"))
                names << model->index(row, column).data().toString();
        }
    }
    return names;
}

}  // namespace

class OnboardingTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartWelcomesAndLeadsToEveryCandidate();
    void fileMenuLoadsTheDemoCandidate();

private:
    QTemporaryDir m_dir;
};

void OnboardingTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_app_onboarding"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void OnboardingTest::firstStartWelcomesAndLeadsToEveryCandidate()
{
    const QString path = m_dir.filePath(QStringLiteral("first-start.sqlite"));
    std::int64_t priyaNewest = 0;
    std::int64_t jordanSession = 0;
    {
        MainWindow window(nullptr, path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* home = qobject_cast<HomePage*>(window.page(QStringLiteral("home")));
        auto* drills = qobject_cast<DrillsPage*>(window.page(QStringLiteral("drills")));
        auto* history = qobject_cast<HistoryPage*>(window.page(QStringLiteral("history")));
        auto* setup = qobject_cast<SessionSetupPage*>(window.page(QStringLiteral("setup")));
        QVERIFY(home && drills && history && setup);

        // An empty database: the window opens on Home, which welcomes with its four ways in.
        QCOMPARE(window.currentPage(), home);
        QVERIFY(home->showsWelcome());
        QCOMPARE(home->findChild<QLabel*>()->text(), QStringLiteral("Welcome to Debrief Studio"));
        for (const char* name : {"welcomeSolo", "welcomeMock", "welcomeDemo", "welcomeTrace"}) {
            const auto* button = home->findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(button && button->isVisible(), name);
        }
        QCOMPARE(home->findChild<QPushButton*>(QStringLiteral("welcomeDemo"))->text(),
                 QStringLiteral("Load the &demo candidate"));
        QVERIFY(!home->findChild<QPushButton*>(QStringLiteral("startSolo"))->isVisible());
        QVERIFY(drills->candidate().isEmpty());
        QCOMPARE(historyCandidates(history), QStringList());
        QCOMPARE(pickedSessions(window), everyPage(0));

        // The demo candidate, from the welcome: History shows her three sessions, Home her day.
        auto* demo = home->findChild<QPushButton*>(QStringLiteral("welcomeDemo"));
        QTest::mouseClick(demo, Qt::LeftButton);
        const QString priya = debrief::storage::DemoCandidate::name();
        QCOMPARE(window.interviewRecords()->currentCandidate(), priya);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Demo candidate Priya Raman loaded")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!home->showsWelcome());
        QVERIFY(home->findChild<QPushButton*>(QStringLiteral("startSolo"))->isVisible());
        QCOMPARE(home->candidate(), priya);
        QCOMPARE(home->candidateSwitcher()->currentText(), priya);
        QCOMPARE(historyCandidates(history), QStringList({priya, priya, priya}));
        QCOMPARE(refs(drills->queue()),
                 QStringList({QStringLiteral("failure-isolation"), QStringLiteral("pm-prioritise-three-asks")}));
        const auto sessions = debrief::storage::SessionStore(window.interviewRecords()->database()).list();
        QCOMPARE(sessions.size(), 3);
        priyaNewest = sessions.first().id;
        QCOMPARE(pickedSessions(window), everyPage(priyaNewest));

        // Again from the File menu's twin on Home: replaced, not doubled.
        emit home->demoCandidateRequested();
        QCOMPARE(debrief::storage::SessionStore(window.interviewRecords()->database()).list().size(), 3);
        QCOMPARE(historyCandidates(history).size(), 3);
        priyaNewest = debrief::storage::SessionStore(window.interviewRecords()->database()).list().first().id;
        QCOMPARE(pickedSessions(window), everyPage(priyaNewest));

        // A new candidate typed into the switcher: five starter drills, one per round, due today.
        CandidateSwitcher* switcher = home->candidateSwitcher();
        typeCandidate(switcher, QStringLiteral("Alex"));
        QCOMPARE(window.interviewRecords()->currentCandidate(), QStringLiteral("Alex"));
        QCOMPARE(drills->candidate(), QStringLiteral("Alex"));
        QCOMPARE(refs(drills->queue()),
                 QStringList({QStringLiteral("leadership-influence-without-title"),
                              QStringLiteral("pm-metric-translation"), QStringLiteral("product-design-three-requests"),
                              QStringLiteral("screen-why-infra-pm"), QStringLiteral("technical-scheduler-to-fabric")}));
        QCOMPARE(home->dueDrills().size(), 5);
        QCOMPARE(home->findChild<QLabel*>()->text(), QStringLiteral("Today for Alex"));
        QCOMPARE(home->sessionList()->topLevelItemCount(), 0);
        QCOMPARE(historyCandidates(history), QStringList());
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->itemText(0), QStringLiteral("Alex"));
        QCOMPARE(switcher->itemText(1), priya);

        // Back to Priya: her drills, her sessions, her newest session on every picking page.
        typeCandidate(switcher, priya);
        QCOMPARE(drills->candidate(), priya);
        QCOMPARE(drills->queue().size(), 2);
        QCOMPARE(historyCandidates(history).size(), 3);
        QCOMPARE(pickedSessions(window), everyPage(priyaNewest));

        // Home's solo practice for a third candidate, Jordan: the session makes Jordan current and
        // brings the starter deck with it.
        QTest::mouseClick(home->findChild<QPushButton*>(QStringLiteral("startSolo")), Qt::LeftButton);
        QCOMPARE(window.currentPage(), setup);
        auto* name = setup->findChild<QLineEdit*>(QStringLiteral("candidate"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Jordan"));
        QPushButton* start = nullptr;
        for (QPushButton* button : setup->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("&Start session"))
                start = button;
        }
        QVERIFY(start);
        QTest::mouseClick(start, Qt::LeftButton);
        jordanSession = debrief::storage::SessionStore(window.interviewRecords()->database()).list().first().id;
        QVERIFY(jordanSession > priyaNewest);
        QCOMPARE(window.interviewRecords()->currentCandidate(), QStringLiteral("Jordan"));
        QCOMPARE(drills->candidate(), QStringLiteral("Jordan"));
        QCOMPARE(drills->queue().size(), 5);
        QCOMPARE(historyCandidates(history), QStringList({QStringLiteral("Jordan")}));
        QCOMPARE(pickedSessions(window), everyPage(jordanSession));

        // After the mock for Jordan, Priya's day is one switch away; her newest session, not Jordan's.
        typeCandidate(switcher, priya);
        QCOMPARE(refs(drills->queue()),
                 QStringList({QStringLiteral("failure-isolation"), QStringLiteral("pm-prioritise-three-asks")}));
        QCOMPARE(pickedSessions(window), everyPage(priyaNewest));
        window.close();
    }

    // The next start remembers Priya: no welcome, her newest session on the picking pages.
    MainWindow window(nullptr, path);
    auto* home = qobject_cast<HomePage*>(window.page(QStringLiteral("home")));
    QVERIFY(!home->showsWelcome());
    QCOMPARE(home->candidate(), debrief::storage::DemoCandidate::name());
    QCOMPARE(pickedSessions(window), everyPage(priyaNewest));
}

// File > Load demo candidate sits right after File > Open demo trace and does what the welcome does.
void OnboardingTest::fileMenuLoadsTheDemoCandidate()
{
    MainWindow window(nullptr, m_dir.filePath(QStringLiteral("file-menu.sqlite")));
    const QList<QAction*> file = window.menuBar()->actions().at(0)->menu()->actions();
    qsizetype demos = -1;
    for (qsizetype i = 0; i < file.size(); ++i) {
        if (file.at(i)->text() == QStringLiteral("Open &demo trace"))
            demos = i;
    }
    QVERIFY(demos >= 0 && demos + 1 < file.size());
    QAction* load = file.at(demos + 1);
    QCOMPARE(load->text(), QStringLiteral("Load demo &candidate"));
    QVERIFY(window.interviewRecords()->candidates().isEmpty());
    load->trigger();
    QCOMPARE(window.interviewRecords()->candidates(), QStringList({debrief::storage::DemoCandidate::name()}));
    QCOMPARE(window.interviewRecords()->currentCandidate(), debrief::storage::DemoCandidate::name());
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Demo candidate Priya Raman loaded")));
    load->trigger();
    QCOMPARE(debrief::storage::SessionStore(window.interviewRecords()->database()).list().size(), 3);
}

QTEST_MAIN(OnboardingTest)
#include "onboardingtest.moc"
