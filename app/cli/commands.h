#pragma once

#include "commandline.h"

#include <ostream>
#include <string>
#include <vector>

namespace debrief::cli {

// One function per subcommand; each takes its arguments (after the subcommand's name).
int runInspect(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runReplay(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runSweep(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runGenerate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runDevices(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runShare(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Options given before the command: `debrief-cli --db x.sqlite sessions list`.
struct GlobalOptions {
    std::string databasePath;  // empty: the studio's default database
};

// The commands on the studio's database.
int runSessions(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                std::ostream& err);
int runScorecard(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                 std::ostream& err);
// `scorecard committee` and `scorecard decide` (committeecommand.cpp), reached through runScorecard.
int runScorecardCommittee(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                          std::ostream& err);
int runScorecardDecide(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                       std::ostream& err);
int runDemo(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
// `portfolio pdf` and `scorecard pdf` are in libdebrief-cli-pdf.so (commandlibrary.h).

}  // namespace debrief::cli
