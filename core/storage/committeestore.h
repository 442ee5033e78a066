#pragma once

#include "interview/committee.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace debrief::storage {

class Database;

// What a committee keeps for one session: the interviewers' scorecard files it imported (as their
// content, checked by ScorecardExchange::parse and against the session) and its final decision.
// One scorecard per interviewer: importing a file again replaces that interviewer's (and changes
// nothing when the content is the same). Every write is one transaction; throws StorageError, and
// ScorecardRejected for a file that is refused (nothing written).
class CommitteeStore {
public:
    enum class Outcome { Added, Replaced, Unchanged };

    // One stored scorecard as it came in, so a removal or a replacement can be undone.
    struct Entry {
        QString interviewer;
        QString sourceFile;
        QByteArray content;
        QDateTime importedAt;  // UTC
    };

    struct Imported {
        Outcome outcome = Outcome::Added;
        interview::CommitteeScorecard scorecard;
        std::optional<Entry> replaced;  // what a Replaced import overwrote
    };

    explicit CommitteeStore(const Database& database) : m_database(database) {}

    // `file` names the source in refusals and is kept with it (empty: this studio's own scorecard).
    Imported add(std::int64_t sessionId, const QByteArray& content, const QString& file = QString()) const;
    Imported addFile(std::int64_t sessionId, const QString& path) const;
    QList<interview::CommitteeScorecard> list(std::int64_t sessionId) const;  // in import order
    std::optional<Entry> entry(std::int64_t sessionId, const QString& interviewer) const;
    // Puts an entry back as it was (undo): in place when the interviewer has one, else added last.
    void restore(std::int64_t sessionId, const Entry& entry) const;
    void remove(std::int64_t sessionId, const QString& interviewer) const;

    // A decision needs a recommendation (no neutral option) and a reason; decidedAt now when invalid.
    void setDecision(std::int64_t sessionId, const interview::CommitteeDecision& decision) const;
    void clearDecision(std::int64_t sessionId) const;
    interview::CommitteeDecision decision(std::int64_t sessionId) const;  // not recorded: decision None

    // The session, its scorecards and decision as the committee reviews them.
    interview::CommitteeReview review(std::int64_t sessionId, const interview::ContentLibrary& content) const;

private:
    const Database& m_database;
};

}  // namespace debrief::storage
