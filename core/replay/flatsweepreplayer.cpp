#include "flatsweepreplayer.h"

#include "trace/trace.h"

#include <algorithm>
#include <vector>

namespace debrief::replay {

bool FlatSweepReplayer::supports(const Scenario& scenario)
{
    if (scenario.cluster.placement != Placement::Pooled)
        return false;
    switch (scenario.policy) {
    case PolicyKind::Fifo:
    case PolicyKind::FirstFit:
    case PolicyKind::Sjf:
    case PolicyKind::EasyBackfill:
    case PolicyKind::Priority: return true;
    case PolicyKind::Srtf:
    case PolicyKind::Las:
    case PolicyKind::Fair: return false;
    }
    return false;
}

FlatScenario FlatSweepReplayer::flatScenarioOf(const Scenario& scenario)
{
    FlatScenario flat;
    switch (scenario.policy) {
    case PolicyKind::FirstFit: flat.policy = FlatPolicy::FirstFit; break;
    case PolicyKind::Sjf: flat.policy = FlatPolicy::Sjf; break;
    case PolicyKind::EasyBackfill: flat.policy = FlatPolicy::EasyBackfill; break;
    case PolicyKind::Priority: flat.policy = FlatPolicy::Priority; break;
    default: flat.policy = FlatPolicy::Fifo; break;
    }
    flat.clusterGpus = scenario.cluster.totalGpus();
    flat.priorityAgingPerHour = scenario.policyOptions.priorityAgingPerHour;
    return flat;
}

std::uint32_t FlatSweepReplayer::runningCapacity(const FlatTrace& trace, const Scenario& scenario)
{
    const std::uint64_t capacity = scenario.cluster.totalGpus() + trace.zeroGpuJobs();
    return std::uint32_t(std::min<std::uint64_t>(capacity, trace.size()));
}

ReplayResult FlatSweepReplayer::run(const FlatTrace& trace, const Scenario& scenario, bool keepPerJob)
{
    // The scratch lives outside the step: replayFlat itself never allocates.
    const std::uint32_t n = trace.size();
    const std::uint32_t capacity = runningCapacity(trace, scenario);
    std::vector<std::int64_t> firstStart(n), end(n), runningEnd(capacity);
    std::vector<std::uint32_t> waiting(n), runningJob(capacity);
    const FlatScratch scratch{firstStart.data(), end.data(),        waiting.data(),
                              runningEnd.data(), runningJob.data(), capacity};
    const FlatOutcome outcome = replayFlat(trace.jobs(), flatScenarioOf(scenario), scratch);
    return resultOf(trace, scenario, outcome, firstStart, end, keepPerJob);
}

ReplayResult FlatSweepReplayer::resultOf(const FlatTrace& trace, const Scenario& scenario, const FlatOutcome& outcome,
                                         std::span<const std::int64_t> firstStart, std::span<const std::int64_t> end,
                                         bool keepPerJob)
{
    ReplayResult result;
    result.policy = scenario.policy;
    result.cluster = scenario.cluster;
    const std::uint64_t clusterGpus = scenario.cluster.totalGpus();
    result.rejectedLines = trace.rejectedLines(clusterGpus);
    result.rejected = result.rejectedLines.size();
    result.cpuOnlyExcluded = trace.cpuOnlyExcluded();
    result.origin = outcome.origin;

    // The accepted jobs in rank order, rebased, as the Simulator hands them to metricsOf (the
    // order decides how the slowdown sum rounds).
    std::vector<std::uint32_t> ranks;
    ranks.reserve(outcome.accepted);
    for (std::uint32_t r = 0; r < trace.size(); ++r) {
        if (trace.gpus()[r] <= clusterGpus)
            ranks.push_back(r);
    }
    const std::size_t n = ranks.size();
    result.jobs = n;
    std::vector<std::int64_t> submits(n), durations(n), starts(n), ends(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t r = ranks[i];
        submits[i] = trace.submits()[r] - outcome.origin;
        durations[i] = trace.durations()[r];
        starts[i] = firstStart[r];
        ends[i] = end[r];
    }
    result.metrics = metricsOf({submits, durations, starts, ends}, outcome.usedGpuSeconds, clusterGpus,
                               scenario.cluster.pricePerGpuHour);

    if (keepPerJob) {
        // Rank order -> file order, as the Simulator reports per-job times.
        std::vector<std::size_t> byPosition(n);
        for (std::size_t i = 0; i < n; ++i)
            byPosition[i] = i;
        std::sort(byPosition.begin(), byPosition.end(), [&](std::size_t a, std::size_t b) {
            return trace.positions()[ranks[a]] < trace.positions()[ranks[b]];
        });
        result.jobIndex.resize(n);
        result.start.resize(n);
        result.end.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t at = byPosition[i];
            result.jobIndex[i] = trace.trace().index(trace.positions()[ranks[at]]);
            result.start[i] = starts[at];
            result.end[i] = ends[at];
        }
    }
    return result;
}

}  // namespace debrief::replay
