#pragma once

#include "sessionclock.h"
#include "sessiontimeboxes.h"
#include "studiopage.h"

#include "interview/answercoach.h"
#include "interview/session.h"
#include "interview/visioncap.h"
#include "storage/sessionstore.h"

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

class CoachHighlighter;
class InterviewRecords;

// The session being run: countdowns, the question and its follow-ups, the candidate's answer with the
// coach's findings, and the scorer's panel. Keyboard first (see shortcutActions()). Every edit is one
// command on undoStack() and is saved through SessionStore the moment it happens; typing is saved
// 300 ms after the last key, on focus-out and when the question changes.
class LiveSessionPage : public StudioPage {
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 300;

    explicit LiveSessionPage(InterviewRecords& records, QWidget* parent = nullptr);
    ~LiveSessionPage() override;

    QString pageId() const override { return QStringLiteral("live-session"); }
    QString title() const override { return tr("Live session"); }
    void cancelWork() override;  // the window closes: pending typing and the clock are saved

    // Loads a stored session and runs it from its saved question and clock (an Interrupted one is put
    // back In progress). False when there is no such session.
    bool openSession(std::int64_t id);
    bool hasSession() const { return m_session.id != 0; }
    const interview::Session& session() const { return m_session; }
    int currentQuestion() const { return m_current; }
    QUndoStack* undoStack() const { return m_undo; }
    void saveEdits() override;
    SessionClock& clock() { return m_clock; }
    QList<QAction*> shortcutActions() const { return m_shortcutActions; }

    QString scorer() const;  // whose scores and notes the panel edits ("self" in solo practice)
    void setScorer(const QString& interviewer);
    std::optional<interview::AnswerScore> score(int question, const QString& interviewer) const;

    // What the keys do, callable from tests and menus. A Vision above the cap without evidence and a
    // justification is refused: returns false and the reason is shown.
    void setDepth(int depth);
    bool setVision(int vision);
    void setEvidence(interview::VisionEvidence item, bool ticked);
    void setJustification(const QString& text);
    bool addNote();  // the note editor's text, stamped with the elapsed time
    void showQuestion(int index);
    void nextQuestion();
    void previousQuestion();
    void togglePause();
    void finishSession();
    void saveAnswerNow();  // flushes pending typing
    void refreshClock();   // redraws the countdowns and saves the clock

    QString refusal() const;  // the last refused Vision's reason, empty when none

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
    void runCoach();
    void commitAnswer();
    void commitJustification();
    void applyScore(int question, const QString& interviewer, const std::optional<interview::AnswerScore>& value);
    void pushScore(const interview::AnswerScore& updated, const QString& text, int mergeId = -1);
    void setAnswerText(int question, const QString& text);
    void leaveQuestion();
    bool persist(const std::function<void()>& write);
    int questionTimeBoxSeconds(int index) const;

    InterviewRecords& m_records;
    const storage::Database& m_database;
    const interview::ContentLibrary& m_content;
    storage::SessionStore m_store;
    interview::AnswerCoach m_coach;
    interview::VisionCap m_cap;
    interview::Session m_session;
    SessionTimeBoxes m_timeBoxes;
    int m_current = 0;
    SessionClock m_clock;
    std::int64_t m_lastSavedSecond = -1;
    QString m_refusal;
    bool m_loading = false;
    int m_selfScoreReminded = -1;  // solo practice: the question whose Next already reminded once

    QUndoStack* m_undo;
    QTimer* m_tick;
    QTimer* m_answerSave;
    QTimer* m_coachDelay;
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
    QPlainTextEdit* m_answer;
    CoachHighlighter* m_highlighter;
    QLabel* m_coachSummary;
    QGroupBox* m_panel;
    QLabel* m_scorerCaption;
    QComboBox* m_scorer;
    QLabel* m_depthCaption;
    QLabel* m_visionCaption;
    QButtonGroup* m_depthGroup;
    QButtonGroup* m_visionGroup;
    std::array<QPushButton*, 4> m_depthButtons{};
    std::array<QPushButton*, 4> m_visionButtons{};
    QLabel* m_keyScheme;
    QList<QCheckBox*> m_evidence;
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
    QLabel* m_emptyHint;
    QWidget* m_body;
};

}  // namespace debrief::studio
