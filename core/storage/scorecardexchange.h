#pragma once

#include "interview/session.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace debrief::interview {
class ContentLibrary;
}

namespace debrief::storage {

class Database;

// One interviewer's scorecard for one session as a file another studio can import (format
// "debrief-scorecard", version 1):
//   {"format": "debrief-scorecard", "version": 1 (an integer),
//    "session": {"candidate", "startedAt" (ISO 8601 with "Z" or an offset; a time without one is
//                refused), "mode", "rounds": [round keys]},
//    "interviewer": "..." (read with its whitespace simplified; an empty one is refused),
//    "answers": [{"questionId", "round", "depth" 1-4, "vision" 1-4, "evidence": [evidence keys],
//                 "justification", "submitted"}],
//    "matrix": {"self": {dimension: 1-5}, "interviewer": {dimension: 1-5}},
//    "design": {"scenarioId", "designScore", "metricTranslation", "roadmapAlignment" (0-4 or null)} or null,
//    "strategicFit": 1-4 or null, "recommendation": key or null, "recommendationReason": "...",
//    "notes": [{"elapsedMs", "text"}]}
// Keys are those of core/interview/rubric.h. Only complete scores (Depth and Vision both given) are
// exported. Importing validates every field first and writes nothing if anything is wrong: question
// and scenario ids must name the studio's content, and every field and the file itself have a cap
// (Limits below; the refusal states it). No text takes a control character other than a tab or a
// line break (NUL, escape ...).
//
// Import is idempotent by updating in place: the session is found by candidate + start time + mode
// (created when absent), each answer by round + question id (added when absent), and what the file
// carries for its interviewer (their answer scores and their notes) replaces what is stored for that
// interviewer, so importing the same file twice leaves the database as the first import did.
// The session-level marks (matrix levels self and interviewer, the design round's scenario and
// scores, strategic fit, recommendation with its reason) belong to the session, not to one
// interviewer: the file sets them in a session the import created, and otherwise only where the
// stored value is still unset (design scores only when the scenario is the session's); it never
// overwrites them (the committee keeps each scorer's own: CommitteeStore). Names (candidate,
// interviewer) are read with their whitespace simplified.
class ScorecardExchange {
public:
    static constexpr int kVersion = 1;

    // What one exchange file may hold. A file within these imports in well under a second; the
    // README's reliability section lists them.
    struct Limits {
        static constexpr qint64 fileBytes = 16 * 1024 * 1024;
        static constexpr int nameChars = 200;      // candidate, interviewer
        static constexpr int idChars = 200;        // question and scenario ids (then checked against the content)
        static constexpr int justificationChars = 4000;
        static constexpr int reasonChars = 4000;   // the recommendation's reason
        static constexpr int noteChars = 4000;
        static constexpr int answerChars = 20000;  // an answer's text in a session file
        static constexpr int answers = 500;        // scored answers, or questions of a session file
        static constexpr int notes = 2000;
        static constexpr int rounds = 16;
        static constexpr int interviewers = 50;
        static constexpr int evidence = 16;        // evidence keys of one answer
    };

    struct ImportResult {
        std::int64_t sessionId = 0;
        bool sessionCreated = false;
        int answers = 0;
        QString interviewer;
    };

    // One scorecard file as read and checked (nothing written).
    struct ScoredAnswer {
        interview::RoundKind round = interview::RoundKind::Screen;
        QString questionId;
        interview::AnswerScore score;  // score.interviewer is the file's interviewer
    };
    struct Scorecard {
        QString candidate;
        QDateTime startedAt;  // UTC
        interview::SessionMode mode = interview::SessionMode::LiveMock;
        QList<interview::RoundKind> rounds;
        QString interviewer;
        QList<ScoredAnswer> answers;
        interview::MatrixLevels matrix;
        std::optional<interview::DesignRound> design;
        int strategicFit = 0;
        interview::Recommendation recommendation = interview::Recommendation::None;
        QString recommendationReason;
        QList<interview::SessionNote> notes;
    };

    explicit ScorecardExchange(const Database& database) : m_database(database) {}

    // Which rules: a file coming in, or one a committee stored when an earlier build accepted it
    // (a start time without a zone was read in the machine's zone then; rejecting it now would make
    // the whole committee unreadable, and a stored scorecard's start time is not used again).
    enum class Rules { Import, Stored };

    // Every check the import makes, without writing: throws ScorecardRejected (file, JSON path, what).
    // With `content`, question and scenario ids must name it (a committee checks the session instead).
    static Scorecard parse(const QByteArray& json, const QString& file = QString(), Rules rules = Rules::Import,
                           const interview::ContentLibrary* content = nullptr);

    // Throws StorageError when the session does not exist or the interviewer has nothing in it.
    static QJsonObject toJson(const interview::Session& session, const QString& interviewer);
    QJsonObject exportScorecard(std::int64_t sessionId, const QString& interviewer) const;
    void exportToFile(std::int64_t sessionId, const QString& interviewer, const QString& path) const;

    // Throws ScorecardRejected (file, JSON path, what is wrong) or StorageError. Ids are checked
    // against `content`.
    ImportResult importScorecard(const QByteArray& json, const interview::ContentLibrary& content,
                                 const QString& file = QString()) const;
    ImportResult importFile(const QString& path, const interview::ContentLibrary& content) const;

    // A session for the other interviewers to score (format "debrief-session", same version): the
    // session header as above plus "interviewers" and "questions": [{"questionId", "round", "answer"}].
    // No scores and no notes: each interviewer scores on their own and sends back their scorecard.
    static QJsonObject sessionToJson(const interview::Session& session);
    void exportSessionToFile(std::int64_t sessionId, const QString& path) const;
    // Opens such a file as a finished session to score, with `scorer` among its interviewers; the
    // same file twice gives the same session. Throws ScorecardRejected (file, JSON path) or StorageError.
    ImportResult importSessionFile(const QString& path, const QString& scorer,
                                   const interview::ContentLibrary& content) const;

private:
    const Database& m_database;
};

}  // namespace debrief::storage
