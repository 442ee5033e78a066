#pragma once

#include "cluster.h"

#include <cstdint>
#include <optional>

namespace debrief::trace {
struct Trace;
}

namespace debrief::replay {

// The load a trace offers a cluster and the cluster size that would carry it (README, "Replay
// semantics: analyses"). Both look at the trace only, never at a replay, so they are the same for
// every policy.

// The share of the cluster the accepted jobs ask for over the submit span: demanded GPU-seconds
// (sum of GPUs x run time) / (cluster GPUs x (last submit - first submit)). Above 1 the queue can
// only grow. Absent when no job is accepted, the span is 0 or the cluster has no GPU.
std::optional<double> offeredLoad(const trace::Trace& trace, std::uint64_t clusterGpus, bool gpuJobsOnly = false);

// The offered load a suggested cluster may carry at most.
inline constexpr double kSuggestedLoad = 0.80;

struct SuggestedCluster {
    std::uint64_t gpus = 0;  // nodes x gpusPerNode
    std::uint32_t nodes = 1;
    std::uint32_t gpusPerNode = 0;
    double offeredLoad = 0.0;  // at that size
};

// The smallest whole number of GPUs G >= max(1, the largest job's GPUs) whose offered load is at
// most 0.80 (5 x demand <= 4 x G x span, in integers). For a packed `shape` G is rounded up to
// whole nodes of shape.gpusPerNode; pooled, the result is one pool of G. Every job fits at that
// size, so the demand is the whole trace's (less 0-GPU jobs when gpuJobsOnly). Absent when the
// submit span is 0 (or the trace has no job).
std::optional<SuggestedCluster> suggestedCluster(const trace::Trace& trace, const Cluster& shape,
                                                 bool gpuJobsOnly = false);

}  // namespace debrief::replay
