#pragma once

#include "devicestep.h"
#include "flattrace.h"
#include "sweep.h"

#include <cstdint>
#include <span>

namespace debrief::replay {

// Replays scenarios through the flat step (devicestep.h) on the CPU: the same code the CUDA
// backend runs on the GPU, so CPU tests hold it to the Simulator. It also turns a flat run's
// per-job times into a ReplayResult, which the CUDA backend reuses so both compute metrics alike.
class FlatSweepReplayer {
public:
    // Non-preemptive policies (fifo, first-fit, sjf, easy-backfill, priority) on pooled clusters.
    static bool supports(const Scenario& scenario);
    static FlatScenario flatScenarioOf(const Scenario& scenario);
    // How many jobs can run at once: every GPU busy with a 1-GPU job plus every 0-GPU job.
    static std::uint32_t runningCapacity(const FlatTrace& trace, const Scenario& scenario);

    // Precondition: supports(scenario) and trace.scale() == scenario.arrivalScale.
    static ReplayResult run(const FlatTrace& trace, const Scenario& scenario, bool keepPerJob);

    // The ReplayResult the Simulator would give, from replayFlat's outcome and per-rank times.
    static ReplayResult resultOf(const FlatTrace& trace, const Scenario& scenario, const FlatOutcome& outcome,
                                 std::span<const std::int64_t> firstStart, std::span<const std::int64_t> end,
                                 bool keepPerJob);
};

}  // namespace debrief::replay
