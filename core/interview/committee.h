#pragma once

#include "contentlibrary.h"
#include "rubric.h"
#include "session.h"
#include "verdictgrid.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

// The committee debrief: several interviewers' scorecards for one session side by side. Plain values;
// core/interview/committee.cpp builds a CommitteeReview from the scorecards, core/storage keeps the
// imported scorecards and the committee's decision, app/studio shows it and app/report prints it.
namespace debrief::interview {

// One interviewer's scorecard as the committee received it (an exchange file, or the marks already
// in the studio database for that interviewer).
struct CommitteeScorecard {
    QString interviewer;
    QString sourceFile;            // the file it was imported from; empty when it came from this studio's own session
    QDateTime importedAt;          // UTC
    QList<AskedQuestion> answers;  // each answer with this interviewer's one AnswerScore in `scores`
    MatrixLevels matrix;           // `interviewer` levels as this scorer set them
    std::optional<DesignRound> design;  // scores only (allocations are the candidate's, not the scorer's)
    int strategicFit = 0;               // 1-4, 0 = not scored
    Recommendation recommendation = Recommendation::None;
    QString recommendationReason;
    QList<SessionNote> notes;
    // Scores in `answers` not submitted (drafts): the committee leaves them out of marks, flags and
    // verdict, as the scorecard PDF does. Set by buildCommitteeReview in CommitteeReview::scorecards.
    int draftsLeftOut = 0;
};

// What one scorer gave one answer, after the Vision cap.
struct CommitteeMark {
    int depth = 0;
    int vision = 0;           // as entered
    int effectiveVision = 0;  // after the evidence cap
    std::uint8_t evidence = 0;
    QString justification;
};

// One answer with every scorer's marks, keyed by interviewer name.
struct CommitteeAnswer {
    RoundKind round = RoundKind::Screen;
    QString questionId;
    QString questionText;  // from the content library; the id when unknown
    QMap<QString, CommitteeMark> marks;
};

enum class CommitteeFlagKind : std::uint8_t {
    Split,  // two scorers' marks on the same thing differ by two points or more
    Veto,   // a scorer gave Metric Translation 0
};

// A point the committee must look at. `subject` names what (an answer's Depth, Vision, a Matrix
// dimension, Design, Metric Translation, Roadmap Alignment, Strategic Fit), for a person, translated.
struct CommitteeFlag {
    CommitteeFlagKind kind = CommitteeFlagKind::Split;
    QString subject;
    QStringList interviewers;  // the two scorers furthest apart, or the one who vetoed
    int low = 0;               // the lowest and highest marks (a veto: both 0)
    int high = 0;
    int answerIndex = -1;  // index into CommitteeReview::answers when the flag is about an answer
    QString explanation;   // one sentence: "Alex gave Depth 1, Sam gave 4 (3 points apart)"
    // Which mark, untranslated: "depth" or "vision" (with answerIndex), "matrix:<dimension key>",
    // "design", "metric-translation", "roadmap-alignment", "strategic-fit".
    QString mark;
};

// One session-level mark (a Matrix dimension, Design, Metric Translation, Roadmap Alignment,
// Strategic Fit) with each scorer's value; a scorer who did not score it is absent from `values`.
struct CommitteeSessionMark {
    QString mark;   // the key, as CommitteeFlag::mark
    QString title;  // for a person, translated (a dimension's name from the content)
    int min = 0;    // the scale
    int max = 4;
    QMap<QString, int> values;
};

// The committee's final call, recorded with its reason (no neutral option).
struct CommitteeDecision {
    Recommendation decision = Recommendation::None;
    QString reason;
    QDateTime decidedAt;  // UTC; invalid until recorded
    bool isRecorded() const { return decision != Recommendation::None && decidedAt.isValid(); }
};

struct CommitteeReview {
    std::int64_t sessionId = 0;
    QString candidate;
    QDateTime startedAt;
    SessionMode mode = SessionMode::LiveMock;
    QList<RoundKind> rounds;
    QList<CommitteeScorecard> scorecards;      // in import order
    QMap<QString, Verdict> verdicts;           // per interviewer, the verdict grid's call with its reasons
    QList<CommitteeAnswer> answers;            // in the session's question order
    QList<CommitteeSessionMark> sessionMarks;  // the Matrix dimensions, Design, Metric Translation, ...
    QList<CommitteeFlag> flags;
    CommitteeDecision decision;

    // The scorers in import order.
    QStringList interviewers() const
    {
        QStringList names;
        for (const CommitteeScorecard& card : scorecards)
            names << card.interviewer;
        return names;
    }
};

// Two scorers this many points apart on the same mark make a Split.
inline constexpr int kCommitteeSplitPoints = 2;

// Builds the committee's view of `session` from the imported `scorecards` (in import order):
// - drafts: a score not submitted takes no part in anything below (an answer only drafts name is not
//   added); each scorecard's draftsLeftOut counts them;
// - answers: the session's questions in order, then any answer only a scorecard has (by round +
//   question id, in order of first appearance); each with every scorer's marks, Vision after the
//   cap (content's visionCapWithoutEvidence); the question text from `content` (the id when unknown);
// - verdicts: each scorer's VerdictGrid::forSession over that scorer's own submitted answers and
//   design scores;
// - flags: first every veto (a scorer gave Metric Translation 0, in import order), then the splits
//   (the lowest and the highest mark at least kCommitteeSplitPoints apart; ties go to the earlier
//   import) in this order: each answer's Depth then effective Vision, each Matrix dimension (the
//   interviewer levels), Design, Metric Translation, Roadmap Alignment, Strategic Fit. Unscored marks
//   (0, or -1 in the design round) take no part.
// The decision is left as it is (core/storage keeps it).
CommitteeReview buildCommitteeReview(const Session& session, const QList<CommitteeScorecard>& scorecards,
                                     const ContentLibrary& content);

}  // namespace debrief::interview
