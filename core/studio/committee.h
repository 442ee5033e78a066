#pragma once

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
// core/studio/committee.cpp builds a CommitteeReview from the scorecards, core/storage keeps the
// imported scorecards and the committee's decision, app/studio shows it and app/report prints it.
namespace debrief::studio {

// One interviewer's scorecard as the committee received it (an exchange file, or the marks already
// in the studio database for that interviewer).
struct CommitteeScorecard {
    QString interviewer;
    QString sourceFile;  // the file it was imported from; empty when it came from this studio's own session
    QDateTime importedAt;  // UTC
    QList<AskedQuestion> answers;  // each answer with this interviewer's one AnswerScore in `scores`
    MatrixLevels matrix;           // `interviewer` levels as this scorer set them
    std::optional<DesignRound> design;  // scores only (allocations are the candidate's, not the scorer's)
    int strategicFit = 0;                 // 1-4, 0 = not scored
    Recommendation recommendation = Recommendation::None;
    QString recommendationReason;
    QList<SessionNote> notes;
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
    QList<CommitteeScorecard> scorecards;  // in import order
    QMap<QString, Verdict> verdicts;       // per interviewer, the verdict grid's call with its reasons
    QList<CommitteeAnswer> answers;        // in the session's question order
    QList<CommitteeFlag> flags;
    CommitteeDecision decision;
};

}  // namespace debrief::studio
