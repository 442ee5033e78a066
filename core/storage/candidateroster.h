#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace debrief::interview {
class ContentLibrary;
}

namespace debrief::storage {

class Database;

// The candidates the studio knows: every name that has a session, a portfolio project or a drill
// card. A candidate is not stored on its own; a new one exists once it has its starter deck.
// Throws StorageError on failure.
class CandidateRoster {
public:
    explicit CandidateRoster(const Database& database) : m_database(database) {}

    QStringList names() const;  // distinct, sorted for a person (case-insensitive)
    bool contains(const QString& name) const;

    // Adds interview::StarterDeck's cards, due at `now`, when the candidate has no drill card yet (one
    // transaction). Returns how many cards were added: 0 for a candidate who already drills.
    int addStarterDeck(const QString& candidate, const interview::ContentLibrary& content, const QDateTime& now) const;

private:
    const Database& m_database;
};

}  // namespace debrief::storage
