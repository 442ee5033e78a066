#include "database.h"

#include "schemahistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

namespace debrief::storage {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("debrief::storage", text);
}

const QStringList kCompanionSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

// The connections this thread opened, removed when the thread ends: Qt SQL refuses a connection
// used from another thread, and a thread id may be reused by a later thread.
struct ThreadConnections {
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString& name : names)
            QSqlDatabase::removeDatabase(name);
    }
};
thread_local ThreadConnections t_connections;

std::atomic<int> g_nextInstance{1};

bool sameBytes(const QString& a, const QString& b)
{
    QFile left(a), right(b);
    if (!left.open(QIODevice::ReadOnly) || !right.open(QIODevice::ReadOnly) || left.size() != right.size())
        return false;
    while (!left.atEnd()) {
        if (left.read(1 << 20) != right.read(1 << 20))
            return false;
    }
    return true;
}

}  // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') +
           QLatin1String(kFileName);
}

Database::Database(QString path) : m_path(std::move(path)), m_instance(g_nextInstance++)
{
}

Database::~Database()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        t_connections.names.removeAll(name);
    }
}

QString Database::connectionName() const
{
    return QStringLiteral("debrief-storage-%1-%2")
        .arg(m_instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

DatabaseProblem Database::inspectExistingFile() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return {DatabaseProblem::Kind::CannotOpen, m_path, tr("it is a folder")};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {DatabaseProblem::Kind::Unreadable, m_path, file.errorString()};
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return {};  // SQLite treats an empty file as a new database
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {DatabaseProblem::Kind::NotSqlite, m_path, tr("no SQLite header")};

    // Read-only probe, so a refused file is never written to.
    DatabaseProblem problem;
    const QString probeName = connectionName() + QStringLiteral("-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = {DatabaseProblem::Kind::Unreadable, m_path, db.lastError().text()};
        } else {
            try {
                const int version = SchemaHistory::version(db);
                if (version > SchemaHistory::kCurrentVersion) {
                    problem = {DatabaseProblem::Kind::NewerVersion, m_path,
                               tr("schema version %1; this version reads up to %2")
                                   .arg(version)
                                   .arg(SchemaHistory::kCurrentVersion)};
                } else {
                    Statement check(db, QStringLiteral("PRAGMA integrity_check(20)"));
                    check.exec();
                    QStringList findings;
                    while (check.next())
                        findings << check.value(0).toString();
                    if (findings != QStringList{QStringLiteral("ok")})
                        problem = {DatabaseProblem::Kind::Corrupt, m_path,
                                   tr("integrity check: %1").arg(findings.join(QStringLiteral("; ")))};
                }
            } catch (const StorageError& error) {
                problem = {DatabaseProblem::Kind::Corrupt, m_path, error.message()};
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(probeName);
    return problem;
}

void Database::configure(const QSqlDatabase& db) const
{
    Statement::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    Statement::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    // journal_mode answers with the mode in force, which stays "delete" when WAL cannot be used
    // (some network file systems): then a crash could lose more than the edit in flight.
    const QString mode = Statement::run(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw StorageError(tr("%1: SQLite keeps the journal mode `%2` instead of WAL").arg(m_path, mode));
}

bool Database::open()
{
    m_open = false;
    m_problem = inspectExistingFile();
    if (m_problem.isProblem())
        return false;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_problem = {DatabaseProblem::Kind::CannotOpen, m_path,
                     tr("cannot create the folder %1").arg(info.absolutePath())};
        return false;
    }
    m_open = true;
    try {
        SchemaHistory::migrate(connection());
    } catch (const StorageError& error) {
        m_open = false;
        m_problem = {DatabaseProblem::Kind::CannotOpen, m_path, error.message()};
        return false;
    }
    return true;
}

QSqlDatabase Database::connection() const
{
    if (!m_open)
        throw StorageError(tr("%1 is not open").arg(m_path));
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    t_connections.names << name;
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        throw StorageError(tr("cannot open %1: %2").arg(m_path, db.lastError().text()));
    configure(db);
    return db;
}

namespace {

// How deep this thread is in writes, per Database instance: 0 = no transaction open.
thread_local QHash<int, int> t_writeDepth;

QString savepoint(int level)
{
    return QStringLiteral("write_%1").arg(level);
}

}  // namespace

int Database::beginWrite(const QSqlDatabase& db) const
{
    const int level = t_writeDepth.value(m_instance);
    Statement::run(db,
                   level == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint(level));
    t_writeDepth[m_instance] = level + 1;
    return level;
}

void Database::commitWrite(const QSqlDatabase& db, int level) const
{
    try {
        Statement::run(db, level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint(level));
    } catch (...) {
        rollbackWrite(db, level);
        throw;
    }
    t_writeDepth[m_instance] = level;
}

void Database::rollbackWrite(const QSqlDatabase& db, int level) const
{
    // Errors are ignored here: SQLite may already have rolled back, and the original error is what matters.
    QSqlQuery query(db);
    if (level == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO ") + savepoint(level));
        query.exec(QStringLiteral("RELEASE ") + savepoint(level));
    }
    t_writeDepth[m_instance] = level;
}

QString Database::backupAndStartFresh()
{
    // Let go of this thread's connection so the file can be replaced.
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        t_connections.names.removeAll(name);
    }
    m_open = false;

    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = QStringLiteral("%1.%2.backup").arg(m_path, stamp);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = QStringLiteral("%1.%2-%3.backup").arg(m_path, stamp).arg(n);

    for (const QString& suffix : kCompanionSuffixes) {
        if (!QFileInfo::exists(m_path + suffix))
            continue;
        if (!QFile::copy(m_path + suffix, backup + suffix) || !sameBytes(m_path + suffix, backup + suffix))
            throw StorageError(tr("cannot copy %1 to %2; nothing was changed").arg(m_path + suffix, backup + suffix));
    }
    // Every byte is in the backup now; only then does the refused file make way for a fresh one.
    for (const QString& suffix : kCompanionSuffixes) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::remove(m_path + suffix))
            throw StorageError(tr("cannot replace %1 (its copy is %2)").arg(m_path + suffix, backup + suffix));
    }
    if (!open())
        throw StorageError(m_problem.message());
    return backup;
}

}  // namespace debrief::storage
