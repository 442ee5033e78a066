#include "schemahistory.h"

#include "statement.h"
#include "storageerror.h"

#include <QCoreApplication>

namespace debrief::storage {
namespace {

// Enums are stored as the integer values of core/interview's enums (rubric.h, session.h), which are
// append-only; dates as ISO 8601 UTC text with milliseconds; string lists as JSON arrays.
const QStringList kVersion1{
    QStringLiteral(R"(CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        mode INTEGER NOT NULL,
        status INTEGER NOT NULL,
        candidate TEXT NOT NULL,
        interviewers TEXT NOT NULL DEFAULT '[]',
        rounds TEXT NOT NULL DEFAULT '[]',
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        elapsed_ms INTEGER NOT NULL DEFAULT 0,
        current_question INTEGER NOT NULL DEFAULT 0,
        strategic_fit INTEGER NOT NULL DEFAULT 0 CHECK (strategic_fit BETWEEN 0 AND 4),
        recommendation INTEGER NOT NULL DEFAULT -1 CHECK (recommendation BETWEEN -1 AND 3),
        recommendation_reason TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX sessions_by_status ON sessions (status)"),
    QStringLiteral(R"(CREATE TABLE questions (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        round INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        asked_at_ms INTEGER NOT NULL DEFAULT -1,
        answered_at_ms INTEGER NOT NULL DEFAULT -1,
        answer TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, position)))"),
    QStringLiteral(R"(CREATE TABLE scores (
        session_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        interviewer TEXT NOT NULL,
        depth INTEGER NOT NULL DEFAULT 0 CHECK (depth BETWEEN 0 AND 4),
        vision INTEGER NOT NULL DEFAULT 0 CHECK (vision BETWEEN 0 AND 4),
        evidence INTEGER NOT NULL DEFAULT 0 CHECK (evidence BETWEEN 0 AND 15),
        justification TEXT NOT NULL DEFAULT '',
        submitted INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, position, interviewer),
        FOREIGN KEY (session_id, position) REFERENCES questions (session_id, position) ON DELETE CASCADE))"),
    QStringLiteral(R"(CREATE TABLE notes (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        interviewer TEXT NOT NULL,
        elapsed_ms INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (session_id, position)))"),
};

const QStringList kVersion2{
    // rater: 0 the candidate's self-rating, 1 the interviewer's.
    QStringLiteral(R"(CREATE TABLE matrix_levels (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        rater INTEGER NOT NULL CHECK (rater IN (0, 1)),
        dimension INTEGER NOT NULL CHECK (dimension BETWEEN 0 AND 3),
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        PRIMARY KEY (session_id, rater, dimension)))"),
    QStringLiteral(R"(CREATE TABLE design_rounds (
        session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        scenario_id TEXT NOT NULL,
        design_score INTEGER NOT NULL DEFAULT -1 CHECK (design_score BETWEEN -1 AND 4),
        metric_translation INTEGER NOT NULL DEFAULT -1 CHECK (metric_translation BETWEEN -1 AND 4),
        roadmap_alignment INTEGER NOT NULL DEFAULT -1 CHECK (roadmap_alignment BETWEEN -1 AND 4)))"),
    QStringLiteral(R"(CREATE TABLE design_allocations (
        session_id INTEGER NOT NULL REFERENCES design_rounds (session_id) ON DELETE CASCADE,
        request_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        kpi INTEGER NOT NULL,
        expected_impact_percent REAL NOT NULL DEFAULT 0,
        confidence REAL NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1),
        evidence TEXT NOT NULL DEFAULT '',
        share_percent REAL NOT NULL DEFAULT 0 CHECK (share_percent BETWEEN 0 AND 100),
        PRIMARY KEY (session_id, request_id)))"),
};

const QStringList kVersion3{
    QStringLiteral(R"(CREATE TABLE portfolio_projects (
        id INTEGER PRIMARY KEY,
        candidate TEXT NOT NULL,
        title TEXT NOT NULL,
        teams TEXT NOT NULL DEFAULT '[]',
        role TEXT NOT NULL DEFAULT '',
        metric TEXT NOT NULL DEFAULT '',
        before REAL NOT NULL DEFAULT 0,
        after REAL NOT NULL DEFAULT 0,
        lower_is_better INTEGER NOT NULL DEFAULT 1,
        kpi INTEGER NOT NULL DEFAULT 0,
        roadmap_item TEXT NOT NULL DEFAULT '',
        months INTEGER NOT NULL DEFAULT 0 CHECK (months >= 0)))"),
    QStringLiteral("CREATE INDEX portfolio_by_candidate ON portfolio_projects (candidate)"),
    QStringLiteral(R"(CREATE TABLE drill_cards (
        id INTEGER PRIMARY KEY,
        candidate TEXT NOT NULL,
        subject INTEGER NOT NULL,
        ref TEXT NOT NULL,
        state INTEGER NOT NULL DEFAULT 0,
        stability REAL NOT NULL DEFAULT 0,
        difficulty REAL NOT NULL DEFAULT 0,
        due TEXT NOT NULL,
        last_review TEXT NOT NULL DEFAULT '',
        reps INTEGER NOT NULL DEFAULT 0,
        lapses INTEGER NOT NULL DEFAULT 0,
        UNIQUE (candidate, subject, ref)))"),
    QStringLiteral("CREATE INDEX drill_cards_due ON drill_cards (candidate, due)"),
};

// Trace Lab analyses: what was replayed (trace fingerprint, cluster, policies), each policy's result
// and its downsampled snapshot history, so an analysis reopens without replaying. The replay
// numbers are JSON objects written and read by the studio (core/storage does not know the replay
// types); doubles are written in their shortest exact form, so they reload identical.
const QStringList kVersion4{
    QStringLiteral(R"(CREATE TABLE analyses (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        trace_name TEXT NOT NULL,
        trace_fingerprint TEXT NOT NULL,
        job_count INTEGER NOT NULL DEFAULT 0 CHECK (job_count >= 0),
        trace_span_seconds INTEGER NOT NULL DEFAULT 0,
        cluster TEXT NOT NULL DEFAULT '{}',
        gpu_jobs_only INTEGER NOT NULL DEFAULT 0,
        baseline TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX analyses_by_trace ON analyses (trace_fingerprint)"),
    QStringLiteral(R"(CREATE TABLE analysis_results (
        analysis_id INTEGER NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        policy TEXT NOT NULL,
        result TEXT NOT NULL DEFAULT '{}',
        history TEXT NOT NULL DEFAULT '[]',
        delay_cdf TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (analysis_id, position)))"),
    // "Use as evidence": one metric statement per compared policy, with its numbers and source.
    QStringLiteral(R"(CREATE TABLE analysis_evidence (
        analysis_id INTEGER NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        policy TEXT NOT NULL,
        baseline TEXT NOT NULL,
        statement TEXT NOT NULL,
        numbers TEXT NOT NULL DEFAULT '{}',
        source TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        PRIMARY KEY (analysis_id, position)))"),
};

// The committee debrief: the interviewers' scorecard files a committee imported for a session (the
// file's content as it was, one per interviewer, a second import replacing the first) and the
// committee's final decision with its reason and time.
const QStringList kVersion5{
    QStringLiteral(R"(CREATE TABLE committee_scorecards (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        interviewer TEXT NOT NULL,
        source_file TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        UNIQUE (session_id, interviewer)))"),
    QStringLiteral(R"(CREATE TABLE committee_decisions (
        session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        decision INTEGER NOT NULL CHECK (decision BETWEEN 0 AND 3),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        decided_at TEXT NOT NULL))"),
};

// The loop planner (v5 -> v6): the start date a candidate picked and the preparation checklist items
// ticked, per candidate. Items are named by their checklist.json id, so reworded content keeps its ticks.
const QStringList kVersion6{
    QStringLiteral(R"(CREATE TABLE loop_plans (
        candidate TEXT PRIMARY KEY,
        start_date TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE loop_checklist_ticks (
        candidate TEXT NOT NULL,
        item_id TEXT NOT NULL,
        ticked_at TEXT NOT NULL,
        PRIMARY KEY (candidate, item_id)))"),
};

// Drill drafts (v6 -> v7): the answer being typed to a drill card, kept until the card is graded, so
// a crash or a closed window loses no typing.
const QStringList kVersion7{
    QStringLiteral(R"(CREATE TABLE drill_drafts (
        card_id INTEGER PRIMARY KEY REFERENCES drill_cards (id) ON DELETE CASCADE,
        answer TEXT NOT NULL,
        saved_at TEXT NOT NULL))"),
};

// The studio's profile (v7 -> v8): who is scoring with this database ("Scoring as"), kept with the
// sessions it scores so two studios on two databases are two scorers.
const QStringList kVersion8{
    QStringLiteral(R"(CREATE TABLE profile (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))"),
};

}  // namespace

QStringList SchemaHistory::stepTo(int version)
{
    switch (version) {
    case 1: return kVersion1;
    case 2: return kVersion2;
    case 3: return kVersion3;
    case 4: return kVersion4;
    case 5: return kVersion5;
    case 6: return kVersion6;
    case 7: return kVersion7;
    case 8: return kVersion8;
    default: return {};
    }
}

int SchemaHistory::version(const QSqlDatabase& db)
{
    return Statement::run(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void SchemaHistory::migrate(const QSqlDatabase& db)
{
    for (int from = version(db); from < kCurrentVersion; ++from) {
        const int to = from + 1;
        Statement::run(db, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            // Re-read inside the write lock: another connection may have migrated meanwhile.
            if (version(db) != from) {
                Statement::run(db, QStringLiteral("ROLLBACK"));
                from = version(db) - 1;
                continue;
            }
            for (const QString& sql : stepTo(to))
                Statement::run(db, sql);
            Statement::run(db, QStringLiteral("PRAGMA user_version = %1").arg(to));
            Statement::run(db, QStringLiteral("COMMIT"));
        } catch (const StorageError& error) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw StorageError(QCoreApplication::translate("debrief::storage", "migrating the schema from version "
                                                                               "%1 to %2 failed: %3")
                                   .arg(from)
                                   .arg(to)
                                   .arg(error.message()));
        }
    }
}

}  // namespace debrief::storage
