#include "studiodatabase.h"

#include "storage/scorecardrejected.h"

#include <QCoreApplication>

namespace debrief::cli {

int reportingRefusals(std::ostream& err, const std::function<int()>& command)
{
    try {
        return command();
    } catch (const DatabaseRefused& error) {
        err << "debrief-cli: error: " << error.what() << "\n";
        return 2;
    } catch (const storage::ScorecardRejected& error) {
        err << "debrief-cli: not imported:\n" << error.what() << "\n";
        return 2;
    }
}

QString StudioDatabase::resolve(const std::string& path)
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "debrief-cli";
        static char* argv[] = {name, nullptr};
        static QCoreApplication application(argc, argv);
        QCoreApplication::setOrganizationName(QLatin1String(storage::Database::kOrganizationName));
        QCoreApplication::setApplicationName(QLatin1String(storage::Database::kApplicationName));
    }
    return path.empty() ? storage::Database::defaultPath() : QString::fromStdString(path);
}

StudioDatabase::StudioDatabase(const std::string& path) : m_database(resolve(path))
{
    if (m_database.open())
        return;
    // A read-only file is not damaged: its message says what to do, and starting fresh would not help.
    if (m_database.problem().kind == storage::DatabaseProblem::Kind::ReadOnly)
        throw DatabaseRefused(QCoreApplication::translate("debrief::cli", "%1\nNothing was changed.")
                                  .arg(m_database.problem().message())
                                  .toStdString());
    throw DatabaseRefused(
        QCoreApplication::translate("debrief::cli",
                                    "%1\nNothing was changed. To back it up and start fresh, move the file aside "
                                    "(keep it: it is your data) and run the command again; an empty database "
                                    "is then created in its place.")
            .arg(m_database.problem().message())
            .toStdString());
}

}  // namespace debrief::cli
