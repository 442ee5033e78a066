#pragma once

#include "commands.h"

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

// debrief-cli's engine commands (inspect, replay, sweep, share, generate, devices) need Qt Core and
// nothing more. The others live in two shared libraries of ours that debrief-cli loads only when one
// of their commands runs, so an engine command starts without Qt SQL, Qt Gui, X11 or fontconfig:
//   libdebrief-cli-studio.so: the commands on the studio's database (sessions, scorecard export,
//     import, committee and decide, demo), with Qt SQL and the embedded interview content;
//   libdebrief-cli-pdf.so: the PDF commands (scorecard pdf, scorecard committee --pdf, portfolio
//     pdf), with Qt Gui and its fonts.
// This header is read by both sides: the libraries export the entry points, debrief-cli (and the
// studio library, for the PDFs) finds and loads them (commandlibrary.cpp).
namespace debrief::cli {

// Every entry point has this signature: the command's arguments after its name (for `scorecard
// pdf`, the arguments after `scorecard`), the global options, and the two streams. Usage errors are
// thrown as in every other command (UsageError, std::exception) and reach runCli; a refused
// database or scorecard is reported inside the library (studioerrors.h), where its type is known.
using LibraryEntryPoint = int (*)(const GlobalOptions& global, const std::vector<std::string>& args,
                                  std::ostream& out, std::ostream& err);

struct CommandLibrary {
    const char* fileName;             // beside debrief-cli, or in <libdir>/debrief-studio
    const char* environmentVariable;  // names the file outright (tests, unusual installs)
    const char* commands;             // for messages: "the PDF commands"
};
inline constexpr CommandLibrary kStudioLibrary{"libdebrief-cli-studio.so", "DEBRIEF_CLI_STUDIO_LIBRARY",
                                               "the database commands"};
inline constexpr CommandLibrary kPdfLibrary{"libdebrief-cli-pdf.so", "DEBRIEF_CLI_PDF_LIBRARY", "the PDF commands"};

// Bumped whenever an entry point's signature or meaning changes: a library left over from another
// build is refused with a message instead of being called. Both libraries export it.
inline constexpr int kCommandLibraryAbi = 2;
inline constexpr const char* kCommandLibraryAbiSymbol = "debrief_cli_library_abi";

enum class StudioCommand { Sessions, Scorecard, Demo };
enum class PdfCommand { ScorecardPdf, ScorecardCommittee, PortfolioPdf };

inline constexpr const char* entryPointName(StudioCommand command)
{
    switch (command) {
    case StudioCommand::Sessions: return "debrief_cli_sessions";
    case StudioCommand::Scorecard: return "debrief_cli_scorecard";
    case StudioCommand::Demo: return "debrief_cli_demo";
    }
    return "";
}
inline constexpr const char* entryPointName(PdfCommand command)
{
    switch (command) {
    case PdfCommand::ScorecardPdf: return "debrief_cli_scorecard_pdf";
    case PdfCommand::ScorecardCommittee: return "debrief_cli_scorecard_committee";
    case PdfCommand::PortfolioPdf: return "debrief_cli_portfolio_pdf";
    }
    return "";
}

// Where a library is looked for, first match wins: the file its environment variable names, next to
// the executable (the build tree), then the install layout: <prefix>/bin/debrief-cli with
// <prefix>/<libdir>/debrief-studio/ (GNUInstallDirs' libdir) and <prefix>/lib/debrief-studio/.
std::vector<std::filesystem::path> libraryCandidates(const CommandLibrary& library);

// Loads the library (once per process) and runs the command. Throws std::runtime_error, saying where
// it looked, when no library is found or the one found does not load or is from another build.
int runStudioCommand(StudioCommand command, const GlobalOptions& global, const std::vector<std::string>& args,
                     std::ostream& out, std::ostream& err);
int runPdfCommand(PdfCommand command, const GlobalOptions& global, const std::vector<std::string>& args,
                  std::ostream& out, std::ostream& err);

}  // namespace debrief::cli
