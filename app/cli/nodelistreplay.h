#pragma once

#include "commandline.h"

#include <ostream>

namespace debrief::cli {

// `replay TRACE --node-list NODES.csv [--placement-policy P] [--share-gpus] --policy ...`: the time
// replay on real nodes (core/sharing), reached through runReplay.
int runNodeListReplay(const CommandLine& line, std::ostream& out, std::ostream& err);

}  // namespace debrief::cli
