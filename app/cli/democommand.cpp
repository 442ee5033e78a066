#include "commands.h"

#include "studiodatabase.h"

#include "storage/democandidate.h"
#include "storage/drillstore.h"
#include "storage/portfoliostore.h"
#include "storage/sessionstore.h"

namespace debrief::cli {

int runDemo(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out, std::ostream&)
{
    const CommandLine line(args, {}, {});
    if (!line.positional().empty())
        throw UsageError("demo takes no arguments");
    StudioDatabase studio(global.databasePath);
    const storage::Database& database = studio.database();
    // All or nothing, and running it again replaces the earlier demo candidate instead of adding a twin.
    storage::DemoCandidate::fill(database);

    const QString candidate = storage::DemoCandidate::name();
    std::size_t sessions = 0;
    for (const storage::SessionSummary& summary : storage::SessionStore(database).list())
        sessions += summary.candidate == candidate ? 1 : 0;
    out << "demo candidate " << candidate.toStdString() << ": " << sessions << " sessions over two weeks, "
        << storage::PortfolioStore(database).list(candidate).size() << " portfolio projects, "
        << storage::DrillStore(database).list(candidate).size() << " drill cards in " << database.path().toStdString()
        << "\n";
    return 0;
}

}  // namespace debrief::cli
