#pragma once

#include "orderedfirstfitpolicy.h"

namespace debrief::replay {

// sjf: order (duration, submit, index), skip. The duration is the trace's own: an oracle.
struct SjfKey {
    const AcceptedJobs* jobs;
    std::int64_t operator()(std::uint32_t job) const { return jobs->duration(job); }
};
using SjfPolicy = OrderedFirstFitPolicy<SjfKey>;

}  // namespace debrief::replay
