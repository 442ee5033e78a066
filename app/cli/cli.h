#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace debrief::cli {

// Runs one debrief-cli invocation (arguments without the program name) and returns the exit code:
// 0 done, 2 bad usage or bad input (nothing imported), 1 anything else that went wrong.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace debrief::cli
