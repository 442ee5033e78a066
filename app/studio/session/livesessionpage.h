#pragma once

#include "sessionclock.h"
#include "sessiontimeboxes.h"
#include "studiopage.h"

#include "interview/answercoach.h"
#include "interview/session.h"
#include "interview/visioncap.h"

#include <QList>

#include <array>
#include <cstdint>
#include <optional>

class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace debrief::storage {
class Database;
}

namespace debrief::interview {
class ContentLibrary;
}

namespace debrief::studio {

class CoachedAnswerEditor;
class InterviewRecords;
class SessionController;

// The session being run: countdowns, the question and its follow-ups, the candidate's answer with the
// coach's findings, and the scorer's panel. Keyboard first (see shortcutActions()). Every edit is one
// command on undoStack() and is saved through SessionStore the moment it happens; typing is saved
// 300 ms after the last key, on focus-out and when the question changes.
class LiveSessionPage : public StudioPage {
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 300;  // typing and the justification, as CoachedAnswerEditor

    explicit LiveSessionPage(InterviewRecords& records, QWidget* parent = nullptr);
    ~LiveSessionPage() override;

    QString pageId() const override { return QStringLiteral("live-session"); }
    QString title() const override { return tr("Live session"); }
    void cancelWork() override;  // the window closes: pending typing and the clock are saved

    // Loads a stored session and runs it from its saved question and clock (an Interrupted one is put
    // back In progress; a finished one opens for scoring only). False when there is no such session.
    bool openSession(std::int64_t id);
    bool hasSession() const;
    const interview::Session& session() const;
    SessionController* controller() const { return m_controller; }
    int currentQuestion() const { return m_current; }
    QUndoStack* undoStack() const;
    void saveEdits() override;
    SessionClock& clock() { return m_clock; }
    QList<QAction*> shortcutActions() const { return m_shortcutActions; }

    QString scorer() const;  // whose scores and notes the panel edits ("self" in solo practice)
    void setScorer(const QString& interviewer);
    std::optional<interview::AnswerScore> score(int question, const QString& interviewer) const;

    // What the keys do, callable from tests and menus. A Vision above the cap is kept as entered and
    // counts as the cap until evidence is ticked and a justification written; the panel says so.
    void setDepth(int depth);
    bool setVision(int vision);
    void setEvidence(interview::VisionEvidence item, bool ticked);
    void setJustification(const QString& text);
    bool addNote();  // the note editor's text, stamped with the elapsed time
    void showQuestion(int index);
    void nextQuestion();
    void previousQuestion();
    void togglePause();
    // Asks first when questions are unanswered (and, in solo practice, says that finishing submits
    // the self-scores). False when the user said no or the session could not be finished.
    bool finishSession();
    bool submitScores();   // the scorer's marks, after a summary of what is unscored; Ctrl+Shift+S
    bool reopenScores();   // Ctrl+Shift+R
    void saveAnswerNow();  // flushes pending typing
    void refreshClock();   // redraws the countdowns and saves the clock

    QString refusal() const;  // the last refused edit's reason, empty when none

signals:
    void sessionFinished(std::int64_t id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void createActions();
    void retranslate();
    void showCurrent();
    void refreshPanel();
    void refreshNotes();
    void refreshExamples();
    void commitAnswer();
    void commitJustification();
    void pushScore(const interview::AnswerScore& updated, const QString& text, int mergeId = -1);
    interview::AnswerScore currentScore() const;  // the scorer's mark here, or a new one with the coach's evidence
    void leaveQuestion();
    void applyLockState();
    bool confirm(const QString& title, const QString& text, const QString& yes);
    int questionTimeBoxSeconds(int index) const;

    InterviewRecords& m_records;
    const interview::ContentLibrary& m_content;
    interview::VisionCap m_cap;
    SessionController* m_controller;
    SessionTimeBoxes m_timeBoxes;
    int m_current = 0;
    int m_panelQuestion = -1;  // the question whose score the panel's fields show
    QString m_panelScorer;
    SessionClock m_clock;
    std::int64_t m_lastSavedSecond = -1;
    QString m_refusal;
    std::uint8_t m_coachEvidence = 0;  // the evidence the coach found in the current answer
    interview::CoachReport m_report;
    bool m_loading = false;
    int m_selfScoreReminded = -1;  // solo practice: the question whose Next already reminded once

    QTimer* m_tick;
    QTimer* m_justificationSave;
    QList<QAction*> m_shortcutActions;
    QAction* m_pauseAction = nullptr;

    QLabel* m_heading;
    QLabel* m_questionCountdown;
    QLabel* m_sessionCountdown;
    QLabel* m_questionCountdownCaption;
    QLabel* m_sessionCountdownCaption;
    QPushButton* m_pauseButton;
    QLabel* m_prompt;
    QLabel* m_followUpsCaption;
    QLabel* m_followUps;
    QLabel* m_answerCaption;
    CoachedAnswerEditor* m_answer;
    QGroupBox* m_panel;
    QLabel* m_scorerCaption;
    QComboBox* m_scorer;
    QLabel* m_depthCaption;
    QLabel* m_visionCaption;
    QButtonGroup* m_depthGroup;
    QButtonGroup* m_visionGroup;
    std::array<QPushButton*, 4> m_depthButtons{};
    std::array<QPushButton*, 4> m_visionButtons{};
    std::array<QLabel*, 4> m_depthNames{};  // each level's name under its button
    std::array<QLabel*, 4> m_visionNames{};
    QLabel* m_keyScheme;
    QList<QCheckBox*> m_evidence;
    QList<QLabel*> m_evidenceWords;  // the coach's words for each evidence item, under its box
    QLabel* m_justificationCaption;
    QLineEdit* m_justification;
    QLabel* m_visionStatus;
    QLabel* m_notesCaption;
    QLineEdit* m_noteEditor;
    QListWidget* m_notes;
    QGroupBox* m_examplesBox;
    QTextBrowser* m_examples;
    QPushButton* m_previousButton;
    QPushButton* m_nextButton;
    QPushButton* m_finishButton;
    QPushButton* m_submitButton;
    QPushButton* m_reopenButton;
    QLabel* m_lockStatus;
    QLabel* m_depthMeaning;
    QLabel* m_visionMeaning;
    QLabel* m_emptyHint;
    QWidget* m_body;
};

}  // namespace debrief::studio
