// Journey 1, solo practice, from an empty database to a PDF scorecard with the verdict, driven only
// through the main window: once by mouse, once by keyboard alone.

#include "journeydriver.h"

#include "debrief/debriefpage.h"
#include "drills/drillspage.h"
#include "matrix/matrixcellbutton.h"
#include "matrix/matrixpage.h"
#include "matrix/maturitymatrixgrid.h"
#include "mainwindow.h"
#include "session/livesessionpage.h"
#include "studiopage.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
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

namespace {

// Two answers the coach finds evidence in (a number with a unit, a KPI, a team, a proposal).
const QString kAnswer1 = QStringLiteral(
    "I would add a packing placement for the research team so p95 queueing delay drops 30 % and we save $40 k a month.");
const QString kAnswer2 = QStringLiteral(
    "We could add gang scheduling with the platform team: throughput up 12 % and idle GPU-hours down 20 %.");

}  // namespace

class SoloJourneyTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DebriefJourney"));
        QCoreApplication::setApplicationName(QStringLiteral("test_journey_solo"));
    }
    void init() { QSettings().clear(); }

    void soloPracticeToScorecard_data()
    {
        QTest::addColumn<bool>("keyboard");
        QTest::newRow("mouse") << false;
        QTest::newRow("keyboard") << true;
    }

    void soloPracticeToScorecard()
    {
        QFETCH(bool, keyboard);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window(nullptr, dir.filePath(QStringLiteral("studio.sqlite")));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Home: start a solo practice.
        auto* pages = window.findChild<QListWidget*>();
        QVERIFY(pages);
        if (keyboard) {
            pages->setFocus();  // where a keyboard user starts: the page list (Tab order's first stop)
            QTest::qWait(QApplication::keyboardInputInterval() + 100);  // a new search, not the last one's tail
            QTest::keyClicks(pages, QStringLiteral("Home"));
        } else {
            clickPage(pages, QStringLiteral("home"));
        }
        QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("home"));
        if (keyboard)
            QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);  // Start a &solo practice
        else
            click(window.currentPage()->findChild<QPushButton*>(QStringLiteral("welcomeSolo")));
        QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("setup"));

        // Session setup: the candidate's name, then Start.
        auto* candidate = window.currentPage()->findChild<QLineEdit*>(QStringLiteral("candidate"));
        QVERIFY(candidate);
        if (keyboard)
            QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier);  // &Candidate
        else
            click(candidate);
        QTRY_VERIFY(candidate->hasFocus());
        keyHere(Qt::Key_A, Qt::ControlModifier);
        typeHere(QStringLiteral("Alex Kim"));
        if (keyboard)
            QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);  // &Start session
        else
            click(buttonByText(window.currentPage(), QStringLiteral("Start session")));
        QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("live-session"));
        auto* live = qobject_cast<LiveSessionPage*>(window.currentPage());
        QVERIFY(live && live->hasSession());
        QCOMPARE(live->session().candidate, QStringLiteral("Alex Kim"));
        const int questions = int(live->session().questions.size());
        QVERIFY2(questions >= 3, "the default setup asks at least three questions");

        // Two answers typed and self-scored: Depth 3 / Vision 3, then Depth 4 / Vision 4.
        const QList<std::pair<QString, int>> answers{{kAnswer1, 3}, {kAnswer2, 4}};
        for (int q = 0; q < answers.size(); ++q) {
            QCOMPARE(live->currentQuestion(), q);
            const auto& [text, level] = answers[q];
            auto* editor = live->findChild<QPlainTextEdit*>(QStringLiteral("answerEditor"));
            if (keyboard)
                QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
            else
                click(editor->viewport());
            QTRY_VERIFY(editor->hasFocus());
            typeHere(text);
            QTest::qWait(LiveSessionPage::kSaveDelayMs + 100);  // the coach reads the answer

            // The coach's findings pre-tick the evidence; the line under each box names the words.
            auto* quantified = live->findChild<QCheckBox*>(QStringLiteral("evidence-quantified-gain"));
            QVERIFY(quantified);
            QVERIFY2(quantified->isChecked(), "the coach found a number with a unit");
            auto* words = live->findChild<QLabel*>(QStringLiteral("evidenceWords-quantified-gain"));
            QVERIFY(words);
            QVERIFY(words->isVisible());
            QVERIFY2(words->text().contains(QStringLiteral("30 %")) || words->text().contains(QStringLiteral("12 %")),
                     qPrintable(words->text()));

            if (keyboard)
                QTest::keyClick(&window, Qt::Key(Qt::Key_0 + level), Qt::ControlModifier);
            else
                click(live->findChild<QPushButton*>(QStringLiteral("depthButton%1").arg(level)));
            auto* justification = live->findChild<QLineEdit*>(QStringLiteral("justification"));
            if (keyboard)
                QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
            else
                click(justification);
            QTRY_VERIFY(justification->hasFocus());
            typeHere(QStringLiteral("Names the gain, the KPI and the team %1").arg(q + 1));
            if (keyboard)
                QTest::keyClick(&window, Qt::Key(Qt::Key_0 + level), Qt::AltModifier);
            else
                click(live->findChild<QPushButton*>(QStringLiteral("visionButton%1").arg(level)));
            const auto self = live->score(q, QStringLiteral("self"));
            QVERIFY(self.has_value());
            QCOMPARE(self->depth, level);
            QCOMPARE(self->vision, level);
            QCOMPARE(self->justification, QStringLiteral("Names the gain, the KPI and the team %1").arg(q + 1));
            QVERIFY(!self->submitted);
            QCOMPARE(live->findChild<QLabel*>(QStringLiteral("visionStatus"))->text(), QString());

            if (keyboard)
                QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
            else
                click(buttonByText(live, QStringLiteral("Next")));
            QTRY_COMPARE(live->currentQuestion(), q + 1);
            // The justification belongs to its question: the next one starts empty.
            QCOMPARE(justification->text(), QString());
        }

        // Finish with questions unanswered: the studio asks, the user confirms.
        QString asked;
        ModalHandler confirm([&](QWidget* modal) {
            asked = modal->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
            if (keyboard)
                QTest::keyClick(modal, Qt::Key_Return);
            else
                QTest::mouseClick(buttonByText(modal, QStringLiteral("Finish")), Qt::LeftButton);
        });
        if (keyboard)
            QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        else
            click(buttonByText(live, QStringLiteral("Finish session")));
        QTRY_VERIFY(confirm.handled());
        backTo(window);
        QVERIFY2(asked.contains(QStringLiteral("%1 of %2 questions have no answer").arg(questions - 2).arg(questions)),
                 qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("submits your self-scores")), qPrintable(asked));

        // The Debrief shows the verdict from the candidate's own, now submitted, scores:
        // mean Depth (3 + 4) / 2 = 3.5 -> 3, Vision the same -> grid cell (3, 3) = Yes.
        QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("debrief"));
        auto* debrief = qobject_cast<DebriefPage*>(window.currentPage());
        QVERIFY2(debrief->verdictText().contains(QStringLiteral("Yes")), qPrintable(debrief->verdictText()));
        QVERIFY(live->session().questions[0].scores.first().submitted);

        // A finished session takes no more marks: Ctrl+4 on the Live page changes nothing.
        QVERIFY(live->findChild<QPushButton*>(QStringLiteral("depthButton4"))->isEnabled() == false);

        // Matrix self-rating: two dimensions below the Level 3 bar become drills for Alex.
        QVERIFY(pages);
        if (keyboard) {
            pages->setFocus();
            QTest::qWait(QApplication::keyboardInputInterval() + 100);  // a new search, not the last one's tail
            QTest::keyClicks(pages, QStringLiteral("Maturity"));
        } else {
            clickPage(pages, QStringLiteral("matrix"));
        }
        QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("matrix"));
        auto* matrix = qobject_cast<MatrixPage*>(window.currentPage());
        QRadioButton* self = nullptr;
        for (QRadioButton* option : matrix->findChildren<QRadioButton*>()) {
            if (option->text().remove(QLatin1Char('&')) == QStringLiteral("Self"))
                self = option;
        }
        QVERIFY(self);
        using debrief::interview::MatrixDimension;
        const QList<std::pair<MatrixDimension, int>> levels{{MatrixDimension::ResourceAbstraction, 2},
                                                            {MatrixDimension::FailureIsolation, 2}};
        if (keyboard) {
            QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);  // &Self
            QTRY_VERIFY(self->isChecked());
            // Tab into the grid, then the arrow keys and Enter, as the page says.
            for (int i = 0; i < 40 && !qobject_cast<MatrixCellButton*>(QApplication::focusWidget()); ++i)
                keyHere(Qt::Key_Tab);
            for (const auto& [dimension, level] : levels) {
                auto* target = matrix->grid()->cell(dimension, level);
                for (int i = 0; i < 12 && QApplication::focusWidget() != target; ++i) {
                    int row = -1;
                    int column = -1;
                    for (int d = 0; d < 4; ++d) {
                        for (int l = 1; l <= 5; ++l) {
                            if (matrix->grid()->cell(debrief::interview::kAllDimensions[std::size_t(d)], l) ==
                                QApplication::focusWidget()) {
                                row = d;
                                column = l;
                            }
                        }
                    }
                    QVERIFY2(row >= 0, "the focus is in the grid");
                    const int wantRow = int(dimension);
                    keyHere(row < wantRow   ? Qt::Key_Down
                            : row > wantRow ? Qt::Key_Up
                            : column < level ? Qt::Key_Right
                                              : Qt::Key_Left);
                }
                QCOMPARE(QApplication::focusWidget(), target);
                keyHere(Qt::Key_Return);
            }
        } else {
            click(self);
            for (const auto& [dimension, level] : levels)
                click(matrix->grid()->cell(dimension, level));
        }
        for (const auto& [dimension, level] : levels)
            QTRY_VERIFY(matrix->grid()->cell(dimension, level)->selfMarked());
        if (keyboard)
            QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier);  // Add these &drills
        else
            click(matrix->findChild<QPushButton*>(QStringLiteral("addDrills")));
        if (keyboard) {
            pages->setFocus();
            QTest::qWait(QApplication::keyboardInputInterval() + 100);  // a new search, not the last one's tail
            QTest::keyClicks(pages, QStringLiteral("Drills"));
        } else {
            clickPage(pages, QStringLiteral("drills"));
        }
        QTRY_COMPARE(window.currentPage()->pageId(), QStringLiteral("drills"));
        auto* drills = qobject_cast<DrillsPage*>(window.currentPage());
        QCOMPARE(drills->candidate(), QStringLiteral("Alex Kim"));
        QStringList due;
        for (const auto& card : drills->queue())
            due << card.ref;
        QVERIFY2(due.contains(QStringLiteral("resource-abstraction")) && due.contains(QStringLiteral("failure-isolation")),
                 qPrintable(due.join(QStringLiteral(", "))));

        // Export the PDF scorecard (Ctrl+P, or File > Export scorecard PDF...).
        const QString pdf = dir.filePath(QStringLiteral("alex-scorecard.pdf"));
        ModalHandler exportDialog([&](QWidget* modal) {
            auto* path = modal->findChild<QLineEdit*>();
            QVERIFY(path);
            if (keyboard)
                QTest::keyClick(modal, Qt::Key_F, Qt::AltModifier);  // &File:
            else
                click(path);
            QTRY_VERIFY(path->hasFocus());
            keyHere(Qt::Key_A, Qt::ControlModifier);
            typeHere(pdf);
            if (keyboard)
                keyHere(Qt::Key_Return);
            else
                QTest::mouseClick(buttonByText(modal, QStringLiteral("Export")), Qt::LeftButton);
        });
        if (keyboard) {
            QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        } else {
            QAction* action = nullptr;
            for (QAction* a : window.menuBar()->actions().first()->menu()->actions()) {
                if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Export scorecard PDF..."))
                    action = a;
            }
            QVERIFY(action);
            action->trigger();
        }
        QTRY_VERIFY(exportDialog.handled());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pdf), 15000);
        QTest::qWait(200);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Alex Kim")), qPrintable(text.left(400)));
        QVERIFY2(!text.contains(QStringLiteral("No submitted scores yet")), qPrintable(text.left(800)));
        QVERIFY2(text.contains(QStringLiteral("Yes")), qPrintable(text.left(800)));
        QVERIFY2(text.contains(kAnswer1.left(30)), "the answers are in the scorecard");
    }
};

QTEST_MAIN(SoloJourneyTest)
#include "solojourneytest.moc"
