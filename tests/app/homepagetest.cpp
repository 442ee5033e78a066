// The Home page on the demo candidate: the drills due today, the last sessions with their verdicts,
// the radar of the latest session, and the start buttons.
#include "home/homepage.h"
#include "interviewrecords.h"
#include "mainwindow.h"
#include "matrix/matrixradar.h"
#include "session/sessionsetuppage.h"
#include "widgets/radarchartview.h"

#include "shell/languageswitch.h"

#include "storage/democandidate.h"

#include "markingtranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace debrief::studio;
using namespace debrief::interview;

class HomePageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsDueDrillsAndLastSessions();
    void startButtonsAskForASession();
    void emptyDatabaseSaysSo();
    void aRefusedDatabaseIsNamedWithoutWideningTheWindow();
    void startButtonOpensSessionSetup();
    void languageSwitchRetranslatesThePage();

private:
    QTemporaryDir m_dir;
};

void HomePageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void HomePageTest::listsDueDrillsAndLastSessions()
{
    InterviewRecords records(m_dir.filePath(QStringLiteral("home.sqlite")));
    QVERIFY(records.isOpen());
    debrief::storage::DemoCandidate::fill(records.database());
    HomePage page(records);
    QCOMPARE(page.candidate(), QStringLiteral("Priya Raman"));
    // The main window must still fit 1000 px wide beside its 170 px page list.
    QVERIFY2(page.minimumSizeHint().width() <= 820, qPrintable(QString::number(page.minimumSizeHint().width())));

    // The demo's four cards: two due today at 06:00 UTC, one tomorrow, one in three days.
    QStringList due;
    for (const DrillCard& card : page.dueDrills())
        due << card.ref;
    due.sort();
    QCOMPARE(due, QStringList({QStringLiteral("failure-isolation"), QStringLiteral("pm-prioritise-three-asks")}));
    QCOMPARE(page.drillList()->count(), 2);
    QStringList shown;
    for (int i = 0; i < page.drillList()->count(); ++i)
        shown << page.drillList()->item(i)->text();
    QVERIFY(shown.contains(QStringLiteral("Maturity Matrix: Failure isolation")));
    QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                        [](const QString& s) { return s.startsWith(QStringLiteral("PM question: ")); }));

    // Newest first: the product design mock (Yes), the technical/PM mock (No), the solo practice (No).
    const QTreeWidget* sessions = page.sessionList();
    QCOMPARE(sessions->topLevelItemCount(), 3);
    QCOMPARE(sessions->topLevelItem(0)->text(1), QStringLiteral("Live mock"));
    QCOMPARE(sessions->topLevelItem(0)->text(3), QStringLiteral("Yes"));
    QCOMPARE(sessions->topLevelItem(1)->text(1), QStringLiteral("Live mock"));
    QCOMPARE(sessions->topLevelItem(1)->text(3), QStringLiteral("No"));
    QCOMPARE(sessions->topLevelItem(2)->text(1), QStringLiteral("Solo practice"));
    QCOMPARE(sessions->topLevelItem(2)->text(3), QStringLiteral("No"));
    QCOMPARE(sessions->topLevelItem(2)->text(2), QStringLiteral("Priya Raman"));
    // The grid on the submitted scores. Week 3: Dana D 9/3 = 3, V 10/3 -> 3: Yes; Lukas D 10/3 -> 3, V 11/3 -> 4:
    // Yes. Week 2: Dana D 10/4 = 2.5 -> 2, V 11/4 -> 3: No; Lukas D 11/4 -> 3, V 9/4 -> 2: No. Week 1, self:
    // D 8/3 -> 3, V 5/3 -> 2: No.
    QCOMPARE(sessions->topLevelItem(0)->text(4), QStringLiteral("Dana Okafor: Yes · Lukas Brandt: Yes"));
    QCOMPARE(sessions->topLevelItem(1)->text(4), QStringLiteral("Dana Okafor: No · Lukas Brandt: No"));
    QCOMPARE(sessions->topLevelItem(2)->text(4), QStringLiteral("Self: No"));

    // The latest session's matrix against the bar.
    QCOMPARE(page.radar()->values(MatrixRadar::interviewerName()), QList<qreal>({4, 3, 4, 3}));
    QCOMPARE(page.radar()->values(MatrixRadar::selfName()), QList<qreal>({4, 3, 4, 4}));
    QCOMPARE(page.radar()->values(MatrixRadar::barName()), QList<qreal>({3, 3, 3, 3}));

    // Double-clicking a session asks for its debrief.
    QSignalSpy opened(&page, &HomePage::sessionOpened);
    emit page.sessionList()->itemDoubleClicked(page.sessionList()->topLevelItem(0), 0);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().value<std::int64_t>(), page.lastSessions().first().id);
}

void HomePageTest::startButtonsAskForASession()
{
    InterviewRecords records(m_dir.filePath(QStringLiteral("buttons.sqlite")));
    HomePage page(records);
    QSignalSpy requested(&page, &HomePage::practiceRequested);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("startMock")), Qt::LeftButton);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("startSolo")), Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(0).first().value<SessionMode>(), SessionMode::LiveMock);
    QCOMPARE(requested.at(1).first().value<SessionMode>(), SessionMode::SoloPractice);
}

void HomePageTest::emptyDatabaseSaysSo()
{
    InterviewRecords records(m_dir.filePath(QStringLiteral("empty.sqlite")));
    HomePage page(records);
    QVERIFY(page.candidate().isEmpty());
    QCOMPARE(page.sessionList()->topLevelItemCount(), 0);
    QCOMPARE(page.drillList()->count(), 1);
    QCOMPARE(page.drillList()->item(0)->text(), QStringLiteral("Nothing due today."));
}

// A damaged file at a long path: the page says what is wrong, and the message wraps within the page
// instead of pushing the main window past 1000 px.
void HomePageTest::aRefusedDatabaseIsNamedWithoutWideningTheWindow()
{
    const QString folder =
        m_dir.filePath(QStringLiteral("a-rather-long-folder-name-for-the-studio-database-of-this-test"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("not-a-database-at-all.sqlite"));
    QFile junk(path);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    InterviewRecords records(path);
    QVERIFY(!records.isOpen());
    HomePage page(records);
    const auto* heading = page.findChildren<QLabel*>().value(0);
    QVERIFY(heading);
    QVERIFY2(heading->text().contains(QStringLiteral("not-a-database-at-all.sqlite")), qPrintable(heading->text()));
    QVERIFY2(page.minimumSizeHint().width() <= 820, qPrintable(QString::number(page.minimumSizeHint().width())));
}

void HomePageTest::startButtonOpensSessionSetup()
{
    const QString path = m_dir.filePath(QStringLiteral("window.sqlite"));
    {
        InterviewRecords records(path);
        debrief::storage::DemoCandidate::fill(records.database());
    }
    MainWindow window(nullptr, path);
    auto* home = qobject_cast<HomePage*>(window.page(QStringLiteral("home")));
    auto* setup = qobject_cast<SessionSetupPage*>(window.page(QStringLiteral("setup")));
    QVERIFY(home);
    QVERIFY(setup);
    QTest::mouseClick(home->findChild<QPushButton*>(QStringLiteral("startSolo")), Qt::LeftButton);
    QCOMPARE(window.currentPage(), setup);
    QCOMPARE(setup->plannedSession().mode, SessionMode::SoloPractice);
    QCOMPARE(setup->plannedSession().candidate, QStringLiteral("Priya Raman"));
    QTest::mouseClick(home->findChild<QPushButton*>(QStringLiteral("startMock")), Qt::LeftButton);
    QCOMPARE(setup->plannedSession().mode, SessionMode::LiveMock);
}

void HomePageTest::languageSwitchRetranslatesThePage()
{
    InterviewRecords records(m_dir.filePath(QStringLiteral("language.sqlite")));
    debrief::storage::DemoCandidate::fill(records.database());
    HomePage page(records);
    page.resize(1000, 700);
    page.show();
    auto* solo = page.findChild<QPushButton*>(QStringLiteral("startSolo"));
    auto* review = page.findChild<QPushButton*>(QStringLiteral("reviewDrills"));
    QTreeWidget* sessions = page.sessionList();
    const auto box = [&page](const QString& title) {
        for (QGroupBox* group : page.findChildren<QGroupBox*>()) {
            if (group->title() == title)
                return group;
        }
        return static_cast<QGroupBox*>(nullptr);
    };
    QGroupBox* due = box(QStringLiteral("Due today"));
    QGroupBox* radarBox = box(QStringLiteral("Maturity Matrix against the Level 3 bar"));
    QVERIFY(due && radarBox);
    QLabel* heading = nullptr;
    for (QLabel* label : page.findChildren<QLabel*>()) {
        if (label->text() == QStringLiteral("Today for Priya Raman"))
            heading = label;
    }
    QVERIFY(heading);
    // The second session chosen and scrolled to: both must survive the switch.
    sessions->setCurrentItem(sessions->topLevelItem(1));
    const qint64 chosen = sessions->currentItem()->data(0, Qt::UserRole).toLongLong();

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(solo->text(), QStringLiteral("[x] Start a &solo practice"));
    QCOMPARE(review->text(), QStringLiteral("[x] &Review now"));
    QCOMPARE(due->title(), QStringLiteral("[x] Due today"));
    QCOMPARE(radarBox->title(), QStringLiteral("[x] Maturity Matrix against the Level 3 bar"));
    QCOMPARE(sessions->headerItem()->text(0), QStringLiteral("[x] Started"));
    QCOMPARE(sessions->headerItem()->text(4), QStringLiteral("[x] Grid verdict"));
    QCOMPARE(heading->text(), QStringLiteral("[x] Today for Priya Raman"));
    QCOMPARE(page.drillList()->item(0)->text().left(4), QStringLiteral("[x] "));
    // Computed cells: the mode (SessionPicker), the final call (the rubric), each scorer's verdict.
    QCOMPARE(sessions->topLevelItem(0)->text(1), QStringLiteral("[x] Live mock"));
    QCOMPARE(sessions->topLevelItem(0)->text(3), QStringLiteral("[x] Yes"));
    QCOMPARE(sessions->topLevelItem(2)->text(4),
             QStringLiteral("[x] %1: %2").arg(QStringLiteral("[x] Self"), QStringLiteral("[x] No")));
    // The radar's series names (its legend) follow the language; the values stay.
    QCOMPARE(page.radar()->values(QStringLiteral("[x] Interviewer")), QList<qreal>({4, 3, 4, 3}));
    QCOMPARE(page.radar()->values(QStringLiteral("[x] Level 3 bar")), QList<qreal>({3, 3, 3, 3}));
    QCOMPARE(sessions->currentItem()->data(0, Qt::UserRole).toLongLong(), chosen);

    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(solo->text(), QStringLiteral("Start a &solo practice"));
    QCOMPARE(due->title(), QStringLiteral("Due today"));
    QCOMPARE(sessions->headerItem()->text(0), QStringLiteral("Started"));
    QCOMPARE(heading->text(), QStringLiteral("Today for Priya Raman"));
    QCOMPARE(sessions->topLevelItem(2)->text(4), QStringLiteral("Self: No"));
    QCOMPARE(page.radar()->values(MatrixRadar::interviewerName()), QList<qreal>({4, 3, 4, 3}));
    QCOMPARE(sessions->currentItem()->data(0, Qt::UserRole).toLongLong(), chosen);

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(due->title(), QStringLiteral("Heute fällig"));
    QCOMPARE(sessions->headerItem()->text(0), QStringLiteral("Begonnen"));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(due->title(), QStringLiteral("Due today"));
    QCOMPARE(sessions->headerItem()->text(0), QStringLiteral("Started"));
}

QTEST_MAIN(HomePageTest)
#include "homepagetest.moc"
