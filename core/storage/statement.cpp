#include "statement.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

#ifdef DEBRIEF_CRASH_POINTS
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstring>
#endif

namespace debrief::storage {
namespace {

// Test builds only (CMake option DEBRIEF_CRASH_POINTS): with DEBRIEF_CRASH_AFTER_STATEMENTS=N the
// process kills itself right after its Nth statement succeeded, so a test can stop it at every point
// of a write and check what the file holds afterwards. DEBRIEF_CRASH_SIGNAL=SEGV (or ABRT) raises that
// signal instead of SIGKILL, for the studio's fatal-signal handler.
void crashPointAfterStatement()
{
#ifdef DEBRIEF_CRASH_POINTS
    static const long long limit = [] {
        const char* value = std::getenv("DEBRIEF_CRASH_AFTER_STATEMENTS");
        return value ? std::atoll(value) : 0LL;
    }();
    static std::atomic<long long> executed{0};
    if (limit <= 0 || ++executed != limit)
        return;
    const char* name = std::getenv("DEBRIEF_CRASH_SIGNAL");
    if (name && std::strcmp(name, "SEGV") == 0)
        std::raise(SIGSEGV);
    else if (name && std::strcmp(name, "ABRT") == 0)
        std::raise(SIGABRT);
#ifdef SIGKILL
    std::raise(SIGKILL);
#endif
    std::_Exit(137);
#endif
}

}  // namespace

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
    crashPointAfterStatement();
    return *this;
}

QVariant Statement::run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw StorageError(QCoreApplication::translate("debrief::storage", "`%1` failed: %2")
                               .arg(sql.simplified(), query.lastError().text()));
    crashPointAfterStatement();
    return query.next() ? query.value(0) : QVariant();
}

}  // namespace debrief::storage
