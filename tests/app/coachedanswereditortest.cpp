// The coached answer editor every interview page shares: the coach's summary names the mistake it
// found, typing is committed once after the pause (and on focus out, flush() and Ctrl+Z), setText()
// commits nothing, the tooltip over a marked word names its finding, and the legend shows the marks.
#include "widgets/coachedanswereditor.h"
#include "session/coachhighlighter.h"
#include "shell/languageswitch.h"
#include "widgets/coachlegend.h"
#include "widgets/statuscolors.h"

#include "interview/contentlibrary.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace debrief;
using namespace debrief::studio;
using interview::CoachFindingKind;

namespace {

const QString kIssue = QStringLiteral("Just add more GPUs so utilisation is always 100 percent");

}  // namespace

class CoachedAnswerEditorTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void summaryNamesTheMistake();
    void commitsOnceAfterTheDelay();
    void focusOutFlushAndSetText();
    void ctrlZCommitsThenGoesToThePage();
    void tooltipNamesTheFinding();
    void blankAnswer();
    void legendShowsTheMarksAndFollowsTheLanguage();

private:
    interview::ContentLibrary m_content;
    std::unique_ptr<QWidget> m_window;  // a page: the editor, another field, the page's undo
    CoachedAnswerEditor* m_editor = nullptr;
    QLineEdit* m_other = nullptr;
    QAction* m_undo = nullptr;
};

void CoachedAnswerEditorTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_content.loadShipped());
}

void CoachedAnswerEditorTest::init()
{
    m_window = std::make_unique<QWidget>();
    auto* layout = new QVBoxLayout(m_window.get());
    m_editor = new CoachedAnswerEditor(m_window.get());
    m_editor->setCoach(interview::AnswerCoach(m_content.coach(), m_content.mistakes()), interview::RoundKind::Pm);
    m_other = new QLineEdit(m_window.get());
    layout->addWidget(m_editor);
    layout->addWidget(m_other);
    m_undo = new QAction(m_window.get());
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_window->addAction(m_undo);
    m_window->resize(700, 400);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_editor->textEdit()->setFocus();
}

void CoachedAnswerEditorTest::cleanup()
{
    m_window.reset();
}

// The issue's sentence, typed: 30/100 (50 earned, capped by the mistake at 30 and by 10 words at 40),
// the mistake named with its words, the caps and what is missing listed.
void CoachedAnswerEditorTest::summaryNamesTheMistake()
{
    QSignalSpy reports(m_editor, &CoachedAnswerEditor::reportChanged);
    QTest::keyClicks(m_editor->textEdit(), kIssue);
    const QString expected = QStringLiteral(
        "<b>Coach: 30/100</b> Too short: 10 of at least 40 words, so the score is capped at 40/100 · An absolute "
        "target (always 100 %, never idle) caps the score at 30/100 · No team or stakeholder named · No proposal: "
        "say what you would change · Catalogue mistake: An absolute target (always 100 %, never idle): “always 100 "
        "percent”");
    QTRY_COMPARE(m_editor->summaryLabel()->text(), expected);
    QCOMPARE(m_editor->summaryLabel()->objectName(), QStringLiteral("coachSummary"));
    QCOMPARE(m_editor->textEdit()->objectName(), QStringLiteral("answerEditor"));
    QCOMPARE(m_editor->report().score, 30);
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.last().at(0).value<interview::CoachReport>().score, 30);
    QCOMPARE(m_editor->summaryLabel()->accessibleName(), QStringLiteral("Coach score 30 of 100"));
    // Other words of the same mistake are quoted as typed.
    m_editor->setText(QStringLiteral("We should never have any idle GPU."));
    QVERIFY2(m_editor->summaryLabel()->text().endsWith(QStringLiteral("never idle): “never have any idle GPU”")),
             qPrintable(m_editor->summaryLabel()->text()));
    // The summary escapes what it quotes, once: markup in a finding is shown as text.
    interview::CoachReport report;
    report.score = 10;
    report.breakdown.append({QStringLiteral("noMistakes"), 10, 0, QStringLiteral("Catalogue mistake: “<b> & co”")});
    QCOMPARE(CoachedAnswerEditor::summaryHtml(report, false),
             QStringLiteral("<b>Coach: 10/100</b> Catalogue mistake: “&lt;b&gt; &amp; co”"));
}

void CoachedAnswerEditorTest::commitsOnceAfterTheDelay()
{
    QSignalSpy commits(m_editor, &CoachedAnswerEditor::textCommitted);
    QTest::keyClicks(m_editor->textEdit(), QStringLiteral("Cut p95"));
    QElapsedTimer sinceLastKey;
    sinceLastKey.start();
    QCOMPARE(commits.count(), 0);  // not per key
    QVERIFY(m_editor->hasPendingCommit());
    QTRY_COMPARE(commits.count(), 1);
    // QTimer may fire up to 5 % early; polling adds up to 50 ms late.
    QVERIFY2(sinceLastKey.elapsed() >= CoachedAnswerEditor::kSaveDelayMs * 95 / 100,
             qPrintable(QString::number(sinceLastKey.elapsed())));
    QCOMPARE(commits.at(0).at(0).toString(), QStringLiteral("Cut p95"));
    QVERIFY(!m_editor->hasPendingCommit());
    // The coach re-painting the words is no typing: nothing more is committed.
    QTest::qWait(3 * CoachedAnswerEditor::kSaveDelayMs);
    QCOMPARE(commits.count(), 1);
    // Typing in a row restarts the pause: still one commit for the lot.
    QTest::keyClicks(m_editor->textEdit(), QStringLiteral(" queue"));
    QTest::qWait(CoachedAnswerEditor::kSaveDelayMs / 3);
    QTest::keyClicks(m_editor->textEdit(), QStringLiteral(" time"));
    QTRY_COMPARE(commits.count(), 2);
    QCOMPARE(commits.at(1).at(0).toString(), QStringLiteral("Cut p95 queue time"));
    QTest::qWait(2 * CoachedAnswerEditor::kSaveDelayMs);
    QCOMPARE(commits.count(), 2);
}

void CoachedAnswerEditorTest::focusOutFlushAndSetText()
{
    QSignalSpy commits(m_editor, &CoachedAnswerEditor::textCommitted);
    // setText is loading, not typing: no commit, now or later.
    m_editor->setText(QStringLiteral("Stored answer"));
    QCOMPARE(m_editor->text(), QStringLiteral("Stored answer"));
    QCOMPARE(m_editor->textEdit()->textCursor().position(), 13);  // typing goes on at the end
    QVERIFY(!m_editor->hasPendingCommit());
    QTest::qWait(2 * CoachedAnswerEditor::kSaveDelayMs);
    QCOMPARE(commits.count(), 0);

    // Typing, then the focus leaves: committed at once.
    QTest::keyClicks(m_editor->textEdit(), QStringLiteral(" one"));
    m_other->setFocus();
    QCOMPARE(commits.count(), 1);
    QCOMPARE(commits.at(0).at(0).toString(), QStringLiteral("Stored answer one"));

    // Typing, then flush(): committed at once, and once.
    m_editor->textEdit()->setFocus();
    QTest::keyClicks(m_editor->textEdit(), QStringLiteral(" two"));
    m_editor->flush();
    QCOMPARE(commits.count(), 2);
    QCOMPARE(commits.at(1).at(0).toString(), QStringLiteral("Stored answer one two"));
    m_editor->flush();
    QTest::qWait(2 * CoachedAnswerEditor::kSaveDelayMs);
    QCOMPARE(commits.count(), 2);

    // Typing, then setText (another answer loaded): the pending typing is dropped, not committed late.
    QTest::keyClicks(m_editor->textEdit(), QStringLiteral(" three"));
    m_editor->setText(QStringLiteral("Next answer"));
    QTest::qWait(2 * CoachedAnswerEditor::kSaveDelayMs);
    QCOMPARE(commits.count(), 2);
}

// The editor keeps no undo of its own: Ctrl+Z commits the typing, then reaches the page's action.
void CoachedAnswerEditorTest::ctrlZCommitsThenGoesToThePage()
{
    QVERIFY(!m_editor->textEdit()->isUndoRedoEnabled());
    QSignalSpy commits(m_editor, &CoachedAnswerEditor::textCommitted);
    QSignalSpy undos(m_undo, &QAction::triggered);
    QString textAtUndo;
    connect(m_undo, &QAction::triggered, this, [&] { textAtUndo = commits.isEmpty() ? QString() : m_editor->text(); });
    QTest::keyClicks(m_editor->textEdit(), QStringLiteral("typed"));
    QTest::keyClick(m_editor->textEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(commits.count(), 1);
    QCOMPARE(commits.at(0).at(0).toString(), QStringLiteral("typed"));
    QCOMPARE(undos.count(), 1);
    QCOMPARE(textAtUndo, QStringLiteral("typed"));        // committed before the page's undo ran
    QCOMPARE(m_editor->text(), QStringLiteral("typed"));  // the editor itself undid nothing
}

void CoachedAnswerEditorTest::tooltipNamesTheFinding()
{
    m_editor->setText(kIssue);
    const interview::Mistake* mistake = nullptr;
    for (const interview::Mistake& m : m_content.mistakes()) {
        if (m.id == QLatin1String("absolute-target"))
            mistake = &m;
    }
    QVERIFY(mistake);
    const QString named =
        QStringLiteral("Catalogue mistake: An absolute target (always 100 %, never idle). Better: ") + mistake->good;
    // "Just" 0-3: nothing; "utilisation" 22-32: the KPI; "always" 37: the mistake; "100 percent" 44-54:
    // the mistake and the number, in answer order.
    QCOMPARE(m_editor->toolTipAt(0), QString());
    QCOMPARE(m_editor->toolTipAt(22), QStringLiteral("KPI named: utilisation"));
    QCOMPARE(m_editor->toolTipAt(32), QStringLiteral("KPI named: utilisation"));
    QCOMPARE(m_editor->toolTipAt(33), QString());
    QCOMPARE(m_editor->toolTipAt(37), named);
    QCOMPARE(m_editor->toolTipAt(44), named + QStringLiteral("\nQuantified claim: 100 percent"));

    // The real thing: a tooltip event over "utilisation" in the viewport.
    QTextCursor cursor(m_editor->textEdit()->document());
    cursor.setPosition(25);
    const QPoint at = m_editor->textEdit()->cursorRect(cursor).center();
    QWidget* viewport = m_editor->textEdit()->viewport();
    QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &help);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("KPI named: utilisation"));
    // Over "Just": no tooltip.
    cursor.setPosition(1);
    const QPoint plain = m_editor->textEdit()->cursorRect(cursor).center();
    QHelpEvent none(QEvent::ToolTip, plain, viewport->mapToGlobal(plain));
    QApplication::sendEvent(viewport, &none);
    QTRY_VERIFY(!QToolTip::isVisible());
}

// Empty or blank: no marks, an empty report, the "start typing" line; typing blanks is still committed.
void CoachedAnswerEditorTest::blankAnswer()
{
    const QString hint = QStringLiteral("<b>Coach:</b> start typing; the score and the marks follow your answer.");
    QCOMPARE(m_editor->summaryLabel()->text(), hint);
    m_editor->setText(kIssue);
    QVERIFY(!m_editor->highlighter()->findings().isEmpty());
    QSignalSpy commits(m_editor, &CoachedAnswerEditor::textCommitted);
    m_editor->setText(QStringLiteral("  \n "));
    QCOMPARE(m_editor->summaryLabel()->text(), hint);
    QVERIFY(m_editor->highlighter()->findings().isEmpty());
    QVERIFY(m_editor->report().findings.isEmpty());
    QVERIFY(m_editor->report().breakdown.isEmpty());
    QCOMPARE(m_editor->report().score, 0);
    m_editor->setText(QString());
    QTest::keyClicks(m_editor->textEdit(), QStringLiteral("  "));
    QTRY_COMPARE(commits.count(), 1);
    QCOMPARE(commits.at(0).at(0).toString(), QStringLiteral("  "));
    QCOMPARE(m_editor->summaryLabel()->text(), hint);
}

void CoachedAnswerEditorTest::legendShowsTheMarksAndFollowsTheLanguage()
{
    CoachLegend* legend = m_editor->legend();
    QVERIFY(legend->isVisible());
    QCOMPARE(CoachLegend::kinds().size(), 5);
    const QStringList words{QStringLiteral("Number with a unit"), QStringLiteral("KPI"),
                            QStringLiteral("Team or stakeholder"), QStringLiteral("Proposal"),
                            QStringLiteral("Catalogue mistake")};
    // The legend paints with the highlighter's colours: #c8e6c9, #bbdefb, #ffe0b2, #e1bee7 and the
    // status red of the palette (a light one here: #b3261e).
    const QStringList colours{QStringLiteral("#c8e6c9"), QStringLiteral("#bbdefb"), QStringLiteral("#ffe0b2"),
                              QStringLiteral("#e1bee7"), StatusColors::bad(legend->palette()).name()};
    QCOMPARE(StatusColors::bad(legend->palette()).name(), QStringLiteral("#b3261e"));
    for (qsizetype i = 0; i < words.size(); ++i) {
        QLabel* swatch = legend->swatch(CoachLegend::kinds().at(i));
        QVERIFY(swatch);
        QVERIFY2(swatch->text().contains(words.at(i)), qPrintable(swatch->text()));
        QVERIFY2(swatch->text().contains(colours.at(i)), qPrintable(swatch->text()));
        QVERIFY(!swatch->toolTip().isEmpty());
    }
    QCOMPARE(CoachHighlighter::format(CoachFindingKind::Kpi).background().color().name(), QStringLiteral("#bbdefb"));

    m_editor->setText(kIssue);
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("de")));
    QTRY_VERIFY2(legend->swatch(CoachFindingKind::Proposal)->text().contains(QStringLiteral("Vorschlag")),
                 qPrintable(legend->swatch(CoachFindingKind::Proposal)->text()));
    QTRY_VERIFY2(m_editor->summaryLabel()->text().startsWith(QStringLiteral("<b>Coach: 30/100</b> Zu kurz")),
                 qPrintable(m_editor->summaryLabel()->text()));
    QVERIFY(m_editor->summaryLabel()->text().contains(QStringLiteral("Katalogfehler")));
    QVERIFY(LanguageSwitch::switchTo(QStringLiteral("en")));
    QTRY_VERIFY(legend->swatch(CoachFindingKind::Proposal)->text().contains(QStringLiteral("Proposal")));
}

QTEST_MAIN(CoachedAnswerEditorTest)
#include "coachedanswereditortest.moc"
