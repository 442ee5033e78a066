#pragma once

#include <QString>

namespace debrief::storage {

// Why a database file was refused. Nothing was written to it; Database::backupAndStartFresh() is
// the way on (a copy of the file is kept beside it), except for ReadOnly, which nothing is wrong with
// but its permissions.
struct DatabaseProblem {
    enum class Kind {
        None,
        Unreadable,    // the file exists but cannot be read
        NotSqlite,     // not an SQLite database at all
        Corrupt,       // SQLite, but PRAGMA integrity_check (or reading it) fails
        NewerVersion,  // written by a newer Debrief Studio; this build cannot read it safely
        CannotOpen,    // the folder or file cannot be created or opened for writing
        ReadOnly,      // a healthy file that cannot be written: it, or its folder, is read-only
    };

    Kind kind = Kind::None;
    QString path;
    QString detail;  // what SQLite or the file system said, or the versions involved

    bool isProblem() const { return kind != Kind::None; }
    // A sentence for a person: the path, what is wrong, and what to do.
    QString message() const;
};

}  // namespace debrief::storage
