#pragma once

#include "interview/session.h"
#include "storage/sessionstore.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

class QUndoStack;

namespace debrief::studio {

class InterviewRecords;

// The open interview session, without widgets: the Live session, Debrief, Maturity Matrix and Product
// Design Round pages bind to it. It owns the session as stored, applies every edit through one
// SessionStore call in one transaction, pushes the undo command, checks the rules of
// core/interview/scoringrules (a finished session takes no more answers or notes, but still takes its
// debrief and design round; a scorer's submitted marks are locked until reopened), reports a storage
// error in one place (storageError) and announces each change by signal and through InterviewRecords.
class SessionController : public QObject {
    Q_OBJECT

public:
    explicit SessionController(InterviewRecords& records, QObject* parent = nullptr);

    // Loads a stored session. An Interrupted one is put back In progress; a Completed one stays
    // finished (it can still be scored by whoever has not submitted). False when there is none.
    bool open(std::int64_t id);
    bool resumed() const { return m_resumed; }  // the last open() put an Interrupted session back in progress
    bool hasSession() const { return m_session.id != 0; }
    const interview::Session& session() const { return m_session; }
    QUndoStack* undoStack() const { return m_undo; }
    bool isFinished() const;

    std::optional<interview::AnswerScore> score(int question, const QString& scorer) const;
    bool hasSubmitted(const QString& scorer) const;
    // Empty when the edit is allowed, else why not (for a person).
    QString scoreRefusal(const QString& scorer) const;
    QString runRefusal() const;

    // Edits, each one undo step (typing and one justification merge into one step per question).
    bool setAnswer(int question, const QString& text);
    bool setScore(int question, const interview::AnswerScore& updated, const QString& undoText, int mergeId = -1);
    bool addNote(const interview::SessionNote& note);

    // Not undoable: where the session is, and when a question was asked and answered.
    void setClock(std::int64_t elapsedMs, int currentQuestion);
    void setQuestionMarks(int question, std::int64_t askedAtMs, std::int64_t answeredAtMs);

    // Finishing stops the run; in solo practice it also submits the candidate's own scores.
    bool finish(std::int64_t elapsedMs);
    // A scorer submits all their marks at once, or reopens them; both are undoable and recorded in the
    // session's notes with the time.
    bool submit(const QString& scorer, std::int64_t elapsedMs);
    bool reopen(const QString& scorer, std::int64_t elapsedMs);

    static constexpr int kMergeAnswer = 1;
    static constexpr int kMergeJustification = 2;

    // For the pages that look at a session after it ran (Debrief, Maturity Matrix): reads it as stored,
    // an Interrupted one stays Interrupted. The undo stack starts again only for another session, so a
    // reload after an edit made elsewhere keeps the steps. False (and no session) when there is none.
    bool load(std::int64_t id);
    // True while this controller announces its own change through InterviewRecords, so a page that
    // reloads on InterviewRecords::sessionChanged can tell its own edits from the others'.
    bool isAnnouncing() const { return m_announcing; }
    int matrixLevel(storage::SessionStore::Rater rater, interview::MatrixDimension dimension) const;  // 0: none
    // Debrief edits, each one undo step, taken in every state of the session (finished included): see
    // ScoringRules::recommendationRefusal and matrixLevelRefusal. The reason is stored trimmed; level 0
    // clears the rater's level.
    bool setRecommendation(interview::Recommendation recommendation, const QString& reason);
    bool setMatrixLevel(storage::SessionStore::Rater rater, interview::MatrixDimension dimension, int level);

    // The product design round, taken in every state of the session (ScoringRules::designRoundRefusal).
    // Index of the product design question, -1 when the session has none yet.
    int designQuestion() const;
    // Writes the difference between the stored round and `target` (scenario, allocations, scores) in one
    // transaction, as one undo step; no target: the session has no design round again. Steps with the
    // same merge id and key merge (a slider drag, typing in one field).
    bool setDesignRound(const std::optional<interview::DesignRound>& target, const QString& undoText, int mergeId = -1,
                        const QString& mergeKey = {});
    // The design question's answer, the question added first when the session has none (one
    // transaction); typing merges into one step like setAnswer's.
    bool setDesignAnswer(const QString& text, const QString& undoText, int mergeId = kMergeAnswer);
    // Marks the design question answered at `elapsedMs` (asked then too, unless it was asked before).
    bool submitDesignRound();

signals:
    void opened();
    void answerChanged(int question);
    void scoreChanged(int question, const QString& scorer);
    void notesChanged();
    void submissionChanged(const QString& scorer);
    void finished(std::int64_t id);
    void refused(const QString& reason);        // a rule said no
    void storageError(const QString& message);  // the database said no; nothing changed
    void recommendationChanged();
    void matrixChanged();
    void designChanged();  // the round, or the design question's marks

private:
    bool persist(const std::function<void()>& write);
    bool refuse(const QString& refusal);  // emits refused() and says true when a rule said no
    bool applyScore(int question, const QString& scorer, const std::optional<interview::AnswerScore>& value);
    bool applyAnswer(int question, const QString& text);
    bool applySubmission(const QString& scorer, bool submitted, const interview::SessionNote& record, bool addRecord);
    void announce();
    void dropNote(const interview::SessionNote& note);
    bool pushSubmission(const QString& scorer, bool submitted, std::int64_t elapsedMs);
    bool applyRecommendation(interview::Recommendation recommendation, const QString& reason);
    bool applyMatrixLevel(storage::SessionStore::Rater rater, interview::MatrixDimension dimension, int level);
    // Pushes an edit already saved: the stack's first redo does nothing, so a failed save leaves no step.
    void pushApplied(const QString& text, const std::function<void()>& redo, const std::function<void()>& undo,
                     int mergeId = -1, const QString& mergeKey = {});
    bool applyDesignRound(const std::optional<interview::DesignRound>& target);
    bool applyDesignAnswer(const interview::AskedQuestion& added, const QString& text);
    bool applyDesignMarks(const interview::AskedQuestion& added, std::int64_t askedAtMs, std::int64_t answeredAtMs);
    // The design question to add when the session has none (its round and the bank's first prompt).
    interview::AskedQuestion newDesignQuestion() const;
    // Adds `added` when the session has no design question yet; inside a transaction. Its index.
    int ensureDesignQuestion(const interview::AskedQuestion& added);

    InterviewRecords& m_records;
    storage::SessionStore m_store;
    interview::Session m_session;
    QUndoStack* m_undo;
    bool m_resumed = false;
    bool m_announcing = false;
};

}  // namespace debrief::studio
