#pragma once

#include "commands.h"

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

// The PDF commands (`scorecard pdf`, `scorecard committee --pdf`, `portfolio pdf`) paint with Qt Gui
// and its fonts. They live in a shared library of ours, libdebrief-cli-pdf.so, that debrief-cli loads
// only when one of them runs, so the engine and database commands start without Qt Gui, X11 or
// fontconfig. This header is read by both sides: the library exports the entry points, debrief-cli
// finds and loads the library (pdflibrary.cpp).
namespace debrief::cli {

// Every entry point has this signature: the command's arguments after its name (for `scorecard
// pdf`, the arguments after `scorecard`), the global options, and the two streams. Errors are thrown
// as in every other command (UsageError, DatabaseRefused, std::exception) and reach runCli.
using PdfEntryPoint = int (*)(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                              std::ostream& err);

enum class PdfCommand { ScorecardPdf, ScorecardCommittee, PortfolioPdf };

// Bumped whenever an entry point's signature or meaning changes: a library left over from another
// build is refused with a message instead of being called.
inline constexpr int kPdfLibraryAbi = 1;

inline constexpr const char* kPdfLibraryFileName = "libdebrief-cli-pdf.so";
inline constexpr const char* kPdfLibraryAbiSymbol = "debrief_cli_pdf_abi";
inline constexpr const char* entryPointName(PdfCommand command)
{
    switch (command) {
    case PdfCommand::ScorecardPdf: return "debrief_cli_scorecard_pdf";
    case PdfCommand::ScorecardCommittee: return "debrief_cli_scorecard_committee";
    case PdfCommand::PortfolioPdf: return "debrief_cli_portfolio_pdf";
    }
    return "";
}

// Where debrief-cli looks for the library, first match wins: $DEBRIEF_CLI_PDF_LIBRARY (a file), next
// to the executable (the build tree), then the install layout: <prefix>/bin/debrief-cli with
// <prefix>/<libdir>/debrief-studio/ (GNUInstallDirs' libdir) and <prefix>/lib/debrief-studio/.
std::vector<std::filesystem::path> pdfLibraryCandidates();

// Loads the library (once per process) and runs the command. Throws std::runtime_error, saying where
// it looked, when no library is found or the one found does not load or is from another build.
int runPdfCommand(PdfCommand command, const GlobalOptions& global, const std::vector<std::string>& args,
                  std::ostream& out, std::ostream& err);

}  // namespace debrief::cli
