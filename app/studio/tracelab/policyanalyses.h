#pragma once

#include <replay/analyses.h>
#include <replay/policykind.h>

#include <vector>

namespace debrief::studio {

// One policy's analyses (README, "Replay semantics: analyses"), as the engine computed them on the
// replay's own thread when that policy's replay finished: numbers, never display strings.
struct PolicyAnalyses {
    replay::PolicyKind policy = replay::PolicyKind::Fifo;
    replay::Analyses analyses;
};
using PolicyAnalysesList = std::vector<PolicyAnalyses>;

}  // namespace debrief::studio
