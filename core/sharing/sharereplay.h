#pragma once

#include "gpuprices.h"
#include "nodelist.h"
#include "placementpolicy.h"

#include "replay/policykind.h"
#include "trace/trace.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace debrief::sharing {

struct ShareReplayOptions {
    replay::PolicyKind policy = replay::PolicyKind::Fifo;
    // las's queue thresholds and starvation guard, fair's grouping (user or virtual cluster); the
    // other knobs are not used on a node list.
    replay::PolicyOptions policyOptions;
    PlacementPolicy placement = PlacementPolicy::BestFit;
    bool shareGpus = true;  // false: a fractional job takes its whole GPU (the replay's default)
    std::uint64_t seed = 42;
    bool gpuJobsOnly = false;
    GpuPrices prices = GpuPrices::openbDefaults();
};

struct ShareReplayMetrics {
    double queueingMean = 0;
    std::int64_t queueingP50 = 0, queueingP95 = 0, queueingMax = 0;
    double jctMean = 0;
    std::int64_t jctP95 = 0;
    std::int64_t makespan = 0;
    double usedGpuHours = 0;  // GPU share x GPUs x run time, summed over jobs
    double paidGpuHours = 0;  // the cluster's GPUs x makespan
    double utilization = 0;   // used / paid
    double usedCost = 0;      // each job's GPU-hours at the price of the model it ran on
    double paidCost = 0;      // every node's GPUs x makespan at its model's price
};

struct ShareReplayResult {
    replay::PolicyKind policy = replay::PolicyKind::Fifo;
    // las's queue thresholds and starvation guard, fair's grouping (user or virtual cluster); the
    // other knobs are not used on a node list.
    replay::PolicyOptions policyOptions;
    PlacementPolicy placement = PlacementPolicy::BestFit;
    bool shareGpus = true;
    std::uint64_t jobs = 0;                    // accepted
    std::uint64_t rejected = 0;                // fit no node even on an empty cluster
    std::vector<std::uint32_t> rejectedLines;  // their file lines
    std::uint64_t cpuOnlyExcluded = 0;
    std::uint64_t preemptions = 0;              // srtf, las: running jobs stopped where they ran
    std::optional<ShareReplayMetrics> metrics;  // absent when no job was accepted
    // Per accepted job, in trace order: trace index, node (the last it ran on), first start and end
    // (rebased seconds).
    std::vector<std::uint32_t> jobIndex;
    std::vector<std::uint32_t> node;
    std::vector<std::int64_t> start;
    std::vector<std::int64_t> end;
};

// Replays the trace in time on the node list: the scheduling policy picks which waiting job goes
// next, the placement policy its node and GPUs; a job holds its CPU, memory and GPU share for its
// run time and frees them when it ends (replay-semantics.md's event loop, with nodes). Every policy
// of replay::kAllPolicies runs here; the rules per policy are the README's "Time replays on nodes".
ShareReplayResult replayShares(const trace::Trace& trace, const NodeList& nodes, const ShareReplayOptions& options);

}  // namespace debrief::sharing
