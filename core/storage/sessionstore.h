#pragma once

#include "interview/session.h"
#include "sessionsummary.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace debrief::storage {

class Database;

// Sessions in the database. Every edit the studio makes is one small transaction (one answer's
// text, one score, one note, the clock...), so a crash loses at most the edit in flight and no
// keystroke rewrites the whole session. Every call throws StorageError on failure (rolled back),
// including an edit of a session, question or note that does not exist.
class SessionStore {
public:
    enum class Rater { Self, Interviewer };  // whose Maturity Matrix level

    explicit SessionStore(const Database& database) : m_database(database) {}

    // Inserts the session with everything in it; sets and returns its id.
    std::int64_t create(interview::Session& session) const;
    interview::Session load(std::int64_t id) const;  // throws StorageError when there is none
    std::optional<interview::Session> find(std::int64_t id) const;
    QList<SessionSummary> list() const;  // newest first
    // The session a scorecard file names: same candidate, start time (to the millisecond) and mode.
    std::optional<std::int64_t> findId(const QString& candidate, const QDateTime& startedAt,
                                       interview::SessionMode mode) const;
    void remove(std::int64_t id) const;

    // At start-up: sessions still InProgress were left by an application that did not close them.
    // They become Interrupted (resumable). Returns how many.
    int markInterrupted() const;

    void setStatus(std::int64_t id, interview::SessionStatus status) const;
    void setClock(std::int64_t id, std::int64_t elapsedMs, int currentQuestion) const;
    void setInterviewers(std::int64_t id, const QStringList& interviewers) const;
    void setRounds(std::int64_t id, const QList<interview::RoundKind>& rounds) const;
    void setStrategicFit(std::int64_t id, int fit) const;
    void setRecommendation(std::int64_t id, interview::Recommendation recommendation, const QString& reason) const;

    // Questions are addressed by their index in Session::questions.
    int addQuestion(std::int64_t id, const interview::AskedQuestion& question) const;
    void setAnswer(std::int64_t id, int question, const QString& answer) const;
    void setQuestionMarks(std::int64_t id, int question, std::int64_t askedAtMs, std::int64_t answeredAtMs) const;
    void setScore(std::int64_t id, int question, const interview::AnswerScore& score) const;  // one per interviewer
    void removeScore(std::int64_t id, int question, const QString& interviewer) const;
    // Submits (or reopens) all of one interviewer's scores on the session at once.
    void setSubmitted(std::int64_t id, const QString& interviewer, bool submitted) const;

    int addNote(std::int64_t id, const interview::SessionNote& note) const;  // index in Session::notes
    void setNoteText(std::int64_t id, int note, const QString& text) const;
    void removeInterviewerNotes(std::int64_t id, const QString& interviewer) const;

    void setMatrixLevel(std::int64_t id, Rater rater, interview::MatrixDimension dimension, int level) const;
    void clearMatrixLevel(std::int64_t id, Rater rater, interview::MatrixDimension dimension) const;

    // The design round exists once a scenario is chosen; allocations are keyed by request id.
    void setDesignScenario(std::int64_t id, const QString& scenarioId) const;
    void setDesignAllocation(std::int64_t id, const interview::DesignAllocation& allocation) const;
    void removeDesignAllocation(std::int64_t id, const QString& requestId) const;
    void removeDesignRound(std::int64_t id) const;  // back to no design round (its allocations go too)
    void setDesignScores(std::int64_t id, int designScore, int metricTranslation, int roadmapAlignment) const;

private:
    const Database& m_database;
};

}  // namespace debrief::storage
