#include "profilestore.h"

#include "database.h"
#include "statement.h"

namespace debrief::storage {

namespace {
const QString kScorer = QStringLiteral("scorer");
}

QString ProfileStore::scorerName() const
{
    Statement row(m_database.connection(), QStringLiteral("SELECT value FROM profile WHERE key = ?"));
    row.bind(kScorer).exec();
    return row.next() ? row.value(0).toString() : QString();
}

void ProfileStore::setScorerName(const QString& name) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement(db, QStringLiteral("INSERT INTO profile (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
            .bind(kScorer)
            .bind(name.simplified())
            .exec();
    });
}

}  // namespace debrief::storage
