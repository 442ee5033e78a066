#include "loopplanstore.h"

#include "database.h"
#include "statement.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QDateTime>

namespace debrief::storage {

QDate LoopPlanStore::startDate(const QString& candidate) const
{
    Statement row(m_database.connection(), QStringLiteral("SELECT start_date FROM loop_plans WHERE candidate = ?"));
    row.bind(candidate).exec();
    return row.next() ? QDate::fromString(row.value(0).toString(), Qt::ISODate) : QDate();
}

void LoopPlanStore::setStartDate(const QString& candidate, const QDate& start) const
{
    m_database.write([&](const QSqlDatabase& db) {
        if (!start.isValid()) {
            Statement(db, QStringLiteral("DELETE FROM loop_plans WHERE candidate = ?")).bind(candidate).exec();
            return;
        }
        Statement(db, QStringLiteral("INSERT INTO loop_plans (candidate, start_date) VALUES (?, ?) "
                                     "ON CONFLICT (candidate) DO UPDATE SET start_date = excluded.start_date"))
            .bind(candidate)
            .bind(start.toString(Qt::ISODate))
            .exec();
    });
}

QSet<QString> LoopPlanStore::tickedItems(const QString& candidate) const
{
    Statement rows(m_database.connection(),
                   QStringLiteral("SELECT item_id FROM loop_checklist_ticks WHERE candidate = ?"));
    rows.bind(candidate).exec();
    QSet<QString> ticked;
    while (rows.next())
        ticked.insert(rows.value(0).toString());
    return ticked;
}

void LoopPlanStore::setTicked(const QString& candidate, const QString& itemId, bool ticked) const
{
    if (itemId.isEmpty())
        throw StorageError(QCoreApplication::translate("debrief::storage", "a checklist item needs an id"));
    m_database.write([&](const QSqlDatabase& db) {
        if (ticked)
            Statement(db, QStringLiteral("INSERT OR IGNORE INTO loop_checklist_ticks (candidate, item_id, ticked_at) "
                                         "VALUES (?, ?, ?)"))
                .bind(candidate)
                .bind(itemId)
                .bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                .exec();
        else
            Statement(db, QStringLiteral("DELETE FROM loop_checklist_ticks WHERE candidate = ? AND item_id = ?"))
                .bind(candidate)
                .bind(itemId)
                .exec();
    });
}

}  // namespace debrief::storage
