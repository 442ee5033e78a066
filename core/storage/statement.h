#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <cstdint>

namespace debrief::storage {

// One prepared SQL statement that throws StorageError (with the SQL and the driver's words) instead
// of returning false, so a failed write always reaches the transaction's rollback.
class Statement {
public:
    Statement(const QSqlDatabase& db, const QString& sql);

    Statement& bind(const QVariant& value);
    Statement& exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    std::int64_t lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs one statement with no parameters (DDL, PRAGMA) and returns the first column of its first row.
    static QVariant run(const QSqlDatabase& db, const QString& sql);

private:
    QSqlQuery m_query;
    QString m_sql;
};

}  // namespace debrief::storage
