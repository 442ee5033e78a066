#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace debrief::storage {

// Every schema this application has shipped, as the statements that built it. A step is never
// edited once released: a change is a new version whose step alters what came before.
//   v1  sessions, asked questions, Depth/Vision scores, notes
//   v2  Maturity Matrix levels (self and interviewer) and the product design round
//   v3  the candidate's project portfolio and spaced-repetition drill cards
//   v4  Trace Lab analyses: results, snapshot histories and evidence statements
//   v5  the committee debrief: imported scorecards and the committee's decision
//   v6  the loop planner: start date and ticked preparation checklist items per candidate
//   v7  drill drafts: the answer being typed to a drill card until it is graded
class SchemaHistory {
public:
    static constexpr int kCurrentVersion = 8;

    // The statements that take a database from version - 1 to `version` (1: from an empty file).
    static QStringList stepTo(int version);

    // Brings `db` from its PRAGMA user_version to kCurrentVersion, one transaction per step, so an
    // interrupted migration leaves a database at the last complete version. Throws StorageError.
    static void migrate(const QSqlDatabase& db);

    static int version(const QSqlDatabase& db);
};

}  // namespace debrief::storage
