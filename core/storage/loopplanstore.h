#pragma once

#include <QDate>
#include <QSet>
#include <QString>

namespace debrief::storage {

class Database;

// A candidate's loop plan as the loop planner page edits it: the start date they picked and the
// preparation checklist items (checklist.json ids) they have ticked. Each call is its own transaction.
// Throws StorageError on failure.
class LoopPlanStore {
public:
    explicit LoopPlanStore(const Database& database) : m_database(database) {}

    // An invalid date when the candidate has not picked one yet.
    QDate startDate(const QString& candidate) const;
    // An invalid date forgets the pick (undo of the first pick).
    void setStartDate(const QString& candidate, const QDate& start) const;

    QSet<QString> tickedItems(const QString& candidate) const;
    void setTicked(const QString& candidate, const QString& itemId, bool ticked) const;

private:
    const Database& m_database;
};

}  // namespace debrief::storage
