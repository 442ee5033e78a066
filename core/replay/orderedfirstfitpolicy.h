#pragma once

#include "demandqueue.h"
#include "nonpreemptivepolicy.h"

namespace debrief::replay {

// The shared scan of first-fit, sjf and priority: repeatedly start the first waiting job, in the
// order (key, rank), that fits; a job that does not fit keeps its place (skip). `KeyOf` gives the
// job's key: first-fit 0, sjf the duration, priority its aged priority.
template <typename KeyOf> class OrderedFirstFitPolicy : public NonPreemptivePolicy {
public:
    OrderedFirstFitPolicy(ReplayState& state, AcceptedJobs& jobs, KeyOf keyOf)
        : NonPreemptivePolicy(state), m_queue(jobs), m_keyOf(keyOf)
    {
    }

    void arrive(std::uint32_t job) { m_queue.push(job, m_keyOf(job)); }
    void schedule(std::int64_t t)
    {
        const auto fits = [this](std::uint32_t gpus) { return m_state.fits(gpus); };
        for (std::uint32_t bucket = m_queue.firstFitting(fits); bucket != kNoJob; bucket = m_queue.firstFitting(fits))
            start(m_queue.popFront(bucket), t);
    }

private:
    DemandQueue m_queue;
    KeyOf m_keyOf;
};

}  // namespace debrief::replay
