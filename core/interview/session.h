#pragma once

#include "rubric.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

// A practice or mock-interview session as the studio edits it and the database stores it. Plain
// values: rules in core/interview compute from them, core/storage saves every change as it happens.
namespace debrief::interview {

enum class SessionStatus : std::uint8_t {
    InProgress,   // being run now (or was, if the app died: see Interrupted)
    Interrupted,  // found InProgress at start-up: the app did not close it; resumable
    Completed,
};

// One interviewer's Depth/Vision tags on one answer (the candidate's self-score uses the
// interviewer name "self").
struct AnswerScore {
    QString interviewer;
    int depth = 0;              // 1-4, 0 = not scored
    int vision = 0;             // 1-4 as entered, before the evidence cap
    std::uint8_t evidence = 0;  // VisionEvidence flags
    QString justification;      // why the Vision score; required for Vision > 2
    bool submitted = false;     // hidden from other interviewers until submitted
};

struct SessionNote {
    QString interviewer;
    std::int64_t elapsedMs = 0;  // since the session started (pauses excluded)
    QString text;
};

// A question as asked in this session: which one, when, the answer and its scores.
struct AskedQuestion {
    RoundKind round = RoundKind::Screen;
    QString questionId;           // id in the question bank
    std::int64_t askedAtMs = -1;  // elapsed time marks; -1 = not yet
    std::int64_t answeredAtMs = -1;
    QString answer;             // the candidate's answer text
    QList<AnswerScore> scores;  // per interviewer, plus "self" in solo practice
};

// Product design round: one feature request as the candidate allocated it.
struct DesignAllocation {
    QString requestId;  // id of the feature request in the scenario
    Kpi kpi = Kpi::Throughput;
    double expectedImpactPercent = 0.0;
    double confidence = 0.0;    // 0..1
    QString evidence;           // free text or a saved replay comparison's statement
    double sharePercent = 0.0;  // of the scenario's quarterly budget
};

struct DesignRound {
    QString scenarioId;
    QList<DesignAllocation> allocations;
    // Interviewer scores, 0-4 each; -1 = not scored. Metric Translation 0 vetoes the verdict.
    int designScore = -1;
    int metricTranslation = -1;
    int roadmapAlignment = -1;
};

struct MatrixLevels {
    QMap<MatrixDimension, int> self;         // 1-5
    QMap<MatrixDimension, int> interviewer;  // 1-5
};

struct Session {
    std::int64_t id = 0;  // database row id; 0 = not stored yet
    SessionMode mode = SessionMode::SoloPractice;
    SessionStatus status = SessionStatus::InProgress;
    QString candidate;
    QStringList interviewers;
    QList<RoundKind> rounds;
    QDateTime startedAt;         // UTC
    QDateTime updatedAt;         // UTC
    std::int64_t elapsedMs = 0;  // session clock at the last save
    int currentQuestion = 0;     // index into `questions` to resume at
    QList<AskedQuestion> questions;
    QList<SessionNote> notes;
    MatrixLevels matrix;
    std::optional<DesignRound> design;
    int strategicFit = 0;                                  // 1-4, 0 = not scored
    Recommendation recommendation = Recommendation::None;  // the final call, no neutral option
    QString recommendationReason;
};

// The candidate's cross-team project portfolio (Orchestration Impact Score, Orchestration Ready).
struct PortfolioProject {
    std::int64_t id = 0;
    QString title;
    QStringList teams;  // the other teams involved (cross-team collaborations)
    QString role;       // the real role, e.g. "co-owner of the scheduler roll-out"
    QString metric;     // e.g. "GPU queue time (p95, minutes)"
    double before = 0.0;
    double after = 0.0;
    bool lowerIsBetter = true;
    Kpi kpi = Kpi::Throughput;
    QString roadmapItem;
    int months = 0;
};

}  // namespace debrief::interview
