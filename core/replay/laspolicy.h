#pragma once

#include "greedyselection.h"
#include "policykind.h"
#include "replaystate.h"

#include <cstdint>
#include <queue>
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

    std::int64_t nextEvent();
    void completeAt(std::int64_t t);
    void arrive(std::uint32_t job);
    void schedule(std::int64_t t);

private:
    enum class Wake : std::uint8_t { End, Demote, Promote };
    struct Event {
        std::int64_t time;
        std::uint32_t job;
        Wake wake;
        std::uint32_t epoch;
        auto operator<=>(const Event&) const = default;
    };
    bool current(const Event& event) const;
    void scheduleDemotion(std::uint32_t job);
    void rekey(std::uint32_t job, bool running);
    std::uint8_t queueFor(std::int64_t attained) const;

    ReplayState& m_state;
    const AcceptedJobs& m_jobs;
    std::vector<std::int64_t> m_thresholds;
    std::int64_t m_starveFactor;
    GreedySelection m_selection;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_events;
    // Per job; attained and ran are as of runStart while running.
    std::vector<std::uint8_t> m_queue;
    std::vector<std::int64_t> m_attained, m_ran, m_runStart, m_waitSince;
    std::vector<std::uint32_t> m_epoch;
    std::vector<std::uint32_t> m_started, m_stopped;
};

}  // namespace debrief::replay
