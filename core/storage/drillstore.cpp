#include "drillstore.h"

#include "database.h"
#include "statement.h"
#include "storageerror.h"

#include <QCoreApplication>

namespace debrief::storage {
namespace {

using namespace debrief::interview;

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoUtc(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

}  // namespace

std::int64_t DrillStore::save(DrillCard& card) const
{
    m_database.write([&](const QSqlDatabase& db) { upsert(db, card); });
    return card.id;
}

std::int64_t DrillStore::saveReviewed(DrillCard& card) const
{
    m_database.write([&](const QSqlDatabase& db) {
        upsert(db, card);
        Statement(db, QStringLiteral("DELETE FROM drill_drafts WHERE card_id = ?")).bind(qint64(card.id)).exec();
    });
    return card.id;
}

void DrillStore::upsert(const QSqlDatabase& db, DrillCard& card)
{
    Statement(db, QStringLiteral("INSERT INTO drill_cards (candidate, subject, ref, state, stability, difficulty, "
                                 "due, last_review, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (candidate, subject, ref) DO UPDATE SET state = excluded.state, "
                                 "stability = excluded.stability, difficulty = excluded.difficulty, "
                                 "due = excluded.due, last_review = excluded.last_review, reps = excluded.reps, "
                                 "lapses = excluded.lapses"))
        .bind(card.candidate)
        .bind(int(card.subject))
        .bind(card.ref)
        .bind(int(card.state))
        .bind(card.stability)
        .bind(card.difficulty)
        .bind(isoUtc(card.due.isValid() ? card.due : QDateTime::currentDateTimeUtc()))
        .bind(isoUtc(card.lastReview))
        .bind(card.reps)
        .bind(card.lapses)
        .exec();
    Statement id(db, QStringLiteral("SELECT id FROM drill_cards WHERE candidate = ? AND subject = ? AND ref = ?"));
    id.bind(card.candidate).bind(int(card.subject)).bind(card.ref).exec().next();
    card.id = id.value(0).toLongLong();
}

void DrillStore::remove(std::int64_t id) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement erase(db, QStringLiteral("DELETE FROM drill_cards WHERE id = ?"));
        erase.bind(qint64(id)).exec();
        if (erase.rowsAffected() < 1)
            throw StorageError(QCoreApplication::translate("debrief::storage", "there is no drill card %1").arg(id));
    });
}

QList<DrillCard> DrillStore::select(const QString& where, const QVariantList& values) const
{
    Statement rows(m_database.connection(),
                   QStringLiteral("SELECT id, candidate, subject, ref, state, stability, difficulty, due, "
                                  "last_review, reps, lapses FROM drill_cards WHERE %1 ORDER BY due, id")
                       .arg(where));
    for (const QVariant& value : values)
        rows.bind(value);
    rows.exec();
    QList<DrillCard> cards;
    while (rows.next()) {
        DrillCard card;
        card.id = rows.value(0).toLongLong();
        card.candidate = rows.value(1).toString();
        card.subject = DrillSubject(rows.value(2).toInt());
        card.ref = rows.value(3).toString();
        card.state = DrillState(rows.value(4).toInt());
        card.stability = rows.value(5).toDouble();
        card.difficulty = rows.value(6).toDouble();
        card.due = fromIsoUtc(rows.value(7).toString());
        card.lastReview = fromIsoUtc(rows.value(8).toString());
        card.reps = rows.value(9).toInt();
        card.lapses = rows.value(10).toInt();
        cards << card;
    }
    return cards;
}

QList<DrillCard> DrillStore::list(const QString& candidate) const
{
    return select(QStringLiteral("candidate = ?"), {candidate});
}

QList<DrillCard> DrillStore::due(const QString& candidate, const QDateTime& at) const
{
    // ISO 8601 UTC text with milliseconds sorts as time does.
    return select(QStringLiteral("candidate = ? AND due <= ?"), {candidate, isoUtc(at)});
}

std::optional<DrillCard> DrillStore::find(const QString& candidate, DrillSubject subject, const QString& ref) const
{
    const QList<DrillCard> cards =
        select(QStringLiteral("candidate = ? AND subject = ? AND ref = ?"), {candidate, int(subject), ref});
    if (cards.isEmpty())
        return std::nullopt;
    return cards.first();
}

void DrillStore::setDraft(std::int64_t cardId, const QString& answer) const
{
    m_database.write([&](const QSqlDatabase& db) {
        if (answer.trimmed().isEmpty()) {
            Statement(db, QStringLiteral("DELETE FROM drill_drafts WHERE card_id = ?")).bind(qint64(cardId)).exec();
            return;
        }
        Statement card(db, QStringLiteral("SELECT 1 FROM drill_cards WHERE id = ?"));
        if (!card.bind(qint64(cardId)).exec().next())
            throw StorageError(
                QCoreApplication::translate("debrief::storage", "there is no drill card %1").arg(cardId));
        Statement(db, QStringLiteral("INSERT INTO drill_drafts (card_id, answer, saved_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (card_id) DO UPDATE SET answer = excluded.answer, "
                                     "saved_at = excluded.saved_at"))
            .bind(qint64(cardId))
            .bind(answer)
            .bind(isoUtc(QDateTime::currentDateTimeUtc()))
            .exec();
    });
}

QString DrillStore::draft(std::int64_t cardId) const
{
    Statement row(m_database.connection(), QStringLiteral("SELECT answer FROM drill_drafts WHERE card_id = ?"));
    row.bind(qint64(cardId)).exec();
    return row.next() ? row.value(0).toString() : QString();
}

}  // namespace debrief::storage
