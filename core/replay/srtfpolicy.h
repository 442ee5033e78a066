#pragma once

#include "greedyselection.h"
#include "replaystate.h"

#include <cstdint>
#include <vector>

namespace debrief::replay {

// srtf: at every event the running set is the first-fit selection in (remaining, submit, index)
// order over running and waiting jobs. A preempted job keeps its progress; with a restart penalty
// its remaining time grows by the penalty each time it is preempted (so its place in the order
// reflects the work it will really need).
class SrtfPolicy {
public:
    SrtfPolicy(ReplayState& state, AcceptedJobs& jobs, std::int64_t restartPenalty);

    std::int64_t nextEvent() const;
    void completeAt(std::int64_t t);
    void arrive(std::uint32_t job)
    {
        m_selection.addWaiting(job, {m_jobs.duration(job), job});
        m_arrived.push_back(job);
    }
    void schedule(std::int64_t t);

private:
    ReplayState& m_state;
    const AcceptedJobs& m_jobs;
    std::int64_t m_penalty;
    GreedySelection m_selection;  // running keys: (end, rank); waiting keys: (remaining, rank)
    std::vector<std::uint32_t> m_started, m_stopped;
    // Since the last decision: jobs that arrived, and whether any job ended. Time passing alone
    // never changes the selection (running jobs only move ahead of waiting ones), so when nothing
    // ended and no new job fits where it stands, the last selection still holds.
    std::vector<std::uint32_t> m_arrived;
    bool m_ended = false;
    bool newJobFits(std::int64_t t) const;
};

}  // namespace debrief::replay
