// The Loop planner page on the demo candidate: planned dates from the start date the user picks,
// the Orchestration Ready flag (from the portfolio) shortening the plan by the core's 10 days, and the
// preparation checklist's ticks and progress saved at once, undoable and restored on the next start.
#include "loopplanner/loopplannerpage.h"
#include "interviewrecords.h"
#include "loopplanner/looptimelineview.h"
#include "mainwindow.h"
#include "markingtranslator.h"
#include "portfolio/portfoliopage.h"
#include "shell/languageswitch.h"

#include "storage/democandidate.h"
#include "storage/loopplanstore.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace debrief::studio;
using namespace debrief::interview;
using debrief::storage::DemoCandidate;
using debrief::storage::LoopPlanStore;

class LoopPlannerPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDemoPlanAndItsProgress();
    void datesFollowTheStartDateTheUserPicks();
    void aFirstPickCanBeTakenBack();
    void orchestrationReadyShortensThePlan();
    void theMainWindowTellsThePlannerAboutPortfolioEdits();
    void checklistProgressIsSavedAndRestored();
    void languageSwitchRetranslatesThePage();

private:
    std::unique_ptr<LoopPlannerPage> openPage();
    QList<QDate> roundDates(const LoopPlannerPage& page) const;

    QTemporaryDir m_dir;
    std::unique_ptr<InterviewRecords> m_records;
};

void LoopPlannerPageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void LoopPlannerPageTest::init()
{
    static int run = 0;
    m_records = std::make_unique<InterviewRecords>(m_dir.filePath(QStringLiteral("loop-%1.sqlite").arg(++run)));
    QVERIFY(m_records->isOpen());
    DemoCandidate::fill(m_records->database());
}

void LoopPlannerPageTest::cleanup()
{
    m_records.reset();
}

std::unique_ptr<LoopPlannerPage> LoopPlannerPageTest::openPage()
{
    auto page = std::make_unique<LoopPlannerPage>(*m_records);
    page->resize(1270, 800);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get()))
        return nullptr;
    return page;
}

QList<QDate> LoopPlannerPageTest::roundDates(const LoopPlannerPage& page) const
{
    QList<QDate> dates;
    for (const PlannedRound& round : page.plan().rounds)
        dates << round.date;
    return dates;
}

void LoopPlannerPageTest::showsTheDemoPlanAndItsProgress()
{
    auto page = openPage();
    QVERIFY(page);
    QCOMPARE(page->candidate(), QStringLiteral("Priya Raman"));
    // The demo loop started eight days ago and the demo portfolio is Orchestration Ready: 35 days.
    const QDate start = QDate::currentDate().addDays(-8);
    QVERIFY(page->startDateSaved());
    QCOMPARE(page->startDate(), start);
    QCOMPARE(page->startDateEdit()->date(), start);
    QCOMPARE(page->plan().totalDays, 35);
    QCOMPARE(page->plan().decision, start.addDays(35));
    QCOMPARE(page->planSummary()->text(), QStringLiteral("35 day(s) from the screen to the decision"));
    // checklist.json has four items a round; the demo ticked 4 screen, 2 technical and 1 PM item.
    QCOMPARE(page->checklist(RoundKind::Screen)->count(), 4);
    QCOMPARE(page->progress(RoundKind::Screen), std::make_pair(4, 4));
    QCOMPARE(page->progress(RoundKind::Technical), std::make_pair(2, 4));
    QCOMPARE(page->progress(RoundKind::Pm), std::make_pair(1, 4));
    QCOMPARE(page->progress(RoundKind::Leadership), std::make_pair(0, 4));
    QCOMPARE(page->overallProgress(), std::make_pair(7, 20));
    QCOMPARE(page->overallProgressBar()->text(), QStringLiteral("7 of 20 done (35 %)"));
    QCOMPARE(page->roundProgressBar(RoundKind::Technical)->text(), QStringLiteral("2 of 4 done"));
    QCOMPARE(page->timeline()->progress(), (QList<double>{1.0, 0.5, 0.25, 0.0, 0.0}));
    QCOMPARE(page->checklist(RoundKind::Technical)->item(0)->checkState(), Qt::Checked);
    QCOMPARE(page->checklist(RoundKind::Technical)->item(2)->checkState(), Qt::Unchecked);
    QVERIFY2(page->minimumSizeHint().width() <= 1100, qPrintable(QString::number(page->minimumSizeHint().width())));
}

void LoopPlannerPageTest::datesFollowTheStartDateTheUserPicks()
{
    LoopPlanStore(m_records->database()).setStartDate(DemoCandidate::name(), QDate(2026, 3, 2));
    auto page = openPage();
    QVERIFY(page);
    QCOMPARE(page->startDate(), QDate(2026, 3, 2));
    // Orchestration Ready from Mon 2 March 2026: a week apart, decision on 6 April.
    QCOMPARE(roundDates(*page), (QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 9), QDate(2026, 3, 16),
                                              QDate(2026, 3, 23), QDate(2026, 3, 30)}));
    QCOMPARE(page->plan().decision, QDate(2026, 4, 6));
    QCOMPARE(page->roundHeading(RoundKind::Pm)->text(), QStringLiteral("3/16/26, day 14"));

    // One month later with the keyboard: Home puts the cursor in the month (US format), Up steps it.
    QDateEdit* edit = page->startDateEdit();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Home);
    QTest::keyClick(edit, Qt::Key_Up);
    QTest::keyClick(edit, Qt::Key_Return);
    // From Thu 2 April 2026: 9, 16, 23 and 30 April, the decision on 7 May.
    QCOMPARE(page->startDate(), QDate(2026, 4, 2));
    QCOMPARE(LoopPlanStore(m_records->database()).startDate(DemoCandidate::name()), QDate(2026, 4, 2));
    QCOMPARE(roundDates(*page), (QList<QDate>{QDate(2026, 4, 2), QDate(2026, 4, 9), QDate(2026, 4, 16),
                                              QDate(2026, 4, 23), QDate(2026, 4, 30)}));
    QCOMPARE(page->plan().decision, QDate(2026, 5, 7));
    QCOMPARE(page->roundHeading(RoundKind::Pm)->text(), QStringLiteral("4/16/26, day 14"));
    QCOMPARE(page->timeline()->plan().rounds.at(4).date, QDate(2026, 4, 30));
    QCOMPARE(page->undoStack()->count(), 1);

    page->undoStack()->undo();
    QCOMPARE(LoopPlanStore(m_records->database()).startDate(DemoCandidate::name()), QDate(2026, 3, 2));
    QCOMPARE(page->startDateEdit()->date(), QDate(2026, 3, 2));
    QCOMPARE(page->plan().rounds.at(1).date, QDate(2026, 3, 9));
}

void LoopPlannerPageTest::aFirstPickCanBeTakenBack()
{
    LoopPlanStore(m_records->database()).setStartDate(DemoCandidate::name(), QDate());
    auto page = openPage();
    QVERIFY(page);
    // No date picked yet: the plan runs from today and nothing is saved.
    QVERIFY(!page->startDateSaved());
    QCOMPARE(page->startDate(), QDate::currentDate());
    QCOMPARE(page->plan().decision, QDate::currentDate().addDays(35));
    page->startDateEdit()->setDate(QDate(2026, 3, 2));  // as the calendar pop-up sets it
    QVERIFY(page->startDateSaved());
    QCOMPARE(LoopPlanStore(m_records->database()).startDate(DemoCandidate::name()), QDate(2026, 3, 2));
    page->undoStack()->undo();
    QVERIFY(!LoopPlanStore(m_records->database()).startDate(DemoCandidate::name()).isValid());
    QVERIFY(!page->startDateSaved());
    QCOMPARE(page->startDate(), QDate::currentDate());
}

void LoopPlannerPageTest::orchestrationReadyShortensThePlan()
{
    LoopPlanStore(m_records->database()).setStartDate(DemoCandidate::name(), QDate(2026, 3, 2));
    auto page = openPage();
    QVERIFY(page);
    QCOMPARE(page->plan().totalDays, 35);
    QCOMPARE(page->plan().decision, QDate(2026, 4, 6));

    // Removing the failures (5 months) and placement (7 months) projects leaves 4 months: not ready.
    PortfolioPage portfolio(*m_records);
    connect(&portfolio, &PortfolioPage::portfolioChanged, page.get(), &LoopPlannerPage::reload);  // as MainWindow does
    portfolio.selectProject(portfolio.projects().at(2).id);
    portfolio.removeProjectAction()->trigger();
    QCOMPARE(page->plan().totalDays, 35);  // 11 months are still enough
    portfolio.selectProject(portfolio.projects().at(0).id);
    portfolio.removeProjectAction()->trigger();
    // The standard plan from 2 March: +10, +10, +10, +8 and the decision 7 days later, on 16 April.
    QCOMPARE(page->plan().totalDays, 45);
    QCOMPARE(roundDates(*page), (QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 12), QDate(2026, 3, 22),
                                              QDate(2026, 4, 1), QDate(2026, 4, 9)}));
    QCOMPARE(page->plan().decision, QDate(2026, 4, 16));
    QCOMPARE(page->planSummary()->text(), QStringLiteral("45 day(s) from the screen to the decision"));
    portfolio.undoStack()->undo();
    QCOMPARE(page->plan().totalDays, 35);
}

// The same through the main window's own wiring, with the planner page not on screen.
void LoopPlannerPageTest::theMainWindowTellsThePlannerAboutPortfolioEdits()
{
    LoopPlanStore(m_records->database()).setStartDate(DemoCandidate::name(), QDate(2026, 3, 2));
    const QString path = m_records->database().path();
    m_records.reset();
    MainWindow window(nullptr, path);
    auto* portfolio = qobject_cast<PortfolioPage*>(window.page(QStringLiteral("portfolio")));
    auto* planner = qobject_cast<LoopPlannerPage*>(window.page(QStringLiteral("loop-planner")));
    QVERIFY(portfolio);
    QVERIFY(planner);
    QCOMPARE(planner->plan().decision, QDate(2026, 4, 6));
    portfolio->selectProject(portfolio->projects().at(0).id);
    portfolio->removeProjectAction()->trigger();
    portfolio->selectProject(portfolio->projects().at(1).id);  // the failures project, now second
    portfolio->removeProjectAction()->trigger();
    QCOMPARE(planner->plan().totalDays, 45);
    QCOMPARE(planner->plan().decision, QDate(2026, 4, 16));
}

void LoopPlannerPageTest::checklistProgressIsSavedAndRestored()
{
    {
        auto page = openPage();
        QVERIFY(page);
        QListWidget* technical = page->checklist(RoundKind::Technical);
        QCOMPARE(technical->item(2)->data(Qt::UserRole).toString(), QStringLiteral("technical-fragmentation"));
        technical->setFocus();
        technical->setCurrentRow(2);
        QTest::keyClick(technical, Qt::Key_Space);
        QVERIFY(LoopPlanStore(m_records->database())
                    .tickedItems(DemoCandidate::name())
                    .contains(QStringLiteral("technical-fragmentation")));
        QCOMPARE(page->progress(RoundKind::Technical), std::make_pair(3, 4));
        QCOMPARE(page->roundProgressBar(RoundKind::Technical)->value(), 3);
        QCOMPARE(page->overallProgressBar()->text(), QStringLiteral("8 of 20 done (40 %)"));
        QCOMPARE(page->timeline()->progress().at(1), 0.75);

        // Unticking a screen item with the mouse, on its check box.
        QListWidget* screen = page->checklist(RoundKind::Screen);
        const QRect row = screen->visualItemRect(screen->item(0));
        QTest::mouseClick(
            screen->viewport(), Qt::LeftButton, {},
            QPoint(row.left() + screen->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 3, row.center().y()));
        QCOMPARE(page->progress(RoundKind::Screen), std::make_pair(3, 4));
        QCOMPARE(page->overallProgressBar()->text(), QStringLiteral("7 of 20 done (35 %)"));

        // Ctrl+Z takes the untick back.
        QTest::keyClick(technical, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page->progress(RoundKind::Screen), std::make_pair(4, 4));
        QCOMPARE(screen->item(0)->checkState(), Qt::Checked);
        QCOMPARE(page->undoStack()->count(), 2);
    }
    // A new page (the next start) reads the same ticks back.
    auto again = openPage();
    QVERIFY(again);
    QCOMPARE(again->progress(RoundKind::Technical), std::make_pair(3, 4));
    QCOMPARE(again->checklist(RoundKind::Technical)->item(2)->checkState(), Qt::Checked);
    QCOMPARE(again->overallProgress(), std::make_pair(8, 20));
    QCOMPARE(again->overallProgressBar()->text(), QStringLiteral("8 of 20 done (40 %)"));
}

void LoopPlannerPageTest::languageSwitchRetranslatesThePage()
{
    LoopPlanStore(m_records->database()).setStartDate(DemoCandidate::name(), QDate(2026, 3, 2));
    auto page = openPage();
    QVERIFY(page);
    const auto label = [&](const QString& text) -> QLabel* {
        for (QLabel* l : page->findChildren<QLabel*>()) {
            if (l->text() == text)
                return l;
        }
        return nullptr;
    };
    QLabel* startLabel = label(QStringLiteral("&Start date:"));
    QLabel* preparation = label(QStringLiteral("Preparation:"));
    QVERIFY(startLabel && preparation);
    auto* screenBox = qobject_cast<QGroupBox*>(page->checklist(RoundKind::Screen)->parentWidget());
    QVERIFY(screenBox);
    QCOMPARE(screenBox->title(), QStringLiteral("Screen"));
    const QString technicalHeading = page->roundHeading(RoundKind::Technical)->text();
    QVERIFY(technicalHeading.contains(QStringLiteral(", day ")));
    // State that must survive: the current checklist item and where the list is scrolled to.
    QListWidget* technical = page->checklist(RoundKind::Technical);
    technical->setCurrentRow(2);
    technical->verticalScrollBar()->setValue(technical->verticalScrollBar()->maximum());
    const int scrolled = technical->verticalScrollBar()->value();
    const QString itemText = technical->item(2)->text();

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const QString x = QStringLiteral("[x] ");
    QTRY_COMPARE(startLabel->text(), x + QStringLiteral("&Start date:"));
    QCOMPARE(preparation->text(), x + QStringLiteral("Preparation:"));
    QCOMPARE(page->planSummary()->text(), x + QStringLiteral("35 day(s) from the screen to the decision"));
    QCOMPARE(page->overallProgressBar()->text(), x + QStringLiteral("7 of 20 done (35 %)"));
    QCOMPARE(page->roundProgressBar(RoundKind::Technical)->text(), x + QStringLiteral("2 of 4 done"));
    QCOMPARE(page->roundHeading(RoundKind::Technical)->text(), x + technicalHeading);
    QCOMPARE(screenBox->title(), x + QStringLiteral("Screen"));
    QCOMPARE(page->startDateEdit()->accessibleName(), x + QStringLiteral("Start date"));
    QCOMPARE(page->timeline()->accessibleName(), x + QStringLiteral("Loop timeline"));
    QCOMPARE(technical->accessibleName(), x + x + QStringLiteral("Technical checklist"));
    // The Orchestration Ready sentence is computed by the core and computed again.
    bool readyMarked = false;
    for (QLabel* l : page->findChildren<QLabel*>())
        readyMarked = readyMarked || l->text().startsWith(x + x + QStringLiteral("Orchestration Ready"));
    QVERIFY(readyMarked);
    QCOMPARE(technical->currentRow(), 2);
    QCOMPARE(technical->item(2)->text(), itemText);
    QCOMPARE(technical->verticalScrollBar()->value(), scrolled);

    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(startLabel->text(), QStringLiteral("&Start date:"));
    QCOMPARE(page->planSummary()->text(), QStringLiteral("35 day(s) from the screen to the decision"));
    QCOMPARE(page->overallProgressBar()->text(), QStringLiteral("7 of 20 done (35 %)"));
    QCOMPARE(screenBox->title(), QStringLiteral("Screen"));
    QCOMPARE(technical->accessibleName(), QStringLiteral("Technical checklist"));

    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_COMPARE(preparation->text(), QStringLiteral("Vorbereitung:"));
    // The date field follows the German locale the switch sets: 2 March 2026 as 02.03.26.
    QCOMPARE(page->startDateEdit()->text(),
             QLocale(QLocale::German, QLocale::Germany).toString(QDate(2026, 3, 2), QLocale::ShortFormat));
    QCOMPARE(page->startDateEdit()->date(), QDate(2026, 3, 2));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(preparation->text(), QStringLiteral("Preparation:"));
    QCOMPARE(page->planSummary()->text(), QStringLiteral("35 day(s) from the screen to the decision"));
}

QTEST_MAIN(LoopPlannerPageTest)
#include "loopplannerpagetest.moc"
