#pragma once

#include "databaseproblem.h"
#include "statement.h"
#include "storageerror.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace debrief::storage {

// The studio's SQLite file. One connection per thread (Qt SQL connections must not cross threads),
// opened on first use with foreign keys on, WAL (checked) and synchronous=NORMAL, which in WAL mode
// keeps every committed transaction across a crash of the application. A file that is damaged (or
// cut short), from a newer version, or read-only is refused without being written to and without
// -wal/-shm left beside it; a hot -journal left by a kill is rolled back, as SQLite does, once a
// rolled-back copy has passed the same checks.
class Database {
public:
    // The GUI and the CLI set these on their QCoreApplication so both find the same file.
    static constexpr const char* kOrganizationName = "Debrief";
    static constexpr const char* kApplicationName = "Debrief Studio";
    static constexpr const char* kFileName = "debrief.sqlite";

    // <AppDataLocation>/debrief.sqlite for the running application's names.
    static QString defaultPath();

    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Checks the file (creating it and its folder when missing) and migrates it to the current
    // schema. False when it was refused; problem() says why.
    bool open();
    bool isOpen() const { return m_open; }
    const DatabaseProblem& problem() const { return m_problem; }
    const QString& path() const { return m_path; }

    // Copies the refused file (and its -journal/-wal/-shm) to "<name>.<yyyyMMdd-HHmmss>.backup" beside it,
    // checks the copy byte for byte, then puts a fresh database in its place and opens it.
    // Returns the backup's path; throws StorageError when the copy could not be made (then nothing
    // was changed).
    QString backupAndStartFresh();

    // This thread's connection. Throws StorageError when the database is not open.
    QSqlDatabase connection() const;

    // Runs `work(connection)` inside BEGIN IMMEDIATE ... COMMIT; any exception rolls back and is
    // rethrown, so a write is all or nothing. A write inside another write on the same thread is a
    // SAVEPOINT of the outer one, so several store calls can make one transaction (an import).
    template <typename Work> void write(Work&& work) const
    {
        const QSqlDatabase db = connection();
        const int level = beginWrite(db);
        try {
            work(db);
        } catch (...) {
            rollbackWrite(db, level);
            throw;
        }
        commitWrite(db, level);
    }

private:
    QString connectionName() const;
    DatabaseProblem inspectExistingFile() const;
    DatabaseProblem inspectContent(const QString& file) const;
    DatabaseProblem checkWritable() const;
    DatabaseProblem probe(const QString& file, bool readOnly) const;
    int beginWrite(const QSqlDatabase& db) const;
    void commitWrite(const QSqlDatabase& db, int level) const;
    void rollbackWrite(const QSqlDatabase& db, int level) const;
    void configure(const QSqlDatabase& db) const;

    QString m_path;
    int m_instance = 0;
    bool m_open = false;
    DatabaseProblem m_problem;
};

}  // namespace debrief::storage
