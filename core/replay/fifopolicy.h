#pragma once

#include "nonpreemptivepolicy.h"

namespace debrief::replay {

// fifo: start jobs in rank order while the head fits; the first that does not fit blocks the rest
// until the next event. Jobs start strictly in rank order, so the waiting queue is just the range
// [head, arrived) of ranks: no queue structure at all, which is what makes 5 M jobs cheap.
class FifoPolicy : public NonPreemptivePolicy {
public:
    using NonPreemptivePolicy::NonPreemptivePolicy;

    void arrive(std::uint32_t job) { m_arrived = job + 1; }
    void schedule(std::int64_t t)
    {
        while (m_head < m_arrived && m_state.fits(m_jobs.gpus(m_head)))
            start(m_head++, t);
    }

private:
    std::uint32_t m_head = 0;
    std::uint32_t m_arrived = 0;
};

}  // namespace debrief::replay
