#pragma once

#include "interview/drillcard.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

#include <cstdint>
#include <optional>

namespace debrief::storage {

class Database;

// Spaced-repetition cards. A candidate has at most one card per question or dimension, so saving
// a card for the same (candidate, subject, ref) updates it. Throws StorageError on failure.
class DrillStore {
public:
    explicit DrillStore(const Database& database) : m_database(database) {}

    std::int64_t save(interview::DrillCard& card) const;  // insert or update; sets card.id
    // A graded card: saved, and its draft answer dropped, in one transaction.
    std::int64_t saveReviewed(interview::DrillCard& card) const;
    void remove(std::int64_t id) const;
    QList<interview::DrillCard> list(const QString& candidate) const;                      // by due date
    QList<interview::DrillCard> due(const QString& candidate, const QDateTime& at) const;  // due at or before `at`
    std::optional<interview::DrillCard> find(const QString& candidate, interview::DrillSubject subject,
                                             const QString& ref) const;

    // The answer being typed to a card, kept until it is graded. An empty (or blank) answer removes
    // the draft; draft() is empty when there is none.
    void setDraft(std::int64_t cardId, const QString& answer) const;
    QString draft(std::int64_t cardId) const;

private:
    static void upsert(const QSqlDatabase& db, interview::DrillCard& card);
    QList<interview::DrillCard> select(const QString& where, const QVariantList& values) const;
    const Database& m_database;
};

}  // namespace debrief::storage
