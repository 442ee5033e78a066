#include "database.h"

#include "schemahistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

namespace debrief::storage {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("debrief::storage", text);
}

// -journal too: a kill while a new file is set up can leave a hot rollback journal that belongs to it.
const QStringList kCompanionSuffixes{QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                     QStringLiteral("-shm")};

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

namespace {

// The page size in an SQLite header (bytes 16-17, big-endian; 1 stands for 65,536), 0 when invalid.
qint64 pageSizeOf(const QByteArray& header)
{
    const int value = (quint8(header[16]) << 8) | quint8(header[17]);
    const qint64 size = value == 1 ? 65536 : value;
    return size >= 512 && (size & (size - 1)) == 0 ? size : 0;
}

quint32 bigEndian32(const QByteArray& header, int offset)
{
    return (quint32(quint8(header[offset])) << 24) | (quint32(quint8(header[offset + 1])) << 16) |
           (quint32(quint8(header[offset + 2])) << 8) | quint32(quint8(header[offset + 3]));
}

}  // namespace

DatabaseProblem Database::inspectExistingFile() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return {DatabaseProblem::Kind::CannotOpen, m_path, tr("it is a folder")};
    QFile readable(m_path);
    if (!readable.open(QIODevice::ReadOnly))
        return {DatabaseProblem::Kind::Unreadable, m_path, readable.errorString()};
    readable.close();

    // A rollback journal left by a kill (while a new file was being set up) is "hot": SQLite rolls it
    // back on the next read-write open, which a read-only probe cannot do, and until then the file
    // itself is not what was committed. Inspect a rolled-back copy instead, so a file that is refused
    // after all is still not written to.
    const QFileInfo journal(m_path + QStringLiteral("-journal"));
    if (journal.exists() && journal.size() > 0) {
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(info.fileName());
        for (const QString& suffix : kCompanionSuffixes) {
            if (suffix != QLatin1String("-shm") && QFileInfo::exists(m_path + suffix) &&
                !QFile::copy(m_path + suffix, copy + suffix))
                return {DatabaseProblem::Kind::CannotOpen, m_path,
                        tr("cannot copy it to %1 to roll back its journal").arg(scratch.path())};
        }
        const QString rollback = connectionName() + QStringLiteral("-rollback");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), rollback);
            db.setDatabaseName(copy);
            if (db.open())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version"));  // the first read rolls back
            db.close();
        }
        QSqlDatabase::removeDatabase(rollback);
        return inspectContent(copy);
    }

    // A read-only connection on a WAL file creates -wal and -shm but cannot remove them on close; a
    // refused file is left as it was found.
    QStringList absent;
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(m_path + suffix))
            absent << m_path + suffix;
    }
    const DatabaseProblem problem = inspectContent(m_path);
    if (problem.isProblem() && absent.size() == 2 && QFileInfo(absent[0]).size() == 0) {
        for (const QString& leftover : absent)
            QFile::remove(leftover);
    }
    return problem;
}

// Checks `file` (m_path, or a copy of it whose journal was rolled back); problems name m_path.
DatabaseProblem Database::inspectContent(const QString& file) const
{
    QFile bytes(file);
    if (!bytes.open(QIODevice::ReadOnly))
        return {DatabaseProblem::Kind::Unreadable, m_path, bytes.errorString()};
    const QByteArray header = bytes.read(100);
    const qint64 size = bytes.size();
    bytes.close();
    if (header.isEmpty())
        return checkWritable();  // SQLite treats an empty file as a new database
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {DatabaseProblem::Kind::NotSqlite, m_path, tr("no SQLite header")};

    // SQLite writes whole pages; a file that ends inside a page, or holds fewer pages than its header
    // counts while no WAL holds the rest, was cut short (an interrupted copy, a full disk). SQLite
    // itself would read such a file without complaint and lose the tail.
    const qint64 pageSize = pageSizeOf(header);
    if (pageSize == 0)
        return {DatabaseProblem::Kind::Corrupt, m_path, tr("the header names no valid page size")};
    if (size % pageSize != 0)
        return {DatabaseProblem::Kind::Corrupt, m_path,
                tr("the file is %1 bytes, not a whole number of its %2-byte pages: it was cut short")
                    .arg(size)
                    .arg(pageSize)};
    const QFileInfo wal(file + QStringLiteral("-wal"));
    const bool headerCountValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    const qint64 counted = bigEndian32(header, 28);
    if (headerCountValid && (!wal.exists() || wal.size() == 0) && size / pageSize < counted)
        return {
            DatabaseProblem::Kind::Corrupt, m_path,
            tr("the file holds %1 pages but its header counts %2: it was cut short").arg(size / pageSize).arg(counted)};

    // Every start writes (migrations, sessions left open), and SQLite must create its -wal and -shm
    // files beside the database: say so now rather than call a healthy file damaged, or fail on the
    // first edit with SQLite's words.
    if (const DatabaseProblem problem = checkWritable(); problem.isProblem())
        return problem;
    return probe(file, file == m_path);
}

DatabaseProblem Database::checkWritable() const
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (info.exists() && !info.isWritable())
        return {DatabaseProblem::Kind::ReadOnly, m_path,
                tr("the file is read-only; make it writable (for example `chmod u+w`), or copy it to a writable "
                   "place and open the copy with --db")};
    if (QFileInfo::exists(folder) && !QFileInfo(folder).isWritable())
        return {DatabaseProblem::Kind::ReadOnly, m_path,
                tr("its folder %1 is read-only, and SQLite keeps its -wal and -shm files beside the database; make "
                   "the folder writable, or copy the file to a writable folder and open the copy with --db")
                    .arg(folder)};
    return {};
}

// Opens `file` and checks its schema version and integrity; problems name m_path. A copy is opened
// read-write, so SQLite rolls back its hot journal first.
DatabaseProblem Database::probe(const QString& file, bool readOnly) const
{
    DatabaseProblem problem;
    const QString probeName = connectionName() + QStringLiteral("-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        db.setDatabaseName(file);
        if (readOnly)
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
    if (!info.exists()) {
        m_problem = checkWritable();
        if (m_problem.isProblem())
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
