#pragma once

#include "answercoach.h"
#include "session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

// What a session accepts, and from whom. A session is run (answers, clock, notes, questions) until it
// is finished; after that only scores move. Each scorer's Depth/Vision marks are drafts until that
// scorer submits them; submitted marks are locked until the scorer reopens them (an explicit,
// recorded step). In solo practice the candidate is the only scorer ("self") and finishing submits.
namespace debrief::interview {

inline const QString kSelfScorer = QStringLiteral("self");

// What is still open for one scorer when they submit: the questions (indices) they left without a
// Depth or a Vision, and the questions nobody answered.
struct SubmissionSummary {
    int questions = 0;
    QList<int> scored;      // Depth and Vision both given
    QList<int> unscored;    // at least one of the two missing
    QList<int> unanswered;  // no answer text
};

class ScoringRules {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::ScoringRules)

public:
    static bool isFinished(const Session& session) { return session.status == SessionStatus::Completed; }
    // True once any of the scorer's marks on the session is submitted (a submission covers them all).
    static bool hasSubmitted(const Session& session, const QString& scorer);
    // Scorers with a mark on the session, in the order they first scored.
    static QStringList scorers(const Session& session);

    // Empty when allowed, else the reason for a person.
    static QString runRefusal(const Session& session);  // answers, clock, notes, moving between questions
    static QString scoreRefusal(const Session& session, const QString& scorer);
    // A panel scorer's Vision above `visionCap` must rest on an evidence item and a written
    // justification before it is submitted (their scorecard file and the committee need it); the
    // candidate's own self-scores are not exchanged and are submitted as they are.
    static QString submitRefusal(const Session& session, const QString& scorer, int visionCap = 2);
    static QString reopenRefusal(const Session& session, const QString& scorer);

    static SubmissionSummary summary(const Session& session, const QString& scorer);
    static QList<int> unansweredQuestions(const Session& session);
    // One line: "4 of 6 questions have no Depth or Vision from you: 2, 3, 5, 6" (empty when all scored).
    static QString unscoredLine(const SubmissionSummary& summary);
    static QString unansweredLine(const Session& session);

    // The scorer's marks with `submitted` set (submit) or cleared (reopen); other scorers' untouched.
    static QList<AnswerScore> withSubmission(const QList<AnswerScore>& scores, const QString& scorer, bool submitted);

    // The evidence the coach found in an answer: one flag per kind of finding (a number with a unit,
    // a KPI, a team, a proposal), leaving out words inside a catalogue mistake ("always 100 percent"
    // quantifies nothing). Pre-ticks the scorer's evidence boxes; the scorer can untick.
    static std::uint8_t evidenceFromCoach(const QList<CoachFinding>& findings);
    // The answer's words that support one evidence item ("30 %", "p95"), as the coach found them.
    static QStringList evidenceWords(const QString& answer, const QList<CoachFinding>& findings, VisionEvidence item);

    // The debrief's own edits: the Maturity Matrix levels and the final recommendation are made after the
    // session, so a finished session takes them (as does one still running). Empty when allowed.
    // A recommendation is one of the four (no neutral option); its reason is optional, as on the Debrief
    // page, where a click saves at once and the reason follows (a scorecard prints "none written").
    static QString recommendationRefusal(const Session& session, Recommendation recommendation);
    // A level runs from kMatrixMinLevel to kMatrixMaxLevel; 0 clears it.
    static QString matrixLevelRefusal(const Session& session, int level);

    // The product design round (scenario, allocations, the interviewer's three scores, its answer and
    // the mark that it was submitted) is written up and scored after the session as well, like the
    // debrief: a finished session takes it, in every state. Refused: a score off 0-4 (-1 is "not
    // scored"). Empty when allowed; no round (undoing the first scenario pick) is always allowed.
    static QString designRoundRefusal(const Session& session, const std::optional<DesignRound>& round);
};

}  // namespace debrief::interview
