#pragma once

#include "storage/database.h"

#include <functional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace debrief::cli {

// The database file was refused (damaged, unreadable, newer): the CLI says why and exits 2.
class DatabaseRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Runs one of the database or PDF commands inside its library (commandlibrary.h) and reports a
// refused database or scorecard file the way runCli reports every other error, exit status 2:
// their types belong to these libraries, not to debrief-cli. Everything else propagates to runCli.
int reportingRefusals(std::ostream& err, const std::function<int()>& command);

// The studio's database as the CLI's storage commands open it: the --db path, or the path the GUI
// uses (same organisation and application names). Makes the QCoreApplication Qt SQL needs when the
// process has none (debrief-cli's main() does not, so other commands start without Qt).
class StudioDatabase {
public:
    explicit StudioDatabase(const std::string& path);  // throws DatabaseRefused
    storage::Database& database() { return m_database; }

private:
    static QString resolve(const std::string& path);
    storage::Database m_database;
};

}  // namespace debrief::cli
