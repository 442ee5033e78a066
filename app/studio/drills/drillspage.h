#pragma once

#include "interview/answercoach.h"
#include "interview/drillcard.h"
#include "interview/drillscheduler.h"
#include "studiopage.h"
#include "widgets/coachedanswereditor.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>

class QAction;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QUndoStack;

namespace debrief::studio {

class CoachHighlighter;
class DrillGradeCommand;
class InterviewRecords;

// Today's spaced-repetition drills of the current candidate, one card at a time: the question (or the
// Maturity Matrix dimension), an answer editor with the coach live, the example answers once the
// candidate has answered, and the four grades on buttons and keys 1-4. Each grade is saved at once with
// the date DrillScheduler gives it, and can be undone (the card goes back into the database as it was).
class DrillsPage : public StudioPage {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kCoachDelayMs = CoachedAnswerEditor::kSaveDelayMs;

    explicit DrillsPage(InterviewRecords& records, QWidget* parent = nullptr);
    ~DrillsPage() override;

    QString pageId() const override { return QStringLiteral("drills"); }
    QString title() const override { return tr("Drills"); }
    void saveEdits() override;  // the draft answer, at once

    // "Today" ends where the next local day starts: a card due before then is due today, whatever its hour.
    static QDateTime endOfDay(const QDateTime& now);
    static QString gradeName(interview::DrillGrade grade);
    // "tomorrow", "in 4 days": from `now`'s local date to `due`'s.
    static QString relativeDay(const QDateTime& now, const QDateTime& due);
    // "in 4 days, 28 Nov" (the year too when it is not this year's).
    static QString nextDueText(const QDateTime& now, const QDateTime& due);

    // Tests and the screenshot fix the time; the default is the system clock.
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }
    void reload();

    QString candidate() const { return m_candidate; }
    std::optional<interview::DrillCard> currentCard() const;
    QList<interview::DrillCard> queue() const { return m_queue; }  // due today and not graded here yet
    int reviewedCount() const { return int(m_reviewed.size()); }
    bool isRevealed() const { return m_revealed; }
    bool revealAnswer();                      // after an answer only; returns whether the examples are now shown
    bool grade(interview::DrillGrade grade);  // the current card, once revealed; returns whether it was saved

    QPlainTextEdit* answerEditor() const { return m_answer->textEdit(); }
    CoachedAnswerEditor* coachedAnswer() const { return m_answer; }
    CoachHighlighter* highlighter() const { return m_answer->highlighter(); }
    QTextBrowser* exampleAnswers() const { return m_examples; }
    QPushButton* showAnswerButton() const { return m_showAnswer; }
    QPushButton* gradeButton(interview::DrillGrade grade) const { return m_gradeButtons.at(std::size_t(grade) - 1); }
    QAction* gradeAction(interview::DrillGrade grade) const { return m_gradeActions.at(std::size_t(grade) - 1); }
    QLabel* emptyState() const { return m_empty; }
    QLabel* lastResult() const { return m_lastResult; }
    QLabel* progressText() const { return m_progressText; }
    QUndoStack* undoStack() const { return m_undo; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    friend class DrillGradeCommand;

    void buildUi();
    void retranslate();
    // The last result line, worded again in the current language on a switch.
    void setLastResult(std::function<QString()> text);
    void createActions();
    void showCard();
    void updateGradeButtons();
    void saveDraft(const QString& answer);
    void showProblem(const QString& message);
    // The command's two halves; both throw StorageError when the database refuses the card.
    void saveGraded(const interview::DrillCard& after, interview::DrillGrade grade);
    void restoreUngraded(const interview::DrillCard& before, const QString& answer);

    QString kindText(const interview::DrillCard& card) const;
    QString promptText(const interview::DrillCard& card) const;
    QString contextText(const interview::DrillCard& card) const;
    QString examplesHtml(const interview::DrillCard& card) const;
    interview::RoundKind coachRound(const interview::DrillCard& card) const;

    InterviewRecords& m_records;
    interview::DrillScheduler m_scheduler;
    Clock m_clock;
    QString m_candidate;
    QList<interview::DrillCard> m_queue;
    QList<std::int64_t> m_reviewed;              // graded on this page today; undo takes them back
    std::optional<interview::DrillCard> m_next;  // the earliest card after today's queue, for the empty state
    QDate m_day;
    std::int64_t m_shownId = 0;  // the card the editor holds an answer for
    bool m_revealed = false;
    bool m_ownChange = false;

    QLabel* m_heading = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_card = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_context = nullptr;
    CoachedAnswerEditor* m_answer = nullptr;  // the draft is saved when it commits
    QPushButton* m_showAnswer = nullptr;
    std::array<QPushButton*, 4> m_gradeButtons{};
    std::array<QAction*, 4> m_gradeActions{};
    QAction* m_showAnswerAction = nullptr;
    QLabel* m_examplesHint = nullptr;
    QTextBrowser* m_examples = nullptr;
    QLabel* m_lastResult = nullptr;
    std::function<QString()> m_lastResultText;
    QLabel* m_answerCaption = nullptr;
    QLabel* m_gradeCaption = nullptr;
    QGroupBox* m_examplesBox = nullptr;
    QAction* m_goToAnswerAction = nullptr;
    QUndoStack* m_undo = nullptr;
};

}  // namespace debrief::studio
