#pragma once

#include "studiopage.h"

#include "interview/rubric.h"
#include "interview/session.h"

#include <QList>

#include <cstdint>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace debrief::studio {

class InterviewRecords;

// Sets a session up: mode, candidate, interviewers, rounds, how the questions are chosen (picked from
// the bank, shuffled, or the candidate's due drills first), the time boxes. Start stores the session
// and announces it; the main window opens it in the Live session page.
class SessionSetupPage : public StudioPage {
    Q_OBJECT

public:
    enum class QuestionChoice { Shuffled, Picked, DueDrills };

    explicit SessionSetupPage(InterviewRecords& records, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("setup"); }
    QString title() const override { return tr("Session setup"); }

    void setMode(interview::SessionMode mode);
    void setCandidate(const QString& name);
    void setInterviewers(const QStringList& names);
    void setRounds(const QList<interview::RoundKind>& rounds);
    void setQuestionChoice(QuestionChoice choice);
    void setQuestionsPerRound(int count);
    void setTimeBoxes(int questionMinutes, int totalMinutes);
    void pickQuestions(const QStringList& ids);  // ticks these in the bank list (Picked)

    // The session the form describes, not stored; empty questions when nothing matches.
    interview::Session plannedSession() const;
    // Stores the planned session and its time boxes; emits sessionStarted. Nothing when the form is
    // incomplete (the reason is shown).
    std::optional<std::int64_t> start();

signals:
    void sessionStarted(std::int64_t id);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void refreshBank();
    void refreshEnabled();
    QList<interview::RoundKind> checkedRounds() const;
    QStringList chooseQuestions(interview::RoundKind round) const;

    InterviewRecords& m_records;
    QFormLayout* m_form;
    QLabel* m_intro;
    QComboBox* m_mode;
    QLineEdit* m_candidate;
    QLineEdit* m_interviewers;
    QList<QCheckBox*> m_rounds;
    QComboBox* m_choice;
    QSpinBox* m_perRound;
    QListWidget* m_bank;
    QSpinBox* m_questionMinutes;
    QSpinBox* m_totalMinutes;
    QLabel* m_problem;
    QPushButton* m_start;
};

}  // namespace debrief::studio
