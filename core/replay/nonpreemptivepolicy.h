#pragma once

#include "replaystate.h"
#include "runningjobs.h"

namespace debrief::replay {

// What every non-preemptive policy shares: a started job runs to its end. The simulator's loop
// calls nextEvent(), completeAt(t), arrive(job) and schedule(t) on the concrete policy (a template,
// no virtual calls), so each policy's per-event step stays plain integer code.
class NonPreemptivePolicy {
public:
    explicit NonPreemptivePolicy(ReplayState& state) : m_state(state), m_jobs(state.jobs()) {}

    std::int64_t nextEvent() const { return m_running.nextEnd(); }
    void completeAt(std::int64_t t)
    {
        while (m_running.nextEnd() == t)
            m_state.complete(m_running.pop(), t);
    }

protected:
    void start(std::uint32_t job, std::int64_t t)
    {
        m_state.start(job, t);
        m_running.push(t + m_jobs.duration(job), job);
    }

    ReplayState& m_state;
    const AcceptedJobs& m_jobs;
    RunningJobs m_running;
};

}  // namespace debrief::replay
