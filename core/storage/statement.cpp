#include "statement.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace debrief::storage {

Statement::Statement(const QSqlDatabase& db, const QString& sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw StorageError(QCoreApplication::translate("debrief::storage", "cannot prepare `%1`: %2")
                               .arg(sql.simplified(), m_query.lastError().text()));
}

Statement& Statement::bind(const QVariant& value)
{
    // Qt SQL binds a null QString as SQL NULL; every text column here is NOT NULL and "" means empty.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.addBindValue(QString(QLatin1String("")));
    else
        m_query.addBindValue(value);
    return *this;
}

Statement& Statement::exec()
{
    if (!m_query.exec())
        throw StorageError(QCoreApplication::translate("debrief::storage", "`%1` failed: %2")
                               .arg(m_sql.simplified(), m_query.lastError().text()));
    return *this;
}

QVariant Statement::run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw StorageError(QCoreApplication::translate("debrief::storage", "`%1` failed: %2")
                               .arg(sql.simplified(), query.lastError().text()));
    return query.next() ? query.value(0) : QVariant();
}

}  // namespace debrief::storage
