// The entry points of libdebrief-cli-studio.so (see commandlibrary.h): the only symbols it exports.
#include "commandlibrary.h"
#include "studiodatabase.h"

#include <QtGlobal>

using debrief::cli::GlobalOptions;

extern "C" {

Q_DECL_EXPORT int debrief_cli_library_abi()
{
    return debrief::cli::kCommandLibraryAbi;
}

Q_DECL_EXPORT int debrief_cli_sessions(const GlobalOptions& global, const std::vector<std::string>& args,
                                       std::ostream& out, std::ostream& err)
{
    return debrief::cli::reportingRefusals(err, [&] { return debrief::cli::runSessions(global, args, out, err); });
}

Q_DECL_EXPORT int debrief_cli_scorecard(const GlobalOptions& global, const std::vector<std::string>& args,
                                        std::ostream& out, std::ostream& err)
{
    return debrief::cli::reportingRefusals(err, [&] { return debrief::cli::runScorecard(global, args, out, err); });
}

Q_DECL_EXPORT int debrief_cli_demo(const GlobalOptions& global, const std::vector<std::string>& args,
                                   std::ostream& out, std::ostream& err)
{
    return debrief::cli::reportingRefusals(err, [&] { return debrief::cli::runDemo(global, args, out, err); });
}

}  // extern "C"

// Each entry point has the type debrief-cli calls it through.
static_assert(std::is_same_v<decltype(&debrief_cli_sessions), debrief::cli::LibraryEntryPoint>);
static_assert(std::is_same_v<decltype(&debrief_cli_scorecard), debrief::cli::LibraryEntryPoint>);
static_assert(std::is_same_v<decltype(&debrief_cli_demo), debrief::cli::LibraryEntryPoint>);
