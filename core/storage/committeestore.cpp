#include "committeestore.h"

#include "database.h"
#include "scorecardexchange.h"
#include "scorecardrejected.h"
#include "sessionstore.h"
#include "statement.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QFile>

namespace debrief::storage {
namespace {

using namespace debrief::interview;

// The translation context of the store's messages.
class CommitteeText {
    Q_DECLARE_TR_FUNCTIONS(debrief::storage::CommitteeStore)
};

QString stamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateFrom(const QVariant& text)
{
    QDateTime when = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    when.setTimeSpec(Qt::UTC);
    return when;
}

CommitteeScorecard scorecardFrom(const ScorecardExchange::Scorecard& card, const QString& file,
                                 const QDateTime& importedAt)
{
    CommitteeScorecard scorecard;
    scorecard.interviewer = card.interviewer;
    scorecard.sourceFile = file;
    scorecard.importedAt = importedAt;
    for (const ScorecardExchange::ScoredAnswer& answer : card.answers) {
        AskedQuestion asked;
        asked.round = answer.round;
        asked.questionId = answer.questionId;
        asked.scores << answer.score;
        scorecard.answers << asked;
    }
    scorecard.matrix = card.matrix;
    if (card.design) {
        DesignRound design = *card.design;
        design.allocations.clear();  // the candidate's, not the scorer's
        scorecard.design = design;
    }
    scorecard.strategicFit = card.strategicFit;
    scorecard.recommendation = card.recommendation;
    scorecard.recommendationReason = card.recommendationReason;
    scorecard.notes = card.notes;
    return scorecard;
}

// A committee reviews one session: a file about another session (or another candidate) is refused.
void checkSameSession(const ScorecardExchange::Scorecard& card, const Session& session, const QString& file)
{
    QList<ScorecardRejected::Issue> issues;
    if (card.candidate != session.candidate.simplified())
        issues << ScorecardRejected::Issue{QStringLiteral("$.session.candidate"),
                                           CommitteeText::tr("the scorecard is about %1, session %2 about %3")
                                               .arg(card.candidate)
                                               .arg(session.id)
                                               .arg(session.candidate)};
    // To the millisecond: that is how a file names its session. A file written by hand, or exported from
    // another studio's own session, names another one: the interviewers score this studio's export.
    if (card.startedAt != session.startedAt.toUTC())
        issues << ScorecardRejected::Issue{
            QStringLiteral("$.session.startedAt"),
            CommitteeText::tr("the scorecard's session started %1, session %2 started %3: the interviewers must "
                              "score the session exported from this studio (debrief-cli scorecard export %2 "
                              "--interviewer NAME --out FILE.json) and send that file back")
                .arg(stamp(card.startedAt))
                .arg(session.id)
                .arg(stamp(session.startedAt))};
    if (card.mode != session.mode)
        issues << ScorecardRejected::Issue{QStringLiteral("$.session.mode"),
                                           CommitteeText::tr("the scorecard's session is `%1`, session %2 is `%3`")
                                               .arg(key(card.mode))
                                               .arg(session.id)
                                               .arg(key(session.mode))};
    if (!issues.isEmpty())
        throw ScorecardRejected(file, issues);
}

}  // namespace

CommitteeStore::Imported CommitteeStore::add(std::int64_t sessionId, const QByteArray& content,
                                             const QString& file) const
{
    const ScorecardExchange::Scorecard card = ScorecardExchange::parse(content, file);
    checkSameSession(card, SessionStore(m_database).load(sessionId), file);
    Imported imported;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_database.write([&](const QSqlDatabase& db) {
        Statement existing(db, QStringLiteral("SELECT content, source_file, imported_at FROM committee_scorecards "
                                              "WHERE session_id = ? AND interviewer = ?"));
        existing.bind(qint64(sessionId)).bind(card.interviewer).exec();
        if (!existing.next()) {
            Statement(db, QStringLiteral("INSERT INTO committee_scorecards (session_id, interviewer, source_file, "
                                         "content, imported_at) VALUES (?, ?, ?, ?, ?)"))
                .bind(qint64(sessionId))
                .bind(card.interviewer)
                .bind(file)
                .bind(QString::fromUtf8(content))
                .bind(stamp(now))
                .exec();
            imported.outcome = Outcome::Added;
            imported.scorecard = scorecardFrom(card, file, now);
        } else if (existing.value(0).toString() == QString::fromUtf8(content)) {
            imported.outcome = Outcome::Unchanged;
            imported.scorecard = scorecardFrom(card, existing.value(1).toString(), dateFrom(existing.value(2)));
        } else {
            imported.replaced = Entry{card.interviewer, existing.value(1).toString(),
                                      existing.value(0).toString().toUtf8(), dateFrom(existing.value(2))};
            Statement(db,
                      QStringLiteral("UPDATE committee_scorecards SET source_file = ?, content = ?, imported_at = ? "
                                     "WHERE session_id = ? AND interviewer = ?"))
                .bind(file)
                .bind(QString::fromUtf8(content))
                .bind(stamp(now))
                .bind(qint64(sessionId))
                .bind(card.interviewer)
                .exec();
            imported.outcome = Outcome::Replaced;
            imported.scorecard = scorecardFrom(card, file, now);
        }
    });
    return imported;
}

CommitteeStore::Imported CommitteeStore::addFile(std::int64_t sessionId, const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ScorecardRejected(
            path, {{QStringLiteral("$"), CommitteeText::tr("cannot read the file: %1").arg(file.errorString())}});
    return add(sessionId, file.readAll(), path);
}

QList<CommitteeScorecard> CommitteeStore::list(std::int64_t sessionId) const
{
    QList<CommitteeScorecard> scorecards;
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT content, source_file, imported_at FROM committee_scorecards "
                                   "WHERE session_id = ? ORDER BY id"));
    query.bind(qint64(sessionId)).exec();
    while (query.next()) {
        // Stored only after the same checks; a row that no longer parses is a damaged database.
        try {
            scorecards << scorecardFrom(ScorecardExchange::parse(query.value(0).toString().toUtf8(), QString(),
                                                                 ScorecardExchange::Rules::Stored),
                                        query.value(1).toString(), dateFrom(query.value(2)));
        } catch (const ScorecardRejected& rejected) {
            throw StorageError(CommitteeText::tr("a stored committee scorecard of session %1 cannot be read: %2")
                                   .arg(sessionId)
                                   .arg(rejected.message()));
        }
    }
    return scorecards;
}

std::optional<CommitteeStore::Entry> CommitteeStore::entry(std::int64_t sessionId, const QString& interviewer) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT content, source_file, imported_at FROM committee_scorecards "
                                   "WHERE session_id = ? AND interviewer = ?"));
    query.bind(qint64(sessionId)).bind(interviewer).exec();
    if (!query.next())
        return std::nullopt;
    return Entry{interviewer, query.value(1).toString(), query.value(0).toString().toUtf8(), dateFrom(query.value(2))};
}

void CommitteeStore::restore(std::int64_t sessionId, const Entry& entry) const
{
    const QString when = stamp(entry.importedAt.isValid() ? entry.importedAt : QDateTime::currentDateTimeUtc());
    m_database.write([&](const QSqlDatabase& db) {
        // In place when the interviewer still has one (an undone replacement keeps its import order).
        Statement update(db, QStringLiteral("UPDATE committee_scorecards SET source_file = ?, content = ?, "
                                            "imported_at = ? WHERE session_id = ? AND interviewer = ?"));
        update.bind(entry.sourceFile)
            .bind(QString::fromUtf8(entry.content))
            .bind(when)
            .bind(qint64(sessionId))
            .bind(entry.interviewer)
            .exec();
        if (update.rowsAffected() == 0)
            Statement(db, QStringLiteral("INSERT INTO committee_scorecards (session_id, interviewer, source_file, "
                                         "content, imported_at) VALUES (?, ?, ?, ?, ?)"))
                .bind(qint64(sessionId))
                .bind(entry.interviewer)
                .bind(entry.sourceFile)
                .bind(QString::fromUtf8(entry.content))
                .bind(when)
                .exec();
    });
}

void CommitteeStore::remove(std::int64_t sessionId, const QString& interviewer) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement removal(db,
                          QStringLiteral("DELETE FROM committee_scorecards WHERE session_id = ? AND interviewer = ?"));
        removal.bind(qint64(sessionId)).bind(interviewer).exec();
        if (removal.rowsAffected() != 1)
            throw StorageError(
                CommitteeText::tr("session %1 has no committee scorecard by %2").arg(sessionId).arg(interviewer));
    });
}

void CommitteeStore::setDecision(std::int64_t sessionId, const CommitteeDecision& decision) const
{
    if (decision.decision == Recommendation::None)
        throw StorageError(CommitteeText::tr("a committee decision needs one of Strong No, No, Yes, Strong Yes"));
    if (decision.reason.trimmed().isEmpty())
        throw StorageError(CommitteeText::tr("a committee decision needs a reason"));
    const QDateTime when = decision.decidedAt.isValid() ? decision.decidedAt : QDateTime::currentDateTimeUtc();
    m_database.write([&](const QSqlDatabase& db) {
        Statement(db, QStringLiteral("INSERT OR REPLACE INTO committee_decisions (session_id, decision, reason, "
                                     "decided_at) VALUES (?, ?, ?, ?)"))
            .bind(qint64(sessionId))
            .bind(int(decision.decision))
            .bind(decision.reason)
            .bind(stamp(when))
            .exec();
    });
}

void CommitteeStore::clearDecision(std::int64_t sessionId) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement(db, QStringLiteral("DELETE FROM committee_decisions WHERE session_id = ?"))
            .bind(qint64(sessionId))
            .exec();
    });
}

CommitteeDecision CommitteeStore::decision(std::int64_t sessionId) const
{
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT decision, reason, decided_at FROM committee_decisions WHERE session_id = ?"));
    query.bind(qint64(sessionId)).exec();
    CommitteeDecision decision;
    if (query.next()) {
        decision.decision = Recommendation(query.value(0).toInt());
        decision.reason = query.value(1).toString();
        decision.decidedAt = dateFrom(query.value(2));
    }
    return decision;
}

CommitteeReview CommitteeStore::review(std::int64_t sessionId, const ContentLibrary& content) const
{
    CommitteeReview review = buildCommitteeReview(SessionStore(m_database).load(sessionId), list(sessionId), content);
    review.decision = decision(sessionId);
    return review;
}

}  // namespace debrief::storage
