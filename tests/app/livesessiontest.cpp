// The Session setup and Live session pages: keys, clock, Vision cap, notes, undo/redo, autosave,
// crash-and-resume, the cheat sheet and a language switch, against a temporary database.
#include "interviewrecords.h"
#include "mainwindow.h"
#include "markingtranslator.h"
#include "session/coachhighlighter.h"
#include "session/livesessionpage.h"
#include "session/sessionsetuppage.h"
#include "session/sessiontimeboxes.h"
#include "shell/languageswitch.h"
#include "shell/resumeoffer.h"
#include "shell/settingsdialog.h"
#include "shell/shortcutcheatsheet.h"
#include "widgets/statuscolors.h"

#include "storage/drillstore.h"
#include "storage/sessionstore.h"

#include "journey/journeydriver.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace debrief;
using namespace debrief::studio;
using namespace debrief::interview;

class LiveSessionTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void numberKeysSetDepthAndVision();
    void theCoachSettlesAfterTyping();
    void visionAboveTwoWithoutEvidenceIsRefused();
    void ctrlEnterStampsANoteWithTheElapsedTime();
    void timerCountsAndOverrunTurnsRed();
    void timerCountsInRealTime();
    void undoRedoOfAScoreAndANote();
    void everyChangeIsInTheDatabaseAtOnce();
    void crashAndResume();
    void soloPracticeShowsExamplesAfterSelfScore();
    void setupStartsASession();
    void setupRefusesAnIncompleteForm();
    void setupPutsDueDrillsFirst();
    void cheatSheetListsEveryShortcut();
    void languageSwitchRetranslatesVisibleLabels();
    void pagesFitASmallWindow();
    void mainWindowRetranslatesAndListsShortcuts();
    void settingsDialogSavesAndSwitchesLanguage();
    void startOpensTheLiveSessionAndFinishItsDebrief();

private:
    std::int64_t createSession(SessionMode mode);
    std::unique_ptr<LiveSessionPage> openPage(std::int64_t id);
    Session stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InterviewRecords> m_records;
    std::int64_t m_fakeNow = 0;
    std::int64_t m_id = 0;
};

Session LiveSessionTest::stored() const
{
    return storage::SessionStore(m_records->database()).load(m_id);
}

void LiveSessionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DebriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_app_livesession"));
    QSettings().clear();
}

void LiveSessionTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_records = std::make_unique<InterviewRecords>(m_dir->filePath(QStringLiteral("studio.sqlite")));
    QVERIFY(m_records->isOpen());
    QVERIFY(!m_records->content().questions(RoundKind::Technical).isEmpty());
    m_fakeNow = 0;
}

void LiveSessionTest::cleanup()
{
    m_records.reset();
    m_dir.reset();
}

std::int64_t LiveSessionTest::createSession(SessionMode mode)
{
    Session session;
    session.mode = mode;
    session.candidate = QStringLiteral("Test Candidate");
    session.interviewers =
        mode == SessionMode::LiveMock ? QStringList{QStringLiteral("Dana")} : QStringList{QStringLiteral("self")};
    session.rounds = {RoundKind::Technical};
    session.startedAt = QDateTime::currentDateTimeUtc();
    session.updatedAt = session.startedAt;
    const QList<Question> bank = m_records->content().questions(RoundKind::Technical);
    for (int i = 0; i < 2; ++i) {
        AskedQuestion asked;
        asked.round = RoundKind::Technical;
        asked.questionId = bank[i].id;
        session.questions << asked;
    }
    m_id = storage::SessionStore(m_records->database()).create(session);
    SessionTimeBoxes boxes;
    boxes.questionSeconds = 120;
    boxes.totalSeconds = 600;
    boxes.save(m_id);
    return m_id;
}

std::unique_ptr<LiveSessionPage> LiveSessionTest::openPage(std::int64_t id)
{
    auto page = std::make_unique<LiveSessionPage>(*m_records);
    page->clock().setTimeSource([this] { return m_fakeNow; });
    if (!page->openSession(id))
        return nullptr;
    page->resize(1200, 800);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get()))
        return nullptr;
    page->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"))->setFocus();
    return page;
}

void LiveSessionTest::numberKeysSetDepthAndVision()
{
    auto page = openPage(createSession(SessionMode::LiveMock));
    QVERIFY(page);
    auto* answer = page->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"));
    QTest::keyClick(answer, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(page->score(0, QStringLiteral("Dana"))->depth, 3);
    QTest::keyClick(answer, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(page->score(0, QStringLiteral("Dana"))->vision, 2);
    QVERIFY(answer->toPlainText().isEmpty());  // the keys did not type into the answer
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("depthButton3"))->isChecked());
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("visionButton2"))->isChecked());
    const AnswerScore saved = stored().questions[0].scores.value(0);
    QCOMPARE(saved.interviewer, QStringLiteral("Dana"));
    QCOMPARE(saved.depth, 3);
    QCOMPARE(saved.vision, 2);
    // The scheme is shown on the page.
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("keyScheme"))->text().contains(QStringLiteral("Alt+1-4")));
}

// The coach's highlighting changes formats, not words: it must not count as an edit, or the coach and
// the autosave would re-run every 300 ms for as long as the page is open.
void LiveSessionTest::theCoachSettlesAfterTyping()
{
    auto page = openPage(createSession(SessionMode::LiveMock));
    QVERIFY(page);
    auto* answer = page->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"));
    auto* coach = page->findChild<QLabel*>(QStringLiteral("coachSummary"));
    QTest::keyClicks(answer, QStringLiteral("Cut p95 queueing by 30 % with SRE"));
    QTRY_VERIFY(coach->text().contains(QStringLiteral("Coach:")));
    QTRY_COMPARE(stored().questions[0].answer, QStringLiteral("Cut p95 queueing by 30 % with SRE"));
    QSignalSpy edits(answer, &QPlainTextEdit::textChanged);
    QTest::qWait(4 * LiveSessionPage::kSaveDelayMs);
    QCOMPARE(page->undoStack()->count(), 1);  // one typing step, not one per coach run
    coach->clear();
    QTest::qWait(3 * LiveSessionPage::kSaveDelayMs);
    QCOMPARE(coach->text(), QString());  // no coach run without typing
    QVERIFY2(edits.count() <= 1, qPrintable(QString::number(edits.count())));
}

void LiveSessionTest::visionAboveTwoWithoutEvidenceIsRefused()
{
    // Not refused any more: the Vision is kept as entered and the line beside the buttons says what it
    // counts as until the evidence and the justification are there; the line goes when they are.
    auto page = openPage(createSession(SessionMode::LiveMock));
    QVERIFY(page);
    auto* answer = page->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"));
    QTest::keyClick(answer, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(page->score(0, QStringLiteral("Dana"))->vision, 3);
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("visionButton3"))->isChecked());
    auto* status = page->findChild<QLabel*>(QStringLiteral("visionStatus"));
    QCOMPARE(status->text(),
             QStringLiteral("Counts as Vision 2 until an evidence item is ticked and a justification written."));
    QVERIFY(status->isVisible());
    QCOMPARE(stored().questions[0].scores.value(0).vision, 3);

    // Evidence alone is not enough: a justification is required too.
    QTest::keyClick(answer, Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(page->findChildren<QCheckBox*>().first()->isChecked());
    QCOMPARE(status->text(), QStringLiteral("Counts as Vision 2 until a justification is written."));
    page->setJustification(QStringLiteral("proposed backfill with a 20 % queue-time estimate"));
    QCOMPARE(status->text(), QString());
    QCOMPARE(page->score(0, QStringLiteral("Dana"))->vision, 3);
    QVERIFY(page->refusal().isEmpty());
    QCOMPARE(stored().questions[0].scores.value(0).vision, 3);
    // The line belongs to its question: the next one starts clean.
    page->nextQuestion();
    QCOMPARE(status->text(), QString());
}

void LiveSessionTest::ctrlEnterStampsANoteWithTheElapsedTime()
{
    auto page = openPage(createSession(SessionMode::LiveMock));
    QVERIFY(page);
    m_fakeNow = 83'400;
    auto* editor = page->findChild<QLineEdit*>(QStringLiteral("noteEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Starts with queue time"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(editor->text().isEmpty());
    const Session s = stored();
    QCOMPARE(s.notes.size(), 1);
    QCOMPARE(s.notes[0].elapsedMs, 83'400);
    QCOMPARE(s.notes[0].interviewer, QStringLiteral("Dana"));
    QCOMPARE(s.notes[0].text, QStringLiteral("Starts with queue time"));
    auto* notes = page->findChild<QListWidget*>(QStringLiteral("notes"));
    QCOMPARE(notes->count(), 1);
    QVERIFY2(notes->item(0)->text().startsWith(QStringLiteral("[01:23]")), qPrintable(notes->item(0)->text()));
}

void LiveSessionTest::timerCountsAndOverrunTurnsRed()
{
    auto page = openPage(createSession(SessionMode::LiveMock));
    QVERIFY(page);
    auto* question = page->findChild<QLabel*>(QStringLiteral("questionCountdown"));
    auto* total = page->findChild<QLabel*>(QStringLiteral("sessionCountdown"));
    QCOMPARE(question->text(), QStringLiteral("02:00"));
    QCOMPARE(total->text(), QStringLiteral("10:00"));
    m_fakeNow = 61'000;
    page->refreshClock();
    QCOMPARE(question->text(), QStringLiteral("00:59"));
    QCOMPARE(total->text(), QStringLiteral("08:59"));
    QVERIFY(!question->property("overrun").toBool());
    QCOMPARE(stored().elapsedMs, 61'000);  // the clock is saved as it runs

    // Paused: the clock stands still.
    QTest::keyClick(page->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor")), Qt::Key_Space,
                    Qt::ControlModifier);
    QVERIFY(!page->clock().isRunning());
    m_fakeNow = 500'000;
    page->refreshClock();
    QCOMPARE(question->text(), QStringLiteral("00:59"));
    page->togglePause();
    m_fakeNow = 500'000 + 75'000;
    page->refreshClock();
    QCOMPARE(question->text(), QStringLiteral("+00:16"));
    QVERIFY(question->property("overrun").toBool());
    QCOMPARE(question->palette().color(QPalette::WindowText), StatusColors::bad(question->palette()));
    QVERIFY(!total->property("overrun").toBool());
    QVERIFY(total->palette().color(QPalette::WindowText) != StatusColors::bad(total->palette()));
}

void LiveSessionTest::timerCountsInRealTime()
{
    createSession(SessionMode::LiveMock);
    LiveSessionPage page(*m_records);
    QVERIFY(page.openSession(m_id));
    page.show();
    auto* total = page.findChild<QLabel*>(QStringLiteral("sessionCountdown"));
    QCOMPARE(total->text(), QStringLiteral("10:00"));
    QTRY_COMPARE_WITH_TIMEOUT(total->text(), QStringLiteral("09:58"), 4000);
    QVERIFY(page.clock().elapsedMs() >= 1000);
}

void LiveSessionTest::undoRedoOfAScoreAndANote()
{
    auto page = openPage(createSession(SessionMode::LiveMock));
    QVERIFY(page);
    auto* answer = page->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"));
    QTest::keyClick(answer, Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(answer, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(stored().questions[0].scores.value(0).depth, 4);
    QTest::keyClick(answer, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(page->score(0, QStringLiteral("Dana"))->depth, 2);
    QCOMPARE(stored().questions[0].scores.value(0).depth, 2);
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("depthButton2"))->isChecked());
    page->undoStack()->undo();
    QVERIFY(!page->score(0, QStringLiteral("Dana")));
    QVERIFY(stored().questions[0].scores.isEmpty());
    QTest::keyClick(answer, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored().questions[0].scores.value(0).depth, 2);

    m_fakeNow = 5000;
    auto* editor = page->findChild<QLineEdit*>(QStringLiteral("noteEditor"));
    editor->setText(QStringLiteral("first"));
    QVERIFY(page->addNote());
    m_fakeNow = 9000;
    editor->setText(QStringLiteral("second"));
    QVERIFY(page->addNote());
    QCOMPARE(stored().notes.size(), 2);
    page->undoStack()->undo();
    QCOMPARE(stored().notes.size(), 1);
    QCOMPARE(stored().notes[0].text, QStringLiteral("first"));
    QCOMPARE(page->findChild<QListWidget*>(QStringLiteral("notes"))->count(), 1);
    page->undoStack()->redo();
    QCOMPARE(stored().notes.size(), 2);
    QCOMPARE(stored().notes[1].text, QStringLiteral("second"));
    QCOMPARE(stored().notes[1].elapsedMs, 9000);
}

void LiveSessionTest::everyChangeIsInTheDatabaseAtOnce()
{
    auto page = openPage(createSession(SessionMode::LiveMock));
    QVERIFY(page);
    auto* answer = page->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"));
    QTest::keyClicks(answer, QStringLiteral("Backfill cuts queue time 20 %"));
    QTRY_COMPARE_WITH_TIMEOUT(stored().questions[0].answer, QStringLiteral("Backfill cuts queue time 20 %"), 2000);
    // The coach marks the findings once typing pauses.
    auto* highlighter = page->findChild<CoachHighlighter*>();
    QVERIFY(highlighter);
    QTRY_VERIFY_WITH_TIMEOUT(!highlighter->findings().isEmpty(), 2000);
    // Typing merges into one undo step and undoes in one go.
    QCOMPARE(page->undoStack()->count(), 1);

    QTest::keyClicks(answer, QStringLiteral(" for jobs"));
    page->findChild<QLineEdit*>(QStringLiteral("justification"))->setFocus();  // focus-out saves at once
    QCOMPARE(stored().questions[0].answer, QStringLiteral("Backfill cuts queue time 20 % for jobs"));

    // The coach's findings pre-tick the evidence (a proposal "Backfill", "20 %", the KPI "queue time")
    // before any mark; the scorer unticks one and the first stored mark keeps the other two.
    QVERIFY(page->findChild<QCheckBox*>(QStringLiteral("evidence-quantified-gain"))->isChecked());
    QVERIFY(stored().questions[0].scores.isEmpty());
    QTest::keyClick(answer, Qt::Key_2, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored().questions[0].scores.value(0).evidence,
             std::uint8_t(std::uint8_t(VisionEvidence::ProposedPolicy) | std::uint8_t(VisionEvidence::TiedToKpi)));
    QVERIFY(!page->findChild<QCheckBox*>(QStringLiteral("evidence-quantified-gain"))->isChecked());
    auto* justification = page->findChild<QLineEdit*>(QStringLiteral("justification"));
    QTest::keyClicks(justification, QStringLiteral("quantified"));
    QTRY_COMPARE_WITH_TIMEOUT(stored().questions[0].scores.value(0).justification, QStringLiteral("quantified"), 2000);

    m_fakeNow = 30'000;
    QTest::keyClick(answer, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(page->currentQuestion(), 1);
    const Session s = stored();
    QCOMPARE(s.currentQuestion, 1);
    QCOMPARE(s.questions[0].answeredAtMs, 30'000);
    QCOMPARE(s.questions[1].askedAtMs, 30'000);
    QCOMPARE(s.status, SessionStatus::InProgress);

    journey::ModalHandler confirm([](QWidget* modal) { QTest::keyClick(modal, Qt::Key_Return); });
    QVERIFY(page->finishSession());
    QVERIFY(confirm.handled());
    QCOMPARE(stored().status, SessionStatus::Completed);
}

void LiveSessionTest::crashAndResume()
{
    createSession(SessionMode::LiveMock);
    {
        auto page = openPage(m_id);
        QVERIFY(page);
        m_fakeNow = 40'000;
        page->nextQuestion();
        auto* answer = page->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"));
        QTest::keyClicks(answer, QStringLiteral("Queue first, kernels never"));
        m_fakeNow = 95'500;
        QTest::qWait(LiveSessionPage::kSaveDelayMs + 200);  // the debounce and a clock tick have run
        page->refreshClock();
        // The page is dropped without closing or finishing it (as a crash would leave it).
    }
    // A fresh start marks what the last run left open, and offers it.
    const auto interrupted = ResumeOffer::interruptedSession(m_records->database());
    QVERIFY(interrupted);
    QCOMPARE(interrupted->id, m_id);
    QCOMPARE(stored().status, SessionStatus::Interrupted);

    m_fakeNow = 1'000'000;  // another process: its own monotonic clock
    auto resumed = openPage(m_id);
    QVERIFY(resumed);
    QCOMPARE(resumed->currentQuestion(), 1);
    QCOMPARE(resumed->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"))->toPlainText(),
             QStringLiteral("Queue first, kernels never"));
    QCOMPARE(resumed->clock().elapsedMs(), 95'500);
    QCOMPARE(resumed->findChild<QLabel*>(QStringLiteral("sessionCountdown"))->text(), QStringLiteral("08:25"));
    QCOMPARE(stored().status, SessionStatus::InProgress);
}

void LiveSessionTest::soloPracticeShowsExamplesAfterSelfScore()
{
    auto page = openPage(createSession(SessionMode::SoloPractice));
    QVERIFY(page);
    QCOMPARE(page->scorer(), QStringLiteral("self"));
    auto* examples = page->findChild<QWidget*>(QStringLiteral("exampleAnswers"));
    QVERIFY(!examples->isVisible());
    page->setDepth(2);
    QVERIFY(!examples->isVisible());
    // Next reminds once to finish the self-score, then moves on anyway.
    page->nextQuestion();
    QCOMPARE(page->currentQuestion(), 0);
    QVERIFY(
        page->findChild<QLabel*>(QStringLiteral("visionStatus"))->text().contains(QStringLiteral("Score yourself")));
    QVERIFY(page->setVision(2));
    QVERIFY(examples->isVisible());
    page->nextQuestion();
    QCOMPARE(page->currentQuestion(), 1);
    QCOMPARE(stored().questions[0].scores.value(0).interviewer, QStringLiteral("self"));
}

void LiveSessionTest::setupStartsASession()
{
    SessionSetupPage setup(*m_records);
    QSignalSpy started(&setup, &SessionSetupPage::sessionStarted);
    setup.setMode(SessionMode::LiveMock);
    setup.setCandidate(QStringLiteral("Ada"));
    setup.setInterviewers({QStringLiteral("Dana"), QStringLiteral("Lukas")});
    setup.setRounds({RoundKind::Screen, RoundKind::Pm});
    setup.setQuestionChoice(SessionSetupPage::QuestionChoice::Shuffled);
    setup.setQuestionsPerRound(3);
    setup.setTimeBoxes(4, 50);
    const auto id = setup.start();
    QVERIFY(id);
    QCOMPARE(started.count(), 1);
    const Session s = storage::SessionStore(m_records->database()).load(*id);
    QCOMPARE(s.candidate, QStringLiteral("Ada"));
    QCOMPARE(s.interviewers, (QStringList{QStringLiteral("Dana"), QStringLiteral("Lukas")}));
    QCOMPARE(s.questions.size(), 6);
    QCOMPARE(s.questions[0].round, RoundKind::Screen);
    QCOMPARE(s.questions[5].round, RoundKind::Pm);
    QCOMPARE(SessionTimeBoxes::load(*id).questionSeconds, 240);
    QCOMPARE(SessionTimeBoxes::load(*id).totalSeconds, 3000);

    // Picked questions, solo practice.
    const QList<Question> technical = m_records->content().questions(RoundKind::Technical);
    setup.setMode(SessionMode::SoloPractice);
    setup.setRounds({RoundKind::Technical});
    setup.setQuestionChoice(SessionSetupPage::QuestionChoice::Picked);
    setup.pickQuestions({technical[2].id, technical[0].id});
    const auto solo = setup.start();
    QVERIFY(solo);
    const Session p = storage::SessionStore(m_records->database()).load(*solo);
    QCOMPARE(p.mode, SessionMode::SoloPractice);
    QCOMPARE(p.interviewers, QStringList{QStringLiteral("self")});
    QCOMPARE(p.questions.size(), 2);
    QCOMPARE(p.questions[0].questionId, technical[0].id);
    QCOMPARE(p.questions[1].questionId, technical[2].id);
}

void LiveSessionTest::setupRefusesAnIncompleteForm()
{
    SessionSetupPage setup(*m_records);
    setup.setCandidate(QString());
    QVERIFY(!setup.start());
    QVERIFY(!setup.findChild<QLabel*>(QStringLiteral("setupProblem"))->text().isEmpty());
    setup.setCandidate(QStringLiteral("Ada"));
    setup.setMode(SessionMode::LiveMock);
    setup.setInterviewers({});
    QVERIFY(!setup.start());
    QVERIFY(storage::SessionStore(m_records->database()).list().isEmpty());
}

void LiveSessionTest::setupPutsDueDrillsFirst()
{
    const QList<Question> technical = m_records->content().questions(RoundKind::Technical);
    const QString weak = technical.last().id;
    DrillCard card;
    card.candidate = QStringLiteral("Ada");
    card.subject = DrillSubject::Question;
    card.ref = weak;
    card.due = QDateTime::currentDateTimeUtc().addDays(-1);
    storage::DrillStore(m_records->database()).save(card);

    SessionSetupPage setup(*m_records);
    setup.setMode(SessionMode::SoloPractice);
    setup.setCandidate(QStringLiteral("Ada"));
    setup.setRounds({RoundKind::Technical});
    setup.setQuestionChoice(SessionSetupPage::QuestionChoice::DueDrills);
    setup.setQuestionsPerRound(3);
    const Session planned = setup.plannedSession();
    QCOMPARE(planned.questions.size(), 3);
    QCOMPARE(planned.questions[0].questionId, weak);
    QVERIFY(planned.questions[1].questionId != weak && planned.questions[2].questionId != weak);
}

void LiveSessionTest::cheatSheetListsEveryShortcut()
{
    auto page = openPage(createSession(SessionMode::LiveMock));
    QVERIFY(page);
    const QList<ShortcutEntry> entries = ShortcutCheatSheet::collect(page.get());
    int withKeys = 0;
    for (const QAction* action : page->findChildren<QAction*>())
        withKeys += action->shortcuts().isEmpty() ? 0 : 1;
    QCOMPARE(entries.size(), withKeys);
    auto has = [&](const QString& text, const QString& keys) {
        return std::any_of(entries.begin(), entries.end(), [&](const ShortcutEntry& e) {
            return e.action == text && e.shortcut.contains(keys) && e.area == page->title();
        });
    };
    QVERIFY(has(QStringLiteral("Set Depth 1"), QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText)));
    QVERIFY(has(QStringLiteral("Set Vision 4"), QKeySequence(Qt::ALT | Qt::Key_4).toString(QKeySequence::NativeText)));
    QVERIFY(has(QStringLiteral("Add a note stamped with the elapsed time"),
                QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    ShortcutCheatSheet sheet(page.get());
    QCOMPARE(sheet.table()->topLevelItemCount(), entries.size());
}

void LiveSessionTest::languageSwitchRetranslatesVisibleLabels()
{
    auto page = openPage(createSession(SessionMode::LiveMock));
    QVERIFY(page);
    auto* finish = page->findChildren<QPushButton*>().last();
    for (QPushButton* b : page->findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Finish session"))
            finish = b;
    }
    QCOMPARE(finish->text(), QStringLiteral("Finish session"));
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(finish->text(), QStringLiteral("[x] Finish session"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("keyScheme"))->text().startsWith(QStringLiteral("[x] ")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(finish->text(), QStringLiteral("Finish session"));

    // The run-time switch the Settings dialog uses: German, then back to English.
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QCOMPARE(LanguageSwitch::current(), QStringLiteral("de"));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_COMPARE(finish->text(), QStringLiteral("Finish session"));
    QVERIFY(QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly).isEmpty() ||
            QCoreApplication::translate("debrief::studio::MainWindow", "Ready") == QStringLiteral("Ready"));
}

void LiveSessionTest::pagesFitASmallWindow()
{
    // The main window must still fit 1000 x 700 with these pages in its stack.
    auto page = openPage(createSession(SessionMode::SoloPractice));
    QVERIFY(page);
    SessionSetupPage setup(*m_records);

    QVERIFY2(page->minimumSizeHint().width() <= 800, qPrintable(QString::number(page->minimumSizeHint().width())));
    QVERIFY(page->minimumSizeHint().height() <= 600);
    QVERIFY(setup.minimumSizeHint().width() <= 800);
    QVERIFY(setup.minimumSizeHint().height() <= 600);
}

void LiveSessionTest::mainWindowRetranslatesAndListsShortcuts()
{
    MainWindow window(nullptr, m_dir->filePath(QStringLiteral("window.sqlite")));
    window.show();
    QVERIFY(window.page(QStringLiteral("setup")));
    QVERIFY(window.page(QStringLiteral("live-session")));
    auto* list = window.findChild<QListWidget*>();
    int liveRow = -1;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == QStringLiteral("live-session"))
            liveRow = row;
    }
    QVERIFY(liveRow >= 0);
    QCOMPARE(list->item(liveRow)->text(), QStringLiteral("Live session"));

    // F1 is a window shortcut, and the sheet lists it once, with the live page's keys.
    const QList<ShortcutEntry> entries = ShortcutCheatSheet::collect(&window);
    const auto count = [&](const QString& keys) {
        return std::count_if(entries.begin(), entries.end(),
                             [&](const ShortcutEntry& e) { return e.shortcut == keys; });
    };
    QCOMPARE(count(QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText)), 1);
    QVERIFY(count(QKeySequence(Qt::ALT | Qt::Key_3).toString(QKeySequence::NativeText)) >= 1);

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(list->item(liveRow)->text(), QStringLiteral("[x] Live session"));
    QTRY_VERIFY(window.menuBar()->actions().value(0) &&
                window.menuBar()->actions().value(0)->text().startsWith(QStringLiteral("[x] ")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(list->item(liveRow)->text(), QStringLiteral("Live session"));
    QTest::qWait(50);  // the replaced menus are deleted
    const QList<ShortcutEntry> after = ShortcutCheatSheet::collect(&window);
    QCOMPARE(after.size(), entries.size());
}

void LiveSessionTest::settingsDialogSavesAndSwitchesLanguage()
{
    SettingsDialog dialog;
    QComboBox* language = dialog.languageBox();
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.themeBox()->setCurrentIndex(2);
    dialog.accept();
    QCOMPARE(QSettings().value(QStringLiteral("appearance/language")).toString(), QStringLiteral("de"));
    QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(LanguageSwitch::current(), QStringLiteral("de"));
    QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));

    SettingsDialog back;
    QCOMPARE(back.languageBox()->currentData().toString(), QStringLiteral("de"));
    back.languageBox()->setCurrentIndex(back.languageBox()->findData(QStringLiteral("en")));
    back.themeBox()->setCurrentIndex(0);
    back.accept();
    QCOMPARE(LanguageSwitch::current(), QStringLiteral("en"));

    // A language the studio was started in (--lang de, not saved) survives an OK that changed only
    // something else, such as the first start's "who is scoring".
    QSettings().clear();
    LanguageSwitch::switchTo(QStringLiteral("de"));
    SettingsDialog other;
    QCOMPARE(other.languageBox()->currentData().toString(), QString());  // "follow the system", as saved
    other.themeBox()->setCurrentIndex(1);
    other.accept();
    QCOMPARE(LanguageSwitch::current(), QStringLiteral("de"));
    LanguageSwitch::switchTo(QStringLiteral("en"));
    QSettings().clear();
}

void LiveSessionTest::startOpensTheLiveSessionAndFinishItsDebrief()
{
    MainWindow window(nullptr, m_dir->filePath(QStringLiteral("flow.sqlite")));
    auto* setup = qobject_cast<SessionSetupPage*>(window.page(QStringLiteral("setup")));
    auto* live = qobject_cast<LiveSessionPage*>(window.page(QStringLiteral("live-session")));
    QVERIFY(setup && live);
    setup->setMode(SessionMode::SoloPractice);
    setup->setCandidate(QStringLiteral("Ada"));
    setup->setRounds({RoundKind::Screen});
    setup->setQuestionChoice(SessionSetupPage::QuestionChoice::Shuffled);
    setup->setQuestionsPerRound(1);
    const auto id = setup->start();
    QVERIFY(id);
    QCOMPARE(window.currentPage(), live);
    QCOMPARE(live->session().id, *id);
    // The keys work inside the main window too (no other page claims them).
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* answer = live->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"));
    answer->setFocus();
    QTest::keyClick(answer, Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(answer, Qt::Key_1, Qt::AltModifier);
    const Session saved = storage::SessionStore(window.interviewRecords()->database()).load(*id);
    QCOMPARE(saved.questions[0].scores.value(0).depth, 2);
    QCOMPARE(live->score(0, QStringLiteral("self"))->depth, 2);
    QCOMPARE(live->score(0, QStringLiteral("self"))->vision, 1);
    journey::ModalHandler confirm([](QWidget* modal) { QTest::keyClick(modal, Qt::Key_Return); });
    QVERIFY(live->finishSession());
    QVERIFY(confirm.handled());
    QCOMPARE(window.currentPage()->pageId(), QStringLiteral("debrief"));
}

QTEST_MAIN(LiveSessionTest)
#include "livesessiontest.moc"
