// Journey 2, a live mock with a panel of two interviewers on two studios (two main windows on two
// empty databases), from the first start to the committee PDF with the split and the decision. Each
// studio is driven only through its window: once by mouse, once by keyboard alone.

#include "journeydriver.h"

#include "committee/committeepage.h"
#include "mainwindow.h"
#include "session/livesessionpage.h"
#include "studiopage.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief::studio;
using namespace journey;

class PanelJourneyTest : public QObject {
    Q_OBJECT

    bool m_keyboard = false;

    void activate(MainWindow& window)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    void showPage(MainWindow& window, const QString& id, const QString& title)
    {
        auto* pages = window.findChild<QListWidget*>();
        QVERIFY(pages);
        if (m_keyboard) {
            pages->setFocus();
            QTest::qWait(QApplication::keyboardInputInterval() + 100);  // a new search, not the last one's tail
            QTest::keyClicks(pages, title);
        } else {
            clickPage(pages, id);
        }
        QTRY_COMPARE(window.currentPage()->pageId(), id);
    }

    // A File menu command: its shortcut, or a click on the menu item.
    void fileCommand(MainWindow& window, const QString& text, const QKeySequence& keys)
    {
        if (m_keyboard) {
            QTest::keySequence(&window, keys);
            return;
        }
        for (QAction* a : window.menuBar()->actions().first()->menu()->actions()) {
            if (a->text().remove(QLatin1Char('&')) == text) {
                QCOMPARE(a->shortcut(), keys);
                a->trigger();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no File menu item %1").arg(text)));
    }

    void setScorer(MainWindow& window, const QString& name)
    {
        ModalHandler settings([&](QWidget* dialog) {
            auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("scorerName"));
            QVERIFY(field);
            if (m_keyboard)
                QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);  // Scoring &as
            else
                click(field);
            QTRY_VERIFY(field->hasFocus());
            keyHere(Qt::Key_A, Qt::ControlModifier);
            typeHere(name);
            if (m_keyboard)
                keyHere(Qt::Key_Return);
            else
                QTest::mouseClick(buttonByText(dialog, QStringLiteral("OK")), Qt::LeftButton);
        });
        fileCommand(window, QStringLiteral("Settings..."), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QTRY_VERIFY(settings.handled());
        backTo(window);
        QTRY_VERIFY2(window.windowTitle().contains(QStringLiteral("Scoring as %1").arg(name)),
                     qPrintable(window.windowTitle()));
    }

    void key(MainWindow& window, Qt::Key k, Qt::KeyboardModifiers modifiers) { QTest::keyClick(&window, k, modifiers); }

    // Depth and Vision on the current question, by the panel's keys or buttons.
    void scoreCurrent(MainWindow& window, LiveSessionPage* live, int depth, int vision)
    {
        if (m_keyboard) {
            key(window, Qt::Key(Qt::Key_0 + depth), Qt::ControlModifier);
            key(window, Qt::Key(Qt::Key_0 + vision), Qt::AltModifier);
        } else {
            click(live->findChild<QPushButton*>(QStringLiteral("depthButton%1").arg(depth)));
            click(live->findChild<QPushButton*>(QStringLiteral("visionButton%1").arg(vision)));
        }
    }

    void next(MainWindow& window, LiveSessionPage* live)
    {
        const int before = live->currentQuestion();
        if (m_keyboard)
            key(window, Qt::Key_PageDown, Qt::ControlModifier);
        else
            click(buttonByText(live, QStringLiteral("Next")));
        QTRY_COMPARE(live->currentQuestion(), before + 1);
    }

    void submit(MainWindow& window, LiveSessionPage* live, const QString& expectSummary)
    {
        QString summary;
        ModalHandler confirm([&](QWidget* modal) {
            summary = modal->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
            if (m_keyboard)
                QTest::keyClick(modal, Qt::Key_Return);
            else
                QTest::mouseClick(buttonByText(modal, QStringLiteral("Submit")), Qt::LeftButton);
        });
        if (m_keyboard)
            key(window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        else
            click(live->findChild<QPushButton*>(QStringLiteral("submitScores")));
        QTRY_VERIFY(confirm.handled());
        backTo(window);
        QVERIFY2(summary.contains(expectSummary), qPrintable(summary));
        // Locked, and it says so.
        QTRY_VERIFY(!live->findChild<QPushButton*>(QStringLiteral("depthButton1"))->isEnabled());
        QVERIFY2(live->findChild<QLabel*>(QStringLiteral("lockStatus"))->text().contains(QStringLiteral("locked")),
                 qPrintable(live->findChild<QLabel*>(QStringLiteral("lockStatus"))->text()));
    }

    void saveThrough(MainWindow& window, const QString& command, const QKeySequence& keys, const QString& path)
    {
        ModalHandler dialog([&](QWidget* modal) { answerFileDialog(modal, path); });
        fileCommand(window, command, keys);
        QTRY_VERIFY(dialog.handled());
        backTo(window);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefJourney"));
        QCoreApplication::setApplicationName(QStringLiteral("test_journey_panel"));
    }
    void init() { QSettings().clear(); }

    void panelToCommitteePdf_data()
    {
        QTest::addColumn<bool>("keyboard");
        QTest::newRow("mouse") << false;
        QTest::newRow("keyboard") << true;
    }

    void panelToCommitteePdf()
    {
        QFETCH(bool, keyboard);
        m_keyboard = keyboard;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sessionFile = dir.filePath(QStringLiteral("jordan.debrief-session.json"));
        const QString benFile = dir.filePath(QStringLiteral("ben-scorecard.json"));
        const QString committeePdf = dir.filePath(QStringLiteral("committee.pdf"));

        // --- Studio A: Ana runs the mock. -----------------------------------------------------------
        MainWindow a(nullptr, dir.filePath(QStringLiteral("ana.sqlite")));
        activate(a);
        QVERIFY(a.windowTitle().contains(QStringLiteral("not set")));
        setScorer(a, QStringLiteral("Ana Ruiz"));
        showPage(a, QStringLiteral("home"), QStringLiteral("Home"));
        if (m_keyboard)
            key(a, Qt::Key_M, Qt::AltModifier);  // the welcome's Start a live &mock
        else
            click(a.currentPage()->findChild<QPushButton*>(QStringLiteral("welcomeMock")));
        QTRY_COMPARE(a.currentPage()->pageId(), QStringLiteral("setup"));
        for (const auto& [name, mnemonic, text] :
             {std::tuple{QStringLiteral("candidate"), Qt::Key_C, QStringLiteral("Jordan Lee")},
              std::tuple{QStringLiteral("interviewers"), Qt::Key_I, QStringLiteral("Ana Ruiz, Ben Osei")}}) {
            auto* field = a.currentPage()->findChild<QLineEdit*>(name);
            QVERIFY(field);
            if (m_keyboard)
                key(a, mnemonic, Qt::AltModifier);
            else
                click(field);
            QTRY_VERIFY(field->hasFocus());
            keyHere(Qt::Key_A, Qt::ControlModifier);
            typeHere(text);
        }
        if (m_keyboard)
            key(a, Qt::Key_S, Qt::AltModifier);
        else
            click(buttonByText(a.currentPage(), QStringLiteral("Start session")));
        QTRY_COMPARE(a.currentPage()->pageId(), QStringLiteral("live-session"));
        auto* liveA = qobject_cast<LiveSessionPage*>(a.currentPage());
        QCOMPARE(liveA->scorer(), QStringLiteral("Ana Ruiz"));  // the studio's own scorer is preselected
        const int questions = int(liveA->session().questions.size());

        // Ana types the candidate's first answer and scores two answers: Depth 4 then 3, Vision 2.
        auto* editor = liveA->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"));
        if (m_keyboard)
            key(a, Qt::Key_E, Qt::ControlModifier);
        else
            click(editor->viewport());
        QTRY_VERIFY(editor->hasFocus());
        typeHere(QStringLiteral("Backfill behind the big jobs; it would cut p95 queueing delay by 25 %."));
        scoreCurrent(a, liveA, 4, 2);
        next(a, liveA);
        scoreCurrent(a, liveA, 3, 2);
        // Not visible to anyone else yet.
        QVERIFY(!liveA->score(0, QStringLiteral("Ana Ruiz"))->submitted);
        submit(a, liveA, QStringLiteral("on 2 of %1 answers").arg(questions));

        // Finish: the studio asks because questions are unanswered.
        ModalHandler finish([&](QWidget* modal) { QTest::keyClick(modal, Qt::Key_Return); });
        if (m_keyboard)
            key(a, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        else
            click(buttonByText(liveA, QStringLiteral("Finish session")));
        QTRY_VERIFY(finish.handled());
        backTo(a);
        QTRY_COMPARE(a.currentPage()->pageId(), QStringLiteral("debrief"));
        saveThrough(a, QStringLiteral("Export session for other interviewers..."),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), sessionFile);

        // --- Studio B: Ben opens the session to score it. ----------------------------------------------
        {
            MainWindow b(nullptr, dir.filePath(QStringLiteral("ben.sqlite")));
            activate(b);
            setScorer(b, QStringLiteral("Ben Osei"));
            ModalHandler open([&](QWidget* modal) { answerFileDialog(modal, sessionFile); });
            fileCommand(b, QStringLiteral("Open session to score..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
            QTRY_VERIFY(open.handled());
            backTo(b);
            QTRY_COMPARE(b.currentPage()->pageId(), QStringLiteral("live-session"));
            auto* liveB = qobject_cast<LiveSessionPage*>(b.currentPage());
            QCOMPARE(liveB->session().candidate, QStringLiteral("Jordan Lee"));
            QCOMPARE(liveB->scorer(), QStringLiteral("Ben Osei"));
            QCOMPARE(liveB->currentQuestion(), 0);
            // Ana's marks did not travel: Ben scores blind. The answer came along, read-only.
            QVERIFY(!liveB->score(0, QStringLiteral("Ana Ruiz")));
            auto* answerB = liveB->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"));
            QVERIFY(answerB->toPlainText().startsWith(QStringLiteral("Backfill behind the big jobs")));
            QVERIFY(answerB->isReadOnly());
            if (m_keyboard)
                liveB->setFocus();
            scoreCurrent(b, liveB, 2, 2);  // two points under Ana's Depth 4: a split
            next(b, liveB);
            scoreCurrent(b, liveB, 3, 2);
            submit(b, liveB, QStringLiteral("on 2 of %1 answers").arg(questions));
            saveThrough(b, QStringLiteral("Export my scorecard file..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                        benFile);
        }

        // --- Studio A: the committee. ----------------------------------------------------------------
        activate(a);
        showPage(a, QStringLiteral("committee"), QStringLiteral("Committee"));
        auto* committee = qobject_cast<CommitteePage*>(a.currentPage());
        ModalHandler import([&](QWidget* modal) { answerFileDialog(modal, benFile); });
        if (m_keyboard) {
            keyHere(Qt::Key_Tab);  // from the page list into the page, where its keys work
            QVERIFY(committee->isAncestorOf(QApplication::focusWidget()));
            keyHere(Qt::Key_I, Qt::ControlModifier);
        } else {
            click(buttonByText(committee, QStringLiteral("Import scorecards")));  // a tool button drops the "..."
        }
        QTRY_VERIFY(import.handled());
        backTo(a);
        QTRY_COMPARE(committee->review().scorecards.size(), 2);  // Ana's own marks and Ben's file
        QCOMPARE(committee->review().flags.size(), 1);
        QVERIFY2(committee->review().flags.first().explanation.contains(QStringLiteral("Depth")),
                 qPrintable(committee->review().flags.first().explanation));

        // The decision with its reason: No.
        auto* reason = committee->findChild<QLineEdit*>(QStringLiteral("decisionReason"));
        QVERIFY(reason);
        QRadioButton* no = nullptr;
        for (QRadioButton* option : committee->findChildren<QRadioButton*>()) {
            if (option->text() == QStringLiteral("No"))
                no = option;
        }
        QVERIFY(no);
        if (m_keyboard) {
            // Tab to the decision's options, the arrow keys to "No" (one Tab stop for the group).
            for (int i = 0; i < 40 && !qobject_cast<QRadioButton*>(QApplication::focusWidget()); ++i)
                keyHere(Qt::Key_Tab);
            QVERIFY(qobject_cast<QRadioButton*>(QApplication::focusWidget()));
            for (int i = 0; i < 4 && QApplication::focusWidget() != no; ++i)
                keyHere(Qt::Key_Right);
            QCOMPARE(QApplication::focusWidget(), no);
            keyHere(Qt::Key_Space);
            QVERIFY(no->isChecked());
            for (int i = 0; i < 20 && QApplication::focusWidget() != reason; ++i)
                keyHere(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), reason);
            typeHere(QStringLiteral("Depth split on the first answer; not enough product framing"));
            keyHere(Qt::Key_Return);
        } else {
            click(no);
            QVERIFY(no->isChecked());
            click(reason);
            QTRY_VERIFY(reason->hasFocus());
            typeHere(QStringLiteral("Depth split on the first answer; not enough product framing"));
            QCOMPARE(reason->text(), QStringLiteral("Depth split on the first answer; not enough product framing"));
            click(buttonByText(committee, QStringLiteral("Record decision")));
        }
        QTRY_VERIFY(committee->review().decision.isRecorded());
        backTo(a);

        ModalHandler pdf([&](QWidget* modal) {
            auto* path = modal->findChild<QLineEdit*>();
            QTest::keyClick(modal, Qt::Key_F, Qt::AltModifier);
            QTRY_VERIFY(path->hasFocus());
            keyHere(Qt::Key_A, Qt::ControlModifier);
            typeHere(committeePdf);
            keyHere(Qt::Key_Return);
        });
        if (m_keyboard)
            key(a, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        else
            click(buttonByText(committee, QStringLiteral("Export PDF...")));
        QTRY_VERIFY(pdf.handled());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(committeePdf), 15000);
        QTest::qWait(200);
        const QString text = pdfText(committeePdf);
        QVERIFY2(text.contains(QStringLiteral("Jordan Lee")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("Ana Ruiz")) && text.contains(QStringLiteral("Ben Osei")),
                 qPrintable(text.left(800)));
        QVERIFY2(text.contains(QStringLiteral("Split")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Depth split on the first answer")), qPrintable(text));
    }
};

QTEST_MAIN(PanelJourneyTest)
#include "paneljourneytest.moc"
