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

}  // namespace debrief::cli
