#pragma once

#include <cstdint>

namespace debrief::replay {

// The state of a replay at one simulated moment, for live charts (replay-semantics.md, Snapshots).
struct Snapshot {
    std::int64_t time = 0;  // simulated seconds since the first accepted submit
    std::uint64_t waitingJobs = 0;
    std::uint64_t waitingGpus = 0;  // GPU demand of the waiting jobs
    std::uint64_t runningJobs = 0;
    std::uint64_t busyGpus = 0;
    std::uint64_t completedJobs = 0;
    double usedCostUsd = 0.0;                  // cumulative
    double idleCostUsd = 0.0;                  // cumulative
    double throughputJobsPerHour = 0.0;        // completions in the last window, per hour
    std::int64_t p95QueueingDelayWindow = -1;  // of jobs started in the last window; -1 when none
    bool final = false;                        // the snapshot at the end of the replay
};

}  // namespace debrief::replay
