#pragma once

#include "greedyselection.h"
#include "policykind.h"
#include "queuedselection.h"
#include "replaystate.h"
#include "wakequeue.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace debrief::replay {

// las: Tiresias-style discretised 2D least-attained-service. Attained service is GPUs x seconds
// run; a running job moves down one queue at the exact second it reaches the next threshold (a
// wake-up event). Order: queue, then running before waiting, then rank; the running set is the
// first-fit selection in that order (skip), so a running job that no longer fits is preempted.
// Starvation guard (factor > 0): a waiting job in a lower queue that has waited more than factor x
// its run so far (seconds) goes back to Q0, and its attained service counts from 0 again for the
// queue thresholds (otherwise it would be demoted the second it restarted).
class LasPolicy {
public:
    LasPolicy(ReplayState& state, AcceptedJobs& jobs, const PolicyOptions& options);

    std::int64_t nextEvent() const { return m_wakes.nextTime(); }
    void completeAt(std::int64_t t);
    void arrive(std::uint32_t job);
    void schedule(std::int64_t t);

private:
    enum Wake : std::uint8_t { End, Demote, Promote };
    // A running job wakes at its end or at its next demotion, whichever comes first (the end on a
    // tie: a job that ends is not demoted).
    void planRunning(std::uint32_t job);
    void rekey(std::uint32_t job, bool running);
    std::uint8_t queueFor(std::int64_t attained) const;

    ReplayState& m_state;
    const AcceptedJobs& m_jobs;
    std::vector<std::int64_t> m_thresholds;
    std::int64_t m_starveFactor;
    // Pooled: per-queue sums (QueuedSelection); packed: node shapes need GreedySelection's walk.
    std::optional<QueuedSelection> m_queued;
    std::optional<GreedySelection> m_selection;
    WakeQueue m_wakes;
    // Per job, in one record so that handling a job touches one cache line, not five arrays;
    // attained and ran are as of runStart while running.
    struct JobState {
        std::int64_t attained = 0;
        std::int64_t ran = 0;
        std::int64_t runStart = 0;
        std::uint8_t queue = 0;
    };
    std::vector<JobState> m_job;
    std::vector<std::uint32_t> m_started, m_stopped;
};

}  // namespace debrief::replay
