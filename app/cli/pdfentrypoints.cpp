// The entry points of libdebrief-cli-pdf.so (see commandlibrary.h): the only symbols it exports.
#include "commandlibrary.h"
#include "studiodatabase.h"

#include <QtGlobal>

namespace debrief::cli {
// In scorecardpdfcommand.cpp, committeecommand.cpp and portfoliocommand.cpp, built into this library.
int runScorecardPdf(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                    std::ostream& err);
int runPortfolio(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                 std::ostream& err);
}  // namespace debrief::cli

using debrief::cli::GlobalOptions;

extern "C" {

Q_DECL_EXPORT int debrief_cli_library_abi()
{
    return debrief::cli::kCommandLibraryAbi;
}

Q_DECL_EXPORT int debrief_cli_scorecard_pdf(const GlobalOptions& global, const std::vector<std::string>& args,
                                            std::ostream& out, std::ostream& err)
{
    return debrief::cli::reportingRefusals(err, [&] { return debrief::cli::runScorecardPdf(global, args, out, err); });
}

Q_DECL_EXPORT int debrief_cli_scorecard_committee(const GlobalOptions& global, const std::vector<std::string>& args,
                                                  std::ostream& out, std::ostream& err)
{
    return debrief::cli::reportingRefusals(err,
                                           [&] { return debrief::cli::runScorecardCommittee(global, args, out, err); });
}

Q_DECL_EXPORT int debrief_cli_portfolio_pdf(const GlobalOptions& global, const std::vector<std::string>& args,
                                            std::ostream& out, std::ostream& err)
{
    return debrief::cli::reportingRefusals(err, [&] { return debrief::cli::runPortfolio(global, args, out, err); });
}

}  // extern "C"

// Each entry point has the type debrief-cli calls it through.
static_assert(std::is_same_v<decltype(&debrief_cli_scorecard_pdf), debrief::cli::LibraryEntryPoint>);
static_assert(std::is_same_v<decltype(&debrief_cli_scorecard_committee), debrief::cli::LibraryEntryPoint>);
static_assert(std::is_same_v<decltype(&debrief_cli_portfolio_pdf), debrief::cli::LibraryEntryPoint>);
