#pragma once

#include <QString>

namespace debrief::storage {

class Database;

// The studio's profile in its database (schema v8): who scores with it ("Scoring as"). Two studios
// on two databases are two scorers, whatever the machine's settings say.
class ProfileStore {
public:
    explicit ProfileStore(const Database& database) : m_database(database) {}

    QString scorerName() const;                     // empty until set
    void setScorerName(const QString& name) const;  // whitespace simplified; throws StorageError

private:
    const Database& m_database;
};

}  // namespace debrief::storage
