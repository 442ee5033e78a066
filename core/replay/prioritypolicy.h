#pragma once

#include "orderedfirstfitpolicy.h"

#include "trace/job.h"

namespace debrief::replay {

// priority: order (priority desc, submit, index), skip, with optional aging of `aging` points per
// hour waited. In integers the aged priority at t is priority*3600 + aging*(t - submit); the term
// aging*t is the same for every waiting job, so the order is fixed at arrival by the key
// aging*submit - priority*3600 (ascending). No re-sorting as time passes, and no floating point.
struct PriorityKey {
    const AcceptedJobs* jobs;
    std::int64_t agingPerHour;
    std::int64_t operator()(std::uint32_t job) const
    {
        return agingPerHour * jobs->submit(job) - std::int64_t(jobs->priority(job)) * 3600;
    }
};
using PriorityPolicy = OrderedFirstFitPolicy<PriorityKey>;

}  // namespace debrief::replay
